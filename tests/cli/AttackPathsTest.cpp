// Issue 16, items 2, 4, 6 and 9: what a careless or hostile command line does to the files
// around a vault, through mandaat-cli as a user runs it. Each case failed before the fix:
// a letter or an export written over the vault, a restore into a folder, files that follow
// the umask, a failed backup logged as made, a killed demo blocking its rerun, a killed
// backup's partial file left for ever, an imported name driving the terminal.
#include "TestSupport.h"

#include "vault/Vault.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using mandaat::test::fileHash;
using mandaat::test::passphrase;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// MANDAAT_ATTACK_CLI runs the same cases against another build (an older one, to show they fail).
const QString Cli = qEnvironmentVariableIsSet("MANDAAT_ATTACK_CLI")
    ? qEnvironmentVariable("MANDAAT_ATTACK_CLI")
    : QStringLiteral(MANDAAT_BINARY_DIR "/app/mandaat-cli");

QString shellQuoted(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// mandaat-cli \a arguments through sh, with \a prefix run first (a umask, a file-size limit),
// the passphrase on stdin, no terminal.
Run cli(const QStringList& arguments, const QStringList& environment, const QString& prefix = {})
{
    QStringList words{shellQuoted(Cli)};
    for (const QString& argument : arguments) {
        words << shellQuoted(argument);
    }
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"MANDAAT_PASSPHRASE", "MANDAAT_NEW_PASSPHRASE", "MANDAAT_EXPORT_PASSWORD"}) {
        env.remove(QLatin1String(name));
    }
    for (const QString& assignment : environment) {
        env.insert(assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
    }
    process.setProcessEnvironment(env);
    process.setChildProcessModifier([] { ::setsid(); });
    process.start(QStringLiteral("/bin/sh"),
                  {QStringLiteral("-c"),
                   (prefix.isEmpty() ? QString() : prefix + QStringLiteral("; ")) + QStringLiteral("exec ") +
                       words.join(QLatin1Char(' '))});
    Run result;
    if (!process.waitForStarted()) {
        return result;
    }
    process.write(passphrase().toUtf8() + '\n');
    process.closeWriteChannel();
    result.exitCode = mandaat::test::waitForExitCode(process, 120000);
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

mode_t modeOf(const QString& path)
{
    struct stat status = {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? (status.st_mode & 07777) : 0;
}

QStringList partialsIn(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("*.partial"), QStringLiteral("*.partial-journal")},
                                  QDir::Files | QDir::Hidden);
}

} // namespace

class AttackPathsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_vault;
    QString m_engagement; // one whose confirmation letter can be issued

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QStringList env() const
    {
        return {QStringLiteral("MANDAAT_SETTINGS_FILE=") + path(QStringLiteral("settings.ini")),
                QStringLiteral("HOME=") + m_dir.path()};
    }

    qint64 scalar(const QString& file, const QString& sql)
    {
        mandaat::VaultError error;
        auto vault = mandaat::Vault::open(file, passphrase(), mandaat::Vault::Access::ReadOnly, &error);
        QSqlQuery query(vault ? vault->database() : QSqlDatabase());
        return vault && query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

    qint64 letters(const QString& file) { return scalar(file, QStringLiteral("SELECT count(*) FROM issued_letter")); }

    QStringList letterTo(const QString& vault, const QString& out)
    {
        return {QStringLiteral("letter"),
                vault,
                QStringLiteral("--engagement"),
                m_engagement,
                QStringLiteral("--out"),
                out,
                QStringLiteral("--passphrase-stdin")};
    }

    QStringList exportTo(const QString& vault, const QString& out)
    {
        return {QStringLiteral("export"),
                vault,
                QStringLiteral("--engagement"),
                m_engagement,
                QStringLiteral("--plaintext"),
                QStringLiteral("--overwrite"),
                QStringLiteral("--out"),
                out,
                QStringLiteral("--passphrase-stdin")};
    }

    QString copyOfVault(const QString& name)
    {
        const QString copy = path(name);
        QFile::remove(copy);
        return QFile::copy(m_vault, copy) ? copy : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_vault = path(QStringLiteral("praktijk.mandaat"));
        const Run demo = cli({QStringLiteral("demo"),
                              m_vault,
                              QStringLiteral("--clients"),
                              QStringLiteral("8"),
                              QStringLiteral("--seed"),
                              QStringLiteral("7"),
                              QStringLiteral("--today"),
                              QStringLiteral("2026-11-22"),
                              QStringLiteral("--passphrase-stdin")},
                             env());
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        const Run list =
            cli({QStringLiteral("list"), m_vault, QStringLiteral("engagements"), QStringLiteral("--passphrase-stdin")},
                env());
        QVERIFY2(list.exitCode == 0, list.err.constData());
        for (const QByteArray& row : list.out.split('\n')) {
            if (row.contains("\toutplacement\t")) {
                m_engagement = QString::fromUtf8(row.left(row.indexOf('\t')));
                break;
            }
        }
        QVERIFY2(!m_engagement.isEmpty(), list.out.constData());
    }

    // Item 2: `letter --out v.mandaat` replaced the vault with a PDF and said so with exit 0.
    void aLetterIsNeverWrittenOverTheVault()
    {
        const QString vault = copyOfVault(QStringLiteral("letter-target.mandaat"));
        const QByteArray before = fileHash(vault);
        const qint64 issued = letters(vault);
        const QString link = path(QStringLiteral("looks-like-a.pdf"));
        QVERIFY(QFile::link(vault, link));
        // The vault by its name, by another spelling of it, and through a symlink.
        for (const QString& out : {vault, m_dir.path() + QStringLiteral("/./letter-target.mandaat"), link}) {
            const Run r = cli(letterTo(vault, out), env());
            QVERIFY2(r.exitCode == 1, r.err.constData());
            QVERIFY2(r.err.contains("open vault"), r.err.constData());
            QCOMPARE(fileHash(vault), before);
        }
        // Its journal name either: SQLite would take a file there for a hot journal.
        const Run journal = cli(letterTo(vault, vault + QStringLiteral("-journal")), env());
        QCOMPARE(journal.exitCode, 1);
        QVERIFY(!QFileInfo::exists(vault + QStringLiteral("-journal")));
        QCOMPARE(fileHash(vault), before);
        QCOMPARE(letters(vault), issued); // a refused name issues nothing
        QVERIFY(QFileInfo(link).isSymLink());
    }

    // Item 2: `export --overwrite --out v.mandaat` replaced the vault with the ZIP.
    void anExportIsNeverWrittenOverTheVault()
    {
        const QString vault = copyOfVault(QStringLiteral("export-target.mandaat"));
        const QByteArray before = fileHash(vault);
        const Run r = cli(exportTo(vault, vault), env());
        QVERIFY2(r.exitCode == 1, r.err.constData());
        QVERIFY2(r.err.contains("open vault"), r.err.constData());
        QCOMPARE(fileHash(vault), before);
        QVERIFY(partialsIn(m_dir.path()).isEmpty());
    }

    // Item 2: an existing file only with --overwrite; a folder or a device never.
    void anExistingFileOnlyWithOverwriteAndNeverAFolder()
    {
        const QString pdf = path(QStringLiteral("bestaand.pdf"));
        QVERIFY(mandaat::test::writeFile(pdf, "a file the user keeps"));
        const QByteArray before = fileHash(pdf);
        const qint64 issued = letters(m_vault);
        Run r = cli(letterTo(m_vault, pdf), env());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("already exists") && r.err.contains("--overwrite"), r.err.constData());
        QCOMPARE(fileHash(pdf), before);
        QCOMPARE(letters(m_vault), issued);

        r = cli(letterTo(m_vault, pdf) << QStringLiteral("--overwrite"), env());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(fileHash(pdf) != before);
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.read(5) == "%PDF-");
        QCOMPARE(letters(m_vault), issued + 1);

        const QString folder = path(QStringLiteral("Documents"));
        QVERIFY(QDir().mkpath(folder));
        for (const QStringList& arguments :
             {letterTo(m_vault, folder) << QStringLiteral("--overwrite"),
              exportTo(m_vault, folder),
              letterTo(m_vault, QStringLiteral("/dev/null")) << QStringLiteral("--overwrite")}) {
            r = cli(arguments, env());
            QVERIFY2(r.exitCode == 1, r.err.constData());
            QVERIFY2(r.err.contains("folder") || r.err.contains("not an ordinary file"), r.err.constData());
        }
        QVERIFY(QFileInfo(folder).isDir());
        QVERIFY(QDir(folder).isEmpty());
        QVERIFY(QFileInfo(QStringLiteral("/dev/null")).isWritable());
        QCOMPARE(letters(m_vault), issued + 1);
    }

    // Item 2: `restore --to ~/Documents` renamed the folder aside and put a vault in its place.
    void aRestoreNeverReplacesAFolder()
    {
        const QString backup = path(QStringLiteral("for-restore.mandaat"));
        Run r = cli(
            {QStringLiteral("backup"), m_vault, QStringLiteral("--out"), backup, QStringLiteral("--passphrase-stdin")},
            env());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString folder = path(QStringLiteral("Mijn documenten"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(mandaat::test::writeFile(folder + QStringLiteral("/brief.txt"), "kept"));
        const QStringList before = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        r = cli(
            {QStringLiteral("restore"), backup, QStringLiteral("--to"), folder, QStringLiteral("--passphrase-stdin")},
            env());
        QVERIFY2(r.exitCode == 1, r.err.constData());
        QVERIFY2(r.err.contains("is a folder"), r.err.constData());
        QVERIFY(QFileInfo(folder).isDir());
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/brief.txt")));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
    }

    // Item 6: whatever the umask, letters, exports, backups and the settings are the owner's only.
    void filesDoNotFollowTheUmask()
    {
        const QString folder = path(QStringLiteral("umask"));
        QVERIFY(QDir().mkpath(folder));
        const QString pdf = folder + QStringLiteral("/brief.pdf");
        const QString zip = folder + QStringLiteral("/export.zip");
        const QString backup = folder + QStringLiteral("/backup.mandaat");
        const QString config = folder + QStringLiteral("/config");
        // The settings where the desktop keeps them: XDG_CONFIG_HOME/Mandaat/Mandaat.conf.
        const QStringList environment{QStringLiteral("HOME=") + folder, QStringLiteral("XDG_CONFIG_HOME=") + config};
        const QString open = QStringLiteral("umask 000");
        Run r = cli(letterTo(m_vault, pdf), environment, open);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli(exportTo(m_vault, zip), environment, open);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli(
            {QStringLiteral("backup"), m_vault, QStringLiteral("--out"), backup, QStringLiteral("--passphrase-stdin")},
            environment,
            open);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(modeOf(pdf), mode_t(0600));
        QCOMPARE(modeOf(zip), mode_t(0600));
        QCOMPARE(modeOf(backup), mode_t(0600));
        const QString settings = config + QStringLiteral("/Mandaat/Mandaat.conf");
        QVERIFY2(QFileInfo::exists(settings), qPrintable(QDir(config).entryList().join(QLatin1Char(' '))));
        QCOMPARE(modeOf(settings), mode_t(0600));
        QCOMPARE(modeOf(config + QStringLiteral("/Mandaat")), mode_t(0700));
        // An existing settings folder and file made loose by an earlier version are tightened.
        QVERIFY(::chmod(QFile::encodeName(settings).constData(), 0644) == 0);
        QVERIFY(::chmod(QFile::encodeName(config + QStringLiteral("/Mandaat")).constData(), 0755) == 0);
        QVERIFY(QFile::remove(backup));
        r = cli(
            {QStringLiteral("backup"), m_vault, QStringLiteral("--out"), backup, QStringLiteral("--passphrase-stdin")},
            environment,
            open);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(modeOf(settings), mode_t(0600));
        QCOMPARE(modeOf(config + QStringLiteral("/Mandaat")), mode_t(0700));
    }

    // Item 4: a backup that failed on a full disk was logged as made (the audit count went up,
    // no backup file). The destination is a small tmpfs, a few sizes just above the vault's, so
    // that the copy fits and its check runs out of space; where mounting is not allowed, a
    // file-size limit (SIGXFSZ ignored: EFBIG as ENOSPC) on the whole command. Whatever fails,
    // the vault's log says "backup made" only when the backup is there and opens.
    void aFailedBackupIsNeverLoggedAsMade()
    {
        const QString vault = copyOfVault(QStringLiteral("backup-full.mandaat"));
        const qint64 size = QFileInfo(vault).size();
        const QString countSql = QStringLiteral("SELECT count(*) FROM audit_entry WHERE kind = 'backup'");
        const QString disk = path(QStringLiteral("small-disk"));
        QVERIFY(QDir().mkpath(disk));
        const bool mounts = ::geteuid() == 0 &&
            QProcess::execute(QStringLiteral("mount"),
                              {QStringLiteral("-t"),
                               QStringLiteral("tmpfs"),
                               QStringLiteral("-o"),
                               QStringLiteral("size=1m"),
                               QStringLiteral("tmpfs"),
                               disk}) == 0 &&
            QProcess::execute(QStringLiteral("umount"), {disk}) == 0;
        int failures = 0;
        for (const qint64 extra : {4096, 8192, 12288, 32768}) {
            const qint64 logged = scalar(vault, countSql);
            QString backup;
            QString prefix;
            if (mounts) {
                QVERIFY(QProcess::execute(QStringLiteral("mount"),
                                          {QStringLiteral("-t"),
                                           QStringLiteral("tmpfs"),
                                           QStringLiteral("-o"),
                                           QStringLiteral("size=%1").arg(size + extra),
                                           QStringLiteral("tmpfs"),
                                           disk}) == 0);
                backup = disk + QStringLiteral("/backup.mandaat");
            } else {
                backup = path(QStringLiteral("limited-%1.mandaat").arg(extra));
                prefix = QStringLiteral("trap '' XFSZ; ulimit -f %1").arg((size + extra) / 1024);
            }
            const Run r = cli({QStringLiteral("backup"),
                               vault,
                               QStringLiteral("--out"),
                               backup,
                               QStringLiteral("--passphrase-stdin")},
                              env(),
                              prefix);
            const bool made = QFileInfo::exists(backup);
            const qint64 clients = made ? scalar(backup, QStringLiteral("SELECT count(*) FROM client")) : -1;
            const QStringList left = partialsIn(QFileInfo(backup).absolutePath());
            if (mounts) {
                QVERIFY(QProcess::execute(QStringLiteral("umount"), {disk}) == 0);
            }
            QVERIFY2(r.exitCode == (made ? 0 : 1), r.err.constData());
            QVERIFY2(scalar(vault, countSql) == logged + (made ? 1 : 0),
                     qPrintable(QStringLiteral("%1 bytes free: %2").arg(size + extra).arg(QString::fromUtf8(r.err))));
            if (made) {
                QCOMPARE(clients, scalar(vault, QStringLiteral("SELECT count(*) FROM client")));
            } else {
                ++failures;
            }
            QCOMPARE(left, QStringList());
        }
        QVERIFY2(failures > 0, "no size made the backup fail");
    }

    // Item 4: a backup of a damaged vault exits 4 and names the vault, not the destination.
    void aBackupOfADamagedVaultBlamesTheVault()
    {
        const QString vault = copyOfVault(QStringLiteral("damaged.mandaat"));
        const qint64 pages = QFileInfo(vault).size() / 4096;
        QVERIFY(pages > 4);
        QVERIFY(mandaat::test::flipByte(vault, (pages - 2) * 4096 + 2000));
        const QString backup = path(QStringLiteral("of-damaged.mandaat"));
        const Run r = cli(
            {QStringLiteral("backup"), vault, QStringLiteral("--out"), backup, QStringLiteral("--passphrase-stdin")},
            env());
        QVERIFY2(r.exitCode == 4, r.err.constData());
        QVERIFY2(r.err.contains("damaged.mandaat is damaged"), r.err.constData());
        QVERIFY(!QFileInfo::exists(backup));
        QVERIFY(partialsIn(m_dir.path()).isEmpty());
    }

    // Item 9: a killed `demo` left an empty vault under the name, so that the rerun was refused.
    void aKilledDemoDoesNotBlockItsRerun()
    {
        const QString folder = path(QStringLiteral("demo"));
        QVERIFY(QDir().mkpath(folder));
        const QString vault = folder + QStringLiteral("/demo.mandaat");
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("MANDAAT_SETTINGS_FILE"), path(QStringLiteral("settings.ini")));
        process.setProcessEnvironment(environment);
        process.start(Cli,
                      {QStringLiteral("demo"),
                       vault,
                       QStringLiteral("--clients"),
                       QStringLiteral("2000"), // long enough to be killed half way (60 took under a second)
                       QStringLiteral("--passphrase-stdin")});
        QVERIFY(process.waitForStarted());
        process.write(passphrase().toUtf8() + '\n');
        process.closeWriteChannel();
        // Killed once the vault file is being filled.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(vault) || !partialsIn(folder).isEmpty(), 60000);
        QThread::msleep(200);
        QVERIFY2(process.state() == QProcess::Running, "the demo finished before it could be killed");
        ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit); // killed, not finished
        QVERIFY2(!QFileInfo::exists(vault), "a killed demo left a file under the vault's name");

        const Run rerun = cli({QStringLiteral("demo"),
                               vault,
                               QStringLiteral("--clients"),
                               QStringLiteral("8"),
                               QStringLiteral("--passphrase-stdin")},
                              env());
        QVERIFY2(rerun.exitCode == 0, rerun.err.constData());
        QVERIFY(scalar(vault, QStringLiteral("SELECT count(*) FROM client")) > 0);
        QCOMPARE(partialsIn(folder), QStringList()); // the killed run's leftovers are gone too
    }

    // Item 9: a killed backup left its .partial file for ever; the next backup removes it, but
    // never one that a running backup holds.
    void aKilledBackupsPartialFileIsCleanedUp()
    {
        const QString folder = path(QStringLiteral("backups"));
        QVERIFY(QDir().mkpath(folder));
        const QString killed = folder + QStringLiteral("/maandag.mandaat.Xy12Zq.partial");
        QVERIFY(mandaat::test::writeFile(killed, QByteArray(8192, 'k')));
        QVERIFY(mandaat::test::writeFile(killed + QStringLiteral("-journal"), QByteArray(512, 'j')));
        const QString running = folder + QStringLiteral("/dinsdag.mandaat.Ab34Cd.partial");
        QVERIFY(mandaat::test::writeFile(running, QByteArray(8192, 'r')));
        const int held = ::open(QFile::encodeName(running).constData(), O_RDONLY | O_CLOEXEC);
        QVERIFY(held >= 0 && ::flock(held, LOCK_EX | LOCK_NB) == 0);
        const QString someoneElses = folder + QStringLiteral("/download.partial");
        QVERIFY(mandaat::test::writeFile(someoneElses, "not Mandaat's"));

        const Run r = cli({QStringLiteral("backup"),
                           m_vault,
                           QStringLiteral("--out"),
                           folder + QStringLiteral("/woensdag.mandaat"),
                           QStringLiteral("--passphrase-stdin")},
                          env());
        ::close(held);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!QFileInfo::exists(killed));
        QVERIFY(!QFileInfo::exists(killed + QStringLiteral("-journal")));
        QVERIFY(QFileInfo::exists(running));
        QVERIFY(QFileInfo::exists(someoneElses));
    }

    // Item 9: an imported name with ESC and NUL reached the terminal raw.
    void controlCharactersFromImportedNamesAreEscaped()
    {
        const QString vault = copyOfVault(QStringLiteral("escape.mandaat"));
        const QString csv = path(QStringLiteral("clients.csv"));
        QByteArray name = "Eve\x1b]0;owned\x07\x1b[2J";
        name += '\0';
        name += "Smith";
        QVERIFY(mandaat::test::writeFile(csv, "name;email\n\"" + name + "\";eve@example.org\n"));
        Run r = cli(
            {QStringLiteral("import"), vault, QStringLiteral("--clients"), csv, QStringLiteral("--passphrase-stdin")},
            env());
        QVERIFY2(r.exitCode == 0, r.err.constData()); // such a name is accepted, and must then be shown safely
        const QByteArray all = r.out + r.err;
        QVERIFY2(!all.contains('\x1b') && !all.contains('\0') && !all.contains('\x07'), all.constData());
        r = cli({QStringLiteral("list"), vault, QStringLiteral("clients"), QStringLiteral("--passphrase-stdin")},
                env());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(!r.out.contains('\x1b') && !r.out.contains('\0') && !r.out.contains('\x07'), r.out.constData());
        QVERIFY2(r.out.contains("\tEve\\x1B]0;owned\\x07\\x1B[2J\\x00Smith\n"), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(AttackPathsTest)
#include "AttackPathsTest.moc"
