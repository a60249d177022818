#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt*)
Q_DECLARE_METATYPE(sqlite3_stmt*)

namespace mandaat {

class SqlCipherDriver;

/// One statement of SqlCipherDriver. QSqlQuery drives it; nothing else should.
///
/// Forward-only queries read each value straight from the statement's current row and
/// keep nothing. Other queries copy every row they step over into a cache, so seek(),
/// previous(), last() and QSqlQueryModel can move freely. size() stays -1 either way
/// (QuerySize is off): counting would mean stepping the whole result.
class SqlCipherResult : public QSqlResult
{
    Q_DECLARE_TR_FUNCTIONS(SqlCipherResult)

public:
    explicit SqlCipherResult(const SqlCipherDriver* driver);
    ~SqlCipherResult() override;

    /// The sqlite3_stmt* as a QVariant, or an invalid QVariant when nothing is prepared.
    QVariant handle() const override;

    /// Finalizes the statement; called by the driver before it closes the connection.
    void finalize();
    /// Hands the statement back to the driver for the next prepare of the same text, and
    /// forgets it, as finalize() does.
    void release();

protected:
    bool reset(const QString& query) override;
    bool prepare(const QString& query) override;
    bool exec() override;
    QVariant data(int column) override;
    bool isNull(int column) override;
    bool fetch(int index) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    bool fetchNext() override;
    bool fetchPrevious() override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;

private:
    sqlite3* connection() const;
    bool bindAll();
    bool bindOne(int index, const QVariant& value);
    enum class Step { Row, Done, Error };
    Step step(const QString& errorText);
    void readColumnTypes();
    void buildRecord();
    QVariant columnValue(int column) const;
    QVariant cachedValue(int row, int column) const;
    void forgetRows();
    void setStatementError(const QString& text);
    void setUsageError(const QString& text, QSqlError::ErrorType type);

    sqlite3_stmt* m_statement = nullptr;
    QByteArray m_sql; // the text m_statement was prepared from, for the driver's cache
    bool m_changesSchema = false; // CREATE, ALTER or DROP: never kept, and the kept ones go
    QSqlRecord m_record;
    bool m_recordBuilt = false;
    // Declared types, used for typed NULLs; invalid for expressions.
    std::vector<QMetaType> m_columnTypes;
    int m_columnCount = 0;

    // Where the statement stands: the index of the row it holds (-1 before the first) and
    // whether it has run out of rows.
    int m_statementRow = -1;
    bool m_done = true;

    // Not forward-only: every row stepped over, flattened row by row.
    bool m_caching = false;
    QList<QVariant> m_cache;
    int m_cachedRows = 0;

    // Forward-only last(): the final row, copied because stepping past it drops it.
    QList<QVariant> m_lastRow;

    // Text and blobs bound without a copy (SQLITE_STATIC); they live until the next exec.
    std::vector<QByteArray> m_boundBuffers;

    int m_rowsAffected = -1;
    QVariant m_lastInsertId;
};

namespace sqlcipher {

/// QSqlError from the connection's last error: SQLite's message as databaseText and the
/// extended result code (e.g. "2067" for a UNIQUE violation) as nativeErrorCode.
QSqlError connectionError(sqlite3* connection, const QString& driverText, QSqlError::ErrorType type);

/// The Qt type for a declared column type, by SQLite's affinity rules; invalid for none.
QMetaType typeForDeclaration(const QString& declaredType);

/// A QDate, QTime or QDateTime as ISO-8601 text; date-times in UTC with milliseconds, so
/// that stored timestamps sort as text (docs/architecture.md, Storage).
QString dateTimeText(const QVariant& value);

} // namespace sqlcipher

} // namespace mandaat
