#include "RecordCounts.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mandaat {

QList<RecordCount> RecordCounts::of(const QSqlDatabase& database, Error* error)
{
    const QList<RecordCount> kinds = {
        {"principal", tr("Principals"), 0},
        {"client", tr("Clients"), 0},
        {"engagement", tr("Engagements"), 0},
        {"session", tr("Sessions"), 0},
        {"note", tr("Notes"), 0},
        {"consent", tr("Consents"), 0},
        {"evidence", tr("Evidence records"), 0},
        {"complaint", tr("Complaints"), 0},
        {"attachment", tr("Attachments"), 0},
        {"audit_entry", tr("Audit entries"), 0},
    };
    QList<RecordCount> result;
    for (RecordCount kind : kinds) {
        // Table names come from the list above, never from input.
        QSqlQuery query(database);
        if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(kind.table))) || !query.next()) {
            setError(error,
                     Error::make(Error::Kind::Storage,
                                 tr("The records could not be counted: %1").arg(query.lastError().text())));
            return {};
        }
        kind.count = query.value(0).toLongLong();
        result.append(kind);
    }
    return result;
}

} // namespace mandaat
