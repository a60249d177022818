// Issue 18, item 1: the long commands show their progress on a terminal, as one line on standard
// error that updates in place ("Backing up… 42 %"), and print nothing of it when standard error is
// a pipe; the result is the same either way.
#include "CliRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace mandaat::test;

class CliProgressTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QStringList demoArguments(const QString& file)
    {
        return {QStringLiteral("demo"),
                file,
                QStringLiteral("--clients"),
                QStringLiteral("8"),
                QStringLiteral("--seed"),
                QStringLiteral("3"),
                QStringLiteral("--today"),
                QStringLiteral("2026-11-22")};
    }

    // The percentages shown after \a label on the terminal, in the order shown.
    static QList<int> percentsShown(const QString& terminal, const QString& label)
    {
        QList<int> shown;
        const QRegularExpression line(QStringLiteral("\r%1 (\\d+) %\x1b\\[K").arg(QRegularExpression::escape(label)));
        for (auto match = line.globalMatch(terminal); match.hasNext();) {
            shown << match.next().captured(1).toInt();
        }
        return shown;
    }

    // What a user checks on the terminal: the line counted up to 100 % and was cleared before the
    // result came.
    static void checkShown(const CliRun& run, const QString& label)
    {
        const QList<int> shown = percentsShown(run.err, label);
        QVERIFY2(shown.size() >= 2, qPrintable(run.err));
        QVERIFY(std::is_sorted(shown.cbegin(), shown.cend()));
        QCOMPARE(shown.constLast(), 100);
        QVERIFY2(run.err.endsWith(QStringLiteral("\r\x1b[K")), qPrintable(run.err.right(40)));
    }

    // The output with the file names taken out: the same for both runs.
    static QString withoutPaths(QString text, const QStringList& paths)
    {
        for (const QString& file : paths) {
            text.replace(QDir::toNativeSeparators(file), QStringLiteral("FILE"));
        }
        return text;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void demoShowsItsProgressOnATerminalOnly()
    {
        const QString shownFile = path(QStringLiteral("shown.mandaat"));
        const QString pipedFile = path(QStringLiteral("piped.mandaat"));
        const CliRun shown = runCliOnTerminal(demoArguments(shownFile), passphrase(), 300000);
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        checkShown(shown, QStringLiteral("Building the demo practice…"));
        const CliRun piped = runCli(demoArguments(pipedFile), passphrase(), 300000);
        QVERIFY2(piped.exitCode == 0, qPrintable(piped.err));
        QVERIFY2(!piped.err.contains(QStringLiteral("Building the demo practice")), qPrintable(piped.err));
        QVERIFY(!piped.err.contains(QLatin1Char('\r')));
        // The same practice either way.
        QCOMPARE(withoutPaths(piped.out, {pipedFile}), withoutPaths(shown.out, {shownFile}));
        QVERIFY(shown.out.contains(QStringLiteral("with a demo practice: 8 clients")));
        const CliRun shownInfo = runCli({QStringLiteral("info"), shownFile});
        const CliRun pipedInfo = runCli({QStringLiteral("info"), pipedFile});
        QCOMPARE(shownInfo.exitCode, 0);
        QCOMPARE(withoutPaths(pipedInfo.out, {pipedFile}), withoutPaths(shownInfo.out, {shownFile}));
    }

    void backupShowsItsProgressOnATerminalOnly()
    {
        const QString vault = path(QStringLiteral("shown.mandaat"));
        const QString shownBackup = path(QStringLiteral("backup-shown.mandaat"));
        const QString pipedBackup = path(QStringLiteral("backup-piped.mandaat"));
        const CliRun shown = runCliOnTerminal({QStringLiteral("backup"), vault, QStringLiteral("--out"), shownBackup});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        checkShown(shown, QStringLiteral("Backing up…"));
        const CliRun piped = runCli({QStringLiteral("backup"), vault, QStringLiteral("--out"), pipedBackup});
        QVERIFY2(piped.exitCode == 0, qPrintable(piped.err));
        QCOMPARE(piped.err, QString());
        // The same report (the second backup's log holds the first one's entry), and each
        // backup opens.
        const QString first = shown.out.section(QLatin1Char('\n'), 0, 0);
        QCOMPARE(withoutPaths(piped.out.section(QLatin1Char('\n'), 0, 0), {pipedBackup}),
                 withoutPaths(first, {shownBackup}));
        QVERIFY(first.startsWith(QStringLiteral("Wrote the backup")));
        for (const QString& backup : {shownBackup, pipedBackup}) {
            const CliRun info = runCli({QStringLiteral("info"), backup});
            QVERIFY2(info.exitCode == 0, qPrintable(info.out + info.err));
        }
    }

    void exportShowsItsProgressOnATerminalOnly()
    {
        const QString vault = path(QStringLiteral("piped.mandaat"));
        const QString shownZip = path(QStringLiteral("shown.zip"));
        const QString pipedZip = path(QStringLiteral("piped.zip"));
        const auto exportTo = [&vault](const QString& zip) {
            return QStringList{QStringLiteral("export"),
                               vault,
                               QStringLiteral("--all"),
                               QStringLiteral("--plaintext"),
                               QStringLiteral("--out"),
                               zip};
        };
        const CliRun shown = runCliOnTerminal(exportTo(shownZip), passphrase(), 120000);
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        checkShown(shown, QStringLiteral("Exporting…"));
        const CliRun piped = runCli(exportTo(pipedZip), passphrase(), 120000);
        QVERIFY2(piped.exitCode == 0, qPrintable(piped.err));
        QVERIFY2(!piped.err.contains(QStringLiteral("Exporting")), qPrintable(piped.err));
        QCOMPARE(withoutPaths(piped.out, {pipedZip}), withoutPaths(shown.out, {shownZip}));
        QVERIFY(QFileInfo(shownZip).size() > 0);
        QVERIFY(QFileInfo(pipedZip).size() > 0);
    }
};

QTEST_GUILESS_MAIN(CliProgressTest)
#include "CliProgressTest.moc"
