#include "RecordKinds.h"

#include <QCoreApplication>

#include <algorithm>

namespace mandaat {

namespace {

using O = RecordOwner;
using C = RetentionClock;

QStringList columnsOf(const char* list)
{
    QStringList columns;
    if (list) {
        for (const QString& column : QString::fromLatin1(list).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            columns << column.trimmed();
        }
    }
    return columns;
}

// Parents before their children: verify reports in this order. The tables are created by
// core/storage/Migrations.cpp; the export sections are those of core/exchange/ExportFormat.cpp.
const QList<RecordKindDescriptor>& builtIn()
{
    static const QList<RecordKindDescriptor> kinds = {
        {.table = "practice_profile",
         .name = QT_TRANSLATE_NOOP("Phrase", "practice profile"),
         .owner = O::Practice,
         .attachmentColumns =
             "logo_attachment_id, signature_attachment_id, privacy_notice_attachment_id, general_terms_attachment_id",
         .exportSection = "practice.profile"},
        {.table = "practice_registration",
         .name = QT_TRANSLATE_NOOP("Phrase", "registration"),
         .owner = O::Practice,
         .exportSection = "practice.registrations[]"},
        {.table = "practice_qualification",
         .name = QT_TRANSLATE_NOOP("Phrase", "qualification"),
         .owner = O::Practice,
         .attachmentColumns = "attachment_id",
         .exportSection = "practice.qualifications[]"},
        {.table = "practice_code_subscription",
         .name = QT_TRANSLATE_NOOP("Phrase", "code subscription"),
         .owner = O::Practice,
         .attachmentColumns = "attachment_id",
         .exportSection = "practice.code_subscriptions[]"},
        // ICF-2.5: practice data, not client data; it outlives every dossier.
        {.table = "technology_tool",
         .name = QT_TRANSLATE_NOOP("Phrase", "tool of the technology register"),
         .owner = O::Practice,
         .exportSection = "practice.technology_register[]"},
        // An organisation, not a client: no retention clock ends it.
        {.table = "principal",
         .name = QT_TRANSLATE_NOOP("Phrase", "principal"),
         .owner = O::Practice,
         .exportSection = "principals[]",
         .searchIndex = "principal_fts"},
        {.table = "principal_role",
         .name = QT_TRANSLATE_NOOP("Phrase", "role for a principal"),
         .owner = O::Principal,
         .ownerColumn = "principal_id",
         .parent = "principal",
         .exportSection = "principals[].roles[]"},
        // A client goes with the financial records of its last engagement.
        {.table = "client",
         .name = QT_TRANSLATE_NOOP("Phrase", "client"),
         .owner = O::Practice,
         .clock = C::Financial,
         .exportSection = "clients[]",
         .searchIndex = "client_fts"},
        {.table = "client_member",
         .name = QT_TRANSLATE_NOOP("Phrase", "member of a client system"),
         .owner = O::Client,
         .ownerColumn = "client_id",
         .parent = "client",
         .clock = C::Financial,
         .exportSection = "clients[].members[]"},
        // Also in principals[].relationships[] for a principal's.
        {.table = "declared_relationship",
         .name = QT_TRANSLATE_NOOP("Phrase", "declared relationship"),
         .owner = O::ClientOrPrincipal,
         .ownerColumn = "client_id",
         .parent = "client",
         .clock = C::Financial,
         .exportSection = "clients[].relationships[]"},
        // The terms and fees stay for the financial clock; the free text goes with the dossier.
        {.table = "engagement",
         .name = QT_TRANSLATE_NOOP("Phrase", "engagement"),
         .owner = O::Client,
         .ownerColumn = "client_id",
         .parent = "client",
         .clock = C::Financial,
         .dossierClears = "objectives, client_expectations, principal_expectations, other_stakeholders, "
                          "earlier_advice_description, end_note, use_restrictions",
         .exportSection = "engagements[]",
         .searchIndex = "engagement_fts"},
        {.table = "engagement_method",
         .name = QT_TRANSLATE_NOOP("Phrase", "method of an engagement"),
         .owner = O::Engagement,
         .ownerColumn = "engagement_id",
         .parent = "engagement",
         .clock = C::Financial,
         .exportSection = "engagements[].methods[]"},
        {.table = "engagement_code",
         .name = QT_TRANSLATE_NOOP("Phrase", "code of an engagement"),
         .owner = O::Engagement,
         .ownerColumn = "engagement_id",
         .parent = "engagement",
         .clock = C::Financial,
         .exportSection = "engagements[].pinned_codes[]"},
        // A session is billed: it stays for the financial clock; its place goes with the dossier.
        {.table = "session",
         .name = QT_TRANSLATE_NOOP("Phrase", "session"),
         .owner = O::Engagement,
         .ownerColumn = "engagement_id",
         .parent = "engagement",
         .clock = C::Financial,
         .dossierClears = "location",
         .exportSection = "engagements[].sessions[]"},
        {.table = "note",
         .name = QT_TRANSLATE_NOOP("Phrase", "note"),
         .owner = O::Engagement,
         .ownerColumn = "engagement_id",
         .parent = "engagement",
         .clock = C::Dossier,
         .exportSection = "engagements[].notes[]",
         .searchIndex = "note_fts"},
        {.table = "note_version",
         .name = QT_TRANSLATE_NOOP("Phrase", "note version"),
         .owner = O::Parent,
         .ownerColumn = "note_id",
         .parent = "note",
         .clock = C::Dossier,
         .exportSection = "engagements[].notes[].history[]"},
        // Who, when and how stay for the financial clock; the text and the file do not.
        {.table = "evidence",
         .name = QT_TRANSLATE_NOOP("Phrase", "evidence"),
         .owner = O::Engagement,
         .ownerColumn = "engagement_id",
         .parent = "engagement",
         .clock = C::Financial,
         .dossierClears = "text, attachment_id",
         .attachmentColumns = "attachment_id",
         .exportSection = "engagements[].evidence[]"},
        {.table = "consent",
         .name = QT_TRANSLATE_NOOP("Phrase", "consent"),
         .owner = O::Engagement,
         .ownerColumn = "engagement_id",
         .parent = "engagement",
         .clock = C::Dossier,
         .attachmentColumns = "attachment_id",
         .exportSection = "engagements[].consents[]"},
        {.table = "principal_report",
         .name = QT_TRANSLATE_NOOP("Phrase", "report to the principal"),
         .owner = O::Engagement,
         .ownerColumn = "engagement_id",
         .parent = "engagement",
         .clock = C::Dossier,
         .attachmentColumns = "attachment_id",
         .exportSection = "engagements[].reports[]"},
        {.table = "referral",
         .name = QT_TRANSLATE_NOOP("Phrase", "referral"),
         .owner = O::Engagement,
         .ownerColumn = "engagement_id",
         .parent = "engagement",
         .clock = C::Dossier,
         .exportSection = "engagements[].referrals[]"},
        // engagement_id NULL: a consultation about the practice in general (top-level
        // consultations[] of a whole-practice export), which no clock ends.
        {.table = "consultation",
         .name = QT_TRANSLATE_NOOP("Phrase", "consultation"),
         .owner = O::Engagement,
         .ownerColumn = "engagement_id",
         .parent = "engagement",
         .clock = C::Dossier,
         .exportSection = "engagements[].consultations[]"},
        {.table = "complaint",
         .name = QT_TRANSLATE_NOOP("Phrase", "complaint"),
         .owner = O::Engagement,
         .ownerColumn = "engagement_id",
         .parent = "engagement",
         .clock = C::Dossier,
         .attachmentColumns = "acknowledgement_attachment_id",
         .exportSection = "engagements[].complaints[]"},
        {.table = "written_warning",
         .name = QT_TRANSLATE_NOOP("Phrase", "written warning"),
         .owner = O::Engagement,
         .ownerColumn = "engagement_id",
         .parent = "engagement",
         .clock = C::Dossier,
         .attachmentColumns = "attachment_id",
         .exportSection = "engagements[].warnings[]"},
        {.table = "disclosure",
         .name = QT_TRANSLATE_NOOP("Phrase", "disclosure"),
         .owner = O::Engagement,
         .ownerColumn = "engagement_id",
         .parent = "engagement",
         .clock = C::Dossier,
         .exportSection = "engagements[].disclosures[]"},
        {.table = "suspension",
         .name = QT_TRANSLATE_NOOP("Phrase", "suspension"),
         .owner = O::Engagement,
         .ownerColumn = "engagement_id",
         .parent = "engagement",
         .clock = C::Dossier,
         .exportSection = "engagements[].suspensions[]"},
        {.table = "engagement_tool",
         .name = QT_TRANSLATE_NOOP("Phrase", "tool used with a client's data"),
         .owner = O::Engagement,
         .ownerColumn = "engagement_id",
         .parent = "engagement",
         .clock = C::Dossier,
         .exportSection = "engagements[].tools[]"},
        // engagement_id NULL: the practice's own files. An engagement's file lives as long as
        // the longest-lived record that refers to it (attachmentHolders), else the dossier.
        {.table = "attachment",
         .name = QT_TRANSLATE_NOOP("Phrase", "file"),
         .owner = O::Engagement,
         .ownerColumn = "engagement_id",
         .parent = "engagement",
         .clock = C::Dossier,
         .exportSection = "attachments[]"},
        // A complaint's acknowledgement has complaint_id instead of engagement_id. The
        // confirmation (CMI-5) states the fees: it stays for the financial clock.
        {.table = "issued_letter",
         .name = QT_TRANSLATE_NOOP("Phrase", "letter"),
         .owner = O::Engagement,
         .ownerColumn = "engagement_id",
         .parent = "engagement",
         .clock = C::Dossier,
         .financialRows = "kind = 'confirmation'",
         .attachmentColumns = "attachment_id, signed_attachment_id",
         .exportSection = "engagements[].letters[]"},
        // The tombstone: what remains after a destruction, for good.
        {.table = "destruction",
         .name = QT_TRANSLATE_NOOP("Phrase", "destruction"),
         .owner = O::Practice,
         .exportSection = "destructions[]"},
    };
    return kinds;
}

const QList<RecordKindDescriptor>* s_testingKinds = nullptr;

} // namespace

QStringList RecordKindDescriptor::attachmentColumnList() const
{
    return columnsOf(attachmentColumns);
}

QStringList RecordKindDescriptor::dossierClearedColumns() const
{
    return columnsOf(dossierClears);
}

namespace RecordKinds {

const QList<RecordKindDescriptor>& all()
{
    return s_testingKinds ? *s_testingKinds : builtIn();
}

const RecordKindDescriptor* find(const QString& table)
{
    for (const RecordKindDescriptor& kind : all()) {
        if (table == QLatin1String(kind.table)) {
            return &kind;
        }
    }
    return nullptr;
}

const QStringList& tables()
{
    static const auto namesOf = [](const QList<RecordKindDescriptor>& kinds) {
        QStringList names;
        for (const RecordKindDescriptor& kind : kinds) {
            names << kind.tableName();
        }
        return names;
    };
    static const QStringList builtInNames = namesOf(builtIn());
    if (!s_testingKinds) {
        return builtInNames;
    }
    static QStringList testingNames;
    testingNames = namesOf(*s_testingKinds);
    return testingNames;
}

QStringList searchIndexes()
{
    QStringList indexes;
    for (const RecordKindDescriptor& kind : all()) {
        if (kind.searchIndex) {
            indexes << QLatin1String(kind.searchIndex);
        }
    }
    return indexes;
}

QList<NonRecordTable> nonRecords()
{
    QList<NonRecordTable> list = {
        {QStringLiteral("audit_entry"),
         false,
         QStringLiteral("the audit log itself: append-only, it records the changes of the records")},
        {QStringLiteral("practice_setting"),
         false,
         QStringLiteral("policy and the vault's own bookkeeping (heads of backups and exports)")},
        {QStringLiteral("note_draft"),
         false,
         QStringLiteral("text typed but not saved: not part of the record until the note is saved")},
        {QStringLiteral("note_search_key"), false, QStringLiteral("the notes' time keys of the search index")},
        {QStringLiteral("note_search"), false, QStringLiteral("the view the notes' search index reads")},
        {QStringLiteral("sqlite_"), true, QStringLiteral("SQLite's internal tables")},
    };
    // FTS4 keeps each index in the virtual table and four tables of its own.
    for (const QString& index : searchIndexes()) {
        const QString reason = QStringLiteral("the full-text index, derived from the records");
        list.append({index, false, reason});
        for (const char* suffix : {"_segments", "_segdir", "_docsize", "_stat"}) {
            list.append({index + QLatin1String(suffix), false, reason});
        }
    }
    return list;
}

QStringList undescribed(const QStringList& schemaNames)
{
    const QList<NonRecordTable> others = nonRecords();
    QStringList missing;
    for (const QString& name : schemaNames) {
        const bool other = std::any_of(others.begin(), others.end(), [&name](const NonRecordTable& each) {
            return each.prefix ? name.startsWith(each.name) : name == each.name;
        });
        if (!other && !find(name)) {
            missing << name;
        }
    }
    return missing;
}

QList<AttachmentHolder> attachmentHolders(bool financial)
{
    QList<AttachmentHolder> holders;
    for (const RecordKindDescriptor& kind : all()) {
        // The rows that outlive the clock that ends now.
        QString condition;
        if (kind.clock == RetentionClock::Dossier) {
            if (financial || !kind.financialRows) {
                continue;
            }
            condition = QLatin1String(kind.financialRows);
        } else if (kind.clock == RetentionClock::Financial && financial) {
            continue;
        }
        const QStringList cleared = financial ? QStringList() : kind.dossierClearedColumns();
        for (const QString& column : kind.attachmentColumnList()) {
            if (!cleared.contains(column)) {
                holders.append({kind.tableName(), column, condition});
            }
        }
    }
    return holders;
}

void setForTesting(const QList<RecordKindDescriptor>* kinds)
{
    s_testingKinds = kinds;
}

} // namespace RecordKinds

} // namespace mandaat
