#include "AuditLog.h"

#include "domain/Limits.h"
#include "domain/Phrase.h"
#include "repositories/ChildRows.h"
#include "repositories/RecordContent.h"
#include "repositories/RecordStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace mandaat {

namespace {

AuditEntry readEntry(const RowReader& row)
{
    AuditEntry entry;
    entry.id = row.id("id");
    entry.at = row.time("at");
    entry.kind = row.text("kind");
    entry.engagementId = row.id("engagement_id");
    entry.summary = row.text("summary");
    // Columns of schema 9: absent in a vault opened read-only before its migration.
    entry.recordTable = row.laterText("record_table");
    entry.recordId = entry.recordTable.isEmpty() ? 0 : row.id("record_id");
    entry.contentHash = row.laterText("content_hash");
    entry.prevHash = row.text("prev_hash");
    entry.hash = row.text("hash");
    return entry;
}

const char* const selectEntries = "SELECT * FROM audit_entry";
const char* const coveredKey = "audit.records_covered";

bool validEntry(const QString& kind, const QString& summary, RecordError* error)
{
    static const QRegularExpression kindPattern(QStringLiteral("^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*$"));
    if (!kindPattern.match(kind).hasMatch() || kind.size() > limits::Identifier || summary.trimmed().isEmpty() ||
        summary.size() > limits::LongText) {
        setRecordError(error,
                       RecordError::make(RecordError::Kind::Invalid,
                                         QCoreApplication::translate("Records",
                                                                     "An audit entry needs a dotted kind and a "
                                                                     "summary; got “%1”.")
                                             .arg(kind)));
        return false;
    }
    return true;
}

} // namespace

AuditLog::AuditLog(RecordStore& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    m_store.setAudit(this);
}

AuditLog::~AuditLog()
{
    if (m_store.audit() == this) {
        m_store.setAudit(nullptr);
    }
}

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::entryHash(const AuditEntry& entry)
{
    QStringList canonical = {
        entry.prevHash,
        QString::number(entry.id),
        timeValue(entry.at).toString(),
        entry.kind,
        QString::number(entry.engagementId),
        entry.summary,
    };
    if (!entry.recordTable.isEmpty()) {
        canonical << entry.recordTable << QString::number(entry.recordId) << entry.contentHash;
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool AuditLog::insertAfter(AuditEntry& entry, qint64 previousId, const QString& previousHash, RecordError* error)
{
    if (!entry.recordTable.isEmpty() && !recordColumns()) {
        // Before schema 9 an entry named its record in its summary only, and its hash did not
        // cover the record: written so, the chain stays valid after the migration.
        entry.recordTable.clear();
        entry.recordId = 0;
        entry.contentHash.clear();
    }
    entry.id = previousId + 1;
    entry.prevHash = previousHash;
    entry.hash = entryHash(entry);
    Fields fields = {
        {"id", entry.id},
        {"at", timeValue(entry.at)},
        {"kind", entry.kind},
        {"engagement_id", idValue(entry.engagementId)},
        {"summary", entry.summary},
        {"prev_hash", entry.prevHash},
        {"hash", entry.hash},
    };
    if (!entry.recordTable.isEmpty()) {
        fields.emplace_back("record_table", entry.recordTable);
        fields.emplace_back("record_id", entry.recordId);
        fields.emplace_back("content_hash", entry.contentHash);
    }
    return m_store.insert("audit_entry", fields, error) != 0;
}

bool AuditLog::recordColumns() const
{
    if (!m_recordColumns) {
        RecordError failure;
        std::optional<QSqlQuery> columns = m_store.run(QStringLiteral("PRAGMA table_info(audit_entry)"), {}, &failure);
        if (!columns) {
            return true; // unknown: the insert reports what is wrong
        }
        bool found = false;
        while (columns->next()) {
            found = found || columns->value(1).toString() == QLatin1String("record_table");
        }
        m_recordColumns = found;
    }
    return *m_recordColumns;
}

qint64 AuditLog::append(const QString& kind, const QString& summary, qint64 engagementId, RecordError* error)
{
    AuditEntry entry;
    entry.kind = kind;
    entry.summary = summary;
    entry.engagementId = engagementId;
    return append(entry, error);
}

qint64 AuditLog::append(AuditEntry entry, RecordError* error)
{
    if (!validEntry(entry.kind, entry.summary, error)) {
        return 0;
    }
    Transaction transaction(m_store, error);
    if (!transaction.isOpen()) {
        return 0;
    }
    std::optional<QSqlQuery> last =
        m_store.run(QStringLiteral("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1"), {}, error);
    if (!last) {
        return 0;
    }
    const bool any = last->next();
    const qint64 previousId = any ? last->value(0).toLongLong() : 0;
    const QString previousHash = any ? last->value(1).toString() : genesisHash();
    entry.at = m_store.now();
    if (!insertAfter(entry, previousId, previousHash, error) || !transaction.commit(error)) {
        return 0;
    }
    Q_EMIT appended(entry.id);
    return entry.id;
}

bool AuditLog::recordChange(
    const QString& table, qint64 id, const RecordRow& before, RecordError* error, const QString& why)
{
    if (!RecordContent::isTracked(table)) {
        return true;
    }
    const RecordRow after = RecordContent::read(m_store.database(), table, id);
    QString action;
    QStringList changed;
    if (!before.exists && after.exists) {
        action = QStringLiteral("created");
    } else if (before.exists && !after.exists) {
        action = QStringLiteral("deleted");
    } else if (after.exists && before.columns.isEmpty()) {
        changed << why;
        action = QStringLiteral("updated");
    } else if (after.exists) {
        changed = RecordContent::changedColumns(before, after);
        if (changed.isEmpty()) {
            return true;
        }
        action = QStringLiteral("updated");
    } else {
        return true;
    }
    // Ids and column names only: the log outlives the records it mentions.
    AuditEntry entry;
    entry.kind = table + QLatin1Char('.') + action;
    const QString which = QString::number(id);
    if (action == QLatin1String("created") || action == QLatin1String("deleted")) {
        entry.summary = Phrase::store(
            action == QLatin1String("created") ? "audit.record.created" : "audit.record.deleted", {table, which});
    } else if (before.columns.isEmpty()) {
        entry.summary = Phrase::store("audit.record.updated.why", {table, which, why});
    } else {
        entry.summary = Phrase::store("audit.record.updated", {table, which, changed.join(QStringLiteral(", "))});
    }
    entry.engagementId = RecordContent::engagementOf(table, id, after.exists ? after : before);
    entry.recordTable = table;
    entry.recordId = id;
    entry.contentHash = RecordContent::hash(table, id, after);
    return append(entry, error) != 0;
}

bool AuditLog::recordUnrecorded(const QString& why, RecordError* error)
{
    if (!recordColumns()) {
        return true; // before schema 9: entries cannot name a record (coverRecords waits for it)
    }
    Transaction transaction(m_store, error);
    if (!transaction.isOpen()) {
        return false;
    }
    std::optional<QSqlQuery> last =
        m_store.run(QStringLiteral("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1"), {}, error);
    if (!last) {
        return false;
    }
    const bool any = last->next();
    qint64 previousId = any ? last->value(0).toLongLong() : 0;
    QString previousHash = any ? last->value(1).toString() : genesisHash();
    const QDateTime now = m_store.now();
    RecordError failure;
    for (const QString& table : RecordContent::tables()) {
        const QList<qint64> ids =
            m_store.ids(QStringLiteral("SELECT id FROM %1 WHERE id NOT IN "
                                       "(SELECT record_id FROM audit_entry WHERE record_table = ?) ORDER BY id")
                            .arg(table),
                        {table},
                        &failure);
        if (failure.kind != RecordError::Kind::None) {
            setRecordError(error, failure);
            return false;
        }
        for (const qint64 id : ids) {
            const RecordRow row = RecordContent::read(m_store.database(), table, id);
            AuditEntry entry;
            entry.at = now;
            entry.kind = table + QStringLiteral(".recorded");
            entry.summary = Phrase::store("audit.record.recorded", {table, QString::number(id), why});
            entry.engagementId = RecordContent::engagementOf(table, id, row);
            entry.recordTable = table;
            entry.recordId = id;
            entry.contentHash = RecordContent::hash(table, id, row);
            if (!insertAfter(entry, previousId, previousHash, error)) {
                return false;
            }
            previousId = entry.id;
            previousHash = entry.hash;
        }
    }
    if (!transaction.commit(error)) {
        return false;
    }
    if (previousId > 0) {
        Q_EMIT appended(previousId);
    }
    return true;
}

bool AuditLog::coverRecords(const QString& connectionName, RecordError* error)
{
    RecordStore store(connectionName);
    const qint64 covered = store.scalar(
        QStringLiteral("SELECT count(*) FROM practice_setting WHERE key = ?"), {QLatin1String(coveredKey)}, error);
    if (covered != 0) {
        return covered > 0;
    }
    AuditLog log(store);
    if (!log.recordColumns()) {
        return true; // a test's vault of an older schema: covered once it is migrated
    }
    Transaction transaction(store, error);
    return transaction.isOpen() && log.recordUnrecorded(Phrase::store("audit.why.covered"), error) &&
        store.run(QStringLiteral("INSERT INTO practice_setting (key, value) VALUES (?, ?)"),
                  {QLatin1String(coveredKey), timeValue(store.now())},
                  error) &&
        transaction.commit(error);
}

QList<AuditEntry> AuditLog::entries(qint64 engagementId, RecordError* error) const
{
    QString sql = QLatin1String(selectEntries);
    QVariantList values;
    if (engagementId > 0) {
        sql += QStringLiteral(" WHERE engagement_id = ?");
        values.append(engagementId);
    }
    sql += QStringLiteral(" ORDER BY id");
    QList<AuditEntry> rows;
    loadRows<AuditEntry>(m_store, sql, values, readEntry, &rows, error);
    return rows;
}

QString AuditLog::head(RecordError* error) const
{
    std::optional<QSqlQuery> last =
        m_store.run(QStringLiteral("SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1"), {}, error);
    if (!last) {
        return {};
    }
    return last->next() ? last->value(0).toString() : genesisHash();
}

AuditVerification AuditLog::verify(const QString& expectedHead) const
{
    AuditVerification result;
    RecordError error;
    const QList<AuditEntry> all = entries(0, &error);
    if (error.kind != RecordError::Kind::None) {
        result.intact = false;
        result.message = error.message;
        return result;
    }
    QString expectedPrev = genesisHash();
    for (int i = 0; i < all.size(); ++i) {
        const AuditEntry& entry = all.at(i);
        if (entry.prevHash != expectedPrev || entryHash(entry) != entry.hash) {
            result.intact = false;
            result.firstBrokenPosition = i + 1;
            result.firstBrokenId = entry.id;
            result.message = QCoreApplication::translate("Records",
                                                         "The audit log is broken at entry %1 (position %2): that "
                                                         "entry was altered, or one before it was removed.")
                                 .arg(entry.id)
                                 .arg(i + 1);
            break;
        }
        expectedPrev = entry.hash;
    }
    result.entries = static_cast<int>(all.size());
    result.headHash = all.isEmpty() ? genesisHash() : all.constLast().hash;
    if (result.intact && !expectedHead.isEmpty() && expectedHead != result.headHash) {
        result.intact = false;
        result.firstBrokenPosition = result.entries + 1;
        result.message = QCoreApplication::translate("Records",
                                                     "The audit log ends before the entry a backup or export "
                                                     "recorded as its last: entries were removed from the end.");
    }
    return result;
}

} // namespace mandaat
