#include "AuditHeads.h"

#include "util/Settings.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mandaat {

namespace {

QString setting(const QSqlDatabase& database, const QString& key)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT value FROM practice_setting WHERE key = ?"));
    query.bindValue(0, key);
    if (query.exec() && query.next()) {
        return query.value(0).toString();
    }
    return {};
}

bool store(const QSqlDatabase& database, const QString& key, const QString& value, Error* error)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO practice_setting (key, value) VALUES (?, ?)"));
    query.bindValue(0, key);
    query.bindValue(1, value);
    if (!query.exec()) {
        setError(error, Error::make(Error::Kind::Failed, query.lastError().text()));
        return false;
    }
    return true;
}

} // namespace

AuditHead AuditHeads::read(const QSqlDatabase& database, const QString& prefix)
{
    AuditHead head;
    bool ok = false;
    const qint64 count = setting(database, prefix + QStringLiteral("_audit_count")).toLongLong(&ok);
    if (ok) {
        head.count = count;
        head.hash = setting(database, prefix + QStringLiteral("_audit_head"));
    }
    return head;
}

QDateTime AuditHeads::recordedAt(const QSqlDatabase& database, const QString& prefix)
{
    return QDateTime::fromString(setting(database, prefix + QStringLiteral("_at")), Qt::ISODateWithMs);
}

QString AuditHeads::recordedPath(const QSqlDatabase& database, const QString& prefix)
{
    return setting(database, prefix + QStringLiteral("_path"));
}

bool AuditHeads::write(const QSqlDatabase& database,
                       const QString& prefix,
                       const AuditHead& head,
                       const QDateTime& at,
                       const QString& path,
                       Error* error)
{
    return store(database, prefix + QStringLiteral("_audit_count"), QString::number(head.count), error) &&
        store(database, prefix + QStringLiteral("_audit_head"), head.hash, error) &&
        store(database, prefix + QStringLiteral("_at"), at.toUTC().toString(Qt::ISODateWithMs), error) &&
        (path.isEmpty() || store(database, prefix + QStringLiteral("_path"), path, error));
}

AuditHead AuditHeads::seen(const Settings& settings, const QString& saltHex)
{
    const QPair<qint64, QString> stored = settings.auditHeadSeen(saltHex);
    AuditHead head;
    head.count = stored.first;
    head.hash = stored.second;
    head.source = tr("this computer's record of the log");
    head.local = true;
    return head;
}

void AuditHeads::noteSeen(Settings& settings, const QString& saltHex, const AuditHead& head, bool replace)
{
    if (!head.isValid()) {
        return;
    }
    if (!replace && settings.auditHeadSeen(saltHex).first > head.count) {
        return;
    }
    settings.setAuditHeadSeen(saltHex, head.count, head.hash);
    settings.sync();
}

} // namespace mandaat
