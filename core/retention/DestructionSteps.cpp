#include "DestructionSteps.h"

#include "domain/RecordKinds.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace mandaat::destruction {

namespace {

struct Step
{
    const char* table;
    const char* where; // %1: the engagement's id, %2: its client's
    const char* clear; // nullptr: the rows are deleted; else the SET clause that clears their text
    const char* kind; // translated through "Destruction"
};

// MW-4.2, the dossier: notes with their history and drafts, reports, consents, referrals,
// consultations, complaints, warnings and their letters, disclosures (ICF-2.3), suspensions,
// the tools used with the client's data (ICF-2.5; the practice's register itself stays), the
// files; evidence keeps who, when and how but loses its text and file. The confirmation and
// the fees stay for the financial clock.
const Step dossierSteps[] = {
    {"note_draft", "engagement_id = %1", nullptr, QT_TRANSLATE_NOOP("Destruction", "note draft")},
    {"note_version",
     "note_id IN (SELECT id FROM note WHERE engagement_id = %1)",
     nullptr,
     QT_TRANSLATE_NOOP("Destruction", "earlier version of a note")},
    {"note", "engagement_id = %1", nullptr, QT_TRANSLATE_NOOP("Destruction", "note")},
    {"principal_report", "engagement_id = %1", nullptr, QT_TRANSLATE_NOOP("Destruction", "report to the principal")},
    {"consent", "engagement_id = %1", nullptr, QT_TRANSLATE_NOOP("Destruction", "consent")},
    {"referral", "engagement_id = %1", nullptr, QT_TRANSLATE_NOOP("Destruction", "referral")},
    {"consultation", "engagement_id = %1", nullptr, QT_TRANSLATE_NOOP("Destruction", "consultation")},
    // The confirmation stays: RecordKinds names it among the rows kept for the financial clock.
    {"issued_letter",
     "engagement_id = %1 OR complaint_id IN (SELECT id FROM complaint WHERE engagement_id = %1)",
     nullptr,
     QT_TRANSLATE_NOOP("Destruction", "letter other than the confirmation")},
    {"complaint", "engagement_id = %1", nullptr, QT_TRANSLATE_NOOP("Destruction", "complaint")},
    {"written_warning", "engagement_id = %1", nullptr, QT_TRANSLATE_NOOP("Destruction", "written warning")},
    {"disclosure", "engagement_id = %1", nullptr, QT_TRANSLATE_NOOP("Destruction", "disclosure")},
    {"suspension", "engagement_id = %1", nullptr, QT_TRANSLATE_NOOP("Destruction", "suspension")},
    {"engagement_tool",
     "engagement_id = %1",
     nullptr,
     QT_TRANSLATE_NOOP("Destruction", "tool used with the client's data")},
    {"evidence",
     "engagement_id = %1 AND (text <> '' OR attachment_id IS NOT NULL)",
     "text = '', attachment_id = NULL",
     QT_TRANSLATE_NOOP("Destruction", "evidence (text and file)")},
    {"session",
     "engagement_id = %1 AND location <> ''",
     "location = ''",
     QT_TRANSLATE_NOOP("Destruction", "session (place)")},
    {"engagement",
     "id = %1 AND (objectives <> '' OR client_expectations <> '' OR principal_expectations <> '' OR "
     "other_stakeholders <> '' OR earlier_advice_description <> '' OR end_note <> '' OR use_restrictions <> '')",
     "objectives = '', client_expectations = '', principal_expectations = '', other_stakeholders = '', "
     "earlier_advice_description = '', end_note = '', use_restrictions = ''",
     QT_TRANSLATE_NOOP("Destruction", "engagement (objectives, expectations, notes)")},
    // Last: the files no remaining record refers to (attachmentsKept).
    {"attachment", "engagement_id = %1", nullptr, QT_TRANSLATE_NOOP("Destruction", "file")},
};

// The financial clock: what the dossier left (the confirmation, fees, sessions, methods,
// evidence's metadata), then the engagement itself, and its client when no other engagement
// remains. Only the tombstones stay.
const Step financialSteps[] = {
    {"note_draft", "engagement_id = %1", nullptr, QT_TRANSLATE_NOOP("Destruction", "note draft")},
    {"issued_letter", "engagement_id = %1", nullptr, QT_TRANSLATE_NOOP("Destruction", "letter")},
    {"evidence", "engagement_id = %1", nullptr, QT_TRANSLATE_NOOP("Destruction", "evidence")},
    {"session", "engagement_id = %1", nullptr, QT_TRANSLATE_NOOP("Destruction", "session")},
    {"engagement_method", "engagement_id = %1", nullptr, QT_TRANSLATE_NOOP("Destruction", "method")},
    {"engagement_code", "engagement_id = %1", nullptr, QT_TRANSLATE_NOOP("Destruction", "pinned code")},
    {"attachment", "engagement_id = %1", nullptr, QT_TRANSLATE_NOOP("Destruction", "file")},
    {"engagement", "id = %1", nullptr, QT_TRANSLATE_NOOP("Destruction", "engagement (terms and fees)")},
    {"client_member",
     "client_id = %2 AND NOT EXISTS (SELECT 1 FROM engagement WHERE client_id = %2 AND id <> %1)",
     nullptr,
     QT_TRANSLATE_NOOP("Destruction", "member of the client system")},
    {"declared_relationship",
     "client_id = %2 AND NOT EXISTS (SELECT 1 FROM engagement WHERE client_id = %2 AND id <> %1)",
     nullptr,
     QT_TRANSLATE_NOOP("Destruction", "declared relationship")},
    {"client",
     "id = %2 AND NOT EXISTS (SELECT 1 FROM engagement WHERE client_id = %2 AND id <> %1)",
     nullptr,
     QT_TRANSLATE_NOOP("Destruction", "client (no other engagement)")},
};

template <size_t N>
QList<Step> list(const Step (&steps)[N])
{
    return QList<Step>(std::begin(steps), std::end(steps));
}

QList<Step> stepsOf(DestructionScope scope)
{
    return scope == DestructionScope::Dossier ? list(dossierSteps) : list(financialSteps);
}

// An attachment lives as long as the longest-lived record that refers to it (RecordKinds,
// attachmentHolders): a file of a record kept for the financial clock survives the dossier.
QString attachmentsKept(DestructionScope scope)
{
    QStringList holders;
    for (const RecordKinds::AttachmentHolder& holder :
         RecordKinds::attachmentHolders(scope == DestructionScope::Financial)) {
        holders << QStringLiteral("SELECT %1 FROM %2 WHERE %1 IS NOT NULL%3")
                       .arg(holder.column,
                            holder.table,
                            holder.condition.isEmpty() ? QString() : QStringLiteral(" AND (%1)").arg(holder.condition));
    }
    return holders.isEmpty() ? QString()
                             : QStringLiteral(" AND id NOT IN (%1)").arg(holders.join(QStringLiteral(" UNION ")));
}

// The step's rows: its own condition, less the rows its kind keeps for a later clock.
QString whereOf(const Step& step, DestructionScope scope)
{
    QString where = QString::fromLatin1(step.where);
    if (qstrcmp(step.table, "attachment") == 0) {
        return where + attachmentsKept(scope);
    }
    const RecordKindDescriptor* kind = RecordKinds::find(QLatin1String(step.table));
    if (scope == DestructionScope::Dossier && kind && kind->financialRows) {
        where = QStringLiteral("(%1) AND NOT (%2)").arg(where, QLatin1String(kind->financialRows));
    }
    return where;
}

bool run(QSqlQuery& query, const QString& sql, Error* error)
{
    if (!query.exec(sql)) {
        setError(error, Error::make(Error::Kind::Storage, query.lastError().text()));
        return false;
    }
    return true;
}

qint64 clientOf(const QSqlDatabase& database, qint64 engagementId)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT client_id FROM engagement WHERE id = ?"));
    query.bindValue(0, engagementId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

// Ids of one step; the where clauses hold only the integers given here and the registry's
// own conditions.
bool stepIds(const QSqlDatabase& database,
             const Step& step,
             DestructionScope scope,
             qint64 engagementId,
             qint64 clientId,
             QList<qint64>* ids,
             Error* error)
{
    QSqlQuery query(database);
    const QString where = whereOf(step, scope)
                              .replace(QLatin1String("%1"), QString::number(engagementId))
                              .replace(QLatin1String("%2"), QString::number(clientId));
    if (!run(query,
             QStringLiteral("SELECT id FROM %1 WHERE %2 ORDER BY id").arg(QLatin1String(step.table), where),
             error)) {
        return false;
    }
    while (query.next()) {
        ids->append(query.value(0).toLongLong());
    }
    return true;
}

QString idList(const QList<qint64>& ids)
{
    QStringList parts;
    for (const qint64 id : ids) {
        parts << QString::number(id);
    }
    return parts.join(QLatin1Char(','));
}

} // namespace

bool select(const QSqlDatabase& database,
            qint64 engagementId,
            DestructionScope scope,
            QList<DestructionItem>* items,
            Error* error)
{
    const qint64 clientId = clientOf(database, engagementId);
    for (const Step& step : stepsOf(scope)) {
        QList<qint64> ids;
        if (!stepIds(database, step, scope, engagementId, clientId, &ids, error)) {
            return false;
        }
        for (const qint64 id : ids) {
            items->append({QLatin1String(step.table),
                           id,
                           step.clear != nullptr,
                           QCoreApplication::translate("Destruction", step.kind)});
        }
    }
    return true;
}

bool apply(const QSqlDatabase& database,
           qint64 engagementId,
           DestructionScope scope,
           int* deleted,
           int* cleared,
           QString* destroyedIds,
           Error* error)
{
    const qint64 clientId = clientOf(database, engagementId);
    QStringList record;
    for (const Step& step : stepsOf(scope)) {
        QList<qint64> ids;
        if (!stepIds(database, step, scope, engagementId, clientId, &ids, error)) {
            return false;
        }
        if (ids.isEmpty()) {
            continue;
        }
        QSqlQuery query(database);
        const QString sql = step.clear
            ? QStringLiteral("UPDATE %1 SET %2 WHERE id IN (%3)")
                  .arg(QLatin1String(step.table), QLatin1String(step.clear), idList(ids))
            : QStringLiteral("DELETE FROM %1 WHERE id IN (%2)").arg(QLatin1String(step.table), idList(ids));
        if (!run(query, sql, error)) {
            return false;
        }
        (step.clear ? *cleared : *deleted) += static_cast<int>(ids.size());
        record << QStringLiteral("%1%2:%3").arg(
            QLatin1String(step.table), step.clear ? QStringLiteral("(cleared)") : QString(), idList(ids));
    }
    *destroyedIds = record.join(QLatin1Char(';'));
    return true;
}

QStringList tables(DestructionScope scope)
{
    QStringList names;
    for (const Step& step : stepsOf(scope)) {
        names << QLatin1String(step.table);
    }
    return names;
}

bool optimiseSearchIndex(const QSqlDatabase& database, Error* error)
{
    QSqlQuery query(database);
    if (!run(query,
             QStringLiteral(
                 "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts4%'"),
             error)) {
        return false;
    }
    QStringList tables;
    while (query.next()) {
        tables << query.value(0).toString();
    }
    for (const QString& table : std::as_const(tables)) {
        QSqlQuery optimise(database);
        // Names from sqlite_master of the vault itself.
        if (!run(optimise, QStringLiteral("INSERT INTO %1(%1) VALUES ('optimize')").arg(table), error)) {
            return false;
        }
    }
    return true;
}

} // namespace mandaat::destruction
