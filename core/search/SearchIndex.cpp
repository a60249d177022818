#include "SearchIndex.h"

#include "domain/RecordKinds.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mandaat {

QStringList SearchIndex::tables()
{
    return RecordKinds::searchIndexes();
}

bool SearchIndex::command(QSqlDatabase& database, const QString& table, const char* command, Error* error)
{
    // The table name is one of tables(), never user text.
    QSqlQuery query(database);
    if (query.exec(QStringLiteral("INSERT INTO %1(%1) VALUES ('%2')").arg(table, QLatin1String(command)))) {
        return true;
    }
    setError(
        error,
        Error::make(
            Error::Kind::Storage,
            tr("The search index %1 failed its %2: %3").arg(table, QLatin1String(command), query.lastError().text())));
    return false;
}

bool SearchIndex::rebuildNotes(QSqlDatabase database, Error* error)
{
    // The same key as the triggers of schema version 7: the second of the session's start (or
    // of the note's creation) times 2^24, plus the note's id.
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("DELETE FROM note_search_key")) ||
        !query.exec(QStringLiteral(
            "INSERT INTO note_search_key (key, note_id) "
            "SELECT COALESCE(CAST(strftime('%s', COALESCE(s.starts_at, n.created_at)) AS INTEGER), 0) * 16777216 "
            "+ n.id, n.id FROM note n LEFT JOIN session s ON s.id = n.session_id"))) {
        setError(error,
                 Error::make(
                     Error::Kind::Storage,
                     tr("The search index %1 failed its %2: %3")
                         .arg(QStringLiteral("note_search_key"), QStringLiteral("rebuild"), query.lastError().text())));
        return false;
    }
    return command(database, QStringLiteral("note_fts"), "rebuild", error);
}

bool SearchIndex::rebuild(QSqlDatabase database, Error* error)
{
    if (!rebuildNotes(database, error)) {
        return false;
    }
    for (const QString& table : tables()) {
        if (table == QLatin1String("note_fts")) {
            continue;
        }
        if (!command(database, table, "rebuild", error)) {
            return false;
        }
    }
    return true;
}

bool SearchIndex::optimize(QSqlDatabase database, Error* error)
{
    for (const QString& table : tables()) {
        if (!command(database, table, "optimize", error)) {
            return false;
        }
    }
    return true;
}

QStringList SearchIndex::check(QSqlDatabase database)
{
    QStringList problems;
    for (const QString& table : tables()) {
        Error error;
        if (!command(database, table, "integrity-check", &error)) {
            problems.append(error.message);
        }
    }
    return problems;
}

} // namespace mandaat
