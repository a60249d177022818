#include "AuditVerifier.h"

#include "repositories/AuditLog.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mandaat {

namespace {

struct Link
{
    AuditEntry entry;
    bool selfValid = false;
};

AuditFinding finding(AuditFinding::Kind kind, qint64 position, qint64 missing, const QString& message)
{
    return {kind, position, missing, message};
}

} // namespace

AuditVerifier::AuditVerifier(const QSqlDatabase& database)
    : m_database(database)
{ }

AuditHead AuditVerifier::head() const
{
    QSqlQuery query(m_database);
    AuditHead head;
    if (query.exec(QStringLiteral("SELECT count(*), (SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1) "
                                  "FROM audit_entry")) &&
        query.next()) {
        head.count = query.value(0).toLongLong();
        head.hash = head.count == 0 ? AuditLog::genesisHash() : query.value(1).toString();
    }
    return head;
}

AuditReport AuditVerifier::verify(const QList<AuditHead>& outsideHeads) const
{
    AuditReport report;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT id, at, kind, engagement_id, summary, prev_hash, hash FROM audit_entry ORDER BY id"))) {
        report.readable = false;
        report.message = tr("The audit log could not be read: %1").arg(query.lastError().text());
        return report;
    }
    QList<Link> links;
    while (query.next()) {
        Link link;
        link.entry.id = query.value(0).toLongLong();
        link.entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        link.entry.kind = query.value(2).toString();
        link.entry.engagementId = query.value(3).toLongLong();
        link.entry.summary = query.value(4).toString();
        link.entry.prevHash = query.value(5).toString();
        link.entry.hash = query.value(6).toString();
        link.selfValid = AuditLog::entryHash(link.entry) == link.entry.hash;
        links.append(link);
    }

    qint64 expectedId = 1;
    QString previousHash = AuditLog::genesisHash();
    for (int i = 0; i < links.size(); ++i) {
        const AuditEntry& entry = links.at(i).entry;
        const bool gap = entry.id > expectedId;
        if (gap) {
            const qint64 missing = entry.id - expectedId;
            report.findings << finding(AuditFinding::Kind::Removed,
                                       expectedId,
                                       missing,
                                       missing == 1
                                           ? tr("Entry %1 was removed.").arg(expectedId)
                                           : tr("Entries %1 to %2 were removed.").arg(expectedId).arg(entry.id - 1));
        }
        if (!links.at(i).selfValid) {
            report.findings << finding(
                AuditFinding::Kind::Altered,
                entry.id,
                0,
                tr("Entry %1 was altered: its content no longer matches its hash.").arg(entry.id));
        } else if (!gap && entry.prevHash != previousHash && i > 0 && links.at(i - 1).selfValid) {
            // The entry before was rewritten together with its own hash: only the link shows it.
            report.findings << finding(AuditFinding::Kind::Altered,
                                       links.at(i - 1).entry.id,
                                       0,
                                       tr("Entry %1 was altered: entry %2 no longer links to it.")
                                           .arg(links.at(i - 1).entry.id)
                                           .arg(entry.id));
        } else if (!gap && i == 0 && entry.prevHash != previousHash) {
            report.findings << finding(AuditFinding::Kind::Altered,
                                       entry.id,
                                       0,
                                       tr("Entry %1 was altered: it does not start the chain.").arg(entry.id));
        }
        previousHash = entry.hash;
        expectedId = entry.id + 1;
    }
    report.entries = links.size();
    report.headHash = links.isEmpty() ? AuditLog::genesisHash() : links.constLast().entry.hash;
    const qint64 lastId = links.isEmpty() ? 0 : links.constLast().entry.id;

    for (const AuditHead& head : outsideHeads) {
        if (!head.isValid()) {
            continue;
        }
        report.comparedWith << head;
        if (head.count > lastId) {
            const qint64 missing = head.count - lastId;
            report.findings << finding(AuditFinding::Kind::Truncated,
                                       lastId + 1,
                                       missing,
                                       tr("The last %n entries are missing (from entry %1 on): %2 recorded %3 "
                                          "entries.",
                                          nullptr,
                                          static_cast<int>(missing))
                                           .arg(lastId + 1)
                                           .arg(head.source)
                                           .arg(head.count));
            continue;
        }
        if (head.count == 0) {
            continue;
        }
        bool matched = false;
        for (const Link& link : links) {
            if (link.entry.id == head.count) {
                matched = link.entry.hash == head.hash;
                break;
            }
        }
        if (!matched) {
            report.findings << finding(AuditFinding::Kind::Diverged,
                                       head.count,
                                       0,
                                       tr("Entry %1 is not the one %2 recorded: the log was altered or replaced.")
                                           .arg(head.count)
                                           .arg(head.source));
        }
    }
    if (!report.intact()) {
        report.message = tr("The audit log is not intact.");
    }
    return report;
}

} // namespace mandaat
