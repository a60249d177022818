// dossier.pdf, an engagement's chapter: its terms in words, the compliance per article with
// its evidence, sessions and notes, the registers of CMI-8 to CMI-17, letters, files and
// retention. Each record is told once, in the section where it belongs.
#include "DossierWriter.h"

#include "documents/LetterDocument.h"
#include "domain/ComplianceRecord.h"
#include "domain/Engagement.h"
#include "domain/EngagementStatus.h"
#include "domain/Phrase.h"
#include "domain/Session.h"
#include "exchange/DossierText.h"

#include <QMap>

namespace mandaat {

namespace {

using T = DossierText;
using Rows = QList<QPair<QString, QString>>;

QJsonArray array(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toArray();
}

qint64 idOf(const QJsonObject& object, const char* key = "id")
{
    return object.value(QLatin1String(key)).toInteger();
}

QString statusText(const QString& status)
{
    if (status == QLatin1String("met")) {
        return DossierWriter::tr("Met");
    }
    if (status == QLatin1String("open")) {
        return DossierWriter::tr("Open");
    }
    if (status == QLatin1String("due")) {
        return DossierWriter::tr("Due");
    }
    if (status == QLatin1String("overdue")) {
        return DossierWriter::tr("Overdue");
    }
    return DossierWriter::tr("Not applicable");
}

QString fee(const QJsonObject& e)
{
    const QString rate = T::amount(e, "rate_cents", T::plain(e, "currency"));
    switch (fromId<FeeModel>(T::plain(e, "fee_model")).value_or(FeeModel::Hourly)) {
    case FeeModel::Hourly:
        return DossierWriter::tr("%1 per hour").arg(rate);
    case FeeModel::Daily:
        return DossierWriter::tr("%1 per day").arg(rate);
    case FeeModel::PerSession:
        return DossierWriter::tr("%1 per session").arg(rate);
    case FeeModel::Fixed:
        return DossierWriter::tr("a fixed price of %1").arg(rate);
    }
    return rate;
}

} // namespace

void DossierWriter::addEngagement(const QJsonObject& e)
{
    chapter(tr("Engagement: %1").arg(T::plain(e, "title")));
    addTerms(e);
    addCompliance(e);
    addSessions(e);
    addRegisters(e);
    addComplaints(e);
    addLetters(e);
    addRetention(e);
}

void DossierWriter::addTerms(const QJsonObject& e)
{
    section(tr("Parties and terms"));
    const QJsonObject client = m_clients.value(idOf(e, "client_id"));
    const QJsonObject principal = m_principals.value(idOf(e, "principal_id"));
    QString payer = T::name<PayerKind>(e, "payer_kind", true);
    QString payerName = T::plain(e, "payer_name");
    if (payerName.isEmpty() && T::plain(e, "payer_kind") == toId(PayerKind::Principal)) {
        payerName = T::plain(principal, "organisation");
    } else if (payerName.isEmpty() && T::plain(e, "payer_kind") == toId(PayerKind::Client)) {
        payerName = T::plain(client, "name");
    }
    if (!payerName.isEmpty()) {
        payer += QStringLiteral(": ") + payerName;
    }
    if (!T::plain(e, "payer_reference").isEmpty()) {
        payer += QLatin1Char('\n') + tr("reference %1").arg(T::plain(e, "payer_reference"));
    }
    QStringList methods;
    for (const QJsonValue& value : array(e, "methods")) {
        const QJsonObject m = value.toObject();
        QString line = T::plain(m, "name");
        if (!T::plain(m, "author").isEmpty()) {
            line += QStringLiteral(" (") + T::plain(m, "author") + QLatin1Char(')');
        }
        if (!T::plain(m, "description").isEmpty()) {
            line += QStringLiteral(": ") + T::plain(m, "description");
        }
        methods << line;
    }
    QStringList codes;
    for (const QJsonValue& value : array(e, "pinned_codes")) {
        codes << T::plain(value.toObject(), "code_id");
    }
    QString kind = T::name<EngagementKind>(e, "kind", true);
    if (e.value(QStringLiteral("top_civil_servant")).toBool()) {
        kind += QStringLiteral(", ") + tr("for a top civil servant");
    }
    const QString vat = e.value(QStringLiteral("vat_exempt")).toBool()
        ? tr("exempt: %1").arg(T::plain(e, "vat_exemption_wording"))
        : tr("%1 VAT on top of the fee").arg(T::percent(e.value(QStringLiteral("vat_rate_bp")).toInteger()));
    QString planned;
    if (!T::date(e, "planned_start").isEmpty() || !T::date(e, "planned_end").isEmpty()) {
        planned = tr("from %1 to %2").arg(T::date(e, "planned_start"), T::date(e, "planned_end"));
    }
    if (e.value(QStringLiteral("planned_sessions")).isDouble()) {
        planned = T::list(
            {planned,
             tr("%n session(s)", nullptr, static_cast<int>(e.value(QStringLiteral("planned_sessions")).toInteger()))});
    }
    QString earlier = T::yesNo(e, "follows_earlier_advice");
    if (!T::plain(e, "earlier_advice_description").isEmpty()) {
        earlier += QLatin1Char('\n') + T::plain(e, "earlier_advice_description");
    }
    QString ended = T::date(e, "ended_on");
    if (!ended.isEmpty() && !T::plain(e, "end_reason").isEmpty()) {
        ended += QStringLiteral(": ") + T::name<EndReason>(e, "end_reason");
    }
    addRows(
        *m_part,
        {{tr("Client"), T::plain(client, "name")},
         {tr("Principal"), T::list({T::plain(principal, "organisation"), T::plain(principal, "contact_name")})},
         {tr("Pays"), payer},
         {tr("Kind"), kind},
         {tr("Status"), T::name<EngagementStatus>(e, "status", true)},
         {tr("Objectives"), T::plain(e, "objectives")},
         {tr("Client's expectations"), T::plain(e, "client_expectations")},
         {tr("Principal's expectations"), T::plain(e, "principal_expectations")},
         {tr("Other stakeholders"), T::plain(e, "other_stakeholders")},
         {tr("Methods"), methods.join(QLatin1Char('\n'))},
         {tr("Codes of conduct"), codes.join(QStringLiteral(", "))},
         {tr("Fee"), fee(e)},
         {tr("Estimated total"), T::amount(e, "estimated_total_cents", T::plain(e, "currency"))},
         {tr("VAT"), vat},
         {tr("Expenses"), T::plain(e, "expenses_arrangement")},
         {tr("Payment"), T::list({T::name<PaymentMethod>(e, "payment_method", true), T::plain(e, "payment_terms")})},
         {tr("Cancellation policy"), T::plain(e, "cancellation_policy")},
         {tr("Planned"), planned},
         {tr("Follows earlier advice"), earlier},
         {tr("End of employment"), T::yesNo(e, "end_of_employment")},
         {tr("Restrictions on use"), T::plain(e, "use_restrictions")},
         {tr("Letters in"), T::language(T::plain(e, "letter_language"))},
         {tr("Recorded"), T::moment(e, "created_at")},
         {tr("Onboarding from"), T::date(e, "onboarding_on")},
         {tr("Active from"), T::date(e, "activated_on")},
         {tr("Ending from"), T::date(e, "ending_on")},
         {tr("Ended"), ended},
         {tr("End note"), T::plain(e, "end_note")}});
}

void DossierWriter::addCompliance(const QJsonObject& e)
{
    section(tr("Compliance per article"));
    // The evidence records per article, in words; each once, under its own article.
    QMap<QString, QStringList> byArticle;
    for (const QJsonValue& value : array(e, "evidence")) {
        const QJsonObject ev = value.toObject();
        QString line = T::list({T::date(ev, "occurred_on"),
                                T::name<Party>(ev, "party"),
                                T::name<Channel>(ev, "channel"),
                                T::plain(ev, "topic")});
        if (!T::plain(ev, "text").isEmpty()) {
            line += QStringLiteral(": ") + Phrase::render(T::plain(ev, "text"));
        }
        if (const QString file = fileLabel(ev.value(QStringLiteral("attachment_id"))); !file.isEmpty()) {
            line += QStringLiteral(" — ") + file;
        }
        byArticle[T::plain(ev, "article_id")] << line;
    }
    Rows rows;
    for (const DossierArticle& article : m_compliance.value(idOf(e))) {
        QStringList lines{statusText(article.status)};
        if (!article.explanation.isEmpty()) {
            lines.first() += QStringLiteral(": ") + article.explanation;
        }
        for (const QString& line : byArticle.take(article.articleId)) {
            lines << QStringLiteral("– ") + line;
        }
        rows << qMakePair(QStringLiteral("%1 %2").arg(article.articleId, article.title), lines.join(QLatin1Char('\n')));
    }
    for (auto it = byArticle.cbegin(); it != byArticle.cend(); ++it) {
        QStringList lines;
        for (const QString& line : it.value()) {
            lines << QStringLiteral("– ") + line;
        }
        rows << qMakePair(it.key().isEmpty() ? tr("Kept without an article of this engagement's codes") : it.key(),
                          lines.join(QLatin1Char('\n')));
    }
    if (rows.isEmpty()) {
        m_part->addParagraph(tr("No evidence is recorded."));
    }
    addRows(*m_part, rows);
}

void DossierWriter::addSessions(const QJsonObject& e)
{
    const QJsonArray sessions = array(e, "sessions");
    const QJsonArray notes = array(e, "notes");
    const QJsonArray drafts = array(e, "note_drafts");
    if (sessions.isEmpty() && notes.isEmpty() && drafts.isEmpty()) {
        return;
    }
    section(tr("Sessions and notes"));
    QHash<qint64, QList<QJsonObject>> notesBySession;
    QList<QJsonObject> looseNotes;
    for (const QJsonValue& value : notes) {
        const QJsonObject note = value.toObject();
        if (note.value(QStringLiteral("session_id")).isDouble()) {
            notesBySession[idOf(note, "session_id")] << note;
        } else {
            looseNotes << note;
        }
    }
    const auto addNote = [&](const QJsonObject& note) {
        m_part->addParagraph(T::plain(note, "text"));
        if (!T::moment(note, "edited_at").isEmpty()) {
            m_part->addParagraph(
                tr("Written %1, last changed %2.").arg(T::moment(note, "created_at"), T::moment(note, "edited_at")));
        }
        for (const QJsonValue& version : array(note, "history")) {
            const QJsonObject v = version.toObject();
            m_part->addParagraph(
                tr("Version %1, written %2 and replaced %3:")
                    .arg(T::plain(v, "version"), T::moment(v, "written_at"), T::moment(v, "replaced_at")) +
                QLatin1Char('\n') + T::plain(v, "text"));
        }
    };
    for (const QJsonValue& value : sessions) {
        const QJsonObject s = value.toObject();
        QString what = T::list({tr("%n minute(s)", nullptr, static_cast<int>(idOf(s, "duration_minutes"))),
                                T::name<SessionMode>(s, "mode"),
                                T::plain(s, "location"),
                                s.value(QStringLiteral("intake")).toBool() ? tr("intake") : QString()});
        addRows(*m_part, {{T::moment(s, "starts_at"), what}});
        for (const QJsonObject& note : notesBySession.value(idOf(s))) {
            addNote(note);
        }
    }
    for (const QJsonObject& note : std::as_const(looseNotes)) {
        addRows(*m_part, {{T::moment(note, "created_at"), tr("a note outside a session")}});
        addNote(note);
    }
    for (const QJsonValue& value : drafts) {
        const QJsonObject d = value.toObject();
        m_part->addParagraph(tr("Draft kept %1, never saved as a note:").arg(T::moment(d, "saved_at")) +
                             QLatin1Char('\n') + T::plain(d, "text"));
    }
}

void DossierWriter::addRegisters(const QJsonObject& e)
{
    const auto registerOf =
        [&](const QString& heading, const char* key, const std::function<QString(const QJsonObject&)>& line) {
            QStringList lines;
            for (const QJsonValue& value : array(e, key)) {
                lines << line(value.toObject());
            }
            if (!lines.isEmpty()) {
                section(heading);
                m_part->addBulletParagraphs(lines);
            }
        };
    QHash<qint64, QJsonObject> consents;
    for (const QJsonValue& value : array(e, "consents")) {
        consents.insert(idOf(value.toObject()), value.toObject());
    }
    const QJsonObject client = m_clients.value(idOf(e, "client_id"));
    QHash<qint64, QString> members;
    for (const QJsonValue& value : array(client, "members")) {
        members.insert(idOf(value.toObject()), T::plain(value.toObject(), "name"));
    }
    registerOf(tr("Consents to inform the principal"), "consents", [&](const QJsonObject& c) {
        QString scope = T::name<ConsentScope>(c, "scope", true);
        if (!T::plain(c, "listed_reports").isEmpty()) {
            scope += QStringLiteral(": ") + T::plain(c, "listed_reports");
        }
        return T::list(
            {tr("Given %1").arg(T::date(c, "given_on")),
             c.value(QStringLiteral("member_id")).isDouble() ? tr("by %1").arg(members.value(idOf(c, "member_id")))
                                                             : QString(),
             T::name<Channel>(c, "channel"),
             scope,
             T::date(c, "withdrawn_on").isEmpty() ? QString() : tr("withdrawn %1").arg(T::date(c, "withdrawn_on")),
             T::plain(c, "note"),
             fileLabel(c.value(QStringLiteral("attachment_id")))});
    });
    registerOf(tr("Reports to the principal"), "reports", [&](const QJsonObject& r) {
        const QJsonObject consent = consents.value(idOf(r, "consent_id"));
        return T::list(
            {tr("%1, sent %2").arg(T::plain(r, "title"), T::date(r, "sent_on")),
             T::name<ReportKind>(r, "kind"),
             T::name<Channel>(r, "channel"),
             consent.isEmpty() ? QString() : tr("under the consent given %1").arg(T::date(consent, "given_on")),
             T::plain(r, "summary"),
             fileLabel(r.value(QStringLiteral("attachment_id")))});
    });
    registerOf(tr("Referrals"), "referrals", [](const QJsonObject& r) {
        QString benefit;
        if (!T::plain(r, "benefit").isEmpty()) {
            benefit = T::date(r, "benefit_disclosed_on").isEmpty()
                ? tr("benefit to the consultant: %1, not disclosed to the client").arg(T::plain(r, "benefit"))
                : tr("benefit to the consultant: %1, disclosed to the client %2")
                      .arg(T::plain(r, "benefit"), T::date(r, "benefit_disclosed_on"));
        }
        return T::list({T::date(r, "referred_on"),
                        T::plain(r, "discipline"),
                        T::plain(r, "referred_to"),
                        T::plain(r, "reason"),
                        benefit});
    });
    addConsultations(array(e, "consultations"), true);
    registerOf(tr("Written warnings"), "warnings", [this](const QJsonObject& w) {
        return T::list({T::date(w, "issued_on"),
                        T::name<Channel>(w, "channel"),
                        T::plain(w, "reason"),
                        fileLabel(w.value(QStringLiteral("attachment_id")))});
    });
    registerOf(tr("Suspensions"), "suspensions", [](const QJsonObject& s) {
        QString until;
        if (!T::date(s, "resumed_on").isEmpty()) {
            until = tr("resumed %1").arg(T::date(s, "resumed_on"));
        } else if (!T::date(s, "resume_on").isEmpty()) {
            until = tr("to resume %1").arg(T::date(s, "resume_on"));
        }
        return T::list({tr("from %1").arg(T::date(s, "suspended_on")),
                        until,
                        T::name<SuspensionGround>(s, "ground"),
                        T::plain(s, "reason")});
    });
    registerOf(tr("Disclosures under an exception to confidentiality"), "disclosures", [](const QJsonObject& d) {
        const QString told = T::date(d, "client_told_on").isEmpty()
            ? T::list({tr("the client was not told"), T::plain(d, "not_told_why")})
            : tr("the client was told %1").arg(T::date(d, "client_told_on"));
        return T::list({T::date(d, "disclosed_on"),
                        tr("to %1").arg(T::plain(d, "disclosed_to")),
                        T::name<DisclosureGround>(d, "ground"),
                        T::plain(d, "what"),
                        told});
    });
    // ICF-2.5: the tools used with the client's data, named from the practice's register.
    QHash<qint64, QJsonObject> tools;
    const QJsonObject practice = m_root.value(QStringLiteral("practice")).toObject();
    for (const QJsonValue& value : array(practice, "technology_register")) {
        tools.insert(idOf(value.toObject()), value.toObject());
    }
    const bool hasPrincipal = e.value(QStringLiteral("principal_id")).isDouble();
    registerOf(tr("Tools used with the client's data"), "tools", [&](const QJsonObject& u) {
        const QJsonObject tool = tools.value(idOf(u, "tool_id"));
        const QString name = tool.isEmpty() ? tr("tool %1").arg(idOf(u, "tool_id")) : T::plain(tool, "name");
        const QString client = T::date(u, "client_agreed_on").isEmpty()
            ? tr("not agreed by the client")
            : tr("agreed by the client %1").arg(T::date(u, "client_agreed_on"));
        QString principal;
        if (hasPrincipal) {
            principal = T::date(u, "principal_agreed_on").isEmpty()
                ? tr("not agreed by the principal")
                : tr("agreed by the principal %1").arg(T::date(u, "principal_agreed_on"));
        }
        return T::list({name,
                        T::plain(tool, "purpose"),
                        tool.value(QStringLiteral("ai")).toBool() ? tr("uses AI") : tr("no AI"),
                        client,
                        principal});
    });
}

void DossierWriter::addComplaints(const QJsonObject& e)
{
    const QJsonArray complaints = array(e, "complaints");
    if (complaints.isEmpty()) {
        return;
    }
    section(tr("Complaints and their handling"));
    for (const QJsonValue& value : complaints) {
        const QJsonObject c = value.toObject();
        QString acknowledged = T::date(c, "acknowledged_on");
        if (const QString file = fileLabel(c.value(QStringLiteral("acknowledgement_attachment_id"))); !file.isEmpty()) {
            acknowledged = T::list({acknowledged, file});
        }
        addRows(
            *m_part,
            {{tr("Received"), T::list({T::date(c, "received_on"), T::plain(c, "complainant")})},
             {tr("Complaint"), T::plain(c, "summary")},
             {tr("Acknowledged"), acknowledged},
             {tr("To be settled by"), T::date(c, "due_on")},
             {tr("Status"), T::name<ComplaintStatus>(c, "status", true)},
             {tr("Advisory board"), c.value(QStringLiteral("advisory_board")).toBool() ? tr("involved") : QString()},
             {tr("Handling"), T::plain(c, "handling_notes")},
             {tr("Outcome"), T::plain(c, "outcome")},
             {tr("Settled"), T::date(c, "settled_on")}});
    }
}

void DossierWriter::addLetters(const QJsonObject& e)
{
    QStringList letters;
    QList<qint64> letterFiles; // told with their letter, fingerprint and all
    for (const QJsonValue& value : array(e, "letters")) {
        const QJsonObject l = value.toObject();
        letterFiles << idOf(l, "attachment_id");
        QString accepted;
        if (!T::date(l, "accepted_on").isEmpty()) {
            accepted = T::plain(l, "acceptance_channel").isEmpty()
                ? tr("accepted %1").arg(T::date(l, "accepted_on"))
                : tr("accepted %1 by %2").arg(T::date(l, "accepted_on"), T::name<Channel>(l, "acceptance_channel"));
        }
        letters << T::list({T::letterKind(T::plain(l, "kind")) + QStringLiteral(" (") +
                                T::language(T::plain(l, "language")) + QLatin1Char(')'),
                            tr("issued %1").arg(T::moment(l, "issued_at")),
                            fileLabel(l.value(QStringLiteral("attachment_id")))}) +
                QLatin1Char('\n') + tr("SHA-256 %1").arg(T::plain(l, "sha256")) +
                (accepted.isEmpty()
                     ? QString()
                     : QLatin1Char('\n') +
                         T::list(
                             {accepted,
                              T::plain(l, "acceptance_note"),
                              l.value(QStringLiteral("signed_attachment_id")).isDouble()
                                  ? tr("signed copy %1").arg(fileLabel(l.value(QStringLiteral("signed_attachment_id"))))
                                  : QString()}));
    }
    if (!letters.isEmpty()) {
        section(tr("Letters issued"));
        m_part->addBulletParagraphs(letters);
    }
    QStringList files;
    for (const QJsonObject& file : std::as_const(m_attachments)) {
        if (idOf(file, "engagement_id") == idOf(e) && !letterFiles.contains(idOf(file))) {
            files << T::list({T::plain(file, "path") + QStringLiteral(": ") + T::plain(file, "file_name"),
                              T::plain(file, "description"),
                              tr("%1 bytes").arg(QLocale().toString(idOf(file, "size"))),
                              tr("added %1").arg(T::moment(file, "created_at"))}) +
                    QLatin1Char('\n') + tr("SHA-256 %1").arg(T::plain(file, "sha256"));
        }
    }
    files.sort();
    if (!files.isEmpty()) {
        section(letters.isEmpty() ? tr("Files") : tr("Other files"));
        m_part->addBulletParagraphs(files);
    }
}

void DossierWriter::addRetention(const QJsonObject& e)
{
    const QString dossier = T::date(e, "dossier_retention_until");
    const QString financial = T::date(e, "financial_retention_until");
    if (dossier.isEmpty() && financial.isEmpty()) {
        return;
    }
    section(tr("Retention"));
    addRows(*m_part, {{tr("Dossier kept until"), dossier}, {tr("Financial records kept until"), financial}});
}

} // namespace mandaat
