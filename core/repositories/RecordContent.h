#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace mandaat {

/// One row of a record table as it is stored: column names and values, in the table's order.
struct RecordRow
{
    bool exists = false;
    QStringList columns;
    QVariantList values;

    QVariant value(const QString& column) const;
};

/// The tables whose rows are records the audit log covers (issue 16, item 5): every insert,
/// update and delete of one of their rows gets an entry naming the table, the id and the
/// columns that changed (never their values), with the hash of the row after the change.
/// Not covered: the tables RecordKinds::nonRecords() lists, each with its reason.
namespace RecordContent {

/// The record kinds' tables (RecordKinds::tables()), parents before their children.
const QStringList& tables();
bool isTracked(const QString& table);

/// The row \a id of \a table; exists is false when there is none (or it cannot be read).
RecordRow read(const QSqlDatabase& database, const QString& table, qint64 id);

/// SHA-256 (lowercase hex) of the row's canonical form: the table, the id, then each column
/// whose value is neither NULL nor empty as name, a type letter and the value (BLOBs by their
/// own SHA-256), one per line, UTF-8. A column added later with an empty default leaves
/// the hashes of existing rows unchanged. Empty for a row that does not exist.
QString hash(const QString& table, qint64 id, const RecordRow& row);

/// The columns whose values differ between \a before and \a after.
QStringList changedColumns(const RecordRow& before, const RecordRow& after);

/// The engagement a row belongs to (its engagement_id, or its own id for an engagement); 0
/// when none.
qint64 engagementOf(const QString& table, qint64 id, const RecordRow& row);

/// Rows of a record table that ON DELETE CASCADE removes with a row of \a table.
struct Cascade
{
    const char* table;
    const char* column;
};
QList<Cascade> cascadesOf(const QString& table);

} // namespace RecordContent

} // namespace mandaat
