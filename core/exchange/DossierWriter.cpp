#include "DossierWriter.h"

#include "documents/LetterDocument.h"

#include <QBuffer>
#include <QMap>

namespace mandaat {

namespace {

using Rows = QList<QPair<QString, QString>>;

QString text(const QJsonObject& object, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isBool()) {
        return value.toBool() ? DossierWriter::tr("yes") : DossierWriter::tr("no");
    }
    if (value.isDouble()) {
        return QString::number(value.toInteger());
    }
    return value.toString();
}

// Label and value rows, leaving out the empty ones.
void addRows(LetterDocument& document, const Rows& rows)
{
    Rows kept;
    for (const auto& row : rows) {
        if (!row.second.trimmed().isEmpty()) {
            kept << row;
        }
    }
    if (!kept.isEmpty()) {
        document.addFields(kept);
    }
}

QString amount(const QJsonObject& engagement, const char* key)
{
    const QJsonValue cents = engagement.value(QLatin1String(key));
    if (!cents.isDouble()) {
        return {};
    }
    return QStringLiteral("%1 %2").arg(QString::number(static_cast<double>(cents.toInteger()) / 100.0, 'f', 2),
                                       text(engagement, "currency"));
}

QJsonArray array(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toArray();
}

QString statusText(const QString& status)
{
    if (status == QLatin1String("met")) {
        return DossierWriter::tr("met");
    }
    if (status == QLatin1String("open")) {
        return DossierWriter::tr("open");
    }
    if (status == QLatin1String("due")) {
        return DossierWriter::tr("due");
    }
    if (status == QLatin1String("overdue")) {
        return DossierWriter::tr("overdue");
    }
    return DossierWriter::tr("not applicable");
}

} // namespace

DossierWriter::DossierWriter(const QJsonObject& root)
    : m_root(root)
{
    for (const QJsonValue& value : array(root, "clients")) {
        m_clients.insert(value.toObject().value(QStringLiteral("id")).toInteger(), value.toObject());
    }
    for (const QJsonValue& value : array(root, "principals")) {
        m_principals.insert(value.toObject().value(QStringLiteral("id")).toInteger(), value.toObject());
    }
    for (const QJsonValue& value : array(root, "attachments")) {
        m_attachments.insert(value.toObject().value(QStringLiteral("id")).toInteger(), value.toObject());
    }
}

QString DossierWriter::fileLabel(const QJsonValue& attachmentId) const
{
    if (!attachmentId.isDouble()) {
        return {};
    }
    const QJsonObject file = m_attachments.value(attachmentId.toInteger());
    if (file.isEmpty()) {
        return tr("file %1 (not in this export)").arg(attachmentId.toInteger());
    }
    return tr("%1 (in the archive as %2)").arg(text(file, "file_name"), text(file, "path"));
}

void DossierWriter::addPractice(LetterDocument& document) const
{
    const QJsonObject practice = m_root.value(QStringLiteral("practice")).toObject();
    const QJsonObject profile = practice.value(QStringLiteral("profile")).toObject();
    QStringList letterhead;
    for (const char* key : {"trade_name", "consultant_name", "street", "city", "email", "phone"}) {
        if (!text(profile, key).isEmpty()) {
            letterhead << text(profile, key);
        }
    }
    document.setLetterhead(letterhead);
    document.setFooter(tr("Confidential record, exported %1").arg(text(m_root, "exported_at").left(10)),
                       tr("Page %1 of %2"));
    const QJsonObject scope = m_root.value(QStringLiteral("scope")).toObject();
    QString title = tr("Record of the practice");
    if (text(scope, "kind") == QLatin1String("client")) {
        title = tr("Everything held about client %1").arg(text(scope, "id"));
    } else if (text(scope, "kind") == QLatin1String("engagement")) {
        title = tr("Record of engagement %1").arg(text(scope, "id"));
    }
    document.addTitle(title);
    const QJsonObject audit = m_root.value(QStringLiteral("audit")).toObject();
    addRows(document,
            {{tr("Exported"), text(m_root, "exported_at")},
             {tr("Consultant"), text(profile, "consultant_name")},
             {tr("Audit log"),
              tr("%1 entries, last hash %2, %3")
                  .arg(text(audit, "count"),
                       text(audit, "head"),
                       audit.value(QStringLiteral("intact")).toBool() ? tr("intact") : tr("NOT intact"))}});
}

void DossierWriter::addClient(LetterDocument& document, const QJsonObject& client) const
{
    document.addHeading(tr("Client: %1").arg(text(client, "name")));
    addRows(document,
            {{tr("Client id"), text(client, "id")},
             {tr("Kind"), text(client, "kind")},
             {tr("E-mail"), text(client, "email")},
             {tr("Phone"), text(client, "phone")},
             {tr("Address"),
              QStringList{text(client, "street"),
                          QStringLiteral("%1 %2").arg(text(client, "postal_code"), text(client, "city")).trimmed(),
                          text(client, "country")}
                  .join(QLatin1Char('\n'))
                  .trimmed()},
             {tr("Language"), text(client, "language")},
             {tr("Notes"), text(client, "notes")}});
    QStringList members;
    for (const QJsonValue& value : array(client, "members")) {
        const QJsonObject m = value.toObject();
        members << QStringLiteral("%1, %2 %3").arg(text(m, "name"), text(m, "role"), text(m, "email")).trimmed();
    }
    if (!members.isEmpty()) {
        document.addParagraph(tr("Members:"));
        document.addBullets(members);
    }
    QStringList relationships;
    for (const QJsonValue& value : array(client, "relationships")) {
        const QJsonObject r = value.toObject();
        relationships
            << tr("%1 (%2), declared %3").arg(text(r, "description"), text(r, "kind"), text(r, "declared_on"));
    }
    if (!relationships.isEmpty()) {
        document.addParagraph(tr("Declared relationships (MW-5.1):"));
        document.addBullets(relationships);
    }
}

void DossierWriter::addPrincipal(LetterDocument& document, const QJsonObject& principal) const
{
    document.addHeading(tr("Principal: %1").arg(text(principal, "organisation")));
    addRows(document,
            {{tr("Principal id"), text(principal, "id")},
             {tr("Contact"), text(principal, "contact_name")},
             {tr("E-mail"), text(principal, "email")},
             {tr("Phone"), text(principal, "phone")},
             {tr("City"), text(principal, "city")},
             {tr("Notes"), text(principal, "notes")}});
    QStringList roles;
    for (const QJsonValue& value : array(principal, "roles")) {
        const QJsonObject r = value.toObject();
        roles << tr("%1: %2, since %3").arg(text(r, "kind"), text(r, "description"), text(r, "started_on"));
    }
    if (!roles.isEmpty()) {
        document.addParagraph(tr("Other roles of the consultant for this principal (CMI-3):"));
        document.addBullets(roles);
    }
}

void DossierWriter::addTerms(LetterDocument& document, const QJsonObject& e) const
{
    QStringList methods;
    for (const QJsonValue& value : array(e, "methods")) {
        const QJsonObject m = value.toObject();
        methods
            << QStringLiteral("%1 (%2) %3").arg(text(m, "name"), text(m, "author"), text(m, "description")).trimmed();
    }
    QStringList codes;
    for (const QJsonValue& value : array(e, "pinned_codes")) {
        codes << QStringLiteral("%1 %2").arg(text(value.toObject(), "code_id"), text(value.toObject(), "version"));
    }
    addRows(
        document,
        {{tr("Engagement id"), text(e, "id")},
         {tr("Kind"), text(e, "kind")},
         {tr("Status"), text(e, "status")},
         {tr("Objectives"), text(e, "objectives")},
         {tr("Client's expectations"), text(e, "client_expectations")},
         {tr("Principal's expectations"), text(e, "principal_expectations")},
         {tr("Other stakeholders"), text(e, "other_stakeholders")},
         {tr("Methods"), methods.join(QLatin1Char('\n'))},
         {tr("Codes"), codes.join(QStringLiteral(", "))},
         {tr("Fee"), QStringLiteral("%1, %2").arg(text(e, "fee_model"), amount(e, "rate_cents"))},
         {tr("Estimated total"), amount(e, "estimated_total_cents")},
         {tr("VAT"),
          e.value(QStringLiteral("vat_exempt")).toBool() ? text(e, "vat_exemption_wording")
                                                         : tr("%1 basis points").arg(text(e, "vat_rate_bp"))},
         {tr("Payer"),
          QStringLiteral("%1 %2 %3")
              .arg(text(e, "payer_kind"), text(e, "payer_name"), text(e, "payer_reference"))
              .trimmed()},
         {tr("Expenses"), text(e, "expenses_arrangement")},
         {tr("Payment"), QStringLiteral("%1 %2").arg(text(e, "payment_method"), text(e, "payment_terms")).trimmed()},
         {tr("Planned"),
          tr("%1 to %2, %3 sessions")
              .arg(text(e, "planned_start"), text(e, "planned_end"), text(e, "planned_sessions"))},
         {tr("Follows earlier advice (CMI-4)"), text(e, "follows_earlier_advice")},
         {tr("Earlier advice"), text(e, "earlier_advice_description")},
         {tr("End of employment (CMI-7)"), text(e, "end_of_employment")},
         {tr("Restrictions on use (CMI-14)"), text(e, "use_restrictions")},
         {tr("Activated"), text(e, "activated_on")},
         {tr("Ended"), QStringLiteral("%1 %2").arg(text(e, "ended_on"), text(e, "end_reason")).trimmed()},
         {tr("End note"), text(e, "end_note")},
         {tr("Dossier kept until"), text(e, "dossier_retention_until")},
         {tr("Financial records kept until"), text(e, "financial_retention_until")}});
}

void DossierWriter::addEvidence(LetterDocument& document, const QJsonObject& e) const
{
    const qint64 id = e.value(QStringLiteral("id")).toInteger();
    if (m_compliance.contains(id)) {
        document.addHeading(tr("Compliance status per article"));
        QList<QPair<QString, QString>> rows;
        for (const DossierArticle& article : m_compliance.value(id)) {
            QStringList lines{statusText(article.status)};
            if (!article.explanation.isEmpty()) {
                lines << article.explanation;
            }
            lines << article.evidence;
            rows << qMakePair(QStringLiteral("%1 %2").arg(article.articleId, article.title),
                              lines.join(QLatin1Char('\n')));
        }
        if (!rows.isEmpty()) {
            document.addFields(rows);
        }
    }
    document.addHeading(tr("Compliance: evidence per article"));
    QMap<QString, QStringList> byArticle;
    for (const QJsonValue& value : array(e, "evidence")) {
        const QJsonObject ev = value.toObject();
        QString line = tr("%1: %2, %3, %4")
                           .arg(text(ev, "occurred_on"), text(ev, "party"), text(ev, "channel"), text(ev, "topic"));
        if (!text(ev, "text").isEmpty()) {
            line += QStringLiteral(" — ") + text(ev, "text");
        }
        if (!fileLabel(ev.value(QStringLiteral("attachment_id"))).isEmpty()) {
            line += QStringLiteral(" — ") + fileLabel(ev.value(QStringLiteral("attachment_id")));
        }
        byArticle[text(ev, "article_id")] << line;
    }
    if (byArticle.isEmpty()) {
        document.addParagraph(tr("No evidence is recorded."));
    }
    for (auto it = byArticle.begin(); it != byArticle.end(); ++it) {
        document.addParagraph(it.key());
        document.addBullets(it.value());
    }
}

void DossierWriter::addSessions(LetterDocument& document, const QJsonObject& e) const
{
    document.addHeading(tr("Sessions and notes"));
    QHash<qint64, QJsonObject> noteBySession;
    QList<QJsonObject> looseNotes;
    for (const QJsonValue& value : array(e, "notes")) {
        const QJsonObject note = value.toObject();
        if (note.value(QStringLiteral("session_id")).isDouble()) {
            noteBySession.insert(note.value(QStringLiteral("session_id")).toInteger(), note);
        } else {
            looseNotes << note;
        }
    }
    const auto addNote = [&](const QJsonObject& note) {
        document.addParagraph(text(note, "text"));
        for (const QJsonValue& version : array(note, "history")) {
            const QJsonObject v = version.toObject();
            document.addParagraph(tr("Earlier text (version %1, replaced %2): %3")
                                      .arg(text(v, "version"), text(v, "replaced_at"), text(v, "text")));
        }
    };
    for (const QJsonValue& value : array(e, "sessions")) {
        const QJsonObject s = value.toObject();
        document.addParagraph(tr("Session %1: %2, %3 minutes, %4 %5")
                                  .arg(text(s, "id"),
                                       text(s, "starts_at"),
                                       text(s, "duration_minutes"),
                                       text(s, "mode"),
                                       text(s, "location"))
                                  .trimmed());
        const qint64 id = s.value(QStringLiteral("id")).toInteger();
        if (noteBySession.contains(id)) {
            addNote(noteBySession.value(id));
        }
    }
    for (const QJsonObject& note : looseNotes) {
        document.addParagraph(tr("Note %1 of %2:").arg(text(note, "id"), text(note, "created_at")));
        addNote(note);
    }
    for (const QJsonValue& value : array(e, "note_drafts")) {
        document.addParagraph(
            tr("Unsaved draft of %1: %2").arg(text(value.toObject(), "saved_at"), text(value.toObject(), "text")));
    }
}

void DossierWriter::addRegisters(LetterDocument& document, const QJsonObject& e) const
{
    const auto section =
        [&](const QString& heading, const char* key, const std::function<QString(const QJsonObject&)>& line) {
            QStringList lines;
            for (const QJsonValue& value : array(e, key)) {
                lines << line(value.toObject());
            }
            if (!lines.isEmpty()) {
                document.addHeading(heading);
                document.addBullets(lines);
            }
        };
    section(tr("Consents (CMI-8)"), "consents", [this](const QJsonObject& c) {
        return tr("%1: %2 %3, given %4, withdrawn %5. %6 %7")
            .arg(text(c, "id"),
                 text(c, "scope"),
                 text(c, "listed_reports"),
                 text(c, "given_on"),
                 text(c, "withdrawn_on").isEmpty() ? tr("no") : text(c, "withdrawn_on"),
                 text(c, "note"),
                 fileLabel(c.value(QStringLiteral("attachment_id"))))
            .trimmed();
    });
    section(tr("Reports to the principal (CMI-8)"), "reports", [this](const QJsonObject& r) {
        return tr("%1 sent %2 (%3): %4. %5 %6")
            .arg(text(r, "title"),
                 text(r, "sent_on"),
                 text(r, "kind"),
                 text(r, "summary"),
                 text(r, "channel"),
                 fileLabel(r.value(QStringLiteral("attachment_id"))))
            .trimmed();
    });
    section(tr("Referrals (CMI-11)"), "referrals", [](const QJsonObject& r) {
        return tr("%1: %2, %3. %4")
            .arg(text(r, "referred_on"), text(r, "discipline"), text(r, "referred_to"), text(r, "reason"));
    });
    section(tr("Supervision and consultation (MW-4.3)"), "consultations", [](const QJsonObject& c) {
        return tr("%1: %2 with %3. %4")
            .arg(text(c, "held_on"), text(c, "kind"), text(c, "with_whom"), text(c, "topic"));
    });
    section(tr("Complaints (CMI-17)"), "complaints", [](const QJsonObject& c) {
        if (const QString handling = text(c, "handling_notes"); !handling.isEmpty()) {
            return tr("Received %1 from %2, due %3, %4: %5. Handling: %6. Outcome: %7")
                .arg(text(c, "received_on"),
                     text(c, "complainant"),
                     text(c, "due_on"),
                     text(c, "status"),
                     text(c, "summary"),
                     handling,
                     text(c, "outcome"));
        }
        return tr("Received %1 from %2, due %3, %4: %5. Outcome: %6")
            .arg(text(c, "received_on"),
                 text(c, "complainant"),
                 text(c, "due_on"),
                 text(c, "status"),
                 text(c, "summary"),
                 text(c, "outcome"));
    });
    section(tr("Written warnings (CMI-12)"), "warnings", [](const QJsonObject& w) {
        return tr("%1 (%2): %3").arg(text(w, "issued_on"), text(w, "channel"), text(w, "reason"));
    });
}

void DossierWriter::addLetters(LetterDocument& document, const QJsonObject& e) const
{
    QStringList letters;
    for (const QJsonValue& value : array(e, "letters")) {
        const QJsonObject l = value.toObject();
        QString line = tr("%1 (%2) issued %3, SHA-256 %4; %5")
                           .arg(text(l, "kind"),
                                text(l, "language"),
                                text(l, "issued_at"),
                                text(l, "sha256"),
                                fileLabel(l.value(QStringLiteral("attachment_id"))));
        if (!text(l, "accepted_on").isEmpty()) {
            line += tr("; accepted %1 by %2").arg(text(l, "accepted_on"), text(l, "acceptance_channel"));
        }
        letters << line;
    }
    if (!letters.isEmpty()) {
        document.addHeading(tr("Letters issued"));
        document.addBullets(letters);
    }
    QStringList files;
    for (const QJsonObject& file : std::as_const(m_attachments)) {
        if (file.value(QStringLiteral("engagement_id")).toInteger() == e.value(QStringLiteral("id")).toInteger()) {
            files << tr("%1: %2 (%3 bytes, SHA-256 %4)")
                         .arg(text(file, "path"), text(file, "file_name"), text(file, "size"), text(file, "sha256"));
        }
    }
    files.sort();
    if (!files.isEmpty()) {
        document.addHeading(tr("Files"));
        document.addBullets(files);
    }
}

void DossierWriter::addEngagement(LetterDocument& document, const QJsonObject& e) const
{
    document.addTitle(tr("Engagement: %1").arg(text(e, "title")));
    addTerms(document, e);
    const qint64 clientId = e.value(QStringLiteral("client_id")).toInteger();
    if (m_clients.contains(clientId) &&
        m_root.value(QStringLiteral("scope")).toObject().value(QStringLiteral("kind")).toString() ==
            QLatin1String("engagement")) {
        addClient(document, m_clients.value(clientId));
    }
    const qint64 principalId = e.value(QStringLiteral("principal_id")).toInteger();
    if (m_principals.contains(principalId)) {
        addPrincipal(document, m_principals.value(principalId));
    }
    addEvidence(document, e);
    addSessions(document, e);
    addRegisters(document, e);
    addLetters(document, e);
}

QByteArray DossierWriter::write(QString* error)
{
    LetterDocument document;
    addPractice(document);
    if (m_root.value(QStringLiteral("scope")).toObject().value(QStringLiteral("kind")).toString() !=
        QLatin1String("engagement")) {
        for (const QJsonValue& client : array(m_root, "clients")) {
            addClient(document, client.toObject());
        }
    }
    const QJsonArray engagements = array(m_root, "engagements");
    for (int i = 0; i < engagements.size(); ++i) {
        addEngagement(document, engagements.at(i).toObject());
        if (m_progress && !m_progress(i + 1, static_cast<int>(engagements.size()))) {
            return {};
        }
    }
    QStringList destroyed;
    for (const QJsonValue& value : array(m_root, "destructions")) {
        const QJsonObject d = value.toObject();
        destroyed << tr("Engagement %1: %2 destroyed %3 (kept until %4). %5")
                         .arg(text(d, "engagement_id"),
                              text(d, "scope"),
                              text(d, "destroyed_at"),
                              text(d, "retention_until"),
                              text(d, "reason"));
    }
    if (!destroyed.isEmpty()) {
        document.addHeading(tr("Destroyed after their retention date (MW-4.2)"));
        document.addBullets(destroyed);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QString message;
    if (!document.writePdf(&buffer, tr("Mandaat export"), &message)) {
        if (error) {
            *error = tr("dossier.pdf could not be written: %1").arg(message);
        }
        return {};
    }
    return bytes;
}

} // namespace mandaat
