// The one error value (core/util/Error.h, docs/architecture.md, Errors): mandaat-cli's exit
// code for every kind, and the per-field issues of a refused value joined into the message that
// a dialog shows and mandaat-cli prints, through a real repository and a real vault.
#include "RecordsFixture.h"

#include "domain/Validation.h"
#include "repositories/ClientRepository.h"
#include "util/Error.h"
#include "vault/Vault.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mandaat;

Q_DECLARE_METATYPE(mandaat::Error::Kind)

class ErrorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitCodeOfEveryKind_data()
    {
        QTest::addColumn<Error::Kind>("kind");
        QTest::addColumn<int>("exitCode");
        // The codes mandaat-cli has always given (tests/cli: DamagedFilesTest, CliTest).
        QTest::newRow("none") << Error::Kind::None << 0;
        QTest::newRow("invalid") << Error::Kind::Invalid << 1;
        QTest::newRow("not found") << Error::Kind::NotFound << 1;
        QTest::newRow("refused") << Error::Kind::Refused << 1;
        QTest::newRow("storage") << Error::Kind::Storage << 1;
        QTest::newRow("failed") << Error::Kind::Failed << 1;
        QTest::newRow("wrong key") << Error::Kind::WrongKey << 3;
        QTest::newRow("damaged") << Error::Kind::Damaged << 4;
        QTest::newRow("too new") << Error::Kind::TooNew << 1;
        QTest::newRow("cancelled") << Error::Kind::Cancelled << 1;
    }
    void exitCodeOfEveryKind()
    {
        QFETCH(Error::Kind, kind);
        QFETCH(int, exitCode);
        const Error error = Error::make(kind, QStringLiteral("why"));
        QCOMPARE(error.exitCode(), exitCode);
        QCOMPARE(Error::exitCodeOf(kind), exitCode);
        QCOMPARE(error.isError(), kind != Error::Kind::None);
        QCOMPARE(error.isCancelled(), kind == Error::Kind::Cancelled);
        QCOMPARE(error.message, QStringLiteral("why"));
    }

    void aFreshErrorIsNoError()
    {
        const Error error;
        QVERIFY(!error.isError());
        QCOMPARE(error.exitCode(), 0);
        QVERIFY(error.message.isEmpty());
        QVERIFY(error.issues.isEmpty());
    }

    // What mandaat-cli prints for a refused value ("Nothing was recorded." follows): the
    // issues' sentences, one per line, in the order validation found them.
    void issuesJoinIntoTheMessage()
    {
        Client client;
        client.email = QStringLiteral("not an address");
        const ValidationIssues issues = validate(client);
        QVERIFY2(issues.size() >= 2, "an empty name and a malformed address are two issues");
        const Error error = Error::invalid(issues);
        QCOMPARE(error.kind, Error::Kind::Invalid);
        QCOMPARE(error.exitCode(), 1);
        QCOMPARE(error.issues, issues);
        QStringList lines;
        for (const ValidationIssue& issue : issues) {
            QVERIFY(!issue.message.isEmpty());
            lines.append(issue.message);
        }
        QCOMPARE(error.message.split(QLatin1Char('\n')), lines);
    }

    // The same value refused by the repository carries the same message and issues.
    void aRepositoryRefusalIsTheSameValue()
    {
        test::RecordsFixture fixture;
        QString problem;
        QVERIFY2(fixture.open(&problem), qPrintable(problem));
        Client client;
        client.email = QStringLiteral("not an address");
        RecordError error;
        QVERIFY(!fixture.records().clients().save(client, &error));
        const Error expected = Error::invalid(validate(client));
        QCOMPARE(error.kind, Error::Kind::Invalid);
        QCOMPARE(error.message, expected.message);
        QCOMPARE(error.issues, expected.issues);
        QCOMPARE(error.exitCode(), 1);
    }

    // A vault's failures are the same type, with the codes the CLI gives for them.
    void vaultFailuresCarryTheirExitCodes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("error.mandaat"));
        VaultError error;
        QVERIFY(!Vault::inspectFile(path, nullptr, &error));
        QCOMPARE(error.kind, Error::Kind::Failed);
        QCOMPARE(error.exitCode(), 1);

        QFile empty(dir.filePath(QStringLiteral("empty.mandaat")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        error = {};
        QVERIFY(!Vault::inspectFile(empty.fileName(), nullptr, &error));
        QCOMPARE(error.kind, Error::Kind::Damaged);
        QCOMPARE(error.exitCode(), 4);
        QVERIFY(!error.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(ErrorTest)
#include "ErrorTest.moc"
