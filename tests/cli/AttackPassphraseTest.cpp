// Issue 16, items 1, 3 and 8, as a careful attacker and a clumsy user would try them: passwd
// never says "changed" unless the file opens with the new passphrase and refuses the old one
// (another connection's lock, a full disk, a read-only folder, two passwd at once); after a
// kill during passwd the read-only commands roll the unfinished change back and say so, or
// explain exactly; passphrase bytes are UTF-8 or refused, and no copy of a passphrase stays in
// the program's memory once its key is derived. Links core to hold locks the way another
// program would and to open the vault afterwards.
#include "TestSupport.h"

#include "vault/Vault.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace mandaat;
using test::fileHash;
using test::passphrase;

namespace {

const QString Cli = QStringLiteral(MANDAAT_BINARY_DIR "/app/mandaat-cli");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QString all() const { return QStringLiteral("exit %1\n%2%3").arg(exitCode).arg(out, err); }
};

QByteArray line(const QString& text)
{
    return text.toUtf8() + '\n';
}

/// mandaat-cli with \a arguments as given, \a input on stdin, no passphrase in the environment
/// and no controlling terminal; \a wrapper runs it inside another command.
void startCli(QProcess& process, const QStringList& arguments, const QStringList& wrapper = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("MANDAAT_PASSPHRASE"));
    env.remove(QStringLiteral("MANDAAT_NEW_PASSPHRASE"));
    process.setProcessEnvironment(env);
    process.setChildProcessModifier([] { ::setsid(); });
    QStringList command = wrapper;
    command << Cli << arguments;
    process.start(command.takeFirst(), command);
}

Run finish(QProcess& process)
{
    Run run;
    run.exitCode = mandaat::test::waitForExitCode(process, 120000);
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

Run cli(const QStringList& arguments, const QByteArray& input, const QStringList& wrapper = {})
{
    QProcess process;
    startCli(process, arguments, wrapper);
    if (!process.waitForStarted()) {
        return {};
    }
    process.write(input);
    process.closeWriteChannel();
    return finish(process);
}

/// passwd \a file with the current and the new passphrase on stdin.
Run passwd(const QString& file, const QString& current, const QString& fresh, const QStringList& wrapper = {})
{
    return cli(
        {QStringLiteral("passwd"), file, QStringLiteral("--passphrase-stdin")}, line(current) + line(fresh), wrapper);
}

/// Runs as the unprivileged user "nobody" when this test runs as root (CI does), so that file
/// and folder modes apply.
QStringList asUnprivileged()
{
    if (::geteuid() != 0) {
        return {};
    }
    return {QStringLiteral("setpriv"),
            QStringLiteral("--reuid=65534"),
            QStringLiteral("--regid=65534"),
            QStringLiteral("--clear-groups"),
            QStringLiteral("--")};
}

/// Whether process \a pid has \a file open (a vault is opened after its key is derived).
bool hasOpen(qint64 pid, const QString& file)
{
    const QString wanted = QFileInfo(file).canonicalFilePath();
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QFileInfo& fd : fds.entryInfoList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
        if (fd.symLinkTarget() == wanted) {
            return true;
        }
    }
    return false;
}

/// Waits until process \a pid has opened \a file and then until it waits to read standard input
/// (in the read system call on fd 0), as passwd does for the new passphrase after opening.
bool waitUntilReadingStdinAfterOpening(qint64 pid, const QString& file)
{
    QElapsedTimer timer;
    timer.start();
    bool opened = false;
    while (timer.elapsed() < 60000) {
        opened = opened || hasOpen(pid, file);
        if (opened) {
            QFile syscall(QStringLiteral("/proc/%1/syscall").arg(pid));
            // "0 0x0 ...": read(0, ...).
            if (syscall.open(QIODevice::ReadOnly) && syscall.readAll().startsWith("0 0x0 ")) {
                return true;
            }
        }
        QThread::msleep(5);
    }
    return false;
}

/// Whether the writable memory of process \a pid holds \a secret as UTF-8 or UTF-16. Regions are
/// read in chunks that overlap by the secret's length; mappings larger than 1 GiB are reserved
/// address space (the sanitizers' shadow memory), not the heap, and are skipped.
QString findInMemory(qint64 pid, const QString& secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2);
    QFile maps(QStringLiteral("/proc/%1/maps").arg(pid));
    QFile memory(QStringLiteral("/proc/%1/mem").arg(pid));
    if (!maps.open(QIODevice::ReadOnly) || !memory.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return QStringLiteral("cannot read the memory of %1").arg(pid);
    }
    constexpr qint64 chunk = 1 << 20;
    constexpr qint64 largestRegion = qint64(1) << 30;
    const qint64 overlap = qMax(utf8.size(), utf16.size());
    int regions = 0;
    for (const QByteArray& mapping : maps.readAll().split('\n')) {
        const QList<QByteArray> fields = mapping.simplified().split(' ');
        if (fields.size() < 2 || !fields.at(1).startsWith("rw")) {
            continue;
        }
        const QList<QByteArray> range = fields.at(0).split('-');
        const qint64 start = range.value(0).toLongLong(nullptr, 16);
        const qint64 end = range.value(1).toLongLong(nullptr, 16);
        if (end <= start || end - start > largestRegion) {
            continue;
        }
        bool read = false;
        for (qint64 at = start; at < end; at += chunk) {
            const qint64 from = qMax(start, at - overlap);
            if (!memory.seek(from)) {
                continue;
            }
            const QByteArray bytes = memory.read(qMin(end, at + chunk) - from);
            if (bytes.isEmpty()) {
                continue;
            }
            read = true;
            const QString where =
                QStringLiteral("%1 (%2)").arg(QString::fromLatin1(fields.at(0)), QString::fromLatin1(fields.value(5)));
            if (bytes.contains(utf8)) {
                return QStringLiteral("UTF-8 at ") + where;
            }
            if (bytes.contains(utf16)) {
                return QStringLiteral("UTF-16 at ") + where;
            }
        }
        regions += read ? 1 : 0;
    }
    return regions > 0 ? QString() : QStringLiteral("no writable memory of %1 could be read").arg(pid);
}

/// A tmpfs of \a bytes mounted at \a folder for as long as this object lives; isMounted() is
/// false where mounting is not allowed (not root).
class SmallDisk
{
public:
    SmallDisk(const QString& folder, qint64 bytes)
        : m_folder(folder)
    {
        QDir().mkpath(folder);
        m_mounted = ::geteuid() == 0 &&
            QProcess::execute(QStringLiteral("mount"),
                              {QStringLiteral("-t"),
                               QStringLiteral("tmpfs"),
                               QStringLiteral("-o"),
                               QStringLiteral("size=%1,mode=0700").arg(bytes),
                               QStringLiteral("tmpfs"),
                               folder}) == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted) {
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_folder});
        }
    }
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;
    bool isMounted() const { return m_mounted; }

private:
    QString m_folder;
    bool m_mounted = false;
};

const QByteArray JournalMagic = QByteArray::fromHex("d9d505f920a163d7");

} // namespace

class AttackPassphraseTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_base;
    QString m_clients; // list clients of the base vault
    QString m_info; // info of the base vault
    const QString m_fresh = QStringLiteral("een geheel nieuwe zin voor de kluis");

    QString path(const QString& name) const { return m_dir.filePath(name); }

    QString copyOfBase(const QString& name)
    {
        const QString file = path(name);
        QFile::remove(file);
        QFile::remove(file + QStringLiteral("-journal"));
        return QFile::copy(m_base, file) && QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner)
            ? file
            : QString();
    }

    /// How \a file answers \a key: "opens", "refused" (exit 3 of the CLI), or the error.
    static QString answerTo(const QString& file, const QString& candidate)
    {
        VaultError error;
        const auto vault = Vault::open(file, candidate, Vault::Access::ReadOnly, &error);
        if (vault) {
            return vault->checkIntegrity(true).isEmpty() ? QStringLiteral("opens") : QStringLiteral("damaged");
        }
        return error.exitCode() == 3 ? QStringLiteral("refused") : error.message;
    }

    /// The vault \a file opens with the old passphrase, as it was, and refuses \a notThis.
    void expectUnchanged(const QString& file, const QString& notThis)
    {
        QCOMPARE(answerTo(file, passphrase()), QStringLiteral("opens"));
        QCOMPARE(answerTo(file, notThis), QStringLiteral("refused"));
        const Run list =
            cli({QStringLiteral("list"), file, QStringLiteral("clients"), QStringLiteral("--passphrase-stdin")},
                line(passphrase()));
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.out, m_clients);
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-journal")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7711)));
        m_base = path(QStringLiteral("base.mandaat"));
        // Every kind of record, and enough clients with long notes that re-encrypting every page
        // takes a moment (a few MB).
        Run run = cli({QStringLiteral("demo"),
                       m_base,
                       QStringLiteral("--clients"),
                       QStringLiteral("12"),
                       QStringLiteral("--seed"),
                       QStringLiteral("5"),
                       QStringLiteral("--today"),
                       QStringLiteral("2026-11-22"),
                       QStringLiteral("--passphrase-stdin")},
                      line(passphrase()));
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QByteArray csv = "Naam;Gemeente;Notities\n";
        for (int i = 0; i < 1500; ++i) {
            csv += "Klant " + QByteArray::number(i) + ";Gent;" + QByteArray(1500, char('a' + i % 26)) + '\n';
        }
        const QString csvPath = path(QStringLiteral("clients.csv"));
        QVERIFY(test::writeFile(csvPath, csv));
        run = cli({QStringLiteral("import"),
                   m_base,
                   QStringLiteral("--clients"),
                   csvPath,
                   QStringLiteral("--passphrase-stdin")},
                  line(passphrase()));
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QVERIFY2(QFileInfo(m_base).size() > 2 * 1024 * 1024, qPrintable(QString::number(QFileInfo(m_base).size())));
        run = cli({QStringLiteral("list"), m_base, QStringLiteral("clients"), QStringLiteral("--passphrase-stdin")},
                  line(passphrase()));
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        m_clients = run.out;
        QVERIFY(m_clients.contains(QStringLiteral("Klant 1499")));
        run = cli({QStringLiteral("info"), m_base, QStringLiteral("--passphrase-stdin")}, line(passphrase()));
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        m_info = run.out;
    }

    /// The way it works: changed, checked, and the old passphrase refused.
    void passwdChangesAndSaysSo()
    {
        const QString file = copyOfBase(QStringLiteral("changed.mandaat"));
        const Run run = passwd(file, passphrase(), m_fresh);
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QVERIFY2(run.out.contains(QStringLiteral("opened again with the new passphrase")), qPrintable(run.all()));
        QCOMPARE(answerTo(file, m_fresh), QStringLiteral("opens"));
        QCOMPARE(answerTo(file, passphrase()), QStringLiteral("refused"));
        const Run list =
            cli({QStringLiteral("list"), file, QStringLiteral("clients"), QStringLiteral("--passphrase-stdin")},
                line(m_fresh));
        QCOMPARE(list.out, m_clients);
    }

    /// Another program holds the vault: passwd waits for the lock a moment, then gives up, says
    /// so and which passphrase opens the vault; nothing is written.
    void passwdWhileAnotherProgramHoldsTheVault_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("write lock") << QStringList{
            QStringLiteral("BEGIN IMMEDIATE"),
            QStringLiteral("UPDATE practice_setting SET value = value WHERE key = "
                           "'vault.created_at'")};
        QTest::newRow("read transaction")
            << QStringList{QStringLiteral("BEGIN"), QStringLiteral("SELECT count(*) FROM client")};
    }

    void passwdWhileAnotherProgramHoldsTheVault()
    {
        QFETCH(QStringList, statements);
        const QString file = copyOfBase(QStringLiteral("held.mandaat"));
        // Before the holder opens it: closing any other descriptor of the file in this process
        // would drop the holder's POSIX locks.
        const QByteArray before = fileHash(file);
        VaultError error;
        auto holder = Vault::open(file, passphrase(), Vault::Access::ReadWrite, &error);
        QVERIFY2(holder, qPrintable(error.message));
        {
            QSqlQuery query(holder->database());
            for (const QString& statement : statements) {
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
                while (query.next()) { }
            }
        }
        const Run run = passwd(file, passphrase(), m_fresh);
        QVERIFY2(run.exitCode == 1, qPrintable(run.all()));
        QVERIFY2(run.err.contains(QStringLiteral("Another program")), qPrintable(run.all()));
        QVERIFY2(run.err.contains(QStringLiteral("Nothing was changed: the current passphrase still opens the vault")),
                 qPrintable(run.all()));
        QVERIFY2(!run.out.contains(QStringLiteral("changed")), qPrintable(run.all()));
        QSqlQuery(holder->database()).exec(QStringLiteral("ROLLBACK"));
        holder->close();
        QCOMPARE(fileHash(file), before);
        expectUnchanged(file, m_fresh);
    }

    /// A disk too full for the journal that holds every page while it is re-encrypted: a small
    /// tmpfs where this test may mount one, and a file-size limit (ulimit -f, with SIGXFSZ
    /// ignored so that the write fails instead of killing the program).
    void passwdOnAFullDisk_data()
    {
        QTest::addColumn<bool>("tmpfs");
        QTest::newRow("file-size limit") << false;
        if (::geteuid() == 0) {
            QTest::newRow("small tmpfs") << true;
        }
    }

    void passwdOnAFullDisk()
    {
        QFETCH(bool, tmpfs);
        const qint64 size = QFileInfo(m_base).size();
        QString file;
        QStringList wrapper;
        std::unique_ptr<SmallDisk> disk;
        if (tmpfs) {
            disk = std::make_unique<SmallDisk>(path(QStringLiteral("small-disk")), size + size / 2);
            QVERIFY(disk->isMounted());
            file = path(QStringLiteral("small-disk/full.mandaat"));
            QVERIFY(QFile::copy(m_base, file));
        } else {
            file = copyOfBase(QStringLiteral("limited.mandaat"));
            wrapper = QStringList{QStringLiteral("bash"),
                                  QStringLiteral("-c"),
                                  QStringLiteral("ulimit -f %1; trap '' XFSZ; exec \"$@\"").arg(size / 1024 / 2),
                                  QStringLiteral("bash")};
        }
        const Run run = passwd(file, passphrase(), m_fresh, wrapper);
        QVERIFY2(run.exitCode == 1, qPrintable(run.all()));
        QVERIFY2(run.err.contains(tmpfs ? QStringLiteral("MB free") : QStringLiteral("re-encrypting its pages failed")),
                 qPrintable(run.all()));
        QVERIFY2(run.err.contains(QStringLiteral("Nothing was changed: the current passphrase still opens the vault")),
                 qPrintable(run.all()));
        QCOMPARE(QFileInfo(file).size(), size);
        expectUnchanged(file, m_fresh);
    }

    /// The vault may be written, its folder not: SQLite cannot create the journal beside it.
    void passwdInAReadOnlyFolder()
    {
        const QString folder = path(QStringLiteral("read-only"));
        QVERIFY(QDir().mkpath(folder));
        const QString file = folder + QStringLiteral("/vault.mandaat");
        QFile::remove(file);
        QVERIFY(QFile::copy(m_base, file));
        const QStringList wrapper = asUnprivileged();
        if (::geteuid() == 0) {
            QVERIFY(::chown(QFile::encodeName(file).constData(), 65534, 65534) == 0);
        }
        QVERIFY(::chmod(QFile::encodeName(file).constData(), 0600) == 0);
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0555) == 0);
        const QByteArray before = fileHash(file);
        const Run run = passwd(file, passphrase(), m_fresh, wrapper);
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0700) == 0);
        QVERIFY2(run.exitCode == 1, qPrintable(run.all()));
        QVERIFY2(run.err.contains(QStringLiteral("journal")) && run.err.contains(QStringLiteral("read-only")),
                 qPrintable(run.all()));
        QVERIFY2(run.err.contains(QStringLiteral("Nothing was changed: the current passphrase still opens the vault")),
                 qPrintable(run.all()));
        QCOMPARE(fileHash(file), before);
        expectUnchanged(file, m_fresh);
    }

    /// Two passwd at once, both opened with the old passphrase before either changes it: one
    /// changes it, the other says it did not and which passphrase opens the vault.
    void twoPasswdAtOnce()
    {
        const QString file = copyOfBase(QStringLiteral("twice.mandaat"));
        const QString first = QStringLiteral("de eerste nieuwe zin voor de kluis");
        const QString second = QStringLiteral("de tweede nieuwe zin voor de kluis");
        QProcess a;
        QProcess b;
        for (QProcess* process : {&a, &b}) {
            startCli(*process, {QStringLiteral("passwd"), file, QStringLiteral("--passphrase-stdin")});
            QVERIFY(process->waitForStarted());
            process->write(line(passphrase()));
            QVERIFY(process->waitForBytesWritten());
        }
        QVERIFY(waitUntilReadingStdinAfterOpening(a.processId(), file));
        QVERIFY(waitUntilReadingStdinAfterOpening(b.processId(), file));
        a.write(line(first));
        b.write(line(second));
        QVERIFY(a.waitForBytesWritten());
        QVERIFY(b.waitForBytesWritten());
        a.closeWriteChannel();
        b.closeWriteChannel();
        const Run runA = finish(a);
        const Run runB = finish(b);
        const QString both = runA.all() + QStringLiteral("\n---\n") + runB.all();
        QVERIFY2((runA.exitCode == 0) != (runB.exitCode == 0), qPrintable(both));
        const Run& winner = runA.exitCode == 0 ? runA : runB;
        const Run& loser = runA.exitCode == 0 ? runB : runA;
        QVERIFY2(winner.out.contains(QStringLiteral("The passphrase was changed")), qPrintable(both));
        QVERIFY2(loser.exitCode == 1, qPrintable(both));
        QVERIFY2(loser.err.contains(QStringLiteral("another program"), Qt::CaseInsensitive) &&
                     loser.err.contains(QStringLiteral("opens the vault now")),
                 qPrintable(both));
        const QString won = runA.exitCode == 0 ? first : second;
        const QString lost = runA.exitCode == 0 ? second : first;
        QCOMPARE(answerTo(file, won), QStringLiteral("opens"));
        QCOMPARE(answerTo(file, lost), QStringLiteral("refused"));
        QCOMPARE(answerTo(file, passphrase()), QStringLiteral("refused"));
    }

    /// kill -9 while passwd re-encrypts leaves a hot journal. info, list and verify, which open
    /// the vault read-only, roll it back first and say so; the vault is as it was.
    void killDuringPasswdThenReadOnlyCommands()
    {
        QString file;
        QString journal;
        bool hot = false;
        for (int attempt = 0; attempt < 30 && !hot; ++attempt) {
            file = copyOfBase(QStringLiteral("killed.mandaat"));
            journal = file + QStringLiteral("-journal");
            QProcess process;
            startCli(process, {QStringLiteral("passwd"), file, QStringLiteral("--passphrase-stdin")});
            QVERIFY(process.waitForStarted());
            process.write(line(passphrase()) + line(m_fresh));
            QVERIFY(process.waitForBytesWritten());
            process.closeWriteChannel();
            const qint64 pid = process.processId();
            // Kill as soon as the journal holds its header and some pages.
            QFile watched(journal);
            while (!process.waitForFinished(0)) {
                if (watched.open(QIODevice::ReadOnly)) {
                    const bool written = watched.size() >= 3 * 4096 && watched.read(8) == JournalMagic;
                    watched.close();
                    if (written) {
                        ::kill(static_cast<pid_t>(pid), SIGKILL);
                        break;
                    }
                }
                QThread::usleep(100);
            }
            process.waitForFinished(60000);
            QFile left(journal);
            hot = process.exitStatus() == QProcess::CrashExit && left.open(QIODevice::ReadOnly) &&
                left.read(8) == JournalMagic;
        }
        QVERIFY2(hot, "no kill left a hot journal");

        const QList<QStringList> commands{
            {QStringLiteral("info")}, {QStringLiteral("list"), QStringLiteral("clients")}, {QStringLiteral("verify")}};
        for (const QStringList& command : commands) {
            // Each on its own copy of the killed state: the vault and its journal.
            const QString copy = path(QStringLiteral("killed-%1.mandaat").arg(command.first()));
            QFile::remove(copy);
            QFile::remove(copy + QStringLiteral("-journal"));
            QVERIFY(QFile::copy(file, copy));
            QVERIFY(QFile::copy(journal, copy + QStringLiteral("-journal")));
            QStringList arguments{command.first(), copy};
            arguments << command.mid(1) << QStringLiteral("--passphrase-stdin");
            const Run run = cli(arguments, line(passphrase()));
            QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
            QVERIFY2(run.err.contains(QStringLiteral("left unfinished by a program that stopped")) &&
                         run.err.contains(QStringLiteral("rolled back")),
                     qPrintable(run.all()));
            QVERIFY(!QFileInfo::exists(copy + QStringLiteral("-journal")));
            if (command.first() == QLatin1String("info")) {
                QCOMPARE(run.out, m_info);
            } else if (command.first() == QLatin1String("list")) {
                QCOMPARE(run.out, m_clients);
            }
            // Rolled back: the old passphrase opens it, the new one is refused, and once is enough.
            QCOMPARE(answerTo(copy, m_fresh), QStringLiteral("refused"));
            const Run again = cli(arguments, line(passphrase()));
            QVERIFY2(again.exitCode == 0 && !again.err.contains(QStringLiteral("rolled back")),
                     qPrintable(again.all()));
        }

        // Where the journal cannot be rolled back (the folder may not be written), the read-only
        // commands say exactly that and what to do, and touch nothing.
        const QString folder = path(QStringLiteral("read-only-killed"));
        QVERIFY(QDir().mkpath(folder));
        const QString stuck = folder + QStringLiteral("/vault.mandaat");
        QVERIFY(QFile::copy(file, stuck));
        QVERIFY(QFile::copy(journal, stuck + QStringLiteral("-journal")));
        // Root's files and folder, read by "nobody"; or, not as root, read-only ones.
        QVERIFY(::chmod(QFile::encodeName(stuck).constData(), 0444) == 0);
        QVERIFY(::chmod(QFile::encodeName(stuck + QStringLiteral("-journal")).constData(), 0444) == 0);
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0555) == 0);
        const QByteArray before = fileHash(stuck);
        const Run run = cli({QStringLiteral("verify"), stuck, QStringLiteral("--passphrase-stdin")},
                            line(passphrase()),
                            asUnprivileged());
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
        QVERIFY2(run.exitCode == 1, qPrintable(run.all()));
        QVERIFY2(run.err.contains(QStringLiteral("left unfinished by a program that stopped")) &&
                     run.err.contains(QStringLiteral("Do not delete or move")) &&
                     run.err.contains(stuck + QStringLiteral("-journal")),
                 qPrintable(run.all()));
        QCOMPARE(fileHash(stuck), before);
        QVERIFY(QFileInfo::exists(stuck + QStringLiteral("-journal")));
    }

    /// Standard input at its end: no passphrase could be read (exit 2), not a wrong one (3).
    void passphraseAtTheEndOfInput()
    {
        const QString file = copyOfBase(QStringLiteral("eof.mandaat"));
        Run run = cli({QStringLiteral("info"), file, QStringLiteral("--passphrase-stdin")}, {});
        QVERIFY2(run.exitCode == 2, qPrintable(run.all()));
        QVERIFY2(run.err.contains(QStringLiteral("No passphrase could be read")), qPrintable(run.all()));
        // passwd with the current passphrase and no new one.
        const QByteArray before = fileHash(file);
        run = cli({QStringLiteral("passwd"), file, QStringLiteral("--passphrase-stdin")}, line(passphrase()));
        QVERIFY2(run.exitCode == 2, qPrintable(run.all()));
        QVERIFY2(run.err.contains(QStringLiteral("No passphrase could be read")), qPrintable(run.all()));
        QCOMPARE(fileHash(file), before);
    }

    /// Bytes that are not UTF-8 never become U+FFFD: a vault whose passphrase has U+FFFD where
    /// the Latin-1 byte ë stands is not opened with the Latin-1 bytes, from stdin or from the
    /// environment.
    void invalidUtf8IsRefused()
    {
        const QString replaced = QStringLiteral("Zo\ufffd schrijft een lange geheime zin");
        const QString file = path(QStringLiteral("replacement.mandaat"));
        VaultError error;
        QVERIFY2(Vault::create(file, replaced, &error), qPrintable(error.message));
        QCOMPARE(answerTo(file, replaced), QStringLiteral("opens"));
        const QByteArray latin1 = QByteArray("Zo\xeb schrijft een lange geheime zin");

        Run run = cli({QStringLiteral("info"), file, QStringLiteral("--passphrase-stdin")}, latin1 + '\n');
        QVERIFY2(run.exitCode == 2, qPrintable(run.all()));
        QVERIFY2(run.err.contains(QStringLiteral("not valid UTF-8")), qPrintable(run.all()));
        QVERIFY(run.out.isEmpty());

        run = cli({QStringLiteral("info"), file},
                  {},
                  {QStringLiteral("bash"),
                   QStringLiteral("-c"),
                   QStringLiteral("export MANDAAT_PASSPHRASE=\"$(printf 'Zo\\353 schrijft een lange geheime zin')\"; "
                                  "exec \"$@\""),
                   QStringLiteral("bash")});
        QVERIFY2(run.exitCode == 2, qPrintable(run.all()));
        QVERIFY2(run.err.contains(QStringLiteral("MANDAAT_PASSPHRASE")) &&
                     run.err.contains(QStringLiteral("not valid UTF-8")),
                 qPrintable(run.all()));

        // A new passphrase that is not UTF-8 changes nothing.
        const QString other = copyOfBase(QStringLiteral("latin1-new.mandaat"));
        const QByteArray before = fileHash(other);
        run = cli({QStringLiteral("passwd"), other, QStringLiteral("--passphrase-stdin")},
                  line(passphrase()) + QByteArray("een nieuwe zin met \xe9\xe9n fout") + '\n');
        QVERIFY2(run.exitCode == 2, qPrintable(run.all()));
        QVERIFY2(run.err.contains(QStringLiteral("not valid UTF-8")), qPrintable(run.all()));
        QCOMPARE(fileHash(other), before);
    }

    /// A leading FF FE is not taken as a sign to read UTF-16.
    void utf16ByteOrderMarkIsRefused()
    {
        const QString file = copyOfBase(QStringLiteral("bom.mandaat"));
        QByteArray utf16 = QByteArray("\xff\xfe", 2);
        const QString text = passphrase() + QLatin1Char('\n');
        utf16 += QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        const Run run = cli({QStringLiteral("info"), file, QStringLiteral("--passphrase-stdin")}, utf16);
        QVERIFY2(run.exitCode == 2, qPrintable(run.all()));
        QVERIFY2(run.err.contains(QStringLiteral("UTF-16 byte order mark")), qPrintable(run.all()));
        QVERIFY(run.out.isEmpty());
    }

    /// Once the key is derived, no copy of the passphrase stays in mandaat-cli's memory: passwd
    /// has opened the vault and waits for the new passphrase.
    void passphraseIsWipedOnceTheKeyIsDerived()
    {
        const QString file = copyOfBase(QStringLiteral("memory.mandaat"));
        QProcess process;
        startCli(process, {QStringLiteral("passwd"), file, QStringLiteral("--passphrase-stdin")});
        QVERIFY(process.waitForStarted());
        process.write(line(passphrase()));
        QVERIFY(process.waitForBytesWritten());
        QVERIFY(waitUntilReadingStdinAfterOpening(process.processId(), file));
        const QString found = findInMemory(process.processId(), passphrase());
        process.closeWriteChannel();
        const Run run = finish(process);
        QVERIFY2(found.isEmpty(), qPrintable(found));
        QCOMPARE(run.exitCode, 2); // no new passphrase came
    }
};

QTEST_GUILESS_MAIN(AttackPassphraseTest)
#include "AttackPassphraseTest.moc"
