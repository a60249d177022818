#include "AuditVerifier.h"

#include "repositories/AuditLog.h"
#include "repositories/RecordContent.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

namespace mandaat {

namespace {

struct Link
{
    AuditEntry entry;
    bool selfValid = false;
};

AuditFinding finding(AuditFinding::Kind kind, qint64 position, qint64 missing, const QString& message)
{
    return {kind, position, missing, message, {}, 0};
}

// Past this many, record findings are counted, not listed one by one.
constexpr int ListedRecordFindings = 50;

QString recordKey(const QString& table, qint64 id)
{
    return table + QLatin1Char(' ') + QString::number(id);
}

// The append-only triggers, as schema 2 made them (Migrations.cpp): the names of those missing.
QStringList checkTriggers(const QSqlDatabase& database)
{
    QStringList missing;
    QSqlQuery query(database);
    const std::pair<const char*, const char*> triggers[] = {{"audit_entry_no_update", "UPDATE"},
                                                            {"audit_entry_no_delete", "DELETE"}};
    for (const auto& [name, event] : triggers) {
        query.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ? AND tbl_name = "
                                     "'audit_entry'"));
        query.bindValue(0, QLatin1String(name));
        const QString sql = query.exec() && query.next() ? query.value(0).toString().simplified() : QString();
        const bool intact = sql.contains(QStringLiteral("BEFORE %1 ON audit_entry").arg(QLatin1String(event))) &&
            sql.contains(QStringLiteral("RAISE(ABORT"));
        if (!intact) {
            missing << QLatin1String(name);
        }
    }
    return missing;
}

} // namespace

// The last entry about each record: its id and content hash (empty after a deletion).
struct AuditVerifier::LastEntry
{
    qint64 entryId = 0;
    QString contentHash;
    bool seen = false; // the record was found in its table
};

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

AuditReport AuditVerifier::verify(const QList<AuditHead>& outsideHeads, Checks checks) const
{
    AuditReport report;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT * FROM audit_entry ORDER BY id"))) {
        report.readable = false;
        report.message = tr("The audit log could not be read: %1").arg(query.lastError().text());
        return report;
    }
    const QSqlRecord columns = query.record();
    const int recordTableColumn = columns.indexOf(QStringLiteral("record_table"));
    const bool coversRecords = recordTableColumn >= 0;
    QList<Link> links;
    QHash<QString, LastEntry> lastEntries;
    while (query.next()) {
        Link link;
        link.entry.id = query.value(QStringLiteral("id")).toLongLong();
        link.entry.at = QDateTime::fromString(query.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        link.entry.kind = query.value(QStringLiteral("kind")).toString();
        link.entry.engagementId = query.value(QStringLiteral("engagement_id")).toLongLong();
        link.entry.summary = query.value(QStringLiteral("summary")).toString();
        link.entry.prevHash = query.value(QStringLiteral("prev_hash")).toString();
        link.entry.hash = query.value(QStringLiteral("hash")).toString();
        if (coversRecords) {
            link.entry.recordTable = query.value(recordTableColumn).toString();
            if (!link.entry.recordTable.isEmpty()) {
                link.entry.recordId = query.value(QStringLiteral("record_id")).toLongLong();
                link.entry.contentHash = query.value(QStringLiteral("content_hash")).toString();
                lastEntries.insert(recordKey(link.entry.recordTable, link.entry.recordId),
                                   {link.entry.id, link.entry.contentHash, false});
            }
        }
        link.selfValid = AuditLog::entryHash(link.entry) == link.entry.hash;
        links.append(link);
    }

    const QStringList triggers = checkTriggers(m_database);
    for (const QString& trigger : triggers) {
        report.findings << finding(AuditFinding::Kind::TriggerMissing,
                                   0,
                                   0,
                                   tr("The trigger %1, which keeps the audit log append-only, was removed or "
                                      "changed outside Mandaat.")
                                       .arg(trigger));
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
    for (const AuditHead& head : outsideHeads) {
        // Mandaat on this computer records every entry it writes; later ones were written by
        // Mandaat elsewhere, or added outside Mandaat (a forged entry with a valid hash).
        if (head.isValid() && head.local && head.count < lastId && head.count >= 0) {
            const bool sameStart =
                head.count == 0 || std::any_of(links.cbegin(), links.cend(), [&head](const Link& link) {
                    return link.entry.id == head.count && link.entry.hash == head.hash;
                });
            if (sameStart) {
                report.findings << finding(AuditFinding::Kind::Unrecorded,
                                           head.count + 1,
                                           lastId - head.count,
                                           tr("Entries %1 to %2 were added after %3 (%4 entries): unless this vault "
                                              "was used by Mandaat on another computer since, they were written "
                                              "outside Mandaat.")
                                               .arg(head.count + 1)
                                               .arg(lastId)
                                               .arg(head.source)
                                               .arg(head.count));
            }
        }
    }

    if (checks == Checks::All) {
        if (coversRecords && recordsCovered()) {
            checkRecords(lastEntries, &report);
        }
        checkFiles(&report);
    }
    if (!report.intact()) {
        report.message = tr("The audit log is not intact.");
    }
    return report;
}

bool AuditVerifier::recordsCovered() const
{
    QSqlQuery query(m_database);
    return query.exec(QStringLiteral("SELECT count(*) FROM practice_setting WHERE key = 'audit.records_covered'")) &&
        query.next() && query.value(0).toLongLong() > 0;
}

void AuditVerifier::checkRecords(QHash<QString, LastEntry>& lastEntries, AuditReport* report) const
{
    int listed = 0;
    qint64 unlisted = 0;
    const auto add = [&](AuditFinding::Kind kind, const QString& table, qint64 id, qint64 entry, const QString& text) {
        if (listed >= ListedRecordFindings) {
            ++unlisted;
            return;
        }
        ++listed;
        AuditFinding item = finding(kind, entry, 0, text);
        item.recordTable = table;
        item.recordId = id;
        report->findings << item;
    };
    report->recordsChecked = 0;
    for (const QString& table : RecordContent::tables()) {
        QSqlQuery rows(m_database);
        rows.setForwardOnly(true);
        if (!rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table))) {
            continue;
        }
        const QSqlRecord record = rows.record();
        RecordRow row;
        row.exists = true;
        for (int i = 0; i < record.count(); ++i) {
            row.columns << record.fieldName(i);
        }
        while (rows.next()) {
            row.values.clear();
            for (int i = 0; i < record.count(); ++i) {
                row.values << rows.value(i);
            }
            const qint64 id = row.value(QStringLiteral("id")).toLongLong();
            ++report->recordsChecked;
            const auto last = lastEntries.find(recordKey(table, id));
            if (last == lastEntries.end()) {
                add(AuditFinding::Kind::RecordAdded,
                    table,
                    id,
                    0,
                    tr("%1 %2 has no audit entry: it was added outside Mandaat.").arg(table).arg(id));
                continue;
            }
            last->seen = true;
            if (last->contentHash.isEmpty()) {
                add(AuditFinding::Kind::RecordAdded,
                    table,
                    id,
                    last->entryId,
                    tr("%1 %2 was deleted (entry %3) but is in the vault again: it was put back outside Mandaat.")
                        .arg(table)
                        .arg(id)
                        .arg(last->entryId));
            } else if (RecordContent::hash(table, id, row) != last->contentHash) {
                add(AuditFinding::Kind::RecordChanged,
                    table,
                    id,
                    last->entryId,
                    tr("%1 %2 was changed outside Mandaat: it no longer matches its last audit entry (%3).")
                        .arg(table)
                        .arg(id)
                        .arg(last->entryId));
            }
        }
    }
    for (auto it = lastEntries.cbegin(); it != lastEntries.cend(); ++it) {
        if (!it->seen && !it->contentHash.isEmpty()) {
            const QString table = it.key().section(QLatin1Char(' '), 0, 0);
            const qint64 id = it.key().section(QLatin1Char(' '), 1).toLongLong();
            add(AuditFinding::Kind::RecordRemoved,
                table,
                id,
                it->entryId,
                tr("%1 %2 was deleted outside Mandaat: its last audit entry (%3) does not record a deletion.")
                    .arg(table)
                    .arg(id)
                    .arg(it->entryId));
        }
    }
    if (unlisted > 0) {
        report->findings << finding(
            AuditFinding::Kind::RecordChanged,
            0,
            0,
            tr("… and %n more record(s) changed outside Mandaat.", nullptr, static_cast<int>(unlisted)));
    }
}

void AuditVerifier::checkFiles(AuditReport* report) const
{
    // Every stored file against its own SHA-256, one at a time (up to 25 MB each).
    QSqlQuery ids(m_database);
    ids.setForwardOnly(true);
    QList<qint64> attachments;
    if (ids.exec(QStringLiteral("SELECT id FROM attachment ORDER BY id"))) {
        while (ids.next()) {
            attachments << ids.value(0).toLongLong();
        }
    }
    QSqlQuery file(m_database);
    file.setForwardOnly(true);
    file.prepare(QStringLiteral("SELECT content, sha256 FROM attachment WHERE id = ?"));
    for (const qint64 id : std::as_const(attachments)) {
        file.bindValue(0, id);
        if (!file.exec() || !file.next()) {
            continue;
        }
        const QString actual = QString::fromLatin1(
            QCryptographicHash::hash(file.value(0).toByteArray(), QCryptographicHash::Sha256).toHex());
        if (actual != file.value(1).toString()) {
            AuditFinding item = finding(AuditFinding::Kind::FileAltered,
                                        0,
                                        0,
                                        tr("The stored file %1 was changed outside Mandaat: its bytes no longer match "
                                           "its SHA-256.")
                                            .arg(id));
            item.recordTable = QStringLiteral("attachment");
            item.recordId = id;
            report->findings << item;
        }
        file.finish();
    }
    // An issued letter's SHA-256, recorded when it was issued, against its PDF's bytes.
    QSqlQuery letters(m_database);
    letters.setForwardOnly(true);
    if (!letters.exec(QStringLiteral("SELECT l.id, l.sha256, a.content FROM issued_letter l "
                                     "LEFT JOIN attachment a ON a.id = l.attachment_id ORDER BY l.id"))) {
        return;
    }
    while (letters.next()) {
        const QString actual = letters.value(2).isNull()
            ? QString()
            : QString::fromLatin1(
                  QCryptographicHash::hash(letters.value(2).toByteArray(), QCryptographicHash::Sha256).toHex());
        if (actual != letters.value(1).toString()) {
            const qint64 id = letters.value(0).toLongLong();
            AuditFinding item = finding(AuditFinding::Kind::FileAltered,
                                        0,
                                        0,
                                        tr("Issued letter %1 no longer matches the SHA-256 recorded when it was "
                                           "issued: the letter's PDF or its recorded fingerprint was changed "
                                           "outside Mandaat.")
                                            .arg(id));
            item.recordTable = QStringLiteral("issued_letter");
            item.recordId = id;
            report->findings << item;
        }
    }
}

} // namespace mandaat
