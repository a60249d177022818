#include "SearchIndex.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mandaat {

QStringList SearchIndex::tables()
{
    return {QStringLiteral("note_fts"),
            QStringLiteral("client_fts"),
            QStringLiteral("principal_fts"),
            QStringLiteral("engagement_fts")};
}

bool SearchIndex::command(QSqlDatabase& database, const QString& table, const char* command, QString* error)
{
    // The table name is one of tables(), never user text.
    QSqlQuery query(database);
    if (query.exec(QStringLiteral("INSERT INTO %1(%1) VALUES ('%2')").arg(table, QLatin1String(command)))) {
        return true;
    }
    if (error) {
        *error =
            tr("The search index %1 failed its %2: %3").arg(table, QLatin1String(command), query.lastError().text());
    }
    return false;
}

bool SearchIndex::rebuild(QSqlDatabase database, QString* error)
{
    for (const QString& table : tables()) {
        if (!command(database, table, "rebuild", error)) {
            return false;
        }
    }
    return true;
}

bool SearchIndex::optimize(QSqlDatabase database, QString* error)
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
        QString error;
        if (!command(database, table, "integrity-check", &error)) {
            problems.append(error);
        }
    }
    return problems;
}

} // namespace mandaat
