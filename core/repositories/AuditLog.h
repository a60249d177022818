#pragma once

#include "domain/AuditEntry.h"
#include "domain/RecordError.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace mandaat {

class RecordStore;
struct RecordRow;

/// The tamper-evident audit log (docs/architecture.md, Compliance): append-only (triggers refuse UPDATE
/// and DELETE), each entry carrying the SHA-256 of the one before. Summaries name record
/// ids, not clients: the log outlives the destruction of the records it mentions.
class AuditLog : public QObject
{
    Q_OBJECT

public:
    /// Becomes \a store's audit: from then on every write of a record through the store is
    /// recorded (RecordStore::setAudit).
    explicit AuditLog(RecordStore& store, QObject* parent = nullptr);
    ~AuditLog() override;

    /// The prev_hash of the first entry.
    static QString genesisHash();
    /// SHA-256 (lowercase hex) over the entry's prevHash and canonical fields: id, at (UTC,
    /// milliseconds), kind, engagementId, summary, and, for an entry about a record (schema
    /// 9), its recordTable, recordId and contentHash; one per line, UTF-8.
    static QString entryHash(const AuditEntry& entry);

    /// Appends an entry; \a kind is a dotted id ("engagement.status", "export"). Joins the
    /// caller's transaction when there is one. Returns the new id, or 0 with \a error set.
    qint64 append(const QString& kind, const QString& summary, qint64 engagementId = 0, RecordError* error = nullptr);
    /// The same for an entry with every field but id, at and the hashes set (one about a record).
    qint64 append(AuditEntry entry, RecordError* error = nullptr);

    /// Records a change to the row \a id of the record table \a table (RecordContent), which
    /// was \a before (exists false: it is new) and is read as it is now: "<table>.created",
    /// ".updated" with the names of the columns that changed, never their values, or
    /// ".deleted". Nothing when nothing changed or the table is not a record table. A \a before
    /// that exists without columns (not read) names \a why (a stored Phrase) instead of the
    /// changed columns. Summaries are stored Phrases: ids and arguments, told in the reader's
    /// language (Phrase::render).
    bool recordChange(const QString& table,
                      qint64 id,
                      const RecordRow& before,
                      RecordError* error = nullptr,
                      const QString& why = {});

    /// Records, with one "<table>.recorded" entry each, every row of a record table that has
    /// no entry yet, saying \a why (a stored Phrase: "demo practice"). Joins the caller's transaction.
    bool recordUnrecorded(const QString& why, RecordError* error = nullptr);
    /// Once per vault (the practice_setting "audit.records_covered"): records the rows that
    /// were in the vault before the log covered records (a vault from before schema 9).
    /// For Vault, on every writable open; cheap when done.
    static bool coverRecords(const QString& connectionName, RecordError* error = nullptr);

    /// Every entry in order, or those about one engagement.
    QList<AuditEntry> entries(qint64 engagementId = 0, RecordError* error = nullptr) const;
    /// The hash of the last entry (genesisHash() when empty): written into backups and
    /// exports so that a truncated tail can be detected.
    QString head(RecordError* error = nullptr) const;
    /// Walks the chain. With \a expectedHead (from a backup or export), also detects entries
    /// removed from the end.
    AuditVerification verify(const QString& expectedHead = {}) const;

Q_SIGNALS:
    void appended(qint64 id);

private:
    /// Appends \a entry after the entry \a previous (id and hash; 0 and genesis for the
    /// first); fills its id, prevHash and hash.
    bool insertAfter(AuditEntry& entry, qint64 previousId, const QString& previousHash, RecordError* error);
    /// Whether the vault's entries can name a record (schema 9). A vault is migrated before
    /// it is written, but a test writes a vault of an older schema the way that version did.
    bool recordColumns() const;

    RecordStore& m_store;
    mutable std::optional<bool> m_recordColumns;
};

} // namespace mandaat
