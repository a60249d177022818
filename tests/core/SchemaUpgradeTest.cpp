// Vaults made by released schema versions (tests/data/schema-N.mandaat, each made by the build
// of that schema with `mandaat-cli demo`) open in this build: every record, issued letter and
// audit entry is still there after the migration, the records get their first audit entries
// once, and verify finds nothing wrong (issue 16, item 5).
#include "TestSupport.h"
#include "domain/Phrase.h"

#include "exchange/AuditVerifier.h"
#include "repositories/AuditLog.h"
#include "repositories/RecordContent.h"
#include "repositories/Records.h"
#include "storage/Migrations.h"
#include "vault/Vault.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace mandaat;

namespace {

// Row count and a hash of every row of every record table, of the audit log and of the
// issued letters, read with plain SQL: what must survive a migration unchanged.
QMap<QString, QByteArray> contents(const QSqlDatabase& database)
{
    QMap<QString, QByteArray> result;
    QStringList tables = RecordContent::tables();
    tables << QStringLiteral("audit_entry");
    for (const QString& table : std::as_const(tables)) {
        QSqlQuery query(database);
        // Only the columns every schema has: the audit log gains three in schema 9.
        const QString columns = table == QLatin1String("audit_entry")
            ? QStringLiteral("id, at, kind, engagement_id, summary, prev_hash, hash")
            : QStringLiteral("*");
        if (!query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(columns, table))) {
            result.insert(table, "unreadable");
            continue;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        int rows = 0;
        while (query.next()) {
            ++rows;
            // The set columns, by name: a column a later version adds with an empty default
            // (the cancellation policy, 10) leaves a record's content as it was.
            for (int i = 0; i < query.record().count(); ++i) {
                const QVariant value = query.value(i);
                if (value.isNull() || value.toString().isEmpty()) {
                    continue;
                }
                hash.addData(query.record().fieldName(i).toUtf8());
                hash.addData("=");
                hash.addData(value.toString().toUtf8());
                hash.addData(value.toByteArray());
                hash.addData("\x1f");
            }
        }
        result.insert(table, QByteArray::number(rows) + ' ' + hash.result().toHex());
    }
    return result;
}

// The entries that recorded a record already in the vault when the log began to cover records.
const QString recordedEntries =
    QStringLiteral("SELECT count(*) FROM audit_entry WHERE kind LIKE '%.recorded' AND record_table IS NOT NULL");

qint64 count(const QSqlDatabase& database, const QString& sql)
{
    QSqlQuery query(database);
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

class SchemaUpgradeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oldVaultOpens_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("version");
        const QDir data(QStringLiteral(MANDAAT_SOURCE_DIR "/tests/data"));
        const QStringList files = data.entryList({QStringLiteral("schema-*.mandaat")}, QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), "no vaults in tests/data");
        // The vaults kept, one per released schema up to this build's: each is opened below.
        for (int version = 8; version <= latestSchemaVersion(); ++version) {
            const QString name = QStringLiteral("schema-%1.mandaat").arg(version);
            QVERIFY2(files.contains(name), qPrintable(name + QStringLiteral(" is missing in tests/data")));
        }
        for (const QString& name : files) {
            const int version = name.section(QLatin1Char('-'), 1).section(QLatin1Char('.'), 0, 0).toInt();
            QTest::newRow(qPrintable(name)) << data.filePath(name) << version;
        }
    }

    void oldVaultOpens()
    {
        QFETCH(QString, file);
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("old.mandaat"));
        QVERIFY(QFile::copy(file, copy));
        QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));

        // Read-only first: the old schema, untouched.
        QMap<QString, QByteArray> before;
        qint64 letters = 0;
        qint64 entries = 0;
        {
            VaultError error;
            auto vault = Vault::open(copy, test::passphrase(), Vault::Access::ReadOnly, &error);
            QVERIFY2(vault, qPrintable(error.message));
            QCOMPARE(vault->schemaVersion(), version);
            before = contents(vault->database());
            letters = count(vault->database(), QStringLiteral("SELECT count(*) FROM issued_letter"));
            entries = count(vault->database(), QStringLiteral("SELECT count(*) FROM audit_entry"));
            QVERIFY(count(vault->database(), QStringLiteral("SELECT count(*) FROM note")) > 0);
            QVERIFY(entries > 0);
            if (version >= 12) { // the technology register (ICF-2.5) and a tool used in an engagement
                QVERIFY(count(vault->database(), QStringLiteral("SELECT count(*) FROM technology_tool")) > 0);
                QVERIFY(count(vault->database(), QStringLiteral("SELECT count(*) FROM engagement_tool")) > 0);
            }
            // Verify reads an old log too; it cannot compare records it does not cover yet.
            const AuditReport report = AuditVerifier(vault->database()).verify();
            QVERIFY2(report.intact(), qPrintable(report.message));
            if (version < 9) {
                QCOMPARE(report.recordsChecked, qint64(-1));
            }
            // Its summaries were stored in English: each is of a shape this build recognises,
            // and so told in the reader's language (issue 17, item 5).
            QSqlQuery summaries(vault->database());
            QVERIFY(summaries.exec(QStringLiteral("SELECT summary FROM audit_entry ORDER BY id")));
            QStringList unknown;
            while (summaries.next()) {
                const QString summary = summaries.value(0).toString();
                if (Phrase::render(summary) == summary) {
                    unknown << summary;
                }
            }
            QVERIFY2(unknown.isEmpty(), qPrintable(unknown.join(QLatin1Char('\n'))));
        }

        // Writable: migrated to this build's schema, with a copy of the old file kept aside.
        VaultError error;
        auto vault = Vault::open(copy, test::passphrase(), Vault::Access::ReadWrite, &error);
        QVERIFY2(vault, qPrintable(error.message));
        QCOMPARE(vault->schemaVersion(), latestSchemaVersion());
        if (version < latestSchemaVersion()) {
            QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("old.before-schema-*")}).size(), 1);
        }
        const QMap<QString, QByteArray> after = contents(vault->database());
        const QByteArray emptyTable = "0 " + QCryptographicHash::hash({}, QCryptographicHash::Sha256).toHex();
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (it.value() == "unreadable") { // a table a later version added: there, and empty
                QCOMPARE(after.value(it.key()), emptyTable);
            } else if (it.key() != QLatin1String("audit_entry")) {
                QCOMPARE(after.value(it.key()), it.value());
            }
        }
        // Every old entry is still there, unchanged; the records each got one entry.
        const qint64 records = [&] {
            qint64 total = 0;
            for (const QString& table : RecordContent::tables()) {
                total += count(vault->database(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
            }
            return total;
        }();
        QVERIFY(records > 0);
        QCOMPARE(count(vault->database(),
                       QStringLiteral("SELECT count(*) FROM (SELECT id, at, kind, engagement_id, summary, prev_hash, "
                                      "hash FROM audit_entry WHERE id <= %1)")
                           .arg(entries)),
                 entries);
        if (version < 9) {
            QCOMPARE(count(vault->database(), QStringLiteral("SELECT count(*) FROM audit_entry")), entries + records);
            QCOMPARE(count(vault->database(), recordedEntries), records);
        }
        QCOMPARE(count(vault->database(), QStringLiteral("SELECT count(*) FROM issued_letter")), letters);

        const AuditReport report = AuditVerifier(vault->database()).verify();
        QVERIFY2(report.intact(),
                 qPrintable(report.findings.isEmpty() ? report.message : report.findings.constFirst().message));
        QCOMPARE(report.recordsChecked, records);

        // The migrated vault keeps working: an edit is recorded and still verifies.
        Records edit(*vault);
        QVERIFY(edit.audit().append(QStringLiteral("test.after_migration"), QStringLiteral("opened by the test")) >
                entries);
        QVERIFY(AuditVerifier(vault->database()).verify().intact());
        vault->close();

        // Opened again: the records are not recorded a second time.
        vault = Vault::open(copy, test::passphrase(), Vault::Access::ReadWrite, &error);
        QVERIFY2(vault, qPrintable(error.message));
        if (version < 9) {
            QCOMPARE(count(vault->database(), recordedEntries), records);
        }
        QVERIFY(AuditVerifier(vault->database()).verify().intact());
    }
};

QTEST_GUILESS_MAIN(SchemaUpgradeTest)
#include "SchemaUpgradeTest.moc"
