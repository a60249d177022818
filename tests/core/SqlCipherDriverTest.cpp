#include "storage/SqlCipherDriver.h"
#include "storage/SqlCipherResult.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sqlite3.h>

#include <chrono>
#include <memory>
#include <thread>

using mandaat::SqlCipherDriver;

namespace {

QByteArray bytesWithZeros(qsizetype size)
{
    QByteArray bytes(size, '\0');
    QRandomGenerator generator(20240229);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = (i % 7 == 0) ? '\0' : static_cast<char>(generator.bounded(256));
    return bytes;
}

// Reads one value with a throwaway query; the caller checks the type and value.
QVariant scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return QVariant(QStringLiteral("<query failed: %1>").arg(query.lastError().text()));
    return query.value(0);
}

} // namespace

class SqlCipherDriverTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void features_data();
    void features();
    void openAndClose();
    void openReadOnly();
    void openRefusesBadInput_data();
    void openRefusesBadInput();
    void tablesAndViews();
    void positionalBinding();
    void namedBinding();
    void preparedStatementReuse();
    void keptStatements();
    void transactions_data();
    void transactions();
    void transactionTakesWriteLockAtBegin();
    void blobs_data();
    void blobs();
    void nulls_data();
    void nulls();
    void roundTrip_data();
    void roundTrip();
    void precisionPolicy();
    void lastInsertId();
    void numRowsAffected();
    void tableRecordAndPrimaryIndex();
    void queryRecord();
    void forwardOnlyIteration();
    void randomAccess();
    void errors_data();
    void errors();
    void oneStatementPerQuery();
    void formatValue_data();
    void formatValue();
    void escapeIdentifier();
    void queryModelOverTenThousandRows();
    void adoptedKeyedHandle();
    void closeFinalizesLiveQueries();
    void queryOutlivesDriver();
    void busyTimeoutWaitsForWriter();

private:
    QString path(const QString& file) const { return m_dir.filePath(file); }
    QSqlDatabase openPlain(const QString& connection, const QString& file, const QString& options = QString());

    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    QStringList m_connections;
};

void SqlCipherDriverTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    SqlCipherDriver::registerDriver();
    SqlCipherDriver::registerDriver(); // idempotent
    QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLCIPHER")));
    QCOMPARE(QSqlDatabase::drivers().count(QStringLiteral("QSQLCIPHER")), 1);
}

QSqlDatabase SqlCipherDriverTest::openPlain(const QString& connection, const QString& file, const QString& options)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), connection);
    m_connections << connection;
    db.setDatabaseName(path(file));
    db.setConnectOptions(options);
    db.open();
    return db;
}

void SqlCipherDriverTest::init()
{
    const QString name = QString::fromLatin1(QTest::currentTestFunction()) + QLatin1String("-") +
        QString::fromLatin1(QTest::currentDataTag());
    QFile::remove(path(name + QLatin1String(".db")));
    m_db = openPlain(name, name + QLatin1String(".db"));
    QVERIFY2(m_db.isOpen(), qPrintable(m_db.lastError().text()));
}

void SqlCipherDriverTest::cleanup()
{
    m_db.close();
    m_db = QSqlDatabase();
    for (const QString& connection : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(connection);
    m_connections.clear();
}

void SqlCipherDriverTest::features_data()
{
    QTest::addColumn<int>("feature");
    QTest::addColumn<bool>("supported");
    QTest::newRow("Transactions") << int(QSqlDriver::Transactions) << true;
    QTest::newRow("QuerySize") << int(QSqlDriver::QuerySize) << false;
    QTest::newRow("BLOB") << int(QSqlDriver::BLOB) << true;
    QTest::newRow("Unicode") << int(QSqlDriver::Unicode) << true;
    QTest::newRow("PreparedQueries") << int(QSqlDriver::PreparedQueries) << true;
    QTest::newRow("NamedPlaceholders (Qt emulates)") << int(QSqlDriver::NamedPlaceholders) << false;
    QTest::newRow("PositionalPlaceholders") << int(QSqlDriver::PositionalPlaceholders) << true;
    QTest::newRow("LastInsertId") << int(QSqlDriver::LastInsertId) << true;
    QTest::newRow("LowPrecisionNumbers") << int(QSqlDriver::LowPrecisionNumbers) << true;
    QTest::newRow("EventNotifications") << int(QSqlDriver::EventNotifications) << false;
    QTest::newRow("MultipleResultSets") << int(QSqlDriver::MultipleResultSets) << false;
    QTest::newRow("CancelQuery") << int(QSqlDriver::CancelQuery) << false;
}

void SqlCipherDriverTest::features()
{
    QFETCH(int, feature);
    QFETCH(bool, supported);
    QCOMPARE(m_db.driver()->hasFeature(static_cast<QSqlDriver::DriverFeature>(feature)), supported);
}

void SqlCipherDriverTest::openAndClose()
{
    QCOMPARE(m_db.driverName(), QStringLiteral("QSQLCIPHER"));
    const QVariant handle = m_db.driver()->handle();
    QCOMPARE(QByteArray(handle.typeName()), QByteArray("sqlite3*"));
    auto* driver = qobject_cast<SqlCipherDriver*>(m_db.driver());
    QVERIFY(driver);
    QVERIFY(driver->connection());
    QCOMPARE(qvariant_cast<sqlite3*>(handle), driver->connection());

    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES (7)")));
    query = QSqlQuery();

    m_db.close();
    QVERIFY(!m_db.isOpen());
    QVERIFY(!driver->connection());
    QVERIFY(!m_db.driver()->handle().isValid());

    QVERIFY(m_db.open());
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT x FROM t")), QVariant(qlonglong(7)));
}

void SqlCipherDriverTest::openReadOnly()
{
    {
        QSqlQuery query(m_db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
    }
    QSqlDatabase reader = openPlain(QStringLiteral("reader"),
                                    QStringLiteral("openReadOnly-.db"),
                                    QStringLiteral(" MANDAAT_OPEN_READONLY ; MANDAAT_BUSY_TIMEOUT=100"));
    QVERIFY2(reader.isOpen(), qPrintable(reader.lastError().text()));
    QCOMPARE(scalar(reader, QStringLiteral("SELECT count(*) FROM t")), QVariant(qlonglong(1)));

    QSqlQuery insert(reader);
    QVERIFY(!insert.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
    QCOMPARE(insert.lastError().nativeErrorCode(), QStringLiteral("8")); // SQLITE_READONLY
    // A read-only connection still gets (deferred) transactions.
    QVERIFY2(reader.transaction(), qPrintable(reader.lastError().text()));
    QVERIFY(reader.commit());
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM t")), QVariant(qlonglong(1)));
}

void SqlCipherDriverTest::openRefusesBadInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("nativeCode");

    QTest::newRow("not a database") << QStringLiteral("garbage.db") << QString() << QString() << QStringLiteral("26");
    QTest::newRow("missing file read-only")
        << QStringLiteral("missing.db") << QStringLiteral("MANDAAT_OPEN_READONLY") << QString() << QStringLiteral("14");
    QTest::newRow("unknown option") << QStringLiteral("x.db") << QStringLiteral("QSQLITE_OPEN_READONLY") << QString()
                                    << QString();
    QTest::newRow("bad timeout") << QStringLiteral("x.db") << QStringLiteral("MANDAAT_BUSY_TIMEOUT=soon") << QString()
                                 << QString();
    QTest::newRow("password") << QStringLiteral("x.db") << QString() << QStringLiteral("secret") << QString();
}

void SqlCipherDriverTest::openRefusesBadInput()
{
    QFETCH(QString, file);
    QFETCH(QString, options);
    QFETCH(QString, password);
    QFETCH(QString, nativeCode);

    QFile garbage(path(QStringLiteral("garbage.db")));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(4096, 'g'));
    garbage.close();

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), QStringLiteral("bad"));
    m_connections << QStringLiteral("bad");
    db.setDatabaseName(path(file));
    db.setConnectOptions(options);
    QVERIFY(!db.open(QString(), password));
    QVERIFY(!db.isOpen());
    QVERIFY(db.isOpenError());
    QCOMPARE(db.lastError().type(), QSqlError::ConnectionError);
    QCOMPARE(db.lastError().nativeErrorCode(), nativeCode);
    QVERIFY(!db.lastError().driverText().isEmpty());
    QVERIFY(!QFile::exists(path(QStringLiteral("missing.db"))));
}

void SqlCipherDriverTest::tablesAndViews()
{
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE engagements (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT)")));
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE clients (id INTEGER PRIMARY KEY, name TEXT)")));
    QVERIFY(query.exec(QStringLiteral("CREATE VIEW client_names AS SELECT name FROM clients")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO engagements (title) VALUES ('x')"))); // creates sqlite_sequence

    QCOMPARE(m_db.tables(QSql::Tables), (QStringList{QStringLiteral("clients"), QStringLiteral("engagements")}));
    QCOMPARE(m_db.tables(QSql::Views), QStringList{QStringLiteral("client_names")});
    QCOMPARE(m_db.tables(QSql::SystemTables),
             (QStringList{QStringLiteral("sqlite_master"), QStringLiteral("sqlite_sequence")}));
    QCOMPARE(m_db.tables(QSql::AllTables).size(), 5);
}

void SqlCipherDriverTest::positionalBinding()
{
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (a INTEGER, b TEXT, c REAL)")));
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO t (a, b, c) VALUES (?, ?, ?)")));
    query.addBindValue(1);
    query.addBindValue(QStringLiteral("one"));
    query.addBindValue(1.5);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    query.bindValue(2, 2.5);
    query.bindValue(0, 2);
    query.bindValue(1, QStringLiteral("two"));
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));

    QVERIFY(query.prepare(QStringLiteral("SELECT b, c FROM t WHERE a = ?")));
    query.addBindValue(2);
    QVERIFY(query.exec());
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("two"));
    QCOMPARE(query.value(1).toDouble(), 2.5);
    QVERIFY(!query.next());

    // Too few values is an error, not a silent NULL.
    QVERIFY(query.prepare(QStringLiteral("SELECT ? + ?")));
    query.addBindValue(1);
    QVERIFY(!query.exec());
    QCOMPARE(query.lastError().type(), QSqlError::StatementError);
}

void SqlCipherDriverTest::namedBinding()
{
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (a INTEGER, b TEXT, c TEXT)")));
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO t (a, b, c) VALUES (:number, :word, ':not_a_placeholder')")));
    query.bindValue(QStringLiteral(":word"), QStringLiteral("drie"));
    query.bindValue(QStringLiteral(":number"), 3);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));

    // A name used twice gets the value in both places.
    QVERIFY(query.prepare(QStringLiteral("SELECT b, c, :n * 10 + :n FROM t WHERE a = :n")));
    query.bindValue(QStringLiteral(":n"), 3);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("drie"));
    QCOMPARE(query.value(1).toString(), QStringLiteral(":not_a_placeholder"));
    QCOMPARE(query.value(2), QVariant(qlonglong(33)));
    QCOMPARE(query.boundValue(QStringLiteral(":n")), QVariant(3));
}

void SqlCipherDriverTest::preparedStatementReuse()
{
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (n INTEGER, label TEXT, data BLOB)")));
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO t VALUES (:n, :label, :data)")));
    for (int n = 1; n <= 100; ++n) {
        query.bindValue(QStringLiteral(":n"), n);
        // Every other row leaves label unbound: it must not keep the previous row's text.
        query.bindValue(QStringLiteral(":label"), n % 2 ? QVariant(QStringLiteral("row %1").arg(n)) : QVariant());
        query.bindValue(QStringLiteral(":data"), QByteArray(n, char(n)));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }

    QSqlQuery select(m_db);
    select.setForwardOnly(true);
    QVERIFY(select.prepare(QStringLiteral("SELECT n, label, length(data) FROM t WHERE n = ?")));
    for (int n : {1, 2, 57, 100}) {
        select.addBindValue(n);
        QVERIFY(select.exec());
        QVERIFY(select.next());
        QCOMPARE(select.value(0), QVariant(qlonglong(n)));
        if (n % 2)
            QCOMPARE(select.value(1).toString(), QStringLiteral("row %1").arg(n));
        else
            QVERIFY(select.isNull(1));
        QCOMPARE(select.value(2), QVariant(qlonglong(n)));
        QVERIFY(!select.next());
    }
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*), sum(n) FROM t")), QVariant(qlonglong(100)));
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT sum(n) FROM t")), QVariant(qlonglong(5050)));
}

void SqlCipherDriverTest::keptStatements()
{
    QSqlQuery setup(m_db);
    QVERIFY(setup.exec(QStringLiteral("CREATE TABLE k (a INTEGER)")));
    QVERIFY(setup.exec(QStringLiteral("INSERT INTO k VALUES (1), (2)")));
    const QString select = QStringLiteral("SELECT * FROM k ORDER BY a");
    sqlite3_stmt* kept = nullptr;
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        QVERIFY(query.exec(select));
        QVERIFY(query.next()); // let go half-way
        kept = qvariant_cast<sqlite3_stmt*>(query.result()->handle());
        QVERIFY(kept);
    }
    // The driver keeps the statement reset: it holds no read lock, another connection writes.
    QSqlDatabase other = openPlain(
        QStringLiteral("other"), QStringLiteral("keptStatements-.db"), QStringLiteral("MANDAAT_BUSY_TIMEOUT=0"));
    QSqlQuery write(other);
    QVERIFY2(write.exec(QStringLiteral("INSERT INTO k VALUES (3)")), qPrintable(write.lastError().text()));
    {
        // The same text gets the same prepared statement, with nothing of its last run.
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        QVERIFY(query.prepare(select));
        QCOMPARE(qvariant_cast<sqlite3_stmt*>(query.result()->handle()), kept);
        QVERIFY(query.exec());
        QList<qlonglong> values;
        while (query.next())
            values.append(query.value(0).toLongLong());
        QCOMPARE(values, (QList<qlonglong>{1, 2, 3}));
    }
    // After a schema change the kept statement reads the new columns.
    QVERIFY(setup.exec(QStringLiteral("ALTER TABLE k ADD COLUMN b TEXT DEFAULT 'twee'")));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QVERIFY(query.exec(select));
    QVERIFY(query.next());
    QCOMPARE(query.record().count(), 2);
    QCOMPARE(query.value(QStringLiteral("b")).toString(), QStringLiteral("twee"));
    QCOMPARE(query.value(QStringLiteral("a")), QVariant(qlonglong(1)));

    // More texts than the driver keeps: every one still runs.
    for (int n = 0; n < 100; ++n) {
        QSqlQuery many(m_db);
        QVERIFY(many.exec(QStringLiteral("SELECT %1 + a FROM k WHERE a = 1").arg(n)));
        QVERIFY(many.next());
        QCOMPARE(many.value(0).toLongLong(), qlonglong(n + 1));
    }
}

void SqlCipherDriverTest::transactions_data()
{
    QTest::addColumn<bool>("commit");
    QTest::addColumn<qlonglong>("rowsAfter");
    QTest::newRow("commit keeps") << true << qlonglong(4);
    QTest::newRow("rollback discards") << false << qlonglong(1);
}

void SqlCipherDriverTest::transactions()
{
    QFETCH(bool, commit);
    QFETCH(qlonglong, rowsAfter);

    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES (0)")));

    QVERIFY(m_db.transaction());
    // A second BEGIN inside the transaction fails with SQLite's reason.
    QVERIFY(!m_db.transaction());
    QCOMPARE(m_db.lastError().type(), QSqlError::TransactionError);
    QVERIFY(m_db.lastError().databaseText().contains(QLatin1String("within a transaction")));

    QVERIFY(query.prepare(QStringLiteral("INSERT INTO t VALUES (?)")));
    for (int i = 1; i <= 3; ++i) {
        query.addBindValue(i);
        QVERIFY(query.exec());
    }
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM t")), QVariant(qlonglong(4)));
    QVERIFY(commit ? m_db.commit() : m_db.rollback());
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM t")), QVariant(rowsAfter));

    // Nothing open any more.
    QVERIFY(!m_db.commit());
    QCOMPARE(m_db.lastError().type(), QSqlError::TransactionError);
}

void SqlCipherDriverTest::transactionTakesWriteLockAtBegin()
{
    QSqlQuery create(m_db);
    QVERIFY(create.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
    QSqlDatabase other = openPlain(QStringLiteral("other"),
                                   QStringLiteral("transactionTakesWriteLockAtBegin-.db"),
                                   QStringLiteral("MANDAAT_BUSY_TIMEOUT=0"));
    QVERIFY(other.isOpen());

    QVERIFY(m_db.transaction());
    // BEGIN IMMEDIATE: the second writer is turned away at BEGIN, not half-way.
    QVERIFY(!other.transaction());
    QCOMPARE(other.lastError().type(), QSqlError::TransactionError);
    QCOMPARE(other.lastError().nativeErrorCode(), QStringLiteral("5")); // SQLITE_BUSY
    QVERIFY(other.lastError().databaseText().contains(QLatin1String("locked")));
    QVERIFY(m_db.commit());
    QVERIFY(other.transaction());
    QVERIFY(other.rollback());
}

void SqlCipherDriverTest::blobs_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("one zero byte") << QByteArray(1, '\0');
    QTest::newRow("zeros inside") << QByteArray("a\0b\0\0c", 6);
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all.append(static_cast<char>(i));
    QTest::newRow("every byte value") << all;
    QTest::newRow("1 MB with zeros") << bytesWithZeros(1024 * 1024);
}

void SqlCipherDriverTest::blobs()
{
    QFETCH(QByteArray, bytes);
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, data BLOB)")));
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO t (data) VALUES (?)")));
    query.addBindValue(bytes);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));

    QVERIFY(query.exec(QStringLiteral("SELECT data, typeof(data), length(data) FROM t")));
    QVERIFY(query.next());
    QVERIFY(!query.isNull(0)); // an empty blob is not NULL
    QCOMPARE(query.value(0).metaType(), QMetaType::fromType<QByteArray>());
    QCOMPARE(query.value(0).toByteArray(), bytes);
    QCOMPARE(query.value(1).toString(), QStringLiteral("blob"));
    QCOMPARE(query.value(2).toLongLong(), bytes.size());
}

void SqlCipherDriverTest::nulls_data()
{
    QTest::addColumn<QString>("declaredType");
    QTest::addColumn<QVariant>("boundNull");
    QTest::addColumn<QMetaType>("expectedType");

    QTest::newRow("INTEGER") << QStringLiteral("INTEGER") << QVariant(QMetaType::fromType<int>())
                             << QMetaType::fromType<qlonglong>();
    QTest::newRow("REAL") << QStringLiteral("REAL") << QVariant(QMetaType::fromType<double>())
                          << QMetaType::fromType<double>();
    QTest::newRow("TEXT") << QStringLiteral("TEXT") << QVariant(QMetaType::fromType<QString>())
                          << QMetaType::fromType<QString>();
    QTest::newRow("VARCHAR(20)") << QStringLiteral("VARCHAR(20)") << QVariant(QMetaType::fromType<QString>())
                                 << QMetaType::fromType<QString>();
    QTest::newRow("BLOB") << QStringLiteral("BLOB") << QVariant(QMetaType::fromType<QByteArray>())
                          << QMetaType::fromType<QByteArray>();
    QTest::newRow("BOOLEAN") << QStringLiteral("BOOLEAN") << QVariant(QMetaType::fromType<bool>())
                             << QMetaType::fromType<bool>();
    QTest::newRow("untyped QVariant()") << QStringLiteral("TEXT") << QVariant() << QMetaType::fromType<QString>();
}

void SqlCipherDriverTest::nulls()
{
    QFETCH(QString, declaredType);
    QFETCH(QVariant, boundNull);
    QFETCH(QMetaType, expectedType);

    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (v %1)").arg(declaredType)));
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO t (v) VALUES (:v)")));
    query.bindValue(QStringLiteral(":v"), boundNull);
    QVERIFY(query.exec());

    for (bool forwardOnly : {true, false}) {
        query.setForwardOnly(forwardOnly);
        QVERIFY(query.exec(QStringLiteral("SELECT v, typeof(v) FROM t")));
        QVERIFY(query.next());
        QVERIFY(query.isNull(0));
        QVERIFY(query.value(0).isNull());
        QCOMPARE(query.value(0).metaType(), expectedType);
        QCOMPARE(query.value(1).toString(), QStringLiteral("null"));
        QCOMPARE(query.record().field(0).metaType(), expectedType);
    }
}

void SqlCipherDriverTest::roundTrip_data()
{
    QTest::addColumn<QString>("declaredType");
    QTest::addColumn<QVariant>("in");
    QTest::addColumn<QVariant>("out");
    QTest::addColumn<QString>("storageClass");

    const auto ll = [](qlonglong v) { return QVariant(v); };
    QTest::newRow("int") << QStringLiteral("INTEGER") << QVariant(42) << ll(42) << QStringLiteral("integer");
    QTest::newRow("negative") << QStringLiteral("INTEGER") << QVariant(-7) << ll(-7) << QStringLiteral("integer");
    QTest::newRow("int64 max") << QStringLiteral("INTEGER") << QVariant(std::numeric_limits<qlonglong>::max())
                               << ll(std::numeric_limits<qlonglong>::max()) << QStringLiteral("integer");
    QTest::newRow("int64 min") << QStringLiteral("INTEGER") << QVariant(std::numeric_limits<qlonglong>::min())
                               << ll(std::numeric_limits<qlonglong>::min()) << QStringLiteral("integer");
    QTest::newRow("bool true") << QStringLiteral("INTEGER") << QVariant(true) << ll(1) << QStringLiteral("integer");
    QTest::newRow("bool false") << QStringLiteral("BOOLEAN") << QVariant(false) << ll(0) << QStringLiteral("integer");
    QTest::newRow("uint") << QStringLiteral("INTEGER") << QVariant(4000000000u) << ll(4000000000LL)
                          << QStringLiteral("integer");
    QTest::newRow("amount in cents") << QStringLiteral("INTEGER") << QVariant(qlonglong(123456789)) << ll(123456789)
                                     << QStringLiteral("integer");
    QTest::newRow("double") << QStringLiteral("REAL") << QVariant(3.25) << QVariant(3.25) << QStringLiteral("real");
    QTest::newRow("tiny double") << QStringLiteral("REAL") << QVariant(1e-300) << QVariant(1e-300)
                                 << QStringLiteral("real");
    QTest::newRow("0.1") << QStringLiteral("REAL") << QVariant(0.1) << QVariant(0.1) << QStringLiteral("real");
    QTest::newRow("float") << QStringLiteral("REAL") << QVariant(0.5f) << QVariant(0.5) << QStringLiteral("real");
    QTest::newRow("ascii text") << QStringLiteral("TEXT") << QVariant(QStringLiteral("plain"))
                                << QVariant(QStringLiteral("plain")) << QStringLiteral("text");
    QTest::newRow("e-trema") << QStringLiteral("TEXT") << QVariant(QStringLiteral("Zo\u00eb uit Belgi\u00eb"))
                             << QVariant(QStringLiteral("Zo\u00eb uit Belgi\u00eb")) << QStringLiteral("text");
    const QString emoji = QString::fromUtf8("\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd ok \xe2\x82\xac \xe6\x97\xa5");
    QTest::newRow("emoji, euro, CJK") << QStringLiteral("TEXT") << QVariant(emoji) << QVariant(emoji)
                                      << QStringLiteral("text");
    QTest::newRow("quotes") << QStringLiteral("TEXT") << QVariant(QStringLiteral("O'Brien \"x\""))
                            << QVariant(QStringLiteral("O'Brien \"x\"")) << QStringLiteral("text");
    const QString withNul = QString::fromUtf8("a\0b", 3);
    QTest::newRow("text with NUL") << QStringLiteral("TEXT") << QVariant(withNul) << QVariant(withNul)
                                   << QStringLiteral("text");
    QTest::newRow("empty text") << QStringLiteral("TEXT") << QVariant(QStringLiteral("")) << QVariant(QString())
                                << QStringLiteral("text");
    QTest::newRow("date") << QStringLiteral("TEXT") << QVariant(QDate(2024, 2, 29))
                          << QVariant(QStringLiteral("2024-02-29")) << QStringLiteral("text");
    QTest::newRow("UTC timestamp") << QStringLiteral("TEXT")
                                   << QVariant(QDateTime(QDate(2024, 2, 29), QTime(13, 45, 0, 123), Qt::UTC))
                                   << QVariant(QStringLiteral("2024-02-29T13:45:00.123Z")) << QStringLiteral("text");
    QTest::newRow("offset timestamp to UTC")
        << QStringLiteral("TEXT") << QVariant(QDateTime(QDate(2024, 7, 1), QTime(9, 0), QTimeZone(2 * 3600)))
        << QVariant(QStringLiteral("2024-07-01T07:00:00.000Z")) << QStringLiteral("text");
    QTest::newRow("blob") << QStringLiteral("BLOB") << QVariant(QByteArray("\x01\x00\xff", 3))
                          << QVariant(QByteArray("\x01\x00\xff", 3)) << QStringLiteral("blob");
    // The storage class wins over the declared type: SQLite keeps what it was given.
    QTest::newRow("text in untyped column") << QStringLiteral("") << QVariant(QStringLiteral("12"))
                                            << QVariant(QStringLiteral("12")) << QStringLiteral("text");
    QTest::newRow("integer affinity converts text")
        << QStringLiteral("INTEGER") << QVariant(QStringLiteral("12")) << ll(12) << QStringLiteral("integer");
}

void SqlCipherDriverTest::roundTrip()
{
    QFETCH(QString, declaredType);
    QFETCH(QVariant, in);
    QFETCH(QVariant, out);
    QFETCH(QString, storageClass);

    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (v %1)").arg(declaredType)));
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO t (v) VALUES (?)")));
    query.addBindValue(in);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));

    for (bool forwardOnly : {true, false}) {
        query.setForwardOnly(forwardOnly);
        QVERIFY(query.exec(QStringLiteral("SELECT v, typeof(v) FROM t")));
        QVERIFY(query.next());
        const QVariant value = query.value(0);
        QVERIFY(!query.isNull(0));
        QCOMPARE(value.metaType(), out.metaType());
        QCOMPARE(value, out);
        QCOMPARE(query.value(1).toString(), storageClass);
    }

    // And the value finds its own row again when bound as a condition.
    QVERIFY(query.prepare(QStringLiteral("SELECT count(*) FROM t WHERE v = ?")));
    query.addBindValue(in);
    QVERIFY(query.exec());
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), 1);
}

void SqlCipherDriverTest::precisionPolicy()
{
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (r REAL, i INTEGER)")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES (0.1, 5000000000)")));

    query.setNumericalPrecisionPolicy(QSql::HighPrecision);
    QVERIFY(query.exec(QStringLiteral("SELECT r, i FROM t")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0), QVariant(QStringLiteral("0.1")));
    QCOMPARE(query.value(1), QVariant(qlonglong(5000000000LL)));

    query.setNumericalPrecisionPolicy(QSql::LowPrecisionInt64);
    QVERIFY(query.exec(QStringLiteral("SELECT r * 100, i FROM t")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0), QVariant(qlonglong(10)));
}

void SqlCipherDriverTest::lastInsertId()
{
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")));
    QVERIFY(!query.lastInsertId().isValid()); // DDL inserts nothing

    QVERIFY(query.prepare(QStringLiteral("INSERT INTO t (name) VALUES (?)")));
    query.addBindValue(QStringLiteral("a"));
    QVERIFY(query.exec());
    QCOMPARE(query.lastInsertId(), QVariant(qlonglong(1)));
    query.addBindValue(QStringLiteral("b"));
    QVERIFY(query.exec());
    QCOMPARE(query.lastInsertId(), QVariant(qlonglong(2)));

    QVERIFY(query.exec(QStringLiteral("INSERT INTO t (id, name) VALUES (100, 'c')")));
    QCOMPARE(query.lastInsertId(), QVariant(qlonglong(100)));
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT name FROM t WHERE id = 100")), QVariant(QStringLiteral("c")));

    QVERIFY(query.exec(QStringLiteral("SELECT * FROM t")));
    QVERIFY(!query.lastInsertId().isValid());
}

void SqlCipherDriverTest::numRowsAffected()
{
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
    QCOMPARE(query.numRowsAffected(), 0);
    QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES (1), (2), (3), (4), (5)")));
    QCOMPARE(query.numRowsAffected(), 5);
    QVERIFY(query.exec(QStringLiteral("UPDATE t SET x = x * 10 WHERE x > 2")));
    QCOMPARE(query.numRowsAffected(), 3);
    QVERIFY(query.exec(QStringLiteral("UPDATE t SET x = 0 WHERE x > 1000")));
    QCOMPARE(query.numRowsAffected(), 0);
    QVERIFY(query.exec(QStringLiteral("CREATE INDEX t_x ON t (x)"))); // not the UPDATE's count
    QCOMPARE(query.numRowsAffected(), 0);
    QVERIFY(query.exec(QStringLiteral("DELETE FROM t WHERE x >= 10")));
    QCOMPARE(query.numRowsAffected(), 3);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT sum(x) FROM t")), QVariant(qlonglong(3)));
}

void SqlCipherDriverTest::tableRecordAndPrimaryIndex()
{
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE membership (engagement_id INTEGER NOT NULL,"
                                      " client_id INTEGER NOT NULL, role TEXT DEFAULT 'principal',"
                                      " fee REAL, scan BLOB, PRIMARY KEY (client_id, engagement_id))")));
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")));

    for (const QString& name : {QStringLiteral("membership"), QStringLiteral("\"membership\"")}) {
        const QSqlRecord record = m_db.record(name);
        QCOMPARE(record.count(), 5);
        const QStringList names{QStringLiteral("engagement_id"),
                                QStringLiteral("client_id"),
                                QStringLiteral("role"),
                                QStringLiteral("fee"),
                                QStringLiteral("scan")};
        const QList<QMetaType> types{QMetaType::fromType<qlonglong>(),
                                     QMetaType::fromType<qlonglong>(),
                                     QMetaType::fromType<QString>(),
                                     QMetaType::fromType<double>(),
                                     QMetaType::fromType<QByteArray>()};
        for (int i = 0; i < record.count(); ++i) {
            QCOMPARE(record.fieldName(i), names.at(i));
            QCOMPARE(record.field(i).metaType(), types.at(i));
            QCOMPARE(record.field(i).tableName(), QStringLiteral("membership"));
            QVERIFY(!record.field(i).isAutoValue());
        }
        QCOMPARE(record.field(0).requiredStatus(), QSqlField::Required);
        QCOMPARE(record.field(2).requiredStatus(), QSqlField::Optional);
        QCOMPARE(record.field(2).defaultValue(), QVariant(QStringLiteral("'principal'")));

        // The key's order, not the table's.
        const QSqlIndex key = m_db.primaryIndex(name);
        QCOMPARE(key.count(), 2);
        QCOMPARE(key.fieldName(0), QStringLiteral("client_id"));
        QCOMPARE(key.fieldName(1), QStringLiteral("engagement_id"));
        QCOMPARE(key.cursorName(), QStringLiteral("membership"));
    }

    const QSqlRecord notes = m_db.record(QStringLiteral("notes"));
    QVERIFY(notes.field(QStringLiteral("id")).isAutoValue()); // rowid alias
    QVERIFY(!notes.field(QStringLiteral("body")).isAutoValue());
    QCOMPARE(m_db.primaryIndex(QStringLiteral("notes")).count(), 1);
    QVERIFY(m_db.record(QStringLiteral("no_such_table")).isEmpty());
    QVERIFY(m_db.primaryIndex(QStringLiteral("no_such_table")).isEmpty());
}

void SqlCipherDriverTest::queryRecord()
{
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (id INTEGER, name TEXT, photo BLOB)")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES (1, 'a', x'00')")));
    QVERIFY(query.exec(QStringLiteral("SELECT id, name AS label, photo, 2.5 AS ratio, id + 1 FROM t")));
    const QSqlRecord record = query.record();
    QCOMPARE(record.count(), 5);
    QCOMPARE(record.fieldName(0), QStringLiteral("id"));
    QCOMPARE(record.fieldName(1), QStringLiteral("label"));
    QCOMPARE(record.fieldName(3), QStringLiteral("ratio"));
    QCOMPARE(record.field(0).metaType(), QMetaType::fromType<qlonglong>());
    QCOMPARE(record.field(1).metaType(), QMetaType::fromType<QString>());
    QCOMPARE(record.field(2).metaType(), QMetaType::fromType<QByteArray>());
    QCOMPARE(record.field(3).metaType(), QMetaType::fromType<double>()); // from the first row
    QCOMPARE(record.field(0).tableName(), QStringLiteral("t"));
    QCOMPARE(record.indexOf(QStringLiteral("label")), 1);

    QVERIFY(query.next());
    QCOMPARE(query.record().value(QStringLiteral("label")), QVariant(QStringLiteral("a")));
    QCOMPARE(query.record().value(4), QVariant(qlonglong(2)));

    QVERIFY(query.exec(QStringLiteral("UPDATE t SET id = 2")));
    QVERIFY(query.record().isEmpty());
}

void SqlCipherDriverTest::forwardOnlyIteration()
{
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (n INTEGER, label TEXT)")));
    QVERIFY(m_db.transaction());
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?)")));
    for (int n = 0; n < 1000; ++n) {
        query.addBindValue(n);
        query.addBindValue(QStringLiteral("r%1").arg(n));
        QVERIFY(query.exec());
    }
    QVERIFY(m_db.commit());

    query.setForwardOnly(true);
    QVERIFY(query.exec(QStringLiteral("SELECT n, label FROM t ORDER BY n")));
    QCOMPARE(query.size(), -1);
    QCOMPARE(query.at(), int(QSql::BeforeFirstRow));
    qlonglong expected = 0;
    while (query.next()) {
        QCOMPARE(query.at(), int(expected));
        QCOMPARE(query.value(0).toLongLong(), expected);
        QCOMPARE(query.value(1).toString(), QStringLiteral("r%1").arg(expected));
        if (expected == 500) {
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("forward only")));
            QVERIFY(!query.previous());
        }
        ++expected;
    }
    QCOMPARE(expected, 1000);
    QCOMPARE(query.at(), int(QSql::AfterLastRow));

    // Seeking forward and last() still work on a forward-only query.
    QVERIFY(query.exec(QStringLiteral("SELECT n, label FROM t ORDER BY n")));
    QVERIFY(query.seek(10));
    QCOMPARE(query.value(0).toLongLong(), 10);
    QVERIFY(query.last());
    QCOMPARE(query.at(), 999);
    QCOMPARE(query.value(0).toLongLong(), 999);
    QCOMPARE(query.value(1).toString(), QStringLiteral("r999"));
    QVERIFY(!query.next());

    QVERIFY(query.exec(QStringLiteral("SELECT n FROM t WHERE n < 0")));
    QVERIFY(!query.next());
    QVERIFY(!query.last());
}

void SqlCipherDriverTest::randomAccess()
{
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (n INTEGER)")));
    QVERIFY(m_db.transaction());
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO t VALUES (?)")));
    for (int n = 0; n < 1000; ++n) {
        query.addBindValue(n * 2);
        QVERIFY(query.exec());
    }
    QVERIFY(m_db.commit());

    QVERIFY(!query.isForwardOnly());
    QVERIFY(query.exec(QStringLiteral("SELECT n FROM t ORDER BY n")));
    QVERIFY(query.seek(500));
    QCOMPARE(query.value(0).toLongLong(), 1000);
    QVERIFY(query.previous());
    QCOMPARE(query.at(), 499);
    QCOMPARE(query.value(0).toLongLong(), 998);
    QVERIFY(query.seek(-99, true));
    QCOMPARE(query.value(0).toLongLong(), 800);
    QVERIFY(query.last());
    QCOMPARE(query.at(), 999);
    QCOMPARE(query.value(0).toLongLong(), 1998);
    QVERIFY(query.first());
    QCOMPARE(query.value(0).toLongLong(), 0);
    QVERIFY(!query.previous());
    QVERIFY(query.seek(3));
    QCOMPARE(query.value(0).toLongLong(), 6);
    QVERIFY(!query.seek(1000));
    QVERIFY(!query.isValid());
    QVERIFY(query.seek(999));
    QCOMPARE(query.value(0).toLongLong(), 1998);
    QVERIFY(!query.next());
    QVERIFY(query.previous());
    QCOMPARE(query.value(0).toLongLong(), 1998);
    QCOMPARE(query.size(), -1); // QuerySize is off: QSqlQuery answers -1
}

void SqlCipherDriverTest::errors_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("nativeCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("syntax") << QStringLiteral("SELEC 1") << QStringLiteral("1") << QStringLiteral("syntax error");
    QTest::newRow("missing table") << QStringLiteral("SELECT * FROM nope") << QStringLiteral("1")
                                   << QStringLiteral("no such table: nope");
    QTest::newRow("unique") << QStringLiteral("INSERT INTO t (code, name) VALUES ('A', 'again')")
                            << QStringLiteral("2067") << QStringLiteral("UNIQUE constraint failed: t.code");
    QTest::newRow("not null") << QStringLiteral("INSERT INTO t (code) VALUES ('B')") << QStringLiteral("1299")
                              << QStringLiteral("NOT NULL constraint failed: t.name");
    QTest::newRow("check") << QStringLiteral("INSERT INTO t (code, name) VALUES ('toolong', 'x')")
                           << QStringLiteral("275") << QStringLiteral("CHECK constraint failed: t");
}

void SqlCipherDriverTest::errors()
{
    QFETCH(QString, sql);
    QFETCH(QString, nativeCode);
    QFETCH(QString, message);

    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (code TEXT UNIQUE CHECK (length(code) < 5),"
                                      " name TEXT NOT NULL)")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES ('A', 'first')")));

    for (bool prepared : {false, true}) {
        const bool ok = prepared ? (query.prepare(sql) && query.exec()) : query.exec(sql);
        QVERIFY(!ok);
        const QSqlError error = query.lastError();
        QCOMPARE(error.type(), QSqlError::StatementError);
        QCOMPARE(error.nativeErrorCode(), nativeCode);
        QVERIFY2(error.databaseText().contains(message), qPrintable(error.databaseText()));
        QVERIFY(!error.driverText().isEmpty());
        QVERIFY(!query.isActive());
    }
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM t")), QVariant(qlonglong(1)));
}

void SqlCipherDriverTest::oneStatementPerQuery()
{
    QSqlQuery query(m_db);
    QVERIFY(!query.exec(QStringLiteral("CREATE TABLE a (x); CREATE TABLE b (x)")));
    QCOMPARE(query.lastError().type(), QSqlError::StatementError);
    QVERIFY(m_db.tables().isEmpty()); // not even the first one ran
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE a (x); -- a comment after is fine\n  ")));
    QCOMPARE(m_db.tables(), QStringList{QStringLiteral("a")});
    QVERIFY(!query.exec(QStringLiteral("  -- nothing but a comment")));
}

void SqlCipherDriverTest::formatValue_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("literal");
    QTest::newRow("null") << QVariant(QMetaType::fromType<QString>()) << QStringLiteral("NULL");
    QTest::newRow("blob") << QVariant(QByteArray("\x00\xff\x10", 3)) << QStringLiteral("X'00ff10'");
    QTest::newRow("empty blob") << QVariant(QByteArray("")) << QStringLiteral("X''");
    QTest::newRow("text") << QVariant(QStringLiteral("O'Brien")) << QStringLiteral("'O''Brien'");
    QTest::newRow("unicode") << QVariant(QStringLiteral("Zo\u00eb")) << QStringLiteral("'Zo\u00eb'");
    QTest::newRow("integer") << QVariant(qlonglong(-12)) << QStringLiteral("-12");
    QTest::newRow("bool") << QVariant(true) << QStringLiteral("1");
    QTest::newRow("date") << QVariant(QDate(2025, 1, 31)) << QStringLiteral("'2025-01-31'");
}

void SqlCipherDriverTest::formatValue()
{
    QFETCH(QVariant, value);
    QFETCH(QString, literal);
    QSqlField field(QStringLiteral("f"), value.metaType());
    field.setValue(value);
    const QString formatted = m_db.driver()->formatValue(field);
    QCOMPARE(formatted, literal);

    // SQLite reads the literal back as the value it came from.
    QSqlQuery query(m_db);
    QVERIFY(query.prepare(QStringLiteral("SELECT %1 IS ?").arg(formatted)));
    query.addBindValue(value);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), 1);
}

void SqlCipherDriverTest::escapeIdentifier()
{
    const QSqlDriver* driver = m_db.driver();
    const QString odd = QStringLiteral("we\"ird name");
    const QString escaped = driver->escapeIdentifier(odd, QSqlDriver::TableName);
    QCOMPARE(escaped, QStringLiteral("\"we\"\"ird name\""));
    QCOMPARE(driver->escapeIdentifier(escaped, QSqlDriver::TableName), escaped); // no double escaping

    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE %1 (%2 INTEGER)")
                           .arg(escaped, driver->escapeIdentifier(QStringLiteral("select"), QSqlDriver::FieldName))));
    QCOMPARE(m_db.tables(), QStringList{odd});
    QCOMPARE(m_db.record(odd).fieldName(0), QStringLiteral("select"));
    QCOMPARE(m_db.record(escaped).fieldName(0), QStringLiteral("select"));
}

void SqlCipherDriverTest::queryModelOverTenThousandRows()
{
    constexpr int rows = 10000;
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE clients (id INTEGER PRIMARY KEY, name TEXT, notes BLOB)")));
    QVERIFY(m_db.transaction());
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO clients (name, notes) VALUES (:name, :notes)")));
    for (int i = 1; i <= rows; ++i) {
        query.bindValue(QStringLiteral(":name"), QStringLiteral("Cli\u00ebnt %1").arg(i));
        query.bindValue(QStringLiteral(":notes"), i % 3 ? QVariant(QByteArray::number(i)) : QVariant());
        QVERIFY(query.exec());
    }
    QVERIFY(m_db.commit());

    QSqlQueryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The 6.4 tester calls fetchMore() from its modelReset/rowsInserted handlers before it
    // marks that change finished; QSqlQueryModel then inserts rows and the tester flags a
    // nested change, whatever the driver. The loop below drives fetchMore() instead.
    tester.setUseFetchMore(false);
    model.setQuery(QStringLiteral("SELECT id, name, notes FROM clients ORDER BY id"), m_db);
    QVERIFY2(!model.lastError().isValid(), qPrintable(model.lastError().text()));
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("name"));
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.rowCount() < rows); // fetched in batches

    int rounds = 0;
    while (model.canFetchMore()) {
        model.fetchMore();
        ++rounds;
    }
    QVERIFY(rounds > 1);
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(model.data(model.index(0, 1)).toString(), QStringLiteral("Cli\u00ebnt 1"));
    QCOMPARE(model.data(model.index(rows - 1, 0)), QVariant(qlonglong(rows)));
    QCOMPARE(model.data(model.index(4999, 1)).toString(), QStringLiteral("Cli\u00ebnt 5000"));
    QCOMPARE(model.data(model.index(2, 2)), QVariant(QMetaType::fromType<QByteArray>())); // id 3: NULL
    QCOMPARE(model.data(model.index(3, 2)).toByteArray(), QByteArray("4"));
    QCOMPARE(model.record(7).value(QStringLiteral("name")).toString(), QStringLiteral("Cli\u00ebnt 8"));
}

void SqlCipherDriverTest::adoptedKeyedHandle()
{
    const QString file = path(QStringLiteral("keyed.mandaat"));
    const QByteArray passphrase = QStringLiteral("Zo\u00eb schrijft een lange geheime zin").toUtf8();
    const QByteArray fileName = file.toUtf8();

    const auto openKeyed = [&](const QByteArray& key) -> sqlite3* {
        sqlite3* handle = nullptr;
        if (sqlite3_open_v2(fileName.constData(), &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
            SQLITE_OK) {
            sqlite3_close_v2(handle);
            return nullptr;
        }
        sqlite3_key(handle, key.constData(), static_cast<int>(key.size()));
        return handle;
    };

    {
        sqlite3* handle = openKeyed(passphrase);
        QVERIFY(handle);
        auto* driver = new SqlCipherDriver(handle);
        QVERIFY(driver->isOpen());
        QVERIFY(!driver->isOpenError());
        QCOMPARE(driver->connection(), handle);
        QCOMPARE(qvariant_cast<sqlite3*>(driver->handle()), handle);

        QSqlDatabase db = QSqlDatabase::addDatabase(driver, QStringLiteral("keyed"));
        QVERIFY(db.isOpen());
        // A habitual open() must not swap the vault for an unencrypted file.
        QVERIFY(db.open());
        QCOMPARE(driver->connection(), handle);

        QSqlQuery query(db);
        QVERIFY2(query.exec(QStringLiteral("CREATE TABLE secrets (id INTEGER PRIMARY KEY, text TEXT, scan BLOB)")),
                 qPrintable(query.lastError().text()));
        QVERIFY(db.transaction());
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO secrets (text, scan) VALUES (:text, :scan)")));
        query.bindValue(QStringLiteral(":text"), QStringLiteral("vertrouwelijk-canary"));
        query.bindValue(QStringLiteral(":scan"), QByteArray("\0scan\0", 6));
        QVERIFY(query.exec());
        QVERIFY(db.commit());
        query = QSqlQuery();
        db.close();
        QVERIFY(!driver->connection());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("keyed"));

    // The file is encrypted: no plaintext inside, and an unkeyed open fails.
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    QVERIFY(bytes.size() > 0);
    QVERIFY(!bytes.contains("vertrouwelijk-canary"));
    QVERIFY(!bytes.contains("SQLite format 3"));
    raw.close();

    QSqlDatabase plain = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), QStringLiteral("plain"));
    m_connections << QStringLiteral("plain");
    plain.setDatabaseName(file);
    QVERIFY(!plain.open());
    QCOMPARE(plain.lastError().nativeErrorCode(), QStringLiteral("26")); // SQLITE_NOTADB

    // With the key again, the data comes back through Qt Sql.
    sqlite3* handle = openKeyed(passphrase);
    QVERIFY(handle);
    QSqlDatabase db = QSqlDatabase::addDatabase(new SqlCipherDriver(handle), QStringLiteral("keyed-again"));
    m_connections << QStringLiteral("keyed-again");
    QSqlQuery query(db);
    QVERIFY2(query.exec(QStringLiteral("SELECT text, scan FROM secrets")), qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("vertrouwelijk-canary"));
    QCOMPARE(query.value(1).toByteArray(), QByteArray("\0scan\0", 6));

    // A wrong key reads nothing.
    sqlite3* wrong = openKeyed("not the passphrase");
    QVERIFY(wrong);
    QSqlDatabase wrongDb = QSqlDatabase::addDatabase(new SqlCipherDriver(wrong), QStringLiteral("wrong"));
    m_connections << QStringLiteral("wrong");
    QSqlQuery wrongQuery(wrongDb);
    QVERIFY(!wrongQuery.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")));
    QCOMPARE(wrongQuery.lastError().nativeErrorCode(), QStringLiteral("26"));
}

void SqlCipherDriverTest::closeFinalizesLiveQueries()
{
    QSqlQuery setup(m_db);
    QVERIFY(setup.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
    QVERIFY(setup.exec(QStringLiteral("INSERT INTO t VALUES (1), (2), (3)")));

    QSqlQuery forward(m_db);
    forward.setForwardOnly(true);
    QVERIFY(forward.exec(QStringLiteral("SELECT x FROM t")));
    QVERIFY(forward.next()); // statement mid-result
    QSqlQuery prepared(m_db);
    QVERIFY(prepared.prepare(QStringLiteral("INSERT INTO t VALUES (?)")));

    auto* driver = qobject_cast<SqlCipherDriver*>(m_db.driver());
    m_db.close();
    QVERIFY(!driver->connection());
    QVERIFY(!forward.isActive());
    QVERIFY(!forward.next());
    prepared.addBindValue(4);
    QVERIFY(!prepared.exec());

    // The file was released cleanly and opens again with the data intact.
    QVERIFY(m_db.open());
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT sum(x) FROM t")), QVariant(qlonglong(6)));
    // finish() releases the statement; the query can run again.
    QVERIFY(forward.exec(QStringLiteral("SELECT x FROM t ORDER BY x")));
    QVERIFY(forward.next());
    forward.finish();
    QVERIFY(!forward.isActive());
    QVERIFY(setup.exec(QStringLiteral("DELETE FROM t")));
    QCOMPARE(setup.numRowsAffected(), 3);
}

void SqlCipherDriverTest::queryOutlivesDriver()
{
    auto driver = std::make_unique<SqlCipherDriver>();
    QVERIFY(driver->open(path(QStringLiteral("outlive.db")), QString(), QString(), QString(), 0, QString()));
    QSqlQuery query(driver->createResult());
    QVERIFY(query.exec(QStringLiteral("SELECT 1 UNION ALL SELECT 2")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0), QVariant(qlonglong(1)));

    // Destroying the driver closes the file and finalizes the query's statement; the query
    // is left inactive and its own destruction later touches neither.
    driver.reset();
    QVERIFY(!query.isActive());
    QVERIFY(!query.next());
}

void SqlCipherDriverTest::busyTimeoutWaitsForWriter()
{
    QSqlQuery create(m_db);
    QVERIFY(create.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));

    // Another process holds the write lock for a moment (a raw handle on its own thread).
    const QByteArray file = m_db.databaseName().toUtf8();
    sqlite3* writer = nullptr;
    QCOMPARE(sqlite3_open_v2(file.constData(), &writer, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_exec(writer, "BEGIN IMMEDIATE; INSERT INTO t VALUES (1)", nullptr, nullptr, nullptr), SQLITE_OK);
    std::thread release([writer] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        sqlite3_exec(writer, "COMMIT", nullptr, nullptr, nullptr);
    });

    // The default busy timeout (5 s) waits for it instead of failing at once.
    QElapsedTimer timer;
    timer.start();
    const bool began = m_db.transaction();
    const qint64 waited = timer.elapsed();
    release.join();
    sqlite3_close_v2(writer);
    QVERIFY2(began, qPrintable(m_db.lastError().text()));
    QVERIFY2(waited >= 200, qPrintable(QString::number(waited)));
    QVERIFY(create.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
    QVERIFY(m_db.commit());
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT sum(x) FROM t")), QVariant(qlonglong(3)));
}

QTEST_GUILESS_MAIN(SqlCipherDriverTest)
#include "SqlCipherDriverTest.moc"
