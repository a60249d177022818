#include "RecordContent.h"

#include "domain/RecordKinds.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>

namespace mandaat {

QVariant RecordRow::value(const QString& column) const
{
    const qsizetype index = columns.indexOf(column);
    return index < 0 ? QVariant() : values.at(index);
}

namespace RecordContent {

namespace {

// A value's canonical text: a type letter, then the value.
QByteArray canonical(const QVariant& value)
{
    switch (value.metaType().id()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Bool:
        return "i" + QByteArray::number(value.toLongLong());
    case QMetaType::Double:
        return "r" + QByteArray::number(value.toDouble(), 'g', 17);
    case QMetaType::QByteArray:
        return "b" + QCryptographicHash::hash(value.toByteArray(), QCryptographicHash::Sha256).toHex();
    default:
        return "t" + value.toString().toUtf8();
    }
}

bool isEmpty(const QVariant& value)
{
    return value.isNull() || (value.metaType().id() == QMetaType::QString && value.toString().isEmpty()) ||
        (value.metaType().id() == QMetaType::QByteArray && value.toByteArray().isEmpty());
}

} // namespace

const QStringList& tables()
{
    return RecordKinds::tables();
}

bool isTracked(const QString& table)
{
    return RecordKinds::find(table) != nullptr;
}

RecordRow read(const QSqlDatabase& database, const QString& table, qint64 id)
{
    RecordRow row;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    // The table name comes from tables() or a repository's literal, never from input.
    if (!query.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table))) {
        return row;
    }
    query.bindValue(0, id);
    if (!query.exec() || !query.next()) {
        return row;
    }
    const QSqlRecord record = query.record();
    row.exists = true;
    for (int i = 0; i < record.count(); ++i) {
        row.columns.append(record.fieldName(i));
        row.values.append(query.value(i));
    }
    return row;
}

QString hash(const QString& table, qint64 id, const RecordRow& row)
{
    if (!row.exists) {
        return {};
    }
    QByteArray text = table.toUtf8() + '\n' + QByteArray::number(id);
    for (int i = 0; i < row.columns.size(); ++i) {
        if (!isEmpty(row.values.at(i))) {
            text += '\n' + row.columns.at(i).toUtf8() + '=' + canonical(row.values.at(i));
        }
    }
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

QStringList changedColumns(const RecordRow& before, const RecordRow& after)
{
    QStringList changed;
    for (int i = 0; i < after.columns.size(); ++i) {
        const QString& column = after.columns.at(i);
        const QVariant old = before.value(column);
        const QVariant now = after.values.at(i);
        const bool same = (isEmpty(old) && isEmpty(now)) || canonical(old) == canonical(now);
        if (!same) {
            changed.append(column);
        }
    }
    return changed;
}

qint64 engagementOf(const QString& table, qint64 id, const RecordRow& row)
{
    if (table == QLatin1String("engagement")) {
        return id;
    }
    return row.value(QStringLiteral("engagement_id")).toLongLong();
}

QList<Cascade> cascadesOf(const QString& table)
{
    if (table == QLatin1String("client")) {
        return {{"client_member", "client_id"}, {"declared_relationship", "client_id"}};
    }
    if (table == QLatin1String("principal")) {
        return {{"principal_role", "principal_id"}, {"declared_relationship", "principal_id"}};
    }
    if (table == QLatin1String("engagement")) {
        return {{"engagement_method", "engagement_id"}, {"engagement_code", "engagement_id"}};
    }
    return {};
}

} // namespace RecordContent

} // namespace mandaat
