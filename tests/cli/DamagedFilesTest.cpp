// Issue 10, part 2: damaged and unusable vault files through mandaat-cli, classified as
// docs/architecture.md ("Opening") says, each with its exit code and message, and never a
// write to the damaged file. Links core only to find the pages of each kind in the vault.
#include "CliRunner.h"
#include "TestSupport.h"

#include "domain/Attachment.h"
#include "exchange/AuditHeads.h"
#include "exchange/AuditVerifier.h"
#include "repositories/AttachmentRepository.h"
#include "repositories/Records.h"
#include "util/Settings.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace mandaat;
using test::fileHash;
using test::passphrase;

namespace {

constexpr qint64 PageSize = 4096;

using Run = mandaat::test::CliRun;

/// mandaat-cli with the passphrase on stdin; \a wrapper runs it inside another command.
Run cli(const QStringList& arguments, const QStringList& wrapper = {}, const QString& passphraseLine = passphrase())
{
    return test::runCliWith(arguments + QStringList{QStringLiteral("--passphrase-stdin")},
                            passphraseLine.toUtf8() + '\n',
                            {},
                            120000,
                            wrapper);
}

bool truncateTo(const QString& path, qint64 size)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.resize(size);
}

} // namespace

class DamagedFilesTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_base;
    QString m_settingsFile;
    SecureBytes m_key;
    qint64 m_pages = 0;
    QHash<QString, qint64> m_pageOf; // a page of each kind, 1-based as SQLite counts
    qint64 m_bigAttachment = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    QString copyOfBase(const QString& name)
    {
        const QString file = path(name);
        QFile::remove(file);
        return QFile::copy(m_base, file) && QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner)
            ? file
            : QString();
    }

    qint64 pageCount(Vault& vault)
    {
        QSqlQuery query(vault.database());
        return query.exec(QStringLiteral("PRAGMA page_count")) && query.next() ? query.value(0).toLongLong() : 0;
    }

    qint64 rootPage(Vault& vault, const QString& name)
    {
        QSqlQuery query(vault.database());
        query.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"));
        query.addBindValue(name);
        return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // This computer's record of the audit log (issue 16, item 5) in a file of the test's own.
        m_settingsFile = path(QStringLiteral("Mandaat.conf"));
        qputenv("MANDAAT_SETTINGS_FILE", QFile::encodeName(m_settingsFile));
        m_base = path(QStringLiteral("base.mandaat"));
        // A practice with every kind of record, notes in the full-text index among them.
        const Run demo = cli({QStringLiteral("demo"),
                              m_base,
                              QStringLiteral("--clients"),
                              QStringLiteral("12"),
                              QStringLiteral("--seed"),
                              QStringLiteral("5"),
                              QStringLiteral("--today"),
                              QStringLiteral("2026-11-22")});
        QCOMPARE(demo.exitCode, 0);

        VaultError error;
        std::unique_ptr<Vault> vault = Vault::open(m_base, passphrase(), Vault::Access::ReadWrite, &error);
        QVERIFY2(vault, qPrintable(error.message));
        m_key = vault->key();
        {
            // An attachment of 40 KB: one cell on a leaf and a chain of overflow pages, appended
            // at the end of the file, of which the middle one is surely an overflow page.
            Records records(*vault);
            const qint64 before = pageCount(*vault);
            Attachment big;
            big.fileName = QStringLiteral("gedragscode.pdf");
            big.mimeType = QStringLiteral("application/pdf");
            big.content = QByteArray(40 * 1024, 'p');
            RecordError recordError;
            QVERIFY2(records.attachments().add(big, &recordError), qPrintable(recordError.message));
            m_bigAttachment = big.id;
            const qint64 after = pageCount(*vault);
            QVERIFY2(after - before >= 9, qPrintable(QStringLiteral("%1 → %2").arg(before).arg(after)));
            m_pageOf.insert(QStringLiteral("overflow"), (before + after) / 2);
        }
        {
            // Written here as Mandaat writes: this computer's record of the log follows the
            // entry, or verify would rightly report it as added outside Mandaat.
            Settings settings(m_settingsFile);
            AuditHeads::noteSeen(settings, vault->saltHex(), AuditVerifier(vault->database()).head());
        }
        m_pageOf.insert(QStringLiteral("table"), rootPage(*vault, QStringLiteral("client")));
        m_pageOf.insert(QStringLiteral("index"), rootPage(*vault, QStringLiteral("attachment_engagement")));
        m_pageOf.insert(QStringLiteral("fts"), rootPage(*vault, QStringLiteral("note_fts_segdir")));
        m_pages = pageCount(*vault);
        vault->close();
        for (auto it = m_pageOf.cbegin(); it != m_pageOf.cend(); ++it) {
            QVERIFY2(it.value() > 1 && it.value() <= m_pages, qPrintable(it.key()));
        }
        QCOMPARE(QFileInfo(m_base).size(), m_pages * PageSize);
        QCOMPARE(cli({QStringLiteral("verify"), m_base}).exitCode, 0);
    }

    void damaged_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("message");
        const QStringList restore{QStringLiteral("damaged"), QStringLiteral("backup")};
        const QStringList wrongOrFirstPage{QStringLiteral("passphrase or key is wrong"),
                                           QStringLiteral("first page"),
                                           QStringLiteral("damaged"),
                                           QStringLiteral("backup")};
        const QStringList notAVault{QStringLiteral("not a Mandaat vault"), QStringLiteral("backup")};
        for (const QString& command : {QStringLiteral("verify"), QStringLiteral("info")}) {
            const auto row = [&](const char* name) {
                return &QTest::newRow(qPrintable(QStringLiteral("%1, %2").arg(QString::fromLatin1(name), command)));
            };
            *row("zero-length") << QStringLiteral("zero") << command << 4 << notAVault;
            *row("truncated mid-page") << QStringLiteral("truncate-odd") << command << 4 << notAVault;
            *row("truncated to one page") << QStringLiteral("truncate-one") << command << 4 << restore;
            *row("first page flipped") << QStringLiteral("flip-first") << command << 3 << wrongOrFirstPage;
            *row("folder") << QStringLiteral("folder") << command << 1 << QStringList{QStringLiteral("folder")};
        }
        // What only a full read finds: verify reads every page.
        const QString verify = QStringLiteral("verify");
        QTest::newRow("truncated at a page boundary, verify")
            << QStringLiteral("truncate-pages") << verify << 4 << restore;
        QTest::newRow("table page flipped, verify") << QStringLiteral("flip-table") << verify << 4 << restore;
        QTest::newRow("index page flipped, verify") << QStringLiteral("flip-index") << verify << 4 << restore;
        QTest::newRow("FTS page flipped, verify") << QStringLiteral("flip-fts") << verify << 4 << restore;
        QTest::newRow("overflow page flipped, verify") << QStringLiteral("flip-overflow") << verify << 4 << restore;
        // Commands that read the damaged table.
        QTest::newRow("table page flipped, list clients")
            << QStringLiteral("flip-table") << QStringLiteral("list clients") << 4 << restore;
        QTest::newRow("FTS page flipped, search")
            << QStringLiteral("flip-fts") << QStringLiteral("search Gent") << 4 << restore;
        QTest::newRow("table page flipped, import")
            << QStringLiteral("flip-table") << QStringLiteral("import --clients CSV") << 4 << restore;
    }

    void damaged()
    {
        QFETCH(QString, damage);
        QFETCH(QString, command);
        QFETCH(int, exitCode);
        QFETCH(QStringList, message);
        QString file = copyOfBase(QStringLiteral("damaged.mandaat"));
        QVERIFY(!file.isEmpty());
        if (damage == QLatin1String("zero")) {
            QVERIFY(truncateTo(file, 0));
        } else if (damage == QLatin1String("truncate-odd")) {
            QVERIFY(truncateTo(file, (m_pages - 2) * PageSize + 1000));
        } else if (damage == QLatin1String("truncate-one")) {
            QVERIFY(truncateTo(file, PageSize));
        } else if (damage == QLatin1String("truncate-pages")) {
            QVERIFY(truncateTo(file, (m_pages - 3) * PageSize));
        } else if (damage == QLatin1String("flip-first")) {
            QVERIFY(test::flipByte(file, 1000));
        } else if (damage == QLatin1String("folder")) {
            QFile::remove(file);
            QVERIFY(QDir().mkpath(file));
        } else {
            const qint64 page = m_pageOf.value(damage.mid(5));
            QVERIFY(page > 1);
            QVERIFY(test::flipByte(file, (page - 1) * PageSize + 2000));
        }
        const QByteArray damaged = fileHash(file);
        const qint64 size = QFileInfo(file).size();

        QStringList arguments = command.split(QLatin1Char(' '));
        arguments.insert(1, file);
        const int csv = arguments.indexOf(QStringLiteral("CSV"));
        if (csv >= 0) {
            arguments[csv] = path(QStringLiteral("clients.csv"));
            QVERIFY(test::writeFile(arguments[csv], "Naam;Gemeente\nAn Peeters;Gent\nBert Claes;Aalst\n"));
        }
        const Run run = cli(arguments);
        QVERIFY2(run.exitCode == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.all())));
        for (const QString& words : message) {
            QVERIFY2(run.all().contains(words, Qt::CaseInsensitive),
                     qPrintable(words + QStringLiteral(" not in: ") + run.all()));
        }
        if (damage != QLatin1String("folder")) {
            QCOMPARE(fileHash(file), damaged);
            QCOMPARE(QFileInfo(file).size(), size);
            QVERIFY(!QFileInfo::exists(file + QStringLiteral("-journal")));
        }
        QFile::remove(file);
        QDir(file).removeRecursively();
    }

    /// The overflow case above really is an overflow page: the attachment's row reads, its
    /// content does not.
    void overflowPageIsAnOverflowPage()
    {
        const QString file = copyOfBase(QStringLiteral("overflow.mandaat"));
        QVERIFY(test::flipByte(file, (m_pageOf.value(QStringLiteral("overflow")) - 1) * PageSize + 2000));
        VaultError error;
        std::unique_ptr<Vault> vault = Vault::openWithKey(file, m_key, Vault::Access::ReadOnly, &error);
        QVERIFY2(vault, qPrintable(error.message));
        QSqlQuery query(vault->database());
        QVERIFY(query.exec(QStringLiteral("SELECT file_name FROM attachment WHERE id = %1").arg(m_bigAttachment)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("gedragscode.pdf"));
        query.finish();
        const bool read =
            query.exec(
                QStringLiteral("SELECT created_at, content FROM attachment WHERE id = %1").arg(m_bigAttachment)) &&
            query.next() && !query.lastError().isValid();
        QVERIFY(!read);
    }

    /// A file the user may not read, or not write: as an unprivileged user (CI runs as root).
    void permissions_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("unreadable, info") << QStringLiteral("info") << 0 << 1;
        QTest::newRow("unreadable, verify") << QStringLiteral("verify") << 0 << 1;
        QTest::newRow("read-only, info") << QStringLiteral("info") << 0444 << 0;
        QTest::newRow("read-only, import") << QStringLiteral("import --clients CSV") << 0444 << 1;
    }

    void permissions()
    {
        QFETCH(QString, command);
        QFETCH(int, mode);
        QFETCH(int, exitCode);
        QStringList wrapper;
        if (::geteuid() == 0) {
            wrapper = QStringList{QStringLiteral("setpriv"),
                                  QStringLiteral("--reuid=65534"),
                                  QStringLiteral("--regid=65534"),
                                  QStringLiteral("--clear-groups"),
                                  QStringLiteral("--")};
        }
        // A folder anyone may enter and write, so that only the file's own mode stands in the way.
        const QString folder = path(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7711)));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::Permissions(0x7777)));
        const QString file = folder + QStringLiteral("/vault.mandaat");
        QFile::remove(file);
        QVERIFY(QFile::copy(m_base, file));
        QVERIFY(::chmod(QFile::encodeName(file).constData(), static_cast<mode_t>(mode)) == 0);
        const QByteArray before = fileHash(file);
        QStringList arguments = command.split(QLatin1Char(' '));
        arguments.insert(1, file);
        const int csv = arguments.indexOf(QStringLiteral("CSV"));
        if (csv >= 0) {
            arguments[csv] = folder + QStringLiteral("/clients.csv");
            QVERIFY(test::writeFile(arguments[csv], "Naam\nAn Peeters\n"));
            QVERIFY(QFile::setPermissions(arguments[csv], QFileDevice::Permissions(0x4444)));
        }
        const Run run = cli(arguments, wrapper);
        QVERIFY2(run.exitCode == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.all())));
        if (exitCode != 0) {
            QVERIFY2(run.err.contains(QStringLiteral("permission"), Qt::CaseInsensitive) ||
                         run.err.contains(QStringLiteral("readonly"), Qt::CaseInsensitive),
                     qPrintable(run.all()));
        }
        QCOMPARE(fileHash(file), before);
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-journal")));
        QFile::remove(file);
    }

    /// A full disk: the file may not grow (ulimit -f, with SIGXFSZ ignored so that the write
    /// fails instead of killing the program). The import fails, says why, and leaves the vault
    /// as it was.
    void fullDisk()
    {
        const QString file = copyOfBase(QStringLiteral("full.mandaat"));
        const qint64 size = QFileInfo(file).size();
        const QString clients = cli({QStringLiteral("list"), file, QStringLiteral("clients")}).out;
        QVERIFY(!clients.isEmpty());
        QByteArray csv = "Naam;Gemeente;Notities\n";
        for (int i = 0; i < 3000; ++i) {
            csv += "Klant " + QByteArray::number(i) + ";Gent;" + QByteArray(200, 'x') + '\n';
        }
        const QString csvPath = path(QStringLiteral("many.csv"));
        QVERIFY(test::writeFile(csvPath, csv));
        const qint64 blocks = QFileInfo(file).size() / 1024 + 8; // a little room, not enough
        const Run run = cli({QStringLiteral("import"), file, QStringLiteral("--clients"), csvPath},
                            {QStringLiteral("bash"),
                             QStringLiteral("-c"),
                             QStringLiteral("ulimit -f %1; trap '' XFSZ; exec \"$@\"").arg(blocks),
                             QStringLiteral("bash")});
        QVERIFY2(run.exitCode == 1, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.all())));
        QVERIFY2(run.err.contains(QStringLiteral("disk"), Qt::CaseInsensitive), qPrintable(run.all()));
        QVERIFY2(run.err.contains(QStringLiteral("Nothing was imported")), qPrintable(run.all()));
        // A rolled-back page is written back re-encrypted under a new IV: the bytes differ, the
        // content and the size do not.
        QCOMPARE(QFileInfo(file).size(), size);
        QCOMPARE(cli({QStringLiteral("list"), file, QStringLiteral("clients")}).out, clients);
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-journal")));
        const Run verify = cli({QStringLiteral("verify"), file});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.all()));
    }
};

QTEST_GUILESS_MAIN(DamagedFilesTest)
#include "DamagedFilesTest.moc"
