#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mandaat {

/// Whom a record belongs to: what leaves with an engagement, a client or the practice.
enum class RecordOwner {
    Practice, ///< the practice itself: no owner column
    Principal, ///< a principal (ownerColumn principal_id)
    Client, ///< a client (ownerColumn client_id)
    ClientOrPrincipal, ///< exactly one of client_id and principal_id
    Engagement, ///< an engagement (ownerColumn engagement_id; for some kinds NULL means the practice's)
    Parent, ///< another record (ownerColumn refers to the table named by parent)
};

/// The retention clock that ends a record (docs/backup-and-retention.md, Retention and
/// destruction).
enum class RetentionClock {
    None, ///< no clock: practice data, or what remains of a destruction
    Dossier, ///< deleted when the dossier's retention ends (MW-4.2)
    Financial, ///< kept until the financial records' retention ends
};

/// One kind of record: a table whose rows the audit log covers, and how export, search and
/// retention treat it (docs/architecture.md, Record kinds).
struct RecordKindDescriptor
{
    const char* table = nullptr;
    /// How a reader names it inside a sentence, translated in the context "Phrase".
    const char* name = nullptr;
    RecordOwner owner = RecordOwner::Practice;
    const char* ownerColumn = nullptr;
    const char* parent = nullptr; ///< the table ownerColumn refers to
    RetentionClock clock = RetentionClock::None;
    /// For a kind on the dossier clock: the rows (an SQL condition on the table's own columns)
    /// that stay for the financial clock instead (the confirmation among the letters).
    const char* financialRows = nullptr;
    /// For a kind on the financial clock: the columns the dossier's destruction empties.
    const char* dossierClears = nullptr;
    /// The columns that refer to an attachment, separated by commas.
    const char* attachmentColumns = nullptr;
    /// Where its rows are in data.json (docs/export-format.md), "[]" for each element of an array.
    const char* exportSection = nullptr;
    /// The full-text index over it (schema versions 3 and 7), if any.
    const char* searchIndex = nullptr;

    QString tableName() const { return QLatin1String(table); }
    QStringList attachmentColumnList() const;
    QStringList dossierClearedColumns() const;
};

/// A table, view or table-name prefix of the vault that is deliberately not a record.
struct NonRecordTable
{
    QString name;
    bool prefix = false; ///< every name that begins with name
    QString reason;
};

/// The registry of record kinds: one descriptor per record table, and the tables of the vault
/// that are not records, each with its reason. RecordContent, Phrase, SearchIndex and
/// DestructionSteps read it; RecordKindsTest fails for a table of a new vault that it does
/// not describe.
namespace RecordKinds {

/// Every kind, parents before their children (the order verify reports in).
const QList<RecordKindDescriptor>& all();
/// The descriptor of \a table; nullptr when it is not a record table.
const RecordKindDescriptor* find(const QString& table);
/// The tables of all(), in that order.
const QStringList& tables();
/// The full-text indexes of all().
QStringList searchIndexes();

/// The tables that are not records: the audit log, practice_setting, note drafts, the search
/// index with FTS4's own tables, sqlite's internal tables.
QList<NonRecordTable> nonRecords();
/// The names of \a schemaNames (tables and views of a vault) that are neither a record kind
/// nor a listed non-record.
QStringList undescribed(const QStringList& schemaNames);

/// Where an attachment can be kept from: a column of \a table that refers to an attachment,
/// on the rows that satisfy condition (empty: every row).
struct AttachmentHolder
{
    QString table;
    QString column;
    QString condition;
};
/// The references that keep an attachment when the dossier's clock (\a financial false) or the
/// financial clock (\a financial true) ends: rows that outlive that clock and refer to it
/// through a column the destruction does not empty. An attachment lives as long as the
/// longest-lived record that refers to it.
QList<AttachmentHolder> attachmentHolders(bool financial);

/// Replaces all() for a test (nullptr: the built-in kinds again); \a kinds must outlive its use.
void setForTesting(const QList<RecordKindDescriptor>* kinds);

} // namespace RecordKinds

} // namespace mandaat
