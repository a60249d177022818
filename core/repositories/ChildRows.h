#pragma once

#include "repositories/RecordStore.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <utility>

namespace mandaat {

/// Brings the rows of \a table that belong to \a parentId in line with \a children, which
/// keep their ids: a child with an id is updated, one without is inserted (and gets its id),
/// and the parent's other rows are deleted. Ids stay stable across saves, so that other
/// records can point at a member or a method. Call inside a Transaction.
/// \a fieldsOf(child, position) gives the child's columns, without the parent column.
template <typename T, typename FieldsOf>
bool syncChildren(const RecordStore& store,
                  const char* table,
                  const char* parentColumn,
                  qint64 parentId,
                  QList<T>& children,
                  FieldsOf fieldsOf,
                  RecordError* error)
{
    const QString ownerSql = QStringLiteral("SELECT count(*) FROM %1 WHERE id = ? AND %2 = ?")
                                 .arg(QLatin1String(table), QLatin1String(parentColumn));
    QVariantList kept;
    for (int i = 0; i < children.size(); ++i) {
        T& child = children[i];
        Fields fields = fieldsOf(child, i);
        fields.emplace_back(parentColumn, parentId);
        // An id from another parent (a copied value) is not taken over: the child is new here.
        if (child.id > 0 && store.scalar(ownerSql, {child.id, parentId}, nullptr) <= 0) {
            child.id = 0;
        }
        if (child.id > 0) {
            if (!store.update(table, child.id, fields, error)) {
                return false;
            }
        } else {
            child.id = store.insert(table, fields, error);
            if (child.id == 0) {
                return false;
            }
        }
        kept.append(child.id);
    }
    QString sql =
        QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(QLatin1String(table), QLatin1String(parentColumn));
    QVariantList values{parentId};
    if (!kept.isEmpty()) {
        QStringList marks;
        for (const QVariant& id : kept) {
            marks.append(QStringLiteral("?"));
            values.append(id);
        }
        sql += QStringLiteral(" AND id NOT IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    // One by one, so that the audit log records each removed child.
    RecordError failure;
    const QList<qint64> removed = store.ids(sql, values, &failure);
    if (failure.kind != RecordError::Kind::None) {
        setRecordError(error, failure);
        return false;
    }
    for (const qint64 id : removed) {
        if (!store.remove(table, id, error)) {
            return false;
        }
    }
    return true;
}

/// Runs \a sql and hands each row, read by \a read(RowReader&), with its reader to
/// \a keep(T&&, const RowReader&); stops at a row the reader refuses.
template <typename T, typename Read, typename Keep>
bool forEachRow(
    const RecordStore& store, const QString& sql, const QVariantList& values, Read read, Keep keep, RecordError* error)
{
    std::optional<QSqlQuery> query = store.run(sql, values, error);
    if (!query) {
        return false;
    }
    const RowReader row(*query);
    while (query->next()) {
        T value = read(row);
        if (!row.ok()) {
            setRecordError(error, row.error());
            return false;
        }
        keep(std::move(value), row);
    }
    return true;
}

/// The rows of \a sql (one positional value, the parent's id), each read by \a read(RowReader&).
template <typename T, typename Read>
bool loadRows(const RecordStore& store,
              const QString& sql,
              const QVariantList& values,
              Read read,
              QList<T>* rows,
              RecordError* error)
{
    return forEachRow<T>(
        store, sql, values, read, [rows](T&& value, const RowReader&) { rows->append(std::move(value)); }, error);
}

/// Fills each parent's \a member list with its rows of \a table (linked by \a parentColumn,
/// in \a order). A few parents: one read each; a listing: one read of the whole table,
/// handed out by parent, instead of one read per parent.
template <typename Parent, typename T, typename Read>
bool attachChildren(const RecordStore& store,
                    QList<Parent>& parents,
                    QList<T> Parent::*member,
                    const char* table,
                    const char* parentColumn,
                    const char* order,
                    Read read,
                    RecordError* error)
{
    constexpr qsizetype OneReadEachUpTo = 16;
    if (parents.size() <= OneReadEachUpTo) {
        const QString sql = QStringLiteral("SELECT * FROM %1 WHERE %2 = ? ORDER BY %3")
                                .arg(QLatin1String(table), QLatin1String(parentColumn), QLatin1String(order));
        for (Parent& parent : parents) {
            (parent.*member).clear();
            if (!loadRows<T>(store, sql, {parent.id}, read, &(parent.*member), error)) {
                return false;
            }
        }
        return true;
    }
    const QString sql = QStringLiteral("SELECT * FROM %1 WHERE %2 IS NOT NULL ORDER BY %3")
                            .arg(QLatin1String(table), QLatin1String(parentColumn), QLatin1String(order));
    QHash<qint64, QList<T>> byParent;
    const auto keep = [&byParent, parentColumn](T&& value, const RowReader& row) {
        byParent[row.id(parentColumn)].append(std::move(value));
    };
    if (!forEachRow<T>(store, sql, {}, read, keep, error)) {
        return false;
    }
    for (Parent& parent : parents) {
        parent.*member = byParent.value(parent.id);
    }
    return true;
}

} // namespace mandaat
