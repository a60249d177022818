#include "storage/SqlCipherResult.h"

#include "storage/SqlCipherDriver.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QSqlField>
#include <QTime>

#include <sqlite3.h>

#include <limits>

namespace mandaat {

namespace {

// SQLITE_STATIC is "(sqlite3_destructor_type)0", an old-style cast; a null destructor means
// the same: SQLite neither copies nor frees the buffer, m_boundBuffers keeps it alive.
constexpr sqlite3_destructor_type kBufferOutlivesBinding = nullptr;

QMetaType typeForStorageClass(int storageClass)
{
    switch (storageClass) {
    case SQLITE_INTEGER:
        return QMetaType::fromType<qlonglong>();
    case SQLITE_FLOAT:
        return QMetaType::fromType<double>();
    case SQLITE_TEXT:
        return QMetaType::fromType<QString>();
    case SQLITE_BLOB:
        return QMetaType::fromType<QByteArray>();
    default:
        return QMetaType();
    }
}

} // namespace

namespace sqlcipher {

QSqlError connectionError(sqlite3* connection, const QString& driverText, QSqlError::ErrorType type)
{
    // sqlite3_errmsg(nullptr) reports "out of memory", which is what a null handle means.
    return QSqlError(driverText,
                     QString::fromUtf8(sqlite3_errmsg(connection)),
                     type,
                     connection ? QString::number(sqlite3_extended_errcode(connection)) : QString());
}

QMetaType typeForDeclaration(const QString& declaredType)
{
    // The order of the checks is SQLite's own (datatype3.html, "Determination Of Column
    // Affinity"), so "POINT" is an integer there and here alike.
    const QString type = declaredType.toUpper();
    const auto has = [&type](const char* part) { return type.contains(QLatin1String(part)); };
    if (type.isEmpty())
        return QMetaType();
    if (has("INT"))
        return QMetaType::fromType<qlonglong>();
    if (has("CHAR") || has("CLOB") || has("TEXT"))
        return QMetaType::fromType<QString>();
    if (has("BLOB"))
        return QMetaType::fromType<QByteArray>();
    if (has("REAL") || has("FLOA") || has("DOUB"))
        return QMetaType::fromType<double>();
    // NUMERIC affinity. Mandaat stores dates as ISO text and flags as 0/1.
    if (has("BOOL"))
        return QMetaType::fromType<bool>();
    if (has("DATE") || has("TIME"))
        return QMetaType::fromType<QString>();
    return QMetaType::fromType<double>();
}

QString dateTimeText(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QTime:
        return value.toTime().toString(Qt::ISODateWithMs);
    default:
        return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    }
}

} // namespace sqlcipher

SqlCipherResult::SqlCipherResult(const SqlCipherDriver* driver)
    : QSqlResult(driver)
{
    driver->attachResult(this);
}

SqlCipherResult::~SqlCipherResult()
{
    release();
    if (const auto* owner = static_cast<const SqlCipherDriver*>(driver()))
        owner->detachResult(this);
}

QVariant SqlCipherResult::handle() const
{
    return m_statement ? QVariant::fromValue(m_statement) : QVariant();
}

sqlite3* SqlCipherResult::connection() const
{
    const auto* owner = static_cast<const SqlCipherDriver*>(driver());
    return owner ? owner->connection() : nullptr;
}

void SqlCipherResult::finalize()
{
    if (m_statement) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
    m_sql.clear();
    m_changesSchema = false;
    forgetRows();
    m_boundBuffers.clear();
    m_record.clear();
    m_recordBuilt = false;
    m_columnTypes.clear();
    m_columnCount = 0;
    setActive(false);
    setAt(QSql::BeforeFirstRow);
}

void SqlCipherResult::release()
{
    const auto* owner = static_cast<const SqlCipherDriver*>(driver());
    if (m_statement && owner && !m_changesSchema) {
        owner->keepStatement(m_sql, m_statement);
        m_statement = nullptr;
    }
    finalize();
}

void SqlCipherResult::forgetRows()
{
    m_cache.clear();
    m_cachedRows = 0;
    m_lastRow.clear();
    m_statementRow = -1;
    m_done = true;
}

void SqlCipherResult::setStatementError(const QString& text)
{
    setLastError(sqlcipher::connectionError(connection(), text, QSqlError::StatementError));
}

void SqlCipherResult::setUsageError(const QString& text, QSqlError::ErrorType type)
{
    setLastError(QSqlError(text, QString(), type));
}

bool SqlCipherResult::reset(const QString& query)
{
    return prepare(query) && exec();
}

bool SqlCipherResult::prepare(const QString& query)
{
    release();
    sqlite3* db = connection();
    if (!db) {
        setUsageError(tr("The database is not open."), QSqlError::ConnectionError);
        return false;
    }

    QByteArray sql = query.toUtf8();
    // A statement with this text that an earlier query let go: already checked below.
    if (sqlite3_stmt* kept = static_cast<const SqlCipherDriver*>(driver())->takeStatement(sql)) {
        m_statement = kept;
        m_sql = std::move(sql);
        readColumnTypes();
        return true;
    }
    const char* const end = sql.constData() + sql.size();
    const char* tail = nullptr;
    // size() + 1 includes the terminating NUL, which spares SQLite a copy of the text.
    if (sqlite3_prepare_v2(db, sql.constData(), static_cast<int>(sql.size() + 1), &m_statement, &tail) != SQLITE_OK) {
        setStatementError(tr("Unable to prepare the statement."));
        finalize();
        return false;
    }
    if (!m_statement) {
        setUsageError(tr("The statement is empty."), QSqlError::StatementError);
        return false;
    }

    // SQLite prepares only the first statement; refuse the rest rather than drop it silently
    // (a migration with two statements would otherwise run half). Trailing comments are fine.
    if (tail && tail < end) {
        sqlite3_stmt* rest = nullptr;
        const int rc = sqlite3_prepare_v2(db, tail, static_cast<int>(end - tail), &rest, nullptr);
        const bool nothingMore = rc == SQLITE_OK && rest == nullptr;
        sqlite3_finalize(rest);
        if (!nothingMore) {
            finalize();
            setUsageError(tr("Only one statement can be executed at a time."), QSqlError::StatementError);
            return false;
        }
    }

    m_sql = sql;
    const QByteArray verb = sql.trimmed().left(6).toUpper();
    m_changesSchema = verb.startsWith("CREATE") || verb.startsWith("ALTER") || verb.startsWith("DROP");
    readColumnTypes();
    return true;
}

void SqlCipherResult::readColumnTypes()
{
    m_columnCount = sqlite3_column_count(m_statement);
    m_columnTypes.assign(static_cast<std::size_t>(m_columnCount), QMetaType());
    for (int column = 0; column < m_columnCount; ++column) {
        if (const char* declared = sqlite3_column_decltype(m_statement, column))
            m_columnTypes[static_cast<std::size_t>(column)] =
                sqlcipher::typeForDeclaration(QString::fromUtf8(declared));
    }
    m_recordBuilt = false;
}

bool SqlCipherResult::exec()
{
    if (!m_statement) {
        setUsageError(tr("No statement has been prepared."), QSqlError::StatementError);
        return false;
    }
    sqlite3* db = connection();

    // Reuse of a prepared statement: back to the start, old bindings gone.
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_boundBuffers.clear();
    forgetRows();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    m_rowsAffected = -1;
    m_lastInsertId = QVariant();
    m_caching = !isForwardOnly();

    if (!bindAll())
        return false;

    // sqlite3_changes() keeps the count of the last INSERT/UPDATE/DELETE, even after a
    // CREATE TABLE; the total tells whether this statement changed anything itself.
    const int totalBefore = sqlite3_total_changes(db);
    m_done = false;
    if (step(tr("Unable to execute the statement.")) == Step::Error)
        return false;

    if (m_changesSchema) {
        // Kept statements prepared against the old schema would still run (SQLite prepares
        // them again), but let them go rather than trust their column lists.
        static_cast<const SqlCipherDriver*>(driver())->dropStatements();
    }
    if (!m_recordBuilt)
        buildRecord();
    setSelect(m_columnCount > 0);
    if (!isSelect()) {
        const bool changed = sqlite3_total_changes(db) != totalBefore;
        m_rowsAffected = changed ? sqlite3_changes(db) : 0;
        if (changed && !sqlite3_stmt_readonly(m_statement))
            m_lastInsertId = static_cast<qlonglong>(sqlite3_last_insert_rowid(db));
    }
    setActive(true);
    return true;
}

bool SqlCipherResult::bindAll()
{
    const QList<QVariant>& values = boundValues();
    const int expected = sqlite3_bind_parameter_count(m_statement);
    if (values.size() != expected) {
        setUsageError(tr("The statement has %1 placeholders but %2 values are bound.").arg(expected).arg(values.size()),
                      QSqlError::StatementError);
        return false;
    }
    for (int i = 0; i < expected; ++i) {
        if (!bindOne(i + 1, values.at(i)))
            return false;
    }
    return true;
}

bool SqlCipherResult::bindOne(int index, const QVariant& value)
{
    const auto bindText = [this, index](QByteArray utf8) {
        m_boundBuffers.push_back(std::move(utf8));
        const QByteArray& kept = m_boundBuffers.back();
        return sqlite3_bind_text(
            m_statement, index, kept.constData(), static_cast<int>(kept.size()), kBufferOutlivesBinding);
    };

    int rc = SQLITE_OK;
    if (value.isNull()) {
        rc = sqlite3_bind_null(m_statement, index);
    } else {
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Char:
        case QMetaType::SChar:
        case QMetaType::UChar:
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
            rc = sqlite3_bind_int64(m_statement, index, value.toLongLong());
            break;
        case QMetaType::ULong:
        case QMetaType::ULongLong: {
            const qulonglong number = value.toULongLong();
            if (number > static_cast<qulonglong>(std::numeric_limits<qint64>::max())) {
                setUsageError(tr("Value %1 of parameter %2 does not fit in a 64-bit integer.").arg(number).arg(index),
                              QSqlError::StatementError);
                return false;
            }
            rc = sqlite3_bind_int64(m_statement, index, static_cast<sqlite3_int64>(number));
            break;
        }
        case QMetaType::Float:
        case QMetaType::Double:
            rc = sqlite3_bind_double(m_statement, index, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            QByteArray bytes = value.toByteArray();
            if (bytes.size() > std::numeric_limits<int>::max()) {
                setUsageError(tr("Parameter %1 is too large.").arg(index), QSqlError::StatementError);
                return false;
            }
            if (bytes.isEmpty()) {
                // A blob with a null pointer would be bound as NULL; an empty blob is not NULL.
                rc = sqlite3_bind_zeroblob(m_statement, index, 0);
                break;
            }
            m_boundBuffers.push_back(std::move(bytes));
            const QByteArray& kept = m_boundBuffers.back();
            rc = sqlite3_bind_blob(
                m_statement, index, kept.constData(), static_cast<int>(kept.size()), kBufferOutlivesBinding);
            break;
        }
        case QMetaType::QDate:
        case QMetaType::QTime:
        case QMetaType::QDateTime:
            rc = bindText(sqlcipher::dateTimeText(value).toUtf8());
            break;
        case QMetaType::QString: {
            QByteArray utf8 = value.toString().toUtf8();
            if (utf8.size() > std::numeric_limits<int>::max()) {
                setUsageError(tr("Parameter %1 is too large.").arg(index), QSqlError::StatementError);
                return false;
            }
            rc = bindText(std::move(utf8));
            break;
        }
        default:
            if (!value.canConvert<QString>()) {
                setUsageError(tr("Parameter %1 has type %2, which cannot be stored.")
                                  .arg(index)
                                  .arg(QString::fromLatin1(value.typeName())),
                              QSqlError::StatementError);
                return false;
            }
            rc = bindText(value.toString().toUtf8());
            break;
        }
    }
    if (rc != SQLITE_OK) {
        setStatementError(tr("Unable to bind parameter %1.").arg(index));
        return false;
    }
    return true;
}

SqlCipherResult::Step SqlCipherResult::step(const QString& errorText)
{
    const int rc = sqlite3_step(m_statement);
    if (m_statementRow < 0 && sqlite3_column_count(m_statement) != m_columnCount) {
        // The schema changed since the statement was prepared (SELECT * after ALTER TABLE):
        // SQLite prepared it again, with other columns.
        readColumnTypes();
    }
    if (rc == SQLITE_ROW) {
        ++m_statementRow;
        if (m_caching) {
            for (int column = 0; column < m_columnCount; ++column)
                m_cache.append(columnValue(column));
            ++m_cachedRows;
        }
        return Step::Row;
    }
    m_done = true;
    if (rc != SQLITE_DONE)
        setStatementError(errorText); // before the reset, which may change the message
    // Resetting at the end ends the statement's read transaction, so other connections are
    // not kept from writing by a result nobody is reading any more.
    sqlite3_reset(m_statement);
    return rc == SQLITE_DONE ? Step::Done : Step::Error;
}

void SqlCipherResult::buildRecord()
{
    m_record.clear();
    const bool hasRow = !m_done && m_statementRow == 0;
    for (int column = 0; column < m_columnCount; ++column) {
        QMetaType type = m_columnTypes[static_cast<std::size_t>(column)];
        // An expression has no declared type; the first row's value is the best guess.
        if (!type.isValid() && hasRow)
            type = typeForStorageClass(sqlite3_column_type(m_statement, column));
        const char* table = sqlite3_column_table_name(m_statement, column);
        m_record.append(QSqlField(QString::fromUtf8(sqlite3_column_name(m_statement, column)),
                                  type,
                                  table ? QString::fromUtf8(table) : QString()));
    }
    m_recordBuilt = true;
}

QVariant SqlCipherResult::columnValue(int column) const
{
    const QSql::NumericalPrecisionPolicy policy = numericalPrecisionPolicy();
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_NULL:
        // A null of the declared type, as QSqlQuery's callers expect from other drivers.
        return QVariant(m_columnTypes[static_cast<std::size_t>(column)]);
    case SQLITE_INTEGER: {
        const qlonglong number = sqlite3_column_int64(m_statement, column);
        if (policy == QSql::LowPrecisionInt32)
            return QVariant(static_cast<int>(number));
        return QVariant(number);
    }
    case SQLITE_FLOAT: {
        const double number = sqlite3_column_double(m_statement, column);
        switch (policy) {
        case QSql::LowPrecisionInt32:
            return QVariant(static_cast<int>(number));
        case QSql::LowPrecisionInt64:
            return QVariant(static_cast<qlonglong>(number));
        case QSql::HighPrecision:
            // The shortest text that reads back as the same double: nothing lost.
            return QVariant(QString::number(number, 'g', QLocale::FloatingPointShortest));
        case QSql::LowPrecisionDouble:
            break;
        }
        return QVariant(number);
    }
    case SQLITE_BLOB: {
        const void* bytes = sqlite3_column_blob(m_statement, column);
        const int size = sqlite3_column_bytes(m_statement, column);
        // SQLite returns a null pointer for an empty blob; keep it an empty, non-null array.
        if (size == 0)
            return QVariant(QByteArray(""));
        return QVariant(QByteArray(static_cast<const char*>(bytes), size));
    }
    default: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)));
    }
    }
}

QVariant SqlCipherResult::cachedValue(int row, int column) const
{
    const qsizetype index = static_cast<qsizetype>(row) * m_columnCount + column;
    if (row < 0 || row >= m_cachedRows)
        return QVariant();
    return m_cache.at(index);
}

QVariant SqlCipherResult::data(int column)
{
    if (column < 0 || column >= m_columnCount || at() < 0)
        return QVariant();
    if (m_caching)
        return cachedValue(at(), column);
    if (!m_lastRow.isEmpty())
        return m_lastRow.at(column);
    if (m_done || at() != m_statementRow)
        return QVariant();
    return columnValue(column);
}

bool SqlCipherResult::isNull(int column)
{
    if (column < 0 || column >= m_columnCount || at() < 0)
        return true;
    if (m_caching)
        return cachedValue(at(), column).isNull();
    if (!m_lastRow.isEmpty())
        return m_lastRow.at(column).isNull();
    if (m_done || at() != m_statementRow)
        return true;
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

bool SqlCipherResult::fetch(int index)
{
    if (!isActive() || !isSelect() || index < 0)
        return false;
    const QString errorText = tr("Unable to fetch the row.");
    if (m_caching) {
        while (m_cachedRows <= index && !m_done) {
            if (step(errorText) == Step::Error)
                return false;
        }
        if (index >= m_cachedRows)
            return false;
        setAt(index);
        return true;
    }

    // Forward only: the statement holds one row and can only move on.
    if (m_done || index < m_statementRow)
        return false;
    while (m_statementRow < index) {
        if (step(errorText) != Step::Row)
            return false;
    }
    setAt(index);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchNext()
{
    return at() >= QSql::BeforeFirstRow && fetch(at() + 1);
}

bool SqlCipherResult::fetchPrevious()
{
    return m_caching && at() > 0 && fetch(at() - 1);
}

bool SqlCipherResult::fetchLast()
{
    if (!isActive() || !isSelect())
        return false;
    const QString errorText = tr("Unable to fetch the row.");
    if (m_caching) {
        while (!m_done) {
            if (step(errorText) == Step::Error)
                return false;
        }
        if (m_cachedRows == 0)
            return false;
        setAt(m_cachedRows - 1);
        return true;
    }

    // Forward only: stepping past the last row drops it, so each row is copied before the
    // step that may turn out to be the last. Only this path pays for copies.
    if (m_done)
        return false;
    QList<QVariant> row;
    row.reserve(m_columnCount);
    for (;;) {
        row.clear();
        for (int column = 0; column < m_columnCount; ++column)
            row.append(columnValue(column));
        const int rowIndex = m_statementRow;
        const Step result = step(errorText);
        if (result == Step::Error)
            return false;
        if (result == Step::Done) {
            m_lastRow = row;
            setAt(rowIndex);
            return true;
        }
    }
}

int SqlCipherResult::size()
{
    return -1;
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QVariant SqlCipherResult::lastInsertId() const
{
    return m_lastInsertId;
}

QSqlRecord SqlCipherResult::record() const
{
    if (!isActive() || !isSelect())
        return QSqlRecord();
    return m_record;
}

void SqlCipherResult::detachFromResultSet()
{
    // QSqlQuery::finish(): release the statement's read lock, keep it prepared and bound.
    if (m_statement)
        sqlite3_reset(m_statement);
    forgetRows();
}

} // namespace mandaat
