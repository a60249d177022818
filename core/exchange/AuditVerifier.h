#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace mandaat {

/// The audit log's length and last hash, as recorded somewhere else than in the log itself:
/// in a backup, an export, or per machine (Settings::auditHeadSeen).
struct AuditHead
{
    qint64 count = -1; ///< -1: none recorded
    QString hash;
    QString source; ///< translated: where it was recorded ("the backup of 2026-03-01")
    /// This computer's record (AuditHeads::seen), which Mandaat on this computer keeps up to
    /// date with every entry it writes: entries after it were written elsewhere.
    bool local = false;

    bool isValid() const { return count >= 0 && !hash.isEmpty(); }
};

/// One thing wrong with the chain, at a position (the entry's id: an intact log numbers its
/// entries 1, 2, 3, ...).
struct AuditFinding
{
    enum class Kind {
        Altered, ///< an entry's content or hash was changed
        Removed, ///< entries are missing from the middle
        Truncated, ///< entries are missing from the end (shown by an outside head)
        Diverged, ///< the entry an outside head names has another hash
        Unrecorded, ///< entries after this computer's record of the log (a forged append, or another computer)
        TriggerMissing, ///< an append-only trigger was dropped or changed
        RecordChanged, ///< a record's content no longer matches the hash of its last entry
        RecordAdded, ///< a record without any entry
        RecordRemoved, ///< a record whose last entry is not a deletion is gone
        FileAltered, ///< a stored file's bytes, or an issued letter's, no longer match its SHA-256
    };

    Kind kind = Kind::Altered;
    qint64 position = 0; ///< the first affected entry
    qint64 missing = 0; ///< Removed and Truncated: how many entries
    QString message; ///< translated
    QString recordTable; ///< Record* and FileAltered: the record ("client", 12)
    qint64 recordId = 0;

    bool aboutRecords() const { return kind >= Kind::RecordChanged; }
};

struct AuditReport
{
    bool readable = true; ///< false: the log could not be read at all (message says why)
    qint64 entries = 0;
    QString headHash;
    /// Records compared with their last entry; -1 when the vault's log does not cover records
    /// yet (schema before 9, opened read-only).
    qint64 recordsChecked = -1;
    QList<AuditFinding> findings;
    QList<AuditHead> comparedWith; ///< the outside heads checked
    QString message;

    bool intact() const { return readable && findings.isEmpty(); }
};

/// `mandaat-cli verify` and the audit viewer (docs/architecture.md, Compliance): walks the hash chain
/// and reports each altered or removed entry with its position, then checks the log's length
/// against heads recorded outside the vault, so that a truncated tail shows; checks that the
/// append-only triggers are there; recomputes the hash of every record and compares it with
/// its last entry, and every stored file's bytes (issued letters among them) with its
/// SHA-256, so that a record changed outside Mandaat is named (issue 16, item 5). Reads only.
class AuditVerifier
{
    Q_DECLARE_TR_FUNCTIONS(AuditVerifier)

public:
    explicit AuditVerifier(const QSqlDatabase& database);

    enum class Checks {
        Chain, ///< the chain, the triggers and the outside heads
        All, ///< also every record and every stored file
    };
    AuditReport verify(const QList<AuditHead>& outsideHeads = {}, Checks checks = Checks::All) const;
    /// The log's current length and last hash (genesis when empty); count -1 on failure.
    AuditHead head() const;

private:
    struct LastEntry;
    bool recordsCovered() const;
    void checkRecords(QHash<QString, LastEntry>& lastEntries, AuditReport* report) const;
    void checkFiles(AuditReport* report) const;

    QSqlDatabase m_database;
};

} // namespace mandaat
