// Backups and restores of a larger vault report their progress and can be cancelled (issue 7):
// a cancelled backup leaves no file and an unchanged vault (its audit entry taken back with the
// copy); a cancelled restore replaces nothing and leaves nothing beside the vault; finished,
// both reach 100 %.
#include "ExchangeFixture.h"

#include "exchange/AuditVerifier.h"
#include "exchange/BackupService.h"
#include "repositories/RecordListing.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace mandaat;
using namespace mandaat::test;

class BackupProgressTest : public QObject
{
    Q_OBJECT

private:
    ExchangeFixture m_fixture;
    ExchangeIds m_ids;
    QTemporaryDir m_dir;

    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QStringList filesIn(const QString& folder) const
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }
    QString vaultFolder() { return QFileInfo(m_fixture.vault().path()).absolutePath(); }

    // The vault as a user would check it: it passes integrity_check, its audit log verifies,
    // and the head is \a head.
    void checkVault(const AuditHead& head)
    {
        QVERIFY(m_fixture.vault().checkIntegrity(false).isEmpty());
        const AuditVerifier verifier(m_fixture.vault().database());
        const AuditReport report = verifier.verify();
        QVERIFY2(report.intact(),
                 qPrintable(report.findings.isEmpty() ? report.message : report.findings.first().message));
        QCOMPARE(verifier.head().count, head.count);
        QCOMPARE(verifier.head().hash, head.hash);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_fixture.build(&m_ids, &error), qPrintable(error));
        // About 12 MB in many rows: the copy takes long enough to be watched and stopped half-way.
        QVERIFY2(m_fixture.addScans(m_ids.ended, 1500, 8 * 1024, &error), qPrintable(error));
        QVERIFY(QFileInfo(m_fixture.vault().path()).size() > 12 * 1024 * 1024);
    }

    void cleanupTestCase() { m_fixture.close(); }

    void aCancelledCopyLeavesNothing()
    {
        const QStringList before = filesIn(m_dir.path());
        qint64 seen = 0;
        VaultError error;
        Progress halfWay([&seen](Progress& progress) {
            seen = progress.done();
            if (progress.done() >= progress.total() / 2) {
                progress.cancel();
            }
        });
        const bool copied = m_fixture.vault().copyTo(path("copy.mandaat"), &error, &halfWay);
        QVERIFY(!copied);
        QCOMPARE(error.kind, VaultError::Kind::Cancelled);
        QVERIFY2(error.message.contains(QStringLiteral("cancelled")), qPrintable(error.message));
        QVERIFY(seen > 0); // stopped half-way, not before it began
        QCOMPARE(filesIn(m_dir.path()), before);
        // The connection is as it was: a copy right after is complete and opens.
        QVERIFY2(m_fixture.vault().copyTo(path("copy.mandaat"), &error), qPrintable(error.message));
        auto copy = Vault::openWithKey(path("copy.mandaat"), m_fixture.vault().key(), Vault::Access::ReadOnly, &error);
        QVERIFY2(copy, qPrintable(error.message));
        QVERIFY(copy->checkIntegrity(false).isEmpty());
        copy->close();
        QVERIFY(QFile::remove(path("copy.mandaat")));
    }

    void aFinishedBackupReaches100()
    {
        QList<int> reported;
        Error error;
        BackupResult result;
        Progress progress([&reported](Progress& p) {
            QCOMPARE(p.total(), 100);
            if (reported.isEmpty() || reported.last() != p.done()) {
                reported << static_cast<int>(p.done());
            }
        });
        QVERIFY2(BackupService::backup(
                     m_fixture.vault(), m_fixture.records(), path("full.mandaat"), &result, &error, &progress),
                 qPrintable(error.message));
        QVERIFY(!progress.isCancelled());
        QVERIFY2(std::is_sorted(reported.cbegin(), reported.cend()), qPrintable(QString::number(reported.size())));
        QCOMPARE(reported.first(), 0);
        QCOMPARE(reported.last(), 100);
        // It moved in between, as the pages were written, not only at the start and the end.
        QVERIFY2(std::count_if(reported.cbegin(), reported.cend(), [](int p) { return p > 0 && p < 80; }) >= 3,
                 qPrintable(QString::number(reported.size())));
        QCOMPARE(BackupService::recordedHead(path("full.mandaat"), m_fixture.vault().key(), &error).hash,
                 result.head.hash);
    }

    void aCancelledBackupLeavesNoFileAndAnUnchangedVault()
    {
        const AuditHead head = AuditVerifier(m_fixture.vault().database()).head();
        const QString lastBackup =
            BackupService::status(m_fixture.vault(), m_fixture.records(), QDate::currentDate()).lastBackupPath;
        const QStringList backups = filesIn(m_dir.path());
        const QStringList vaultFiles = filesIn(vaultFolder());
        int last = -1;
        Error error;
        Progress progress([&last](Progress& p) {
            last = static_cast<int>(p.done());
            if (last >= 40) {
                p.cancel();
            }
        });
        QVERIFY(!BackupService::backup(
            m_fixture.vault(), m_fixture.records(), path("cancelled.mandaat"), nullptr, &error, &progress));
        QVERIFY(progress.isCancelled());
        QVERIFY2(last >= 40 && last < 80, qPrintable(QString::number(last)));
        QCOMPARE(error.message,
                 QStringLiteral("The backup was cancelled: no file was written and the vault is unchanged."));
        // No backup, no partial copy, no journal; in the vault's folder nothing new either.
        QCOMPARE(filesIn(m_dir.path()), backups);
        QCOMPARE(filesIn(vaultFolder()), vaultFiles);
        // The audit entry "backup made" was taken back; the log verifies; the last backup is
        // still the earlier one.
        checkVault(head);
        QCOMPARE(BackupService::status(m_fixture.vault(), m_fixture.records(), QDate::currentDate()).lastBackupPath,
                 lastBackup);
        // The vault still works: a change is saved, and the next backup is made.
        Client client;
        client.name = QStringLiteral("Na de annulering");
        RecordError recordError;
        QVERIFY2(m_fixture.records().clients().save(client, &recordError), qPrintable(recordError.message));
        QVERIFY2(BackupService::backup(m_fixture.vault(), m_fixture.records(), path("after.mandaat"), nullptr, &error),
                 qPrintable(error.message));
        m_fixture.vault().close();
        VaultError vaultError;
        auto reopened = Vault::open(m_fixture.vault().path(), passphrase(), Vault::Access::ReadOnly, &vaultError);
        QVERIFY2(reopened, qPrintable(vaultError.message));
        QVERIFY(reopened->checkIntegrity(false).isEmpty());
        QVERIFY(AuditVerifier(reopened->database()).verify().intact());
    }

    void aCancelledRestoreReplacesNothing()
    {
        const QString target = path("target.mandaat");
        QVERIFY(QFile::copy(path("after.mandaat"), target));
        const QByteArray hash = fileHash(target);
        const QStringList files = filesIn(m_dir.path());
        VaultError error;
        auto opened = Vault::open(path("full.mandaat"), passphrase(), Vault::Access::ReadOnly, &error);
        QVERIFY2(opened, qPrintable(error.message));
        const SecureBytes backupKey = opened->key();
        opened->close();
        // Stopped in each stage: the backup's check, its copy beside the vault, the copy's check.
        for (const int stopAt : {1, 50, 95}) {
            int last = -1;
            RestoreResult result;
            Progress progress([&last, stopAt](Progress& p) {
                last = static_cast<int>(p.done());
                if (last >= stopAt) {
                    p.cancel();
                }
            });
            QVERIFY(!BackupService::restore(
                path("full.mandaat"), backupKey, target, backupKey, &result, &error, &progress));
            QCOMPARE(error.kind, VaultError::Kind::Cancelled);
            QCOMPARE(error.message, QStringLiteral("The restore was cancelled; nothing was replaced."));
            QVERIFY2(last >= stopAt - 1, qPrintable(QString::number(last)));
            QCOMPARE(fileHash(target), hash);
            QCOMPARE(filesIn(m_dir.path()), files);
        }
        auto still = Vault::openWithKey(target, backupKey, Vault::Access::ReadOnly, &error);
        QVERIFY2(still, qPrintable(error.message));
        QVERIFY(still->checkIntegrity(false).isEmpty());
        QVERIFY(AuditVerifier(still->database()).verify().intact());
        still->close();

        // Not cancelled: it runs to 100 % and replaces the vault.
        QList<int> reported;
        RestoreResult result;
        Progress progress([&reported](Progress& p) { reported << static_cast<int>(p.done()); });
        QVERIFY2(BackupService::restore(path("full.mandaat"), backupKey, target, backupKey, &result, &error, &progress),
                 qPrintable(error.message));
        QVERIFY(std::is_sorted(reported.cbegin(), reported.cend()));
        QCOMPARE(reported.last(), 100);
        QVERIFY(std::count_if(reported.cbegin(), reported.cend(), [](int p) { return p > 30 && p < 85; }) >= 3);
        QVERIFY(fileHash(target) != hash);
        QVERIFY(QFileInfo::exists(result.replacedPath));
    }
};

QTEST_GUILESS_MAIN(BackupProgressTest)
#include "BackupProgressTest.moc"
