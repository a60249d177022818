#pragma once

#include <QDateTime>
#include <QString>

namespace mandaat {

/// One link of the tamper-evident audit log: hash = SHA-256 over prevHash and the entry's
/// canonical fields (AuditLog::entryHash). The summary names ids, not clients.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString kind; // "engagement.status", "export", "unlock", ...
    qint64 engagementId = 0;
    QString summary;
    // Schema 9 (issue 16, item 5): the record an entry is about and the SHA-256 of its content
    // after the change (RecordContent::hash; empty for a deletion). Entries about no record
    // (an export, an unlock) and those written before schema 9 leave recordTable empty.
    QString recordTable;
    qint64 recordId = 0;
    QString contentHash;
    QString prevHash;
    QString hash;

    bool operator==(const AuditEntry&) const = default;
};

/// What AuditLog::verify() found.
struct AuditVerification
{
    bool intact = true;
    int entries = 0;
    int firstBrokenPosition = 0; // 1-based position in id order; 0 when intact
    qint64 firstBrokenId = 0;
    QString headHash;
    QString message; // translated; empty when intact
};

} // namespace mandaat
