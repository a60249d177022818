// mandaat-cli as a script or a user runs it: exit codes (docs/architecture.md, CLI), output, and that the
// read-only commands and every failure leave the file as it was.
#include "CliRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using mandaat::test::fileHash;
using mandaat::test::passphrase;

namespace {

using Run = mandaat::test::CliRun;

Run cli(const QStringList& arguments, const QByteArray& input = {}, const QStringList& environment = {})
{
    return mandaat::test::runCliWith(arguments, input, environment, 60000);
}

QByteArray line(const QString& text)
{
    return text.toUtf8() + '\n';
}

} // namespace

class CliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_vault;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_vault = path(QStringLiteral("praktijk.mandaat"));
        const Run run =
            cli({QStringLiteral("init"), m_vault, QStringLiteral("--passphrase-stdin")}, line(passphrase()));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("Created")));
        QVERIFY(QFileInfo(m_vault).size() >= 4096);
        QCOMPARE(QFileInfo(m_vault).size() % 4096, 0);
    }

    void version()
    {
        const Run run = cli({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("mandaat-cli " MANDAAT_VERSION));
    }

    // Every command on a line of its own, its description two spaces or more after the name
    // (a name as long as the column once ran into its description: "complianceShow").
    void helpListsEveryCommand()
    {
        const Run run = cli({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'));
        const qsizetype first = lines.indexOf(QStringLiteral("Commands:")) + 1;
        QVERIFY(first > 0);
        QStringList names;
        const QRegularExpression line(QStringLiteral("^  (\\S+)  +\\S"));
        for (qsizetype i = first; i < lines.size() && !lines.at(i).isEmpty(); ++i) {
            const QRegularExpressionMatch match = line.match(lines.at(i));
            QVERIFY2(match.hasMatch(), qPrintable(lines.at(i)));
            names.append(match.captured(1));
        }
        for (const char* command : {"init",
                                    "demo",
                                    "info",
                                    "verify",
                                    "passwd",
                                    "list",
                                    "search",
                                    "compliance",
                                    "import",
                                    "engagement",
                                    "record",
                                    "letter",
                                    "accept",
                                    "end",
                                    "export",
                                    "backup",
                                    "restore",
                                    "retention"}) {
            QVERIFY2(names.contains(QLatin1String(command)), command);
        }
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList();
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("init without a file") << QStringList{QStringLiteral("init")};
        QTest::newRow("info without a file") << QStringList{QStringLiteral("info")};
        QTest::newRow("unknown option") << QStringList{
            QStringLiteral("info"), QStringLiteral("--frob"), QStringLiteral("x")};
        // An engagement's id where the command takes --engagement: said, not ignored (it showed
        // every engagement of the practice).
        QTest::newRow("an argument too many")
            << QStringList{QStringLiteral("compliance"), QStringLiteral("x.mandaat"), QStringLiteral("7")};
        QTest::newRow("record without a topic")
            << QStringList{QStringLiteral("record"), QStringLiteral("x.mandaat"), QStringLiteral("7")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(!run.err.isEmpty() || run.out.contains(QStringLiteral("Usage")), "the mistake is said");
        if (qstrcmp(QTest::currentDataTag(), "an argument too many") == 0) {
            QVERIFY2(run.err.contains(QStringLiteral("'compliance' does not take the argument '7'")),
                     qPrintable(run.err));
        }
    }

    void noPassphraseSourceIsAUsageError()
    {
        // No --passphrase-stdin, no MANDAAT_PASSPHRASE, no terminal.
        const QByteArray before = fileHash(m_vault);
        const Run run = cli({QStringLiteral("info"), m_vault});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("MANDAAT_PASSPHRASE")));
        QCOMPARE(fileHash(m_vault), before);
    }

    void infoIsStableAndWritesNothing()
    {
        const QByteArray before = fileHash(m_vault);
        const QDateTime modified = QFileInfo(m_vault).lastModified();
        const Run first =
            cli({QStringLiteral("info"), m_vault, QStringLiteral("--passphrase-stdin")}, line(passphrase()));
        QCOMPARE(first.exitCode, 0);
        QVERIFY(first.out.contains(QStringLiteral("Schema version: ")));
        QVERIFY(first.out.contains(QStringLiteral("Page size: 4096 bytes")));
        QVERIFY(first.out.contains(QStringLiteral("Argon2id t=3, m=64 MiB, p=1")));
        const Run second =
            cli({QStringLiteral("info"), m_vault}, {}, {QStringLiteral("MANDAAT_PASSPHRASE=") + passphrase()});
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.out, first.out);
        QCOMPARE(fileHash(m_vault), before);
        QCOMPARE(QFileInfo(m_vault).lastModified(), modified);
        QVERIFY(!QFileInfo::exists(m_vault + QStringLiteral("-journal")));
    }

    void verifySoundVault()
    {
        const QByteArray before = fileHash(m_vault);
        const Run run =
            cli({QStringLiteral("verify"), m_vault, QStringLiteral("--passphrase-stdin")}, line(passphrase()));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("Database integrity: ok")));
        QCOMPARE(fileHash(m_vault), before);
    }

    void wrongPassphrase_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("info") << QStringLiteral("info");
        QTest::newRow("verify") << QStringLiteral("verify");
        QTest::newRow("passwd") << QStringLiteral("passwd");
    }

    void wrongPassphrase()
    {
        QFETCH(QString, command);
        const QByteArray before = fileHash(m_vault);
        const Run run =
            cli({command, m_vault, QStringLiteral("--passphrase-stdin")},
                line(QStringLiteral("this is not the passphrase")) + line(QStringLiteral("new long passphrase here")));
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains(QStringLiteral("wrong")));
        QCOMPARE(fileHash(m_vault), before);
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("zero-length") << QByteArray() << 4;
        QTest::newRow("3000 bytes") << QByteArray(3000, 'x') << 4;
        QTest::newRow("not a multiple of 4096") << QByteArray(3 * 4096 + 5, 'y') << 4;
    }

    void badFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, exitCode);
        const QString file = path(QStringLiteral("bad-%1.mandaat").arg(QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY(mandaat::test::writeFile(file, content));
        for (const QString& command : {QStringLiteral("info"), QStringLiteral("verify"), QStringLiteral("passwd")}) {
            const Run run = cli({command, file, QStringLiteral("--passphrase-stdin")}, line(passphrase()));
            QCOMPARE(run.exitCode, exitCode);
            QVERIFY(!run.err.isEmpty());
            QFile check(file);
            QVERIFY(check.open(QIODevice::ReadOnly));
            QCOMPARE(check.readAll(), content);
        }
    }

    void directoryAndMissingFile()
    {
        Run run = cli({QStringLiteral("info"), m_dir.path(), QStringLiteral("--passphrase-stdin")}, line(passphrase()));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("folder")));
        run = cli({QStringLiteral("verify"),
                   path(QStringLiteral("nothing-here.mandaat")),
                   QStringLiteral("--passphrase-stdin")},
                  line(passphrase()));
        QCOMPARE(run.exitCode, 1);
    }

    void initRefusesExistingAndWeak()
    {
        const QByteArray before = fileHash(m_vault);
        Run run = cli({QStringLiteral("init"), m_vault, QStringLiteral("--passphrase-stdin")}, line(passphrase()));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("already exists")));
        QCOMPARE(fileHash(m_vault), before);

        const QString empty = path(QStringLiteral("empty.mandaat"));
        QVERIFY(mandaat::test::writeFile(empty, {}));
        run = cli({QStringLiteral("init"), empty, QStringLiteral("--passphrase-stdin")}, line(passphrase()));
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(QFileInfo(empty).size(), 0);

        const QString weak = path(QStringLiteral("weak.mandaat"));
        run = cli({QStringLiteral("init"), weak, QStringLiteral("--passphrase-stdin")}, line(QStringLiteral("kort")));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("too short")));
        QVERIFY(!QFileInfo::exists(weak));
    }

    void flippedByteInLaterPage()
    {
        const QString file = path(QStringLiteral("flip.mandaat"));
        QVERIFY(QFile::copy(m_vault, file));
        const qint64 size = QFileInfo(file).size();
        QVERIFY(size >= 2 * 4096);
        QVERIFY(mandaat::test::flipByte(file, size - 2000));
        const QByteArray damaged = fileHash(file);
        const Run run = cli({QStringLiteral("verify"), file, QStringLiteral("--passphrase-stdin")}, line(passphrase()));
        QCOMPARE(run.exitCode, 4);
        QVERIFY(run.out.contains(QStringLiteral("damaged")) || run.err.contains(QStringLiteral("damaged")));
        QCOMPARE(fileHash(file), damaged);
    }

    void flippedByteInFirstPage()
    {
        const QString file = path(QStringLiteral("flip1.mandaat"));
        QVERIFY(QFile::copy(m_vault, file));
        QVERIFY(mandaat::test::flipByte(file, 1000));
        const Run run = cli({QStringLiteral("info"), file, QStringLiteral("--passphrase-stdin")}, line(passphrase()));
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains(QStringLiteral("first page")));
    }

    void letter()
    {
        const QString demo = path(QStringLiteral("demo.mandaat"));
        Run run = cli({QStringLiteral("demo"),
                       demo,
                       QStringLiteral("--clients"),
                       QStringLiteral("8"),
                       QStringLiteral("--seed"),
                       QStringLiteral("7"),
                       QStringLiteral("--today"),
                       QStringLiteral("2026-11-22"),
                       QStringLiteral("--passphrase-stdin")},
                      line(passphrase()));
        QCOMPARE(run.exitCode, 0);
        run = cli({QStringLiteral("list"), demo, QStringLiteral("engagements"), QStringLiteral("--passphrase-stdin")},
                  line(passphrase()));
        QCOMPARE(run.exitCode, 0);
        QString outplacement;
        for (const QString& row : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (row.contains(QStringLiteral("\toutplacement\t"))) {
                outplacement = row.section(QLatin1Char('\t'), 0, 0);
                break;
            }
        }
        QVERIFY2(!outplacement.isEmpty(), qPrintable(run.out));

        const QString pdf = path(QStringLiteral("bevestiging.pdf"));
        run = cli({QStringLiteral("letter"),
                   demo,
                   QStringLiteral("--engagement"),
                   outplacement,
                   QStringLiteral("--out"),
                   pdf,
                   QStringLiteral("--lang"),
                   QStringLiteral("nl"),
                   QStringLiteral("--passphrase-stdin")},
                  line(passphrase()));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("SHA-256")));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY(text.contains(QStringLiteral("Opdrachtbevestiging")));
        QVERIFY(text.contains(QStringLiteral("Career Management Institute")));
        QVERIFY(text.contains(QStringLiteral("toezegging om te vertrekken"))); // CMI-7, outplacement

        // Usage errors: 2; an engagement that does not exist: 1; the vault is not touched then.
        run = cli({QStringLiteral("letter"), demo, QStringLiteral("--out"), pdf, QStringLiteral("--passphrase-stdin")},
                  line(passphrase()));
        QCOMPARE(run.exitCode, 2);
        run = cli({QStringLiteral("letter"),
                   demo,
                   QStringLiteral("--engagement"),
                   outplacement,
                   QStringLiteral("--out"),
                   pdf,
                   QStringLiteral("--lang"),
                   QStringLiteral("fr"),
                   QStringLiteral("--passphrase-stdin")},
                  line(passphrase()));
        QCOMPARE(run.exitCode, 2);
        const QByteArray before = fileHash(demo);
        run = cli({QStringLiteral("letter"),
                   demo,
                   QStringLiteral("--engagement"),
                   QStringLiteral("99999"),
                   QStringLiteral("--out"),
                   pdf,
                   QStringLiteral("--passphrase-stdin")},
                  line(passphrase()));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
        QCOMPARE(fileHash(demo), before);
    }

    void passwd()
    {
        const QString file = path(QStringLiteral("passwd.mandaat"));
        const QString earlier = path(QStringLiteral("passwd-earlier.mandaat"));
        QVERIFY(QFile::copy(m_vault, file));
        QVERIFY(QFile::copy(m_vault, earlier));
        const QString fresh = QStringLiteral("vier woorden zijn genoeg");

        Run run = cli({QStringLiteral("passwd"), file, QStringLiteral("--passphrase-stdin")},
                      line(passphrase()) + line(QStringLiteral("kort")));
        QCOMPARE(run.exitCode, 1); // too short: nothing changed
        run = cli({QStringLiteral("info"), file, QStringLiteral("--passphrase-stdin")}, line(passphrase()));
        QCOMPARE(run.exitCode, 0);

        run = cli({QStringLiteral("passwd"), file, QStringLiteral("--passphrase-stdin")},
                  line(passphrase()) + line(fresh));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("backups made before")));
        run = cli({QStringLiteral("info"), file, QStringLiteral("--passphrase-stdin")}, line(passphrase()));
        QCOMPARE(run.exitCode, 3);
        run = cli({QStringLiteral("verify"), file, QStringLiteral("--passphrase-stdin")}, line(fresh));
        QCOMPARE(run.exitCode, 0);
        // The copy made before the change still opens with the old passphrase.
        run = cli({QStringLiteral("verify"), earlier, QStringLiteral("--passphrase-stdin")}, line(passphrase()));
        QCOMPARE(run.exitCode, 0);

        // From the environment.
        const QString third = QStringLiteral("and a third passphrase for the environment");
        run = cli({QStringLiteral("passwd"), file},
                  {},
                  {QStringLiteral("MANDAAT_PASSPHRASE=") + fresh, QStringLiteral("MANDAAT_NEW_PASSPHRASE=") + third});
        QCOMPARE(run.exitCode, 0);
        run = cli({QStringLiteral("verify"), file}, {}, {QStringLiteral("MANDAAT_PASSPHRASE=") + third});
        QCOMPARE(run.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "CliTest.moc"
