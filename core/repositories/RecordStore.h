#pragma once

#include "domain/EnumIds.h"
#include "domain/RecordError.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace mandaat {

class AuditLog;

/// Column name and value, for RecordStore::insert() and update().
using Fields = std::vector<std::pair<const char*, QVariant>>;

/// What every repository shares for one open vault: the connection (looked up by name on
/// each use, so that Vault::close() can remove it), the clock, and nestable transactions.
/// Internal to core/repositories.
class RecordStore
{
public:
    explicit RecordStore(QString connectionName);

    QSqlDatabase database() const;

    /// UTC, to the millisecond; replaceable for tests (CONTRIBUTING.md, point 16).
    QDateTime now() const;
    QDate today() const;
    void setClock(std::function<QDateTime()> clock);

    /// Prepares \a sql and binds \a values positionally.
    QSqlQuery prepare(const QString& sql, const QVariantList& values = {}) const;
    /// Runs a prepared query; on failure fills \a error with a storage error.
    bool exec(QSqlQuery& query, RecordError* error) const;
    /// prepare() and exec() in one.
    std::optional<QSqlQuery> run(const QString& sql, const QVariantList& values, RecordError* error) const;
    /// The first column of the first row as a number; -1 on failure.
    qint64 scalar(const QString& sql, const QVariantList& values, RecordError* error) const;
    /// The first column of every row as ids.
    QList<qint64> ids(const QString& sql, const QVariantList& values, RecordError* error) const;
    bool exists(const char* table, qint64 id) const;
    /// Adds an issue when \a id is set (> 0) but no row of \a table has it.
    void requireRow(
        ValidationIssues& issues, const char* table, qint64 id, const QString& field, const QString& message) const;
    /// The attachment \a id, when set, exists.
    void requireAttachment(ValidationIssues& issues, qint64 id, const QString& field) const;

    /// INSERT of \a fields; returns the new id, or 0 on failure.
    qint64 insert(const char* table, const Fields& fields, RecordError* error) const;
    /// UPDATE of \a fields where id = \a id; NotFound when no row has that id.
    bool update(const char* table, qint64 id, const Fields& fields, RecordError* error) const;
    /// DELETE of the row \a id of \a table (true when there was none).
    bool remove(const char* table, qint64 id, RecordError* error) const;

    /// The audit log that records every insert(), update() and remove() of a record table
    /// (RecordContent::tables()) in the same transaction; set by the AuditLog on this store.
    void setAudit(AuditLog* audit) { m_audit = audit; }
    AuditLog* audit() const { return m_audit; }

    /// Transactions nest: only the outermost begins and commits. A rollback at any depth
    /// makes the outermost commit roll back.
    bool begin(RecordError* error);
    bool commit(RecordError* error);
    void rollback();

    static RecordError storageError(const QSqlQuery& query);
    static QString idList(const QList<qint64>& ids);
    /// "engagement 3" or "engagements 3 and 7", for refusal messages.
    static QString engagementList(const QList<qint64>& ids);

private:
    QString m_connectionName;
    std::function<QDateTime()> m_clock;
    AuditLog* m_audit = nullptr;
    int m_depth = 0;
    bool m_failed = false;
};

/// A transaction that rolls back unless committed.
class Transaction
{
public:
    Transaction(RecordStore& store, RecordError* error);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isOpen() const { return m_open; }
    bool commit(RecordError* error);

private:
    RecordStore& m_store;
    bool m_open = false;
};

// Values as they are stored (docs/architecture.md, Storage).
QVariant dateValue(QDate date);
QVariant timeValue(const QDateTime& time);
QVariant idValue(qint64 id);
QVariant boolValue(std::optional<bool> value);
QVariant intValue(std::optional<qint64> value);
template <typename E>
QVariant enumValue(E value)
{
    return toId(value);
}
template <typename E>
QVariant enumValue(std::optional<E> value)
{
    return value ? QVariant(toId(*value)) : QVariant();
}

/// Reads the current row of a query by column name. An enum id the table does not know
/// makes the reader fail (the vault was written by a newer Mandaat, or altered). One reader
/// can serve every row of its query: it looks each column's position up once.
class RowReader
{
public:
    explicit RowReader(const QSqlQuery& query);

    QString text(const char* column) const;
    /// A column added by a later schema: empty in a vault opened read-only before it.
    QString laterText(const char* column) const;
    qint64 integer(const char* column) const;
    qint64 id(const char* column) const { return integer(column); } // NULL reads as 0
    bool flag(const char* column) const { return integer(column) != 0; }
    std::optional<bool> optionalFlag(const char* column) const;
    std::optional<qint64> optionalInteger(const char* column) const;
    QDate date(const char* column) const;
    QDateTime time(const char* column) const;
    QByteArray bytes(const char* column) const;

    template <typename E>
    E enumeration(const char* column, E fallback) const
    {
        const QString stored = text(column);
        if (const std::optional<E> value = fromId<E>(stored)) {
            return *value;
        }
        fail(column, stored);
        return fallback;
    }
    template <typename E>
    std::optional<E> optionalEnumeration(const char* column) const
    {
        if (isNull(column)) {
            return std::nullopt;
        }
        return enumeration<E>(column, E{});
    }

    bool isNull(const char* column) const;
    bool ok() const { return m_problem.isEmpty(); }
    RecordError error() const;

private:
    QVariant value(const char* column) const;
    /// The column's position in the result, or -1; by the name's address first (the callers
    /// pass literals), so a row of a large listing costs no string comparisons.
    int position(const char* column) const;
    void fail(const char* column, const QString& stored) const;

    const QSqlQuery& m_query;
    mutable QStringList m_columns; // the result's column names, read once
    mutable std::vector<std::pair<const char*, int>> m_positions;
    mutable QString m_problem;
};

} // namespace mandaat
