#include "storage/SqlCipherDriver.h"

#include "storage/SqlCipherResult.h"

#include <QSqlDatabase>
#include <QSqlField>
#include <QStringView>

#include <sqlite3.h>

#include <algorithm>
#include <iterator>

namespace mandaat {

namespace {

// Without a timeout a second connection (the CLI, a backup) makes every statement fail at
// once with SQLITE_BUSY; five seconds covers any write Mandaat makes.
constexpr int kDefaultBusyTimeoutMs = 5000;

const QLatin1String kReadOnlyOption("MANDAAT_OPEN_READONLY");
const QLatin1String kBusyTimeoutOption("MANDAAT_BUSY_TIMEOUT=");

QString textColumn(sqlite3_stmt* statement, int column)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(statement, column));
}

// Table names arrive plain or already quoted (QSqlTableModel quotes them).
QString unquotedTableName(const QSqlDriver& driver, const QString& name)
{
    if (!driver.isIdentifierEscaped(name, QSqlDriver::TableName))
        return name;
    QString plain = name.mid(1, name.size() - 2);
    plain.replace(QLatin1String("\"\""), QLatin1String("\""));
    return plain;
}

QString quotedLiteral(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

SqlCipherDriver::SqlCipherDriver(QObject* parent)
    : QSqlDriver(parent)
{ }

SqlCipherDriver::SqlCipherDriver(sqlite3* connection, QObject* parent)
    : QSqlDriver(parent)
    , m_connection(connection)
    , m_adopted(connection != nullptr)
{
    if (m_connection) {
        setOpen(true);
        setOpenError(false);
    }
}

SqlCipherDriver::~SqlCipherDriver()
{
    // Results that outlive the driver find driver() null afterwards and never call back.
    close();
}

void SqlCipherDriver::registerDriver()
{
    // A function-local static runs exactly once, even with concurrent callers.
    static const bool registered = [] {
        QSqlDatabase::registerSqlDriver(driverName(), new QSqlDriverCreator<SqlCipherDriver>);
        return true;
    }();
    Q_UNUSED(registered)
}

QString SqlCipherDriver::driverName()
{
    return QStringLiteral("QSQLCIPHER");
}

sqlite3* SqlCipherDriver::connection() const
{
    return m_connection;
}

QVariant SqlCipherDriver::handle() const
{
    return m_connection ? QVariant::fromValue(m_connection) : QVariant();
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case LowPrecisionNumbers:
    case FinishQuery:
        return true;
    case NamedPlaceholders:
        // Reported false on purpose: QSqlResult::savePrepare() then rewrites each ":name"
        // to "?" and maps every name to all of its positions, so QSqlQuery::bindValue(":x")
        // works, a name used twice is bound twice, and the result binds by position only.
        // Reporting true makes Qt rewrite "?" to ":0", ":1"... instead, and a repeated name
        // then becomes one SQLite parameter while Qt keeps one value per occurrence.
    case QuerySize:
    case BatchOperations:
    case SimpleLocking:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

bool SqlCipherDriver::open(const QString& databaseName,
                           const QString& user,
                           const QString& password,
                           const QString& host,
                           int port,
                           const QString& connectOptions)
{
    Q_UNUSED(user)
    Q_UNUSED(host)
    Q_UNUSED(port)

    if (m_adopted && isOpen())
        return true;
    if (isOpen())
        close();

    if (!password.isEmpty()) {
        setLastError(QSqlError(tr("A password cannot open a vault; the vault unlocks it with its key."),
                               QString(),
                               QSqlError::ConnectionError));
        setOpenError(true);
        return false;
    }

    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    int busyTimeout = kDefaultBusyTimeoutMs;
    const auto options = QStringView(connectOptions).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QStringView rawOption : options) {
        const QStringView option = rawOption.trimmed();
        bool understood = true;
        if (option == kReadOnlyOption) {
            flags = SQLITE_OPEN_READONLY;
        } else if (option.startsWith(kBusyTimeoutOption)) {
            busyTimeout = option.mid(kBusyTimeoutOption.size()).toInt(&understood);
            understood = understood && busyTimeout >= 0;
        } else {
            understood = option.isEmpty();
        }
        if (!understood) {
            // A mistyped option silently ignored would open read-write what was meant read-only.
            setLastError(QSqlError(
                tr("Unknown connection option: %1").arg(option.toString()), QString(), QSqlError::ConnectionError));
            setOpenError(true);
            return false;
        }
    }

    sqlite3* connection = nullptr;
    const int rc = sqlite3_open_v2(databaseName.toUtf8().constData(), &connection, flags, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(sqlcipher::connectionError(
            connection, tr("Unable to open the database %1").arg(databaseName), QSqlError::ConnectionError));
        // sqlite3_open_v2 hands out a handle even when it fails; it must still be closed.
        sqlite3_close_v2(connection);
        setOpenError(true);
        return false;
    }
    sqlite3_extended_result_codes(connection, 1);
    sqlite3_busy_timeout(connection, busyTimeout);

    // SQLite opens lazily; read the schema now so a file that is not a database (or is
    // encrypted) fails here rather than at the first query.
    if (sqlite3_exec(connection, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) != SQLITE_OK) {
        setLastError(sqlcipher::connectionError(
            connection, tr("Unable to read the database %1").arg(databaseName), QSqlError::ConnectionError));
        sqlite3_close_v2(connection);
        setOpenError(true);
        return false;
    }

    m_connection = connection;
    m_adopted = false;
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    if (m_connection) {
        for (SqlCipherResult* result : m_results)
            result->finalize();
        dropStatements();
        // close_v2 cannot fail with SQLITE_BUSY: should a statement still be alive, the
        // connection lingers as a zombie until it is finalized.
        sqlite3_close_v2(m_connection);
        m_connection = nullptr;
    }
    m_adopted = false;
    setOpen(false);
    setOpenError(false);
}

QSqlResult* SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::beginTransaction()
{
    // BEGIN IMMEDIATE takes the write lock up front. After a deferred BEGIN, a transaction
    // that reads and then writes can meet SQLITE_BUSY half-way when another connection
    // reads, and the busy timeout cannot resolve that lock upgrade; failing at BEGIN leaves
    // nothing half-done. A read-only connection cannot take the write lock, so it defers.
    const bool readOnly = m_connection && sqlite3_db_readonly(m_connection, "main") == 1;
    return executeSimple(readOnly ? "BEGIN" : "BEGIN IMMEDIATE", tr("Unable to begin the transaction"));
}

bool SqlCipherDriver::commitTransaction()
{
    return executeSimple("COMMIT", tr("Unable to commit the transaction"));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return executeSimple("ROLLBACK", tr("Unable to roll back the transaction"));
}

bool SqlCipherDriver::executeSimple(const char* sql, const QString& failureText)
{
    if (!m_connection) {
        setLastError(QSqlError(failureText, tr("The database is not open"), QSqlError::TransactionError));
        return false;
    }
    if (sqlite3_exec(m_connection, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
        setLastError(sqlcipher::connectionError(m_connection, failureText, QSqlError::TransactionError));
        return false;
    }
    return true;
}

QStringList SqlCipherDriver::namesFromMaster(const char* sql) const
{
    QStringList names;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(m_connection, sql, -1, &statement, nullptr) == SQLITE_OK) {
        while (sqlite3_step(statement) == SQLITE_ROW)
            names.append(textColumn(statement, 0));
    }
    sqlite3_finalize(statement);
    return names;
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!m_connection)
        return names;
    if (type & QSql::Tables) {
        names += namesFromMaster("SELECT name FROM sqlite_master WHERE type = 'table'"
                                 " AND substr(name, 1, 7) <> 'sqlite_' ORDER BY name");
    }
    if (type & QSql::Views)
        names += namesFromMaster("SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name");
    if (type & QSql::SystemTables) {
        names.append(QStringLiteral("sqlite_master"));
        names += namesFromMaster("SELECT name FROM sqlite_master WHERE type = 'table'"
                                 " AND substr(name, 1, 7) = 'sqlite_' ORDER BY name");
    }
    return names;
}

std::vector<SqlCipherDriver::Column> SqlCipherDriver::tableInfo(const QString& tableName) const
{
    std::vector<Column> columns;
    if (!m_connection)
        return columns;
    // PRAGMA takes no bound parameters (pragma_table_info() needs SQLite 3.16), so the name
    // goes in as a quoted literal.
    const QByteArray sql = QStringLiteral("PRAGMA table_info(%1)").arg(quotedLiteral(tableName)).toUtf8();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(m_connection, sql.constData(), -1, &statement, nullptr) == SQLITE_OK) {
        // Columns of table_info: cid, name, type, notnull, dflt_value, pk.
        while (sqlite3_step(statement) == SQLITE_ROW) {
            Column column;
            column.name = textColumn(statement, 1);
            column.declaredType = textColumn(statement, 2);
            column.notNull = sqlite3_column_int(statement, 3) != 0;
            if (sqlite3_column_type(statement, 4) != SQLITE_NULL)
                column.defaultValue = textColumn(statement, 4);
            column.primaryKeyPosition = sqlite3_column_int(statement, 5);
            columns.push_back(column);
        }
    }
    sqlite3_finalize(statement);
    return columns;
}

namespace {

QSqlField fieldFor(const QString& table, const QString& name, const QString& declaredType, bool notNull)
{
    QSqlField field(name, sqlcipher::typeForDeclaration(declaredType), table);
    field.setRequiredStatus(notNull ? QSqlField::Required : QSqlField::Optional);
    return field;
}

} // namespace

QSqlRecord SqlCipherDriver::record(const QString& tableName) const
{
    const QString table = unquotedTableName(*this, tableName);
    const std::vector<Column> columns = tableInfo(table);
    const auto keyColumns = std::count_if(
        columns.begin(), columns.end(), [](const Column& column) { return column.primaryKeyPosition > 0; });

    QSqlRecord result;
    for (const Column& column : columns) {
        QSqlField field = fieldFor(table, column.name, column.declaredType, column.notNull);
        if (column.defaultValue.isValid())
            field.setDefaultValue(column.defaultValue);
        // Only a lone "INTEGER PRIMARY KEY" aliases the rowid and is filled in by SQLite.
        const bool rowidAlias = keyColumns == 1 && column.primaryKeyPosition == 1 &&
            column.declaredType.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
        field.setAutoValue(rowidAlias);
        result.append(field);
    }
    return result;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString& tableName) const
{
    const QString table = unquotedTableName(*this, tableName);
    std::vector<Column> columns = tableInfo(table);
    std::erase_if(columns, [](const Column& column) { return column.primaryKeyPosition == 0; });
    // table_info lists columns in table order; the key's own order is in "pk".
    std::sort(columns.begin(), columns.end(), [](const Column& a, const Column& b) {
        return a.primaryKeyPosition < b.primaryKeyPosition;
    });

    QSqlIndex index(table);
    for (const Column& column : columns)
        index.append(fieldFor(table, column.name, column.declaredType, column.notNull));
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType type) const
{
    // No splitting at dots: "a.b" is a legal table name in SQLite, and schema-qualified names
    // are not used in Mandaat.
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type))
        return identifier;
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString SqlCipherDriver::formatValue(const QSqlField& field, bool trimStrings) const
{
    if (field.isNull())
        return QStringLiteral("NULL");
    const QVariant value = field.value();
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        // QSqlDriver's default writes bare hex, which SQLite would read as a number or name.
        return QLatin1String("X'") + QString::fromLatin1(value.toByteArray().toHex()) + QLatin1Char('\'');
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::QDate:
    case QMetaType::QTime:
    case QMetaType::QDateTime:
        return quotedLiteral(sqlcipher::dateTimeText(value));
    case QMetaType::QString:
    case QMetaType::QChar: {
        QString text = value.toString();
        if (trimStrings) {
            while (text.endsWith(QLatin1Char(' ')))
                text.chop(1);
        }
        return quotedLiteral(text);
    }
    default:
        return QSqlDriver::formatValue(field, trimStrings);
    }
}

void SqlCipherDriver::attachResult(SqlCipherResult* result) const
{
    m_results.push_back(result);
}

void SqlCipherDriver::detachResult(SqlCipherResult* result) const
{
    std::erase(m_results, result);
}

namespace {

// Enough for every statement the repositories and the search run in one evaluation pass.
constexpr std::size_t MaxIdleStatements = 64;

} // namespace

sqlite3_stmt* SqlCipherDriver::takeStatement(const QByteArray& sql) const
{
    for (auto it = m_idle.rbegin(); it != m_idle.rend(); ++it) {
        if (it->sql == sql) {
            sqlite3_stmt* statement = it->statement;
            m_idle.erase(std::next(it).base());
            return statement;
        }
    }
    return nullptr;
}

void SqlCipherDriver::keepStatement(const QByteArray& sql, sqlite3_stmt* statement) const
{
    if (!m_connection || sqlite3_db_handle(statement) != m_connection) {
        sqlite3_finalize(statement);
        return;
    }
    // Reset: no read transaction stays open; unbound: no copy of a bound value stays behind.
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    m_idle.push_back({sql, statement});
    if (m_idle.size() > MaxIdleStatements) {
        sqlite3_finalize(m_idle.front().statement);
        m_idle.erase(m_idle.begin());
    }
}

void SqlCipherDriver::dropStatements() const
{
    for (const IdleStatement& idle : m_idle)
        sqlite3_finalize(idle.statement);
    m_idle.clear();
}

} // namespace mandaat
