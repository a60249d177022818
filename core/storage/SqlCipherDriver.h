#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QSqlDriver>
#include <QSqlIndex>
#include <QSqlRecord>
#include <QVariant>

#include <vector>

// sqlite3.h stays out of this header: only core/storage sees the C API.
struct sqlite3;
struct sqlite3_stmt;

// handle() hands the connection out as a QVariant of type "sqlite3*"; get it back with
// qvariant_cast<sqlite3*>(driver->handle()) or use connection() directly.
Q_DECLARE_OPAQUE_POINTER(sqlite3*)
Q_DECLARE_METATYPE(sqlite3*)

namespace mandaat {

class SqlCipherResult;

/// The "QSQLCIPHER" Qt Sql driver: QSqlDatabase and QSqlQuery over the SQLCipher C API
/// (docs/architecture.md, Storage). Qt's own QSQLITE links the system libsqlite3 and cannot live in
/// our process, hence a driver of our own.
///
/// Two ways in:
/// - open(path, ...) opens an unkeyed file (tests, the unencrypted benchmark floor).
///   Connect option "MANDAAT_OPEN_READONLY" opens it read-only; "MANDAAT_BUSY_TIMEOUT=<ms>"
///   replaces the default busy timeout of 5000 ms. A password is refused: keys never travel
///   as QString (docs/architecture.md, Keys), so keyed files go through the adopting constructor.
/// - SqlCipherDriver(handle) adopts a handle the vault has opened and keyed with the C API.
///   The driver is open at once and closes the handle in close() and in its destructor.
///   open() on an adopted, open driver returns true and changes nothing, so a habitual
///   QSqlDatabase::open() cannot swap the vault for an empty unencrypted file.
///
/// Not thread-safe: like every Qt Sql connection, use it from the thread that created it.
class SqlCipherDriver : public QSqlDriver
{
    Q_OBJECT

public:
    explicit SqlCipherDriver(QObject* parent = nullptr);
    explicit SqlCipherDriver(sqlite3* connection, QObject* parent = nullptr);
    ~SqlCipherDriver() override;

    /// Registers this driver under the name "QSQLCIPHER" with QSqlDatabase. Safe to call
    /// more than once and from several threads.
    static void registerDriver();
    static QString driverName();

    /// The open connection, or nullptr. Still owned by the driver.
    sqlite3* connection() const;
    /// A QVariant holding the sqlite3* (see Q_DECLARE_METATYPE above); invalid when closed.
    QVariant handle() const override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& databaseName,
              const QString& user,
              const QString& password,
              const QString& host,
              int port,
              const QString& connectOptions) override;
    void close() override;
    QSqlResult* createResult() const override;

    /// BEGIN IMMEDIATE: see the .cpp for why not a deferred BEGIN.
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString& tableName) const override;
    QSqlIndex primaryIndex(const QString& tableName) const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;
    QString formatValue(const QSqlField& field, bool trimStrings = false) const override;

private:
    friend class SqlCipherResult;

    struct Column
    {
        QString name;
        QString declaredType;
        bool notNull = false;
        QVariant defaultValue;
        int primaryKeyPosition = 0; // 0: not in the key; 1-based position otherwise
    };

    bool executeSimple(const char* sql, const QString& failureText);
    std::vector<Column> tableInfo(const QString& tableName) const;
    QStringList namesFromMaster(const char* sql) const;

    // Results register themselves so that close() can finalize their statements first;
    // a connection with live statements would otherwise stay open as a zombie.
    void attachResult(SqlCipherResult* result) const;
    void detachResult(SqlCipherResult* result) const;

    // Statements results no longer use, reset and unbound, kept for the next prepare of the
    // same text: the repositories run the same few dozen statements thousands of times when
    // the Overview weighs every engagement, and preparing costs more than running them.
    sqlite3_stmt* takeStatement(const QByteArray& sql) const;
    void keepStatement(const QByteArray& sql, sqlite3_stmt* statement) const;
    void dropStatements() const;

    struct IdleStatement
    {
        QByteArray sql;
        sqlite3_stmt* statement = nullptr;
    };

    sqlite3* m_connection = nullptr;
    bool m_adopted = false;
    mutable std::vector<SqlCipherResult*> m_results;
    mutable std::vector<IdleStatement> m_idle; // the most recently kept last
};

} // namespace mandaat
