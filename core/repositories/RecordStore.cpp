#include "RecordStore.h"

#include "repositories/AuditLog.h"
#include "repositories/RecordContent.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlRecord>
#include <QStringList>

namespace mandaat {

namespace {

QDateTime systemNow()
{
    return QDateTime::currentDateTimeUtc();
}

// The digits at text[from, from + length), or -1.
int digits(QStringView text, qsizetype from, qsizetype length)
{
    int value = 0;
    for (qsizetype i = from; i < from + length; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9') {
            return -1;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

// "2026-11-01", as the driver writes a date: read without QDate::fromString's general parser
// (a listing reads hundreds of thousands of them).
QDate storedDate(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-') {
        return QDate::fromString(text.toString(), Qt::ISODate);
    }
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    if (year < 0 || month < 0 || day < 0) {
        return QDate::fromString(text.toString(), Qt::ISODate);
    }
    return QDate(year, month, day);
}

// "2026-11-01T09:30:00.000Z", as the driver writes a time (sqlcipher::dateTimeText); other
// forms go through QDateTime::fromString.
QDateTime storedTime(QStringView text)
{
    if (text.size() == 24 && text[10] == u'T' && text[13] == u':' && text[16] == u':' && text[19] == u'.' &&
        text[23] == u'Z') {
        const QDate date = storedDate(text.first(10));
        const int hour = digits(text, 11, 2);
        const int minute = digits(text, 14, 2);
        const int second = digits(text, 17, 2);
        const int milliseconds = digits(text, 20, 3);
        const QTime time(hour, minute, second, milliseconds);
        if (date.isValid() && hour >= 0 && minute >= 0 && second >= 0 && milliseconds >= 0 && time.isValid()) {
            return QDateTime(date, time, Qt::UTC);
        }
    }
    return QDateTime::fromString(text.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace

RecordStore::RecordStore(QString connectionName)
    : m_connectionName(std::move(connectionName))
    , m_clock(systemNow)
{ }

QSqlDatabase RecordStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QDateTime RecordStore::now() const
{
    return m_clock().toUTC();
}

QDate RecordStore::today() const
{
    return now().date();
}

void RecordStore::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock ? std::move(clock) : std::function<QDateTime()>(systemNow);
}

QSqlQuery RecordStore::prepare(const QString& sql, const QVariantList& values) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (query.prepare(sql)) {
        for (int i = 0; i < values.size(); ++i) {
            query.bindValue(i, values.at(i));
        }
    }
    return query;
}

bool RecordStore::exec(QSqlQuery& query, RecordError* error) const
{
    if (query.exec()) {
        return true;
    }
    setRecordError(error, storageError(query));
    return false;
}

std::optional<QSqlQuery> RecordStore::run(const QString& sql, const QVariantList& values, RecordError* error) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    // A statement that cannot be prepared says why ("no such column"), not only that it was not.
    if (!query.prepare(sql)) {
        setRecordError(error, storageError(query));
        return std::nullopt;
    }
    for (int i = 0; i < values.size(); ++i) {
        query.bindValue(i, values.at(i));
    }
    if (!exec(query, error)) {
        return std::nullopt;
    }
    return query;
}

qint64 RecordStore::scalar(const QString& sql, const QVariantList& values, RecordError* error) const
{
    std::optional<QSqlQuery> query = run(sql, values, error);
    if (!query) {
        return -1;
    }
    return query->next() ? query->value(0).toLongLong() : 0;
}

QList<qint64> RecordStore::ids(const QString& sql, const QVariantList& values, RecordError* error) const
{
    QList<qint64> result;
    std::optional<QSqlQuery> query = run(sql, values, error);
    while (query && query->next()) {
        result.append(query->value(0).toLongLong());
    }
    return result;
}

/// Ids as a message lists them: "3, 7 and 12".
QString RecordStore::idList(const QList<qint64>& ids)
{
    QStringList texts;
    for (const qint64 id : ids) {
        texts.append(QString::number(id));
    }
    if (texts.size() < 2) {
        return texts.join(QString());
    }
    const QString last = texts.takeLast();
    return QCoreApplication::translate("Records", "%1 and %2").arg(texts.join(QStringLiteral(", ")), last);
}

QString RecordStore::engagementList(const QList<qint64>& ids)
{
    return ids.size() == 1 ? QCoreApplication::translate("Records", "engagement %1").arg(ids.constFirst())
                           : QCoreApplication::translate("Records", "engagements %1").arg(idList(ids));
}

bool RecordStore::exists(const char* table, qint64 id) const
{
    return id > 0 &&
        scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(QLatin1String(table)), {id}, nullptr) > 0;
}

void RecordStore::requireRow(
    ValidationIssues& issues, const char* table, qint64 id, const QString& field, const QString& message) const
{
    if (id > 0 && !exists(table, id)) {
        issues.append({field, message});
    }
}

void RecordStore::requireAttachment(ValidationIssues& issues, qint64 id, const QString& field) const
{
    requireRow(issues,
               "attachment",
               id,
               field,
               QCoreApplication::translate("Records",
                                           "The attached file (number %1) is no longer in the vault; attach it again.")
                   .arg(id));
}

qint64 RecordStore::insert(const char* table, const Fields& fields, RecordError* error) const
{
    QStringList columns;
    QStringList marks;
    QVariantList values;
    for (const auto& [column, value] : fields) {
        columns.append(QLatin1String(column));
        marks.append(QStringLiteral("?"));
        values.append(value);
    }
    const QString sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(QLatin1String(table), columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    std::optional<QSqlQuery> query = run(sql, values, error);
    const qint64 id = query ? query->lastInsertId().toLongLong() : 0;
    if (id > 0 && m_audit && !m_audit->recordChange(QLatin1String(table), id, RecordRow(), error)) {
        return 0;
    }
    return id;
}

bool RecordStore::update(const char* table, qint64 id, const Fields& fields, RecordError* error) const
{
    QStringList assignments;
    QVariantList values;
    for (const auto& [column, value] : fields) {
        assignments.append(QStringLiteral("%1 = ?").arg(QLatin1String(column)));
        values.append(value);
    }
    values.append(id);
    const QString sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                            .arg(QLatin1String(table), assignments.join(QStringLiteral(", ")));
    const bool audited = m_audit && RecordContent::isTracked(QLatin1String(table));
    const RecordRow before = audited ? RecordContent::read(database(), QLatin1String(table), id) : RecordRow();
    std::optional<QSqlQuery> query = run(sql, values, error);
    if (!query) {
        return false;
    }
    if (query->numRowsAffected() == 0) {
        setRecordError(error,
                       RecordError::make(RecordError::Kind::NotFound,
                                         QCoreApplication::translate("Records",
                                                                     "The record to change (number %1) no longer "
                                                                     "exists. Reload the list and try again.")
                                             .arg(id)));
        return false;
    }
    return !audited || m_audit->recordChange(QLatin1String(table), id, before, error);
}

bool RecordStore::remove(const char* table, qint64 id, RecordError* error) const
{
    const QString name = QLatin1String(table);
    const bool audited = m_audit && RecordContent::isTracked(name);
    RecordRow before;
    // The rows ON DELETE CASCADE takes along are records too: each gets its entry.
    std::vector<std::pair<QString, std::pair<qint64, RecordRow>>> cascaded;
    if (audited) {
        before = RecordContent::read(database(), name, id);
        for (const RecordContent::Cascade& cascade : RecordContent::cascadesOf(name)) {
            const QList<qint64> children = ids(QStringLiteral("SELECT id FROM %1 WHERE %2 = ? ORDER BY id")
                                                   .arg(QLatin1String(cascade.table), QLatin1String(cascade.column)),
                                               {id},
                                               error);
            for (const qint64 child : children) {
                cascaded.push_back({QLatin1String(cascade.table),
                                    {child, RecordContent::read(database(), QLatin1String(cascade.table), child)}});
            }
        }
    }
    if (!run(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(name), {id}, error)) {
        return false;
    }
    if (!audited) {
        return true;
    }
    for (const auto& [child, row] : cascaded) {
        if (!m_audit->recordChange(child, row.first, row.second, error)) {
            return false;
        }
    }
    return m_audit->recordChange(name, id, before, error);
}

bool RecordStore::begin(RecordError* error)
{
    if (m_depth == 0) {
        m_failed = false;
        if (!database().transaction()) {
            setRecordError(
                error,
                RecordError::make(RecordError::Kind::Storage,
                                  QCoreApplication::translate("Records", "The vault could not start a change: %1")
                                      .arg(database().lastError().text())));
            return false;
        }
    }
    ++m_depth;
    return true;
}

bool RecordStore::commit(RecordError* error)
{
    if (m_depth <= 0) {
        return false;
    }
    if (--m_depth > 0) {
        return !m_failed;
    }
    if (m_failed) {
        database().rollback();
        setRecordError(error,
                       RecordError::make(RecordError::Kind::Storage,
                                         QCoreApplication::translate("Records",
                                                                     "The change was undone because a part of it "
                                                                     "failed.")));
        return false;
    }
    if (!database().commit()) {
        const QString text = database().lastError().text();
        database().rollback();
        setRecordError(
            error,
            RecordError::make(
                RecordError::Kind::Storage,
                QCoreApplication::translate("Records", "The vault could not save the change: %1").arg(text)));
        return false;
    }
    return true;
}

void RecordStore::rollback()
{
    if (m_depth <= 0) {
        return;
    }
    if (--m_depth > 0) {
        m_failed = true;
        return;
    }
    database().rollback();
}

RecordError RecordStore::storageError(const QSqlQuery& query)
{
    const QSqlError sqlError = query.lastError();
    // SQLITE_CONSTRAINT_FOREIGNKEY: the repositories check references first, so this is a race or a bug;
    // still, say it in words.
    if (sqlError.nativeErrorCode() == QLatin1String("787")) {
        return RecordError::make(RecordError::Kind::Refused,
                                 QCoreApplication::translate("Records",
                                                             "The change refers to a record that no longer exists, "
                                                             "or removes one that is still in use."));
    }
    return RecordError::make(
        RecordError::Kind::Storage,
        QCoreApplication::translate("Records", "The vault could not be read or written: %1").arg(sqlError.text()));
}

Transaction::Transaction(RecordStore& store, RecordError* error)
    : m_store(store)
    , m_open(store.begin(error))
{ }

Transaction::~Transaction()
{
    if (m_open) {
        m_store.rollback();
    }
}

bool Transaction::commit(RecordError* error)
{
    if (!m_open) {
        return false;
    }
    m_open = false;
    return m_store.commit(error);
}

QVariant dateValue(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant timeValue(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QVariant idValue(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QVariant boolValue(std::optional<bool> value)
{
    return value ? QVariant(*value ? 1 : 0) : QVariant();
}

QVariant intValue(std::optional<qint64> value)
{
    return value ? QVariant(*value) : QVariant();
}

RowReader::RowReader(const QSqlQuery& query)
    : m_query(query)
{ }

int RowReader::position(const char* column) const
{
    for (const auto& [name, index] : m_positions) {
        if (name == column) {
            return index;
        }
    }
    if (m_columns.isEmpty()) {
        // QSqlQuery::record() copies the current row's values too: once per reader, not per
        // column (QSqlRecord::indexOf compares without case, and so does this).
        const QSqlRecord record = m_query.record();
        for (int i = 0; i < record.count(); ++i) {
            m_columns.append(record.fieldName(i));
        }
    }
    int index = -1;
    for (int i = 0; i < m_columns.size() && index < 0; ++i) {
        if (m_columns.at(i).compare(QLatin1String(column), Qt::CaseInsensitive) == 0) {
            index = i;
        }
    }
    m_positions.emplace_back(column, index);
    return index;
}

QVariant RowReader::value(const char* column) const
{
    const int index = position(column);
    // An unknown column reads as QSqlQuery::value(name) reads it: invalid (and Qt warns).
    return index < 0 ? m_query.value(QString::fromLatin1(column)) : m_query.value(index);
}

bool RowReader::isNull(const char* column) const
{
    return value(column).isNull();
}

QString RowReader::text(const char* column) const
{
    return value(column).toString();
}

QString RowReader::laterText(const char* column) const
{
    return position(column) < 0 ? QString() : text(column);
}

qint64 RowReader::integer(const char* column) const
{
    return value(column).toLongLong();
}

std::optional<bool> RowReader::optionalFlag(const char* column) const
{
    const QVariant stored = value(column);
    return stored.isNull() ? std::nullopt : std::optional<bool>(stored.toLongLong() != 0);
}

std::optional<qint64> RowReader::optionalInteger(const char* column) const
{
    const QVariant stored = value(column);
    return stored.isNull() ? std::nullopt : std::optional<qint64>(stored.toLongLong());
}

QDate RowReader::date(const char* column) const
{
    const QVariant stored = value(column);
    return stored.isNull() ? QDate() : storedDate(stored.toString());
}

QDateTime RowReader::time(const char* column) const
{
    const QVariant stored = value(column);
    if (stored.isNull()) {
        return {};
    }
    return storedTime(stored.toString());
}

QByteArray RowReader::bytes(const char* column) const
{
    return value(column).toByteArray();
}

void RowReader::fail(const char* column, const QString& stored) const
{
    if (m_problem.isEmpty()) {
        m_problem = QCoreApplication::translate("Records",
                                                "The vault holds “%1” in %2, a value this version of Mandaat does "
                                                "not know. It may have been written by a newer version.")
                        .arg(stored, QLatin1String(column));
    }
}

RecordError RowReader::error() const
{
    return RecordError::make(RecordError::Kind::Storage, m_problem);
}

} // namespace mandaat
