// dossier.pdf, the chapters around the engagements: the practice, its principals, each
// client, consultations outside an engagement, destructions and the audit log.
#include "DossierWriter.h"

#include "documents/LetterDocument.h"
#include "domain/Client.h"
#include "domain/DeclaredRelationship.h"
#include "domain/Phrase.h"
#include "domain/Practice.h"
#include "domain/Principal.h"
#include "exchange/DossierText.h"

#include <QLocale>

namespace mandaat {

namespace {

using T = DossierText;
using Rows = QList<QPair<QString, QString>>;

QJsonArray array(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toArray();
}

QString address(const QJsonObject& object)
{
    QStringList lines{T::plain(object, "street"),
                      (T::plain(object, "postal_code") + QLatin1Char(' ') + T::plain(object, "city")).trimmed(),
                      T::plain(object, "country")};
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

QStringList relationships(const QJsonObject& party)
{
    QStringList lines;
    for (const QJsonValue& value : array(party, "relationships")) {
        const QJsonObject r = value.toObject();
        lines << T::list(
            {T::name<RelationshipKind>(r, "kind", true) + QStringLiteral(": ") + T::plain(r, "description"),
             DossierWriter::tr("declared %1").arg(T::date(r, "declared_on")),
             T::date(r, "ended_on").isEmpty() ? QString() : DossierWriter::tr("ended %1").arg(T::date(r, "ended_on"))});
    }
    return lines;
}

} // namespace

void DossierWriter::addPractice()
{
    const QJsonObject practice = m_root.value(QStringLiteral("practice")).toObject();
    const QJsonObject profile = practice.value(QStringLiteral("profile")).toObject();
    LetterDocument& part = chapter(tr("The practice"));
    if (profile.isEmpty()) {
        part.addParagraph(tr("No practice profile is recorded in this vault."));
    }
    addRows(part,
            {{tr("Consultant"), T::plain(profile, "consultant_name")},
             {tr("Trade name"), T::plain(profile, "trade_name")},
             {tr("Address"), address(profile)},
             {tr("E-mail"), T::plain(profile, "email")},
             {tr("Phone"), T::plain(profile, "phone")},
             {tr("VAT number"), T::plain(profile, "vat_number")},
             {tr("Company number"), T::plain(profile, "company_number")},
             {tr("IBAN"), T::plain(profile, "iban")},
             {tr("VAT"),
              T::list({T::name<VatStatus>(profile, "vat_status", true), T::plain(profile, "vat_exemption_wording")})},
             {tr("Complaints procedure"), T::plain(profile, "complaints_procedure")},
             {tr("Complaints body"), T::plain(profile, "complaints_body")},
             {tr("Logo"), fileLabel(profile.value(QStringLiteral("logo_attachment_id")))},
             {tr("Signature"), fileLabel(profile.value(QStringLiteral("signature_attachment_id")))},
             {tr("Privacy notice"), fileLabel(profile.value(QStringLiteral("privacy_notice_attachment_id")))},
             {tr("General terms"), fileLabel(profile.value(QStringLiteral("general_terms_attachment_id")))},
             {tr("Profile last changed"), T::moment(profile, "updated_at")}});

    const QJsonObject policy = practice.value(QStringLiteral("policy")).toObject();
    const auto count = [&](const char* key) { return policy.value(QLatin1String(key)).toString().toInt(); };
    Rows rules;
    if (policy.contains(QStringLiteral("dossier_retention_months"))) {
        rules << qMakePair(tr("Dossiers kept"),
                           tr("%n month(s) after the engagement ends", nullptr, count("dossier_retention_months")));
    }
    if (policy.contains(QStringLiteral("financial_retention_years"))) {
        rules << qMakePair(tr("Financial records kept"),
                           tr("%n year(s) after the engagement ends", nullptr, count("financial_retention_years")));
    }
    if (policy.contains(QStringLiteral("backup_interval_days"))) {
        rules << qMakePair(tr("Backup reminder"), tr("every %n day(s)", nullptr, count("backup_interval_days")));
    }
    if (policy.contains(QStringLiteral("letter_language"))) {
        rules << qMakePair(tr("Letters written in"),
                           T::language(policy.value(QStringLiteral("letter_language")).toString()));
    }
    if (policy.contains(QStringLiteral("idle_lock_minutes"))) {
        rules << qMakePair(tr("Locks when idle for"), tr("%n minute(s)", nullptr, count("idle_lock_minutes")));
    }
    if (!rules.isEmpty()) {
        section(tr("The practice's rules"));
        addRows(part, rules);
    }

    QStringList registrations;
    for (const QJsonValue& value : array(practice, "registrations")) {
        const QJsonObject r = value.toObject();
        registrations << T::list(
            {T::name<RegistrationKind>(r, "kind", true) + QStringLiteral(": ") + T::plain(r, "body"),
             T::plain(r, "register_number").isEmpty() ? QString() : tr("number %1").arg(T::plain(r, "register_number")),
             T::date(r, "valid_from").isEmpty() ? QString() : tr("from %1").arg(T::date(r, "valid_from")),
             T::date(r, "valid_until").isEmpty() ? QString() : tr("until %1").arg(T::date(r, "valid_until"))});
    }
    QStringList qualifications;
    for (const QJsonValue& value : array(practice, "qualifications")) {
        const QJsonObject q = value.toObject();
        qualifications << T::list(
            {T::name<QualificationKind>(q, "kind", true) + QStringLiteral(": ") + T::plain(q, "title"),
             T::plain(q, "issuer"),
             tr("obtained %1").arg(T::date(q, "issued_on")),
             T::date(q, "expires_on").isEmpty() ? QString() : tr("valid until %1").arg(T::date(q, "expires_on")),
             fileLabel(q.value(QStringLiteral("attachment_id")))});
    }
    QStringList codes;
    for (const QJsonValue& value : array(practice, "code_subscriptions")) {
        const QJsonObject c = value.toObject();
        codes << T::list(
            {T::plain(c, "code_id"),
             T::date(c, "subscribed_on").isEmpty() ? QString() : tr("subscribed %1").arg(T::date(c, "subscribed_on")),
             fileLabel(c.value(QStringLiteral("attachment_id")))});
    }
    if (!registrations.isEmpty() || !qualifications.isEmpty() || !codes.isEmpty()) {
        section(tr("Registrations, qualifications and codes"));
        part.addBulletParagraphs(registrations + qualifications + codes);
    }
    // ICF-2.5: the technology register, retired tools included (old engagements name them).
    QStringList tools;
    for (const QJsonValue& value : array(practice, "technology_register")) {
        const QJsonObject t = value.toObject();
        tools << T::list(
            {T::plain(t, "name"),
             T::plain(t, "purpose"),
             tr("data: %1").arg(T::plain(t, "data_location")),
             t.value(QStringLiteral("ai")).toBool() ? tr("uses AI") : tr("no AI"),
             t.value(QStringLiteral("processor_agreement")).toBool() ? tr("processor agreement")
                                                                     : tr("no processor agreement"),
             T::date(t, "reviewed_on").isEmpty() ? QString() : tr("reviewed %1").arg(T::date(t, "reviewed_on")),
             T::date(t, "retired_on").isEmpty() ? QString() : tr("retired %1").arg(T::date(t, "retired_on"))});
    }
    if (!tools.isEmpty()) {
        section(tr("Technology register"));
        part.addBulletParagraphs(tools);
    }
}

void DossierWriter::addPrincipals()
{
    const QJsonArray principals = array(m_root, "principals");
    if (principals.isEmpty()) {
        return;
    }
    LetterDocument& part = chapter(tr("Principals"));
    for (const QJsonValue& value : principals) {
        const QJsonObject p = value.toObject();
        section(T::plain(p, "organisation"));
        addRows(part,
                {{tr("Contact"), T::plain(p, "contact_name")},
                 {tr("Address"), address(p)},
                 {tr("E-mail"), T::plain(p, "email")},
                 {tr("Phone"), T::plain(p, "phone")},
                 {tr("Notes"), T::plain(p, "notes")},
                 {tr("Recorded"), T::moment(p, "created_at")}});
        QStringList roles;
        for (const QJsonValue& role : array(p, "roles")) {
            const QJsonObject r = role.toObject();
            roles << T::list(
                {T::name<PrincipalRoleKind>(r, "kind", true) + QStringLiteral(": ") + T::plain(r, "description"),
                 tr("since %1").arg(T::date(r, "started_on")),
                 T::date(r, "ended_on").isEmpty() ? QString() : tr("ended %1").arg(T::date(r, "ended_on"))});
        }
        if (!roles.isEmpty()) {
            part.addParagraph(tr("The consultant's other roles for this principal:"));
            part.addBulletParagraphs(roles);
        }
        const QStringList declared = relationships(p);
        if (!declared.isEmpty()) {
            part.addParagraph(tr("Relationships declared outside the work:"));
            part.addBulletParagraphs(declared);
        }
    }
}

void DossierWriter::addClient(const QJsonObject& client)
{
    LetterDocument& part = chapter(tr("Client: %1").arg(T::plain(client, "name")));
    addRows(part,
            {{tr("Kind"), T::name<ClientKind>(client, "kind", true)},
             {tr("E-mail"), T::plain(client, "email")},
             {tr("Phone"), T::plain(client, "phone")},
             {tr("Address"), address(client)},
             {tr("Language"), T::language(T::plain(client, "language"))},
             {tr("Notes"), T::plain(client, "notes")},
             {tr("Recorded"), T::moment(client, "created_at")}});
    QStringList members;
    for (const QJsonValue& value : array(client, "members")) {
        const QJsonObject m = value.toObject();
        members << T::list({T::plain(m, "name"), T::plain(m, "role"), T::plain(m, "email")});
    }
    if (!members.isEmpty()) {
        part.addParagraph(tr("Members of the client system:"));
        part.addBulletParagraphs(members);
    }
    const QStringList declared = relationships(client);
    if (!declared.isEmpty()) {
        part.addParagraph(tr("Relationships declared outside the work:"));
        part.addBulletParagraphs(declared);
    }
}

void DossierWriter::addConsultations(const QJsonArray& consultations, bool withEngagement)
{
    QStringList lines;
    for (const QJsonValue& value : consultations) {
        const QJsonObject c = value.toObject();
        lines << T::list(
            {T::date(c, "held_on"),
             T::name<ConsultationKind>(c, "kind"),
             tr("with %1").arg(T::plain(c, "with_whom")),
             T::plain(c, "topic"),
             T::date(c, "principal_informed_on").isEmpty()
                 ? (c.value(QStringLiteral("principal_informed")).toBool() ? tr("the principal informed") : QString())
                 : tr("the principal informed %1").arg(T::date(c, "principal_informed_on"))});
    }
    if (lines.isEmpty()) {
        return;
    }
    if (withEngagement) {
        section(tr("Supervision and consultation"));
    } else {
        chapter(tr("Supervision and consultation outside an engagement"));
    }
    m_part->addBulletParagraphs(lines);
}

void DossierWriter::addDestructions()
{
    QStringList lines;
    for (const QJsonValue& value : array(m_root, "destructions")) {
        const QJsonObject d = value.toObject();
        lines << tr("%1 of engagement %2 destroyed %3 (kept until %4). %5")
                     .arg(T::destructionScope(T::plain(d, "scope")),
                          T::plain(d, "engagement_id"),
                          T::moment(d, "destroyed_at"),
                          T::date(d, "retention_until"),
                          Phrase::render(T::plain(d, "reason")))
                     .trimmed();
    }
    if (!lines.isEmpty()) {
        chapter(tr("Destroyed after their retention date"));
        m_part->addBulletParagraphs(lines);
    }
}

void DossierWriter::addAudit()
{
    const QJsonArray entries = array(m_root.value(QStringLiteral("audit")).toObject(), "entries");
    if (entries.isEmpty()) {
        return;
    }
    LetterDocument& part = chapter(tr("Audit log"));
    part.addParagraph(scopeKind() == QLatin1String("practice")
                          ? tr("Every entry of the audit log, oldest first, as Mandaat wrote it:")
                          : tr("The entries of the audit log about the engagements in this record, oldest first, as "
                               "Mandaat wrote them:"));
    QStringList lines;
    for (const QJsonValue& value : entries) {
        const QJsonObject e = value.toObject();
        const QString about = e.value(QStringLiteral("engagement_id")).isDouble()
            ? tr("engagement %1").arg(T::plain(e, "engagement_id"))
            : QString();
        lines << T::list({T::moment(e, "at"), T::plain(e, "kind"), about}) + QStringLiteral(": ") +
                Phrase::render(T::plain(e, "summary"));
    }
    part.addBulletParagraphs(lines);
}

} // namespace mandaat
