#include "AuditLog.h"

#include "domain/Limits.h"
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
    entry.prevHash = row.text("prev_hash");
    entry.hash = row.text("hash");
    return entry;
}

const char* const selectEntries = "SELECT id, at, kind, engagement_id, summary, prev_hash, hash FROM audit_entry";

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
    const QStringList canonical = {
        entry.prevHash,
        QString::number(entry.id),
        timeValue(entry.at).toString(),
        entry.kind,
        QString::number(entry.engagementId),
        entry.summary,
    };
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256).toHex());
}

qint64 AuditLog::append(const QString& kind, const QString& summary, qint64 engagementId, RecordError* error)
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
    AuditEntry entry;
    entry.id = 1;
    entry.prevHash = genesisHash();
    if (last->next()) {
        entry.id = last->value(0).toLongLong() + 1;
        entry.prevHash = last->value(1).toString();
    }
    entry.at = m_store.now();
    entry.kind = kind;
    entry.engagementId = engagementId;
    entry.summary = summary;
    entry.hash = entryHash(entry);
    const Fields fields = {
        {"id", entry.id},
        {"at", timeValue(entry.at)},
        {"kind", entry.kind},
        {"engagement_id", idValue(entry.engagementId)},
        {"summary", entry.summary},
        {"prev_hash", entry.prevHash},
        {"hash", entry.hash},
    };
    if (m_store.insert("audit_entry", fields, error) == 0 || !transaction.commit(error)) {
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
    QString summary = QStringLiteral("%1 %2 %3").arg(table, QString::number(id), action);
    if (!changed.isEmpty()) {
        summary += QStringLiteral(": ") + changed.join(QStringLiteral(", "));
    }
    const qint64 engagementId = RecordContent::engagementOf(table, id, after.exists ? after : before);
    return append(table + QLatin1Char('.') + action, summary, engagementId, error) != 0;
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
