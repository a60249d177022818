#include "ExportFormat.h"

#include "exchange/JsonText.h"

#include <QJsonArray>

namespace mandaat::exportformat {

namespace {

struct Spec
{
    const char* table;
    const char* definition;
    const char* description;
    const char* columns; // "name:type" separated by commas; a trailing ? allows null
};

// The vault's columns (core/storage/Migrations.cpp), minus the attachments' bytes, which go
// into attachments/ in the archive.
const Spec specs[] = {
    {"practice_profile",
     "practiceProfile",
     "The practice's profile (never the vault's key).",
     "id:int, consultant_name:text, trade_name:text, street:text, postal_code:text, city:text, country:text, "
     "email:text, phone:text, vat_number:text, company_number:text, iban:text, vat_status:text, "
     "vat_exemption_wording:text, logo_attachment_id:ref?, signature_attachment_id:ref?, complaints_procedure:text, "
     "complaints_body:text, privacy_notice_attachment_id:ref?, general_terms_attachment_id:ref?, updated_at:time?"},
    {"practice_registration",
     "registration",
     "A professional registration of the practice.",
     "id:int, kind:text, body:text, register_number:text, valid_from:date?, valid_until:date?"},
    {"practice_qualification",
     "qualification",
     "A qualification of the consultant.",
     "id:int, kind:text, title:text, issuer:text, issued_on:date, expires_on:date?, attachment_id:ref?"},
    {"practice_code_subscription",
     "codeSubscription",
     "A code of conduct the practice subscribes to.",
     "id:int, code_id:text, version:text, subscribed_on:date?, attachment_id:ref?"},
    {"technology_tool",
     "tool",
     "A tool of the practice's technology register: what for, where the data is, AI, processor agreement.",
     "id:int, name:text, purpose:text, data_location:text, ai:bool, processor_agreement:bool, reviewed_on:date?, "
     "retired_on:date?"},
    {"principal",
     "principal",
     "A principal: the organisation that commissions engagements.",
     "id:int, organisation:text, contact_name:text, street:text, postal_code:text, city:text, country:text, "
     "email:text, phone:text, notes:text, created_at:time, updated_at:time"},
    {"principal_role",
     "principalRole",
     "Another role of the consultant for this principal.",
     "id:int, principal_id:int, kind:text, description:text, started_on:date, ended_on:date?"},
    {"client",
     "client",
     "A client: a person, or a client system (a team).",
     "id:int, kind:text, name:text, email:text, phone:text, street:text, postal_code:text, city:text, "
     "country:text, language:text, notes:text, created_at:time, updated_at:time"},
    {"client_member",
     "clientMember",
     "A member of a client system.",
     "id:int, client_id:int, position:int, name:text, role:text, email:text"},
    {"declared_relationship",
     "relationship",
     "A declared relationship outside the work.",
     "id:int, client_id:ref?, principal_id:ref?, kind:text, description:text, declared_on:date, ended_on:date?"},
    {"engagement",
     "engagement",
     "An engagement: one assignment for one client.",
     "id:int, client_id:int, principal_id:ref?, payer_kind:text, payer_name:text, payer_reference:text, kind:text, "
     "top_civil_servant:bool, title:text, objectives:text, client_expectations:text, principal_expectations:text, "
     "other_stakeholders:text, fee_model:text, rate_cents:int, currency:text, vat_rate_bp:int, vat_exempt:bool, "
     "vat_exemption_wording:text, estimated_total_cents:int?, expenses_arrangement:text, payment_method:text?, "
     "payment_terms:text, planned_start:date?, planned_end:date?, planned_sessions:int?, "
     "follows_earlier_advice:bool?, earlier_advice_description:text, end_of_employment:bool?, "
     "use_restrictions:text, letter_language:text, status:text, end_reason:text?, end_note:text, "
     "onboarding_on:date?, activated_on:date?, ending_on:date?, ended_on:date?, dossier_retention_until:date?, "
     "financial_retention_until:date?, created_at:time, updated_at:time, cancellation_policy:text"},
    {"engagement_method",
     "method",
     "A method or tool of the engagement.",
     "id:int, engagement_id:int, position:int, name:text, description:text, author:text"},
    {"engagement_code",
     "pinnedCode",
     "A code version the engagement is pinned to.",
     "id:int, engagement_id:int, code_id:text, version:text"},
    {"session",
     "session",
     "A session.",
     "id:int, engagement_id:int, starts_at:time, duration_minutes:int, mode:text, location:text, intake:bool, "
     "created_at:time, updated_at:time"},
    {"note",
     "note",
     "A note's latest text; its earlier texts are in history.",
     "id:int, engagement_id:int, session_id:ref?, text:text, created_at:time, edited_at:time?"},
    {"note_version",
     "noteVersion",
     "An earlier text of a note.",
     "id:int, note_id:int, version:int, text:text, written_at:time, replaced_at:time"},
    {"note_draft",
     "noteDraft",
     "A draft of a note, saved while typing.",
     "id:int, engagement_id:int, session_id:ref?, note_id:ref?, text:text, saved_at:time"},
    {"evidence",
     "evidence",
     "Evidence for an article of a code: who, when, how, which document.",
     "id:int, engagement_id:int, article_id:text, topic:text, party:text, occurred_on:date, channel:text, "
     "text:text, attachment_id:ref?, created_at:time"},
    {"consent",
     "consent",
     "A consent to inform the principal.",
     "id:int, engagement_id:int, member_id:ref?, scope:text, listed_reports:text, given_on:date, "
     "withdrawn_on:date?, channel:text, attachment_id:ref?, note:text"},
    {"principal_report",
     "report",
     "Information about the client sent to the principal.",
     "id:int, engagement_id:int, kind:text, title:text, summary:text, sent_on:date, channel:text, "
     "consent_id:ref?, attachment_id:ref?"},
    {"referral",
     "referral",
     "A referral to another discipline.",
     "id:int, engagement_id:int, referred_on:date, discipline:text, referred_to:text, reason:text, benefit:text, "
     "benefit_disclosed_on:date?"},
    {"consultation",
     "consultation",
     "Supervision or peer consultation.",
     "id:int, engagement_id:ref?, kind:text, held_on:date, with_whom:text, topic:text, "
     "principal_informed:bool?, principal_informed_on:date?"},
    {"complaint",
     "complaint",
     "A complaint.",
     "id:int, engagement_id:int, complainant:text, received_on:date, due_on:date, summary:text, "
     "acknowledged_on:date?, acknowledgement_attachment_id:ref?, advisory_board:bool, status:text, outcome:text, "
     "settled_on:date?, handling_notes:text"},
    {"written_warning",
     "warning",
     "A written warning.",
     "id:int, engagement_id:int, issued_on:date, reason:text, channel:text, attachment_id:ref?"},
    {"disclosure",
     "disclosure",
     "Confidential information disclosed under an exception to confidentiality agreed in advance.",
     "id:int, engagement_id:int, disclosed_on:date, disclosed_to:text, ground:text, what:text, client_told_on:date?, "
     "not_told_why:text"},
    {"suspension",
     "suspension",
     "The engagement paused from a day, on a ground, until the day it resumed.",
     "id:int, engagement_id:int, suspended_on:date, ground:text, reason:text, resume_on:date?, resumed_on:date?"},
    {"engagement_tool",
     "toolUse",
     "A tool of the technology register used with the client's data, and the day each party agreed to it.",
     "id:int, engagement_id:int, tool_id:int, client_agreed_on:date?, principal_agreed_on:date?"},
    {"issued_letter",
     "letter",
     "A letter as issued, with the SHA-256 of its PDF.",
     "id:int, engagement_id:ref?, complaint_id:ref?, kind:text, language:text, issued_at:time, attachment_id:int, "
     "sha256:text, accepted_on:date?, acceptance_channel:text?, signed_attachment_id:ref?, acceptance_note:text"},
    {"attachment",
     "attachment",
     "A file: its bytes are at path in the archive, under a neutral name.",
     "id:int, engagement_id:ref?, file_name:text, mime_type:text, description:text, size:int, sha256:text, "
     "created_at:time"},
    {"destruction",
     "destruction",
     "What remains of a destroyed dossier or financial record.",
     "id:int, uid:text, engagement_id:int, client_id:ref?, scope:text, retention_until:date?, reason:text, "
     "destroyed_at:time, destroyed_ids:text"},
    {"audit_entry",
     "auditEntry",
     "An entry of the hash-chained audit log.",
     "id:int, at:time, kind:text, engagement_id:ref?, summary:text, prev_hash:text, hash:text, record_table:text?, "
     "record_id:int?, content_hash:text?"},
};

ColumnType typeOf(const QString& name)
{
    if (name == QLatin1String("int")) {
        return ColumnType::Integer;
    }
    if (name == QLatin1String("bool")) {
        return ColumnType::Boolean;
    }
    if (name == QLatin1String("date")) {
        return ColumnType::Date;
    }
    if (name == QLatin1String("time")) {
        return ColumnType::Timestamp;
    }
    if (name == QLatin1String("ref")) {
        return ColumnType::Reference;
    }
    return ColumnType::Text;
}

QList<Table> parse()
{
    QList<Table> result;
    for (const Spec& spec : specs) {
        Table table{QString::fromLatin1(spec.table),
                    QString::fromLatin1(spec.definition),
                    QString::fromLatin1(spec.description),
                    {}};
        const QStringList parts = QString::fromLatin1(spec.columns).split(QLatin1Char(','));
        for (const QString& part : parts) {
            QString type = part.section(QLatin1Char(':'), 1).trimmed();
            const bool nullable = type.endsWith(QLatin1Char('?'));
            if (nullable) {
                type.chop(1);
            }
            table.columns.append({part.section(QLatin1Char(':'), 0, 0).trimmed(), typeOf(type), nullable});
        }
        result.append(table);
    }
    return result;
}

QJsonObject columnSchema(const Column& column)
{
    QJsonObject schema;
    QString type;
    switch (column.type) {
    case ColumnType::Text:
        type = QStringLiteral("string");
        break;
    case ColumnType::Integer:
        type = QStringLiteral("integer");
        break;
    case ColumnType::Reference:
        type = QStringLiteral("integer");
        schema.insert(QStringLiteral("minimum"), 1);
        break;
    case ColumnType::Boolean:
        type = QStringLiteral("boolean");
        break;
    case ColumnType::Date:
        type = QStringLiteral("string");
        schema.insert(QStringLiteral("pattern"), QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
        break;
    case ColumnType::Timestamp:
        type = QStringLiteral("string");
        schema.insert(QStringLiteral("pattern"), QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z$"));
        break;
    }
    if (column.nullable) {
        schema.insert(QStringLiteral("type"), QJsonArray{type, QStringLiteral("null")});
    } else {
        schema.insert(QStringLiteral("type"), type);
    }
    return schema;
}

} // namespace

const QList<Table>& tables()
{
    static const QList<Table> list = parse();
    return list;
}

const Table& table(const QString& name)
{
    for (const Table& t : tables()) {
        if (t.table == name) {
            return t;
        }
    }
    Q_UNREACHABLE();
}

QJsonValue jsonValue(const Column& column, const QVariant& stored)
{
    if (stored.isNull() || !stored.isValid()) {
        return QJsonValue::Null;
    }
    switch (column.type) {
    case ColumnType::Integer:
    case ColumnType::Reference:
        return stored.toLongLong();
    case ColumnType::Boolean:
        return stored.toLongLong() != 0;
    case ColumnType::Text:
    case ColumnType::Date:
    case ColumnType::Timestamp:
        break;
    }
    return JsonText::clean(stored.toString());
}

QJsonObject schema()
{
    const auto ref = [](const QString& definition) {
        return QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/$defs/") + definition}};
    };
    const auto arrayOf = [&](const QString& definition) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                           {QStringLiteral("items"), ref(definition)}};
    };
    const auto object = [](const QJsonObject& properties) {
        QJsonArray required;
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            required.append(it.key());
        }
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                           {QStringLiteral("properties"), properties},
                           {QStringLiteral("required"), required},
                           {QStringLiteral("additionalProperties"), false}};
    };

    // The records' own columns, then what is nested in them.
    const QList<QPair<QString, QJsonObject>> nested = {
        {QStringLiteral("note"), {{QStringLiteral("history"), arrayOf(QStringLiteral("noteVersion"))}}},
        {QStringLiteral("client"),
         {{QStringLiteral("members"), arrayOf(QStringLiteral("clientMember"))},
          {QStringLiteral("relationships"), arrayOf(QStringLiteral("relationship"))}}},
        {QStringLiteral("principal"),
         {{QStringLiteral("roles"), arrayOf(QStringLiteral("principalRole"))},
          {QStringLiteral("relationships"), arrayOf(QStringLiteral("relationship"))}}},
        {QStringLiteral("attachment"),
         {{QStringLiteral("path"),
           QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                       {QStringLiteral("pattern"), QStringLiteral("^attachments/[0-9]{4,}\\.[a-z0-9]{1,8}$")}}}}},
        {QStringLiteral("engagement"),
         {{QStringLiteral("methods"), arrayOf(QStringLiteral("method"))},
          {QStringLiteral("pinned_codes"), arrayOf(QStringLiteral("pinnedCode"))},
          {QStringLiteral("sessions"), arrayOf(QStringLiteral("session"))},
          {QStringLiteral("notes"), arrayOf(QStringLiteral("note"))},
          {QStringLiteral("note_drafts"), arrayOf(QStringLiteral("noteDraft"))},
          {QStringLiteral("evidence"), arrayOf(QStringLiteral("evidence"))},
          {QStringLiteral("consents"), arrayOf(QStringLiteral("consent"))},
          {QStringLiteral("reports"), arrayOf(QStringLiteral("report"))},
          {QStringLiteral("referrals"), arrayOf(QStringLiteral("referral"))},
          {QStringLiteral("consultations"), arrayOf(QStringLiteral("consultation"))},
          {QStringLiteral("complaints"), arrayOf(QStringLiteral("complaint"))},
          {QStringLiteral("warnings"), arrayOf(QStringLiteral("warning"))},
          {QStringLiteral("disclosures"), arrayOf(QStringLiteral("disclosure"))},
          {QStringLiteral("suspensions"), arrayOf(QStringLiteral("suspension"))},
          {QStringLiteral("tools"), arrayOf(QStringLiteral("toolUse"))},
          {QStringLiteral("letters"), arrayOf(QStringLiteral("letter"))}}},
    };
    QJsonObject defs;
    for (const Table& t : tables()) {
        QJsonObject properties;
        for (const Column& column : t.columns) {
            properties.insert(column.name, columnSchema(column));
        }
        for (const auto& extra : nested) {
            if (extra.first == t.table) {
                for (auto it = extra.second.begin(); it != extra.second.end(); ++it) {
                    properties.insert(it.key(), it.value());
                }
            }
        }
        QJsonObject definition = object(properties);
        definition.insert(QStringLiteral("description"), t.description);
        defs.insert(t.definition, definition);
    }

    const QJsonObject hash{{QStringLiteral("type"), QStringLiteral("string")},
                           {QStringLiteral("pattern"), QStringLiteral("^[0-9a-f]{64}$")}};
    const QJsonObject text{{QStringLiteral("type"), QStringLiteral("string")}};
    const QJsonObject scope = object({
        {QStringLiteral("kind"),
         QJsonObject{{QStringLiteral("enum"),
                      QJsonArray{QStringLiteral("engagement"), QStringLiteral("client"), QStringLiteral("practice")}}}},
        {QStringLiteral("id"),
         QJsonObject{{QStringLiteral("type"), QJsonArray{QStringLiteral("integer"), QStringLiteral("null")}}}},
    });
    const QJsonObject practice = object({
        {QStringLiteral("profile"),
         QJsonObject{{QStringLiteral("oneOf"),
                      QJsonArray{ref(QStringLiteral("practiceProfile")),
                                 QJsonObject{{QStringLiteral("type"), QStringLiteral("null")}}}}}},
        {QStringLiteral("policy"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                     {QStringLiteral("additionalProperties"), text}}},
        {QStringLiteral("registrations"), arrayOf(QStringLiteral("registration"))},
        {QStringLiteral("qualifications"), arrayOf(QStringLiteral("qualification"))},
        {QStringLiteral("code_subscriptions"), arrayOf(QStringLiteral("codeSubscription"))},
        {QStringLiteral("technology_register"), arrayOf(QStringLiteral("tool"))},
    });
    const QJsonObject audit = object({
        {QStringLiteral("entries"), arrayOf(QStringLiteral("auditEntry"))},
        {QStringLiteral("head"), hash},
        {QStringLiteral("count"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}, {QStringLiteral("minimum"), 0}}},
        {QStringLiteral("intact"), QJsonObject{{QStringLiteral("type"), QStringLiteral("boolean")}}},
    });
    QJsonObject root = object({
        {QStringLiteral("format"), QJsonObject{{QStringLiteral("const"), QLatin1String(FormatName)}}},
        {QStringLiteral("version"), QJsonObject{{QStringLiteral("const"), FormatVersion}}},
        {QStringLiteral("generator"), text},
        {QStringLiteral("exported_at"), columnSchema({QString(), ColumnType::Timestamp, false})},
        {QStringLiteral("scope"), scope},
        {QStringLiteral("practice"), practice},
        {QStringLiteral("principals"), arrayOf(QStringLiteral("principal"))},
        {QStringLiteral("clients"), arrayOf(QStringLiteral("client"))},
        {QStringLiteral("engagements"), arrayOf(QStringLiteral("engagement"))},
        {QStringLiteral("consultations"), arrayOf(QStringLiteral("consultation"))},
        {QStringLiteral("attachments"), arrayOf(QStringLiteral("attachment"))},
        {QStringLiteral("destructions"), arrayOf(QStringLiteral("destruction"))},
        {QStringLiteral("audit"), audit},
    });
    root.insert(QStringLiteral("$schema"), QStringLiteral("https://json-schema.org/draft/2020-12/schema"));
    root.insert(QStringLiteral("$id"), QStringLiteral("https://mandaat.invalid/export-format.schema.json"));
    root.insert(QStringLiteral("title"), QStringLiteral("Mandaat export, data.json, version 1"));
    root.insert(QStringLiteral("$defs"), defs);
    return root;
}

} // namespace mandaat::exportformat
