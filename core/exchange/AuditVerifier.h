#pragma once

#include <QCoreApplication>
#include <QDateTime>
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
    };

    Kind kind = Kind::Altered;
    qint64 position = 0; ///< the first affected entry
    qint64 missing = 0; ///< Removed and Truncated: how many entries
    QString message; ///< translated
};

struct AuditReport
{
    bool readable = true; ///< false: the log could not be read at all (message says why)
    qint64 entries = 0;
    QString headHash;
    QList<AuditFinding> findings;
    QList<AuditHead> comparedWith; ///< the outside heads checked
    QString message;

    bool intact() const { return readable && findings.isEmpty(); }
};

/// `mandaat-cli verify` and the audit viewer (DESIGN.md, Compliance): walks the hash chain
/// and reports each altered or removed entry with its position, then checks the log's length
/// against heads recorded outside the vault, so that a truncated tail shows. Reads only.
class AuditVerifier
{
    Q_DECLARE_TR_FUNCTIONS(AuditVerifier)

public:
    explicit AuditVerifier(const QSqlDatabase& database);

    AuditReport verify(const QList<AuditHead>& outsideHeads = {}) const;
    /// The log's current length and last hash (genesis when empty); count -1 on failure.
    AuditHead head() const;

private:
    QSqlDatabase m_database;
};

} // namespace mandaat
