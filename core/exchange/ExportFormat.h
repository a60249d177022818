#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QVariant>

namespace mandaat {

/// data.json of an export (docs/export-format.md): which columns of which tables it holds,
/// and how each is written. One list for the writer, the JSON Schema and the test that
/// compares it with the vault's tables, so that a new column cannot be left out unnoticed.
namespace exportformat {

inline constexpr const char* FormatName = "mandaat-export";
inline constexpr int FormatVersion = 1;

enum class ColumnType { Text, Integer, Boolean, Date, Timestamp, Reference };

struct Column
{
    QString name;
    ColumnType type = ColumnType::Text;
    bool nullable = false;
};

struct Table
{
    QString table; ///< the vault's table
    QString definition; ///< the schema's $defs name
    QString description;
    QList<Column> columns;
};

/// Every exported table, in the order of docs/export-format.md.
const QList<Table>& tables();
const Table& table(const QString& name);

/// A stored value as written to data.json: NULL as null, flags as booleans, text cleaned of
/// lone surrogates (JsonText).
QJsonValue jsonValue(const Column& column, const QVariant& stored);

/// The JSON Schema (draft 2020-12) of data.json; docs/export-format.schema.json is this,
/// written out (a test keeps the two the same).
QJsonObject schema();

} // namespace exportformat

} // namespace mandaat
