#include "RetentionService.h"

#include "domain/Phrase.h"
#include "repositories/AuditLog.h"
#include "repositories/RecordContent.h"
#include "repositories/Records.h"
#include "retention/DestructionSteps.h"
#include "vault/Vault.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace mandaat {

namespace {

RecordError storage(const QString& message)
{
    return RecordError::make(
        RecordError::Kind::Storage,
        QCoreApplication::translate("RetentionService", "The vault could not be changed: %1").arg(message));
}

bool isDue(QDate until, QDate at)
{
    return until.isValid() && until < at;
}

} // namespace

QStringList DestructionPlan::summary() const
{
    QMap<QString, int> deleted;
    QMap<QString, int> cleared;
    for (const DestructionItem& item : items) {
        (item.cleared ? cleared : deleted)[item.kind] += 1;
    }
    QStringList lines;
    for (auto it = deleted.begin(); it != deleted.end(); ++it) {
        lines << QCoreApplication::translate("Destruction", "deleted: %1 × %2").arg(it.value()).arg(it.key());
    }
    for (auto it = cleared.begin(); it != cleared.end(); ++it) {
        lines << QCoreApplication::translate("Destruction", "text cleared: %1 × %2").arg(it.value()).arg(it.key());
    }
    return lines;
}

RetentionService::RetentionService(const Vault& vault, Records& records)
    : m_vault(vault)
    , m_records(records)
{ }

QList<Tombstone> RetentionService::tombstones(RecordError* error) const
{
    QList<Tombstone> result;
    QSqlQuery query(m_vault.database());
    if (!query.exec(QStringLiteral("SELECT id, uid, engagement_id, client_id, scope, retention_until, reason, "
                                   "destroyed_at, destroyed_ids FROM destruction ORDER BY id"))) {
        setRecordError(error, storage(query.lastError().text()));
        return result;
    }
    while (query.next()) {
        Tombstone t;
        t.id = query.value(0).toLongLong();
        t.uid = query.value(1).toString();
        t.engagementId = query.value(2).toLongLong();
        t.clientId = query.value(3).toLongLong();
        t.scope = fromId<DestructionScope>(query.value(4).toString()).value_or(DestructionScope::Dossier);
        t.retentionUntil = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        t.reason = query.value(6).toString();
        t.destroyedAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
        t.destroyedIds = query.value(8).toString();
        result << t;
    }
    return result;
}

QList<RetentionDue> RetentionService::due(QDate at, RecordError* error) const
{
    QList<RetentionDue> result;
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral(
        "SELECT id, client_id, title, dossier_retention_until, financial_retention_until, "
        "EXISTS (SELECT 1 FROM destruction d WHERE d.engagement_id = engagement.id AND d.scope = 'dossier') "
        "FROM engagement WHERE status = 'ended' AND (dossier_retention_until < ?1 OR financial_retention_until < ?1) "
        "ORDER BY min(ifnull(dossier_retention_until, '9999'), ifnull(financial_retention_until, '9999')), id"));
    query.bindValue(0, at.toString(Qt::ISODate));
    if (!query.exec()) {
        setRecordError(error, storage(query.lastError().text()));
        return result;
    }
    while (query.next()) {
        RetentionDue due;
        due.engagementId = query.value(0).toLongLong();
        due.clientId = query.value(1).toLongLong();
        due.title = query.value(2).toString();
        due.dossierRetentionUntil = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        due.financialRetentionUntil = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        due.dossierDue = isDue(due.dossierRetentionUntil, at) && !query.value(5).toBool();
        due.financialDue = isDue(due.financialRetentionUntil, at);
        if (due.dossierDue || due.financialDue) {
            result << due;
        }
    }
    return result;
}

std::optional<DestructionPlan> RetentionService::plan(qint64 engagementId, QDate at, RecordError* error) const
{
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral("SELECT client_id, title, status, dossier_retention_until, financial_retention_until, "
                                 "EXISTS (SELECT 1 FROM destruction WHERE engagement_id = ?1 AND scope = 'dossier') "
                                 "FROM engagement WHERE id = ?1"));
    query.bindValue(0, engagementId);
    if (!query.exec()) {
        setRecordError(error, storage(query.lastError().text()));
        return std::nullopt;
    }
    if (!query.next()) {
        setRecordError(
            error, RecordError::make(RecordError::Kind::NotFound, tr("There is no engagement %1.").arg(engagementId)));
        return std::nullopt;
    }
    DestructionPlan plan;
    plan.engagementId = engagementId;
    plan.clientId = query.value(0).toLongLong();
    plan.engagementTitle = query.value(1).toString();
    plan.dossierRetentionUntil = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    plan.financialRetentionUntil = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    plan.at = at;
    const bool ended = query.value(2).toString() == QLatin1String("ended");
    const bool dossierDone = query.value(5).toBool();
    if (ended && !dossierDone && isDue(plan.dossierRetentionUntil, at)) {
        plan.scopes << DestructionScope::Dossier;
    }
    if (ended && isDue(plan.financialRetentionUntil, at) && (dossierDone || !plan.scopes.isEmpty())) {
        plan.scopes << DestructionScope::Financial;
    }
    if (plan.scopes.isEmpty()) {
        const QString until =
            plan.dossierRetentionUntil.isValid() ? plan.dossierRetentionUntil.toString(Qt::ISODate) : tr("not set");
        setRecordError(
            error,
            RecordError::make(RecordError::Kind::Refused,
                              ended ? tr("Nothing of engagement %1 is past its retention date on %2 (the "
                                         "dossier is kept until %3).")
                                          .arg(engagementId)
                                          .arg(at.toString(Qt::ISODate), until)
                                    : tr("Engagement %1 has not ended; its records are kept.").arg(engagementId)));
        return std::nullopt;
    }
    // The financial scope's list is read as it will be once the dossier is gone; before
    // that, what the dossier step deletes shows once.
    Error message;
    for (const DestructionScope scope : std::as_const(plan.scopes)) {
        if (!destruction::select(m_vault.database(), engagementId, scope, &plan.items, &message)) {
            setRecordError(error, storage(message.message));
            return std::nullopt;
        }
    }
    return plan;
}

bool RetentionService::destroyScope(qint64 engagementId,
                                    DestructionScope scope,
                                    const QDate& retentionUntil,
                                    const QString& reason,
                                    const QString& uid,
                                    const QString& auditKind,
                                    RecordError* error)
{
    const QSqlDatabase database = m_vault.database();
    QSqlQuery client(database);
    client.prepare(QStringLiteral("SELECT client_id FROM engagement WHERE id = ?"));
    client.bindValue(0, engagementId);
    const qint64 clientId = client.exec() && client.next() ? client.value(0).toLongLong() : 0;
    int deleted = 0;
    int cleared = 0;
    QString ids;
    Error message;
    if (!destruction::apply(database, engagementId, scope, &deleted, &cleared, &ids, &message)) {
        setRecordError(error, storage(message.message));
        return false;
    }
    // Each row deleted or cleared is a change to a record: one entry each (ids only).
    RecordRow destroyed;
    destroyed.exists = true;
    const QStringList steps = ids.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& step : steps) {
        const qsizetype colon = step.indexOf(QLatin1Char(':'));
        QString table = step.left(colon);
        const bool wasCleared = table.endsWith(QLatin1String("(cleared)"));
        table.remove(QStringLiteral("(cleared)"));
        const QStringList rowIds = step.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& rowId : rowIds) {
            if (!m_records.audit().recordChange(table,
                                                rowId.toLongLong(),
                                                destroyed,
                                                error,
                                                wasCleared ? Phrase::store("audit.why.cleared") : QString())) {
                return false;
            }
        }
    }
    QSqlQuery tombstone(database);
    tombstone.prepare(QStringLiteral("INSERT INTO destruction (uid, engagement_id, client_id, scope, retention_until, "
                                     "reason, destroyed_at, destroyed_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList values = {uid,
                                 engagementId,
                                 clientId > 0 ? QVariant(clientId) : QVariant(),
                                 toId(scope),
                                 retentionUntil.isValid() ? QVariant(retentionUntil.toString(Qt::ISODate)) : QVariant(),
                                 reason,
                                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                 ids};
    for (int i = 0; i < values.size(); ++i) {
        tombstone.bindValue(i, values.at(i));
    }
    if (!tombstone.exec()) {
        setRecordError(error, storage(tombstone.lastError().text()));
        return false;
    }
    if (!m_records.audit().recordChange(
            QStringLiteral("destruction"), tombstone.lastInsertId().toLongLong(), RecordRow(), error)) {
        return false;
    }
    // Ids and counts only: the audit log outlives what it mentions.
    const QString summary = Phrase::store("audit.destroyed",
                                          {QString::number(engagementId),
                                           toId(scope),
                                           Phrase::day(retentionUntil),
                                           QString::number(deleted),
                                           QString::number(cleared),
                                           uid});
    return m_records.audit().append(auditKind, summary, engagementId, error) != 0;
}

bool RetentionService::vacuum(RecordError* error)
{
    Error message;
    if (!destruction::optimiseSearchIndex(m_vault.database(), &message)) {
        setRecordError(error, storage(message.message));
        return false;
    }
    QSqlQuery query(m_vault.database());
    if (!query.exec(QStringLiteral("VACUUM"))) {
        setRecordError(error, storage(query.lastError().text()));
        return false;
    }
    return true;
}

bool RetentionService::destroy(const DestructionPlan& plan,
                               const QString& reason,
                               RecordError* error,
                               Progress* progress)
{
    if (plan.isEmpty()) {
        setRecordError(error, RecordError::make(RecordError::Kind::Refused, tr("The plan destroys nothing.")));
        return false;
    }
    // Without the user's own words, a phrase: told in the language of whoever reads the tombstone.
    const QString why = reason.trimmed().isEmpty() ? Phrase::store("destruction.retention_over") : reason.trimmed();
    // Its steps: each scope, the search index, the VACUUM.
    const qint64 steps = plan.scopes.size() + 2;
    qint64 done = 0;
    reportProgress(progress, done, steps);
    const bool ok = m_records.transaction(
        [&](RecordError* inner) {
            for (const DestructionScope scope : plan.scopes) {
                const QDate until =
                    scope == DestructionScope::Dossier ? plan.dossierRetentionUntil : plan.financialRetentionUntil;
                if (!destroyScope(plan.engagementId,
                                  scope,
                                  until,
                                  why,
                                  QUuid::createUuid().toString(QUuid::WithoutBraces),
                                  QStringLiteral("destruction"),
                                  inner)) {
                    return false;
                }
                reportProgress(progress, ++done, steps);
            }
            Error message;
            if (!destruction::optimiseSearchIndex(m_vault.database(), &message)) {
                setRecordError(inner, storage(message.message));
                return false;
            }
            reportProgress(progress, ++done, steps);
            return true;
        },
        error);
    // VACUUM cannot run inside a transaction; the rows are gone already, VACUUM rebuilds the
    // file without the pages that held them.
    const bool vacuumed = ok && vacuum(error);
    if (vacuumed) {
        reportProgress(progress, steps, steps);
    }
    return vacuumed;
}

bool RetentionService::reapply(const QList<Tombstone>& recorded, QStringList* applied, RecordError* error)
{
    QStringList known;
    for (const Tombstone& t : tombstones(error)) {
        known << t.uid;
    }
    QList<Tombstone> missing;
    for (const Tombstone& t : recorded) {
        if (!known.contains(t.uid)) {
            missing << t;
        }
    }
    if (missing.isEmpty()) {
        return true;
    }
    const bool ok = m_records.transaction(
        [&](RecordError* inner) {
            for (const Tombstone& t : std::as_const(missing)) {
                if (!destroyScope(t.engagementId,
                                  t.scope,
                                  t.retentionUntil,
                                  t.reason,
                                  t.uid,
                                  QStringLiteral("destruction.reapplied"),
                                  inner)) {
                    return false;
                }
                if (applied) {
                    *applied << tr("Engagement %1: the %2 destroyed on %3 was destroyed again.")
                                    .arg(t.engagementId)
                                    .arg(t.scope == DestructionScope::Dossier ? tr("dossier") : tr("financial record"),
                                         t.destroyedAt.toString(Qt::ISODate));
                }
            }
            Error message;
            if (!destruction::optimiseSearchIndex(m_vault.database(), &message)) {
                setRecordError(inner, storage(message.message));
                return false;
            }
            return true;
        },
        error);
    return ok && vacuum(error);
}

} // namespace mandaat
