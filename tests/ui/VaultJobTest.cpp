// Issue 18, item 2: every kind of background work on the vault runs through one VaultJob
// (ui/common/VaultJob; docs/architecture.md, Locking and threads). For each kind (the Overview,
// a backup, a restore, an export, a destruction, the audit log's check), started as a user
// starts it, the screen locks while the job holds its own connection; then the lock has
// cancelled it or waited for it, no job runs, no job holds a key that is not wiped, and the
// vault opens again and passes its integrity check and the audit log's.
#include "ExchangeFixture.h"
#include "FakeKeyChain.h"
#include "Translations.h"
#include "UiTestSupport.h"

#include "audit/AuditLogDialog.h"
#include "common/OpenPractice.h"
#include "common/VaultJob.h"
#include "exchange/AuditVerifier.h"
#include "exchange/BackupService.h"
#include "exchange/ExportDialog.h"
#include "main/BackupFlow.h"
#include "main/MainWindow.h"
#include "main/PracticeView.h"
#include "overview/OverviewPage.h"
#include "retention/DestructionDialog.h"
#include "retention/RetentionService.h"
#include "util/Settings.h"
#include "vault/Vault.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>

using namespace mandaat;
using namespace mandaat::test;

namespace {

// What the probe saw of the one job it holds: on its worker, once the connection is open, the
// job waits there until the lock begins.
struct Hold
{
    QString name; ///< the job's object name
    bool waitForCancel = true; ///< else it waits until the lock begins
    std::atomic<bool> held{false};
    std::atomic<bool> lockBegun{false};
    std::atomic<int> keysAtStart{-1}; ///< key copies not wiped when the worker began
    std::atomic<int> keysAtWork{-1}; ///< the same once the connection was open
    std::atomic<bool> sawCancel{false};
};

} // namespace

class VaultJobTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ExchangeFixture m_fixture;
    ExchangeIds m_ids;
    QString m_vaultPath;
    QString m_backupPath;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<FakeKeyChain> m_keyChain;
    std::unique_ptr<MainWindow> m_window;

    QString file(const QString& name) const { return m_dir.filePath(name); }
    OverviewPage* overview() const { return m_window->practiceView()->overviewPage(); }
    void trigger(const char* name) { named<QAction>(m_window.get(), name)->trigger(); }

    // The probe holds the first job named as \a hold asks, at the point where its own
    // connection is open, until it is cancelled, or until the lock begins for a job the lock
    // does not cancel but waits for (a destruction, a check).
    static void holdJobs(const std::shared_ptr<Hold>& hold)
    {
        VaultJob::setProbeForTesting([hold](const VaultJob& job, VaultJob::Stage stage) {
            if (job.name() != hold->name) {
                return;
            }
            if (stage == VaultJob::Stage::Started) {
                int none = -1;
                hold->keysAtStart.compare_exchange_strong(none, job.keysHeldByThis());
                return;
            }
            if (hold->held.exchange(true)) {
                return; // only the first
            }
            hold->keysAtWork = job.keysHeldByThis();
            QElapsedTimer waited;
            waited.start();
            while (!job.isCancelled() && !(hold->lockBegun && !hold->waitForCancel) && waited.elapsed() < 60000) {
                QThread::msleep(5);
            }
            hold->sawCancel = job.isCancelled();
        });
    }

    qint64 tombstones() const
    {
        return RetentionService(*m_window->vault(), m_window->practiceView()->practice()->records())
            .tombstones()
            .size();
    }

    static void closeMessageBoxes()
    {
        for (QWidget* window : QApplication::topLevelWidgets()) {
            if (auto* box = qobject_cast<QMessageBox*>(window); box && box->isVisible()) {
                box->reject();
            }
        }
    }

    bool unlocked()
    {
        if (!m_window->vault()) {
            m_window->openVault(m_vaultPath); // the remembered key opens it
        }
        return QTest::qWaitFor([this]() { return m_window->vault() != nullptr; }, DerivationTimeout);
    }

    // Starts the job of \a kind as a user does; false when it could not be started.
    bool startJob(const QString& kind, const QString& out)
    {
        if (kind == QLatin1String("overview")) {
            // The Overview works out what is due when the practice opens (locked before the
            // probe was set).
            return unlocked();
        }
        if (kind == QLatin1String("backup")) {
            trigger("backupAction");
            return chooseFile("backupFileDialog", out + QStringLiteral("/backup.mandaat"));
        }
        if (kind == QLatin1String("restore")) {
            trigger("restoreAction");
            if (!chooseFile("restoreFileDialog", m_backupPath)) {
                return false;
            }
            auto* confirm = waitForDialog<QMessageBox>(30000);
            if (!confirm || confirm->objectName() != QLatin1String("restoreConfirmation")) {
                return false;
            }
            click(confirm->findChild<QPushButton*>(QStringLiteral("restoreButton")));
            return true;
        }
        if (kind == QLatin1String("export")) {
            trigger("exportAction");
            auto* dialog = waitForDialog<ExportDialog>();
            if (!dialog) {
                return false;
            }
            auto* destination = named<QLineEdit>(dialog, "destinationLineEdit");
            destination->selectAll();
            destination->del();
            typeText(destination, out + QStringLiteral("/practice.zip"));
            typeText(named<QLineEdit>(dialog, "passwordLineEdit"), QStringLiteral("een lang wachtwoord 42"));
            typeText(named<QLineEdit>(dialog, "repeatLineEdit"), QStringLiteral("een lang wachtwoord 42"));
            click(named<QPushButton>(dialog, "exportButton"));
            return true;
        }
        if (kind == QLatin1String("destruction")) {
            // The Overview's row for the ended engagement, past its retention date.
            auto* destroy = overview()->findChild<QPushButton*>(QStringLiteral("destroyButton%1").arg(m_ids.ended));
            if (!destroy &&
                !QTest::qWaitFor(
                    [this, &destroy]() {
                        destroy =
                            overview()->findChild<QPushButton*>(QStringLiteral("destroyButton%1").arg(m_ids.ended));
                        return destroy != nullptr;
                    },
                    30000)) {
                return false;
            }
            click(destroy);
            auto* dialog = waitForDialog<DestructionDialog>();
            if (!dialog || !dialog->hasPlan()) {
                return false;
            }
            click(named<QCheckBox>(dialog, "confirmCheckBox"));
            click(named<QPushButton>(dialog, "destroyPushButton"));
            return true;
        }
        if (kind == QLatin1String("audit")) {
            trigger("auditAction");
            auto* dialog = waitForDialog<AuditLogDialog>();
            if (!dialog) {
                return false;
            }
            click(named<QPushButton>(dialog, "verifyPushButton"));
            return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
        QString error;
        QVERIFY2(m_fixture.build(&m_ids, &error), qPrintable(error));
        m_vaultPath = m_fixture.vault().path();
        // A backup to restore from.
        m_backupPath = file(QStringLiteral("earlier.mandaat"));
        BackupResult backup;
        Error backupError;
        QVERIFY2(BackupService::backup(m_fixture.vault(), m_fixture.records(), m_backupPath, &backup, &backupError),
                 qPrintable(backupError.message));
        m_keyChain = std::make_unique<FakeKeyChain>();
        m_keyChain->entries[m_fixture.vault().saltHex()] = m_fixture.vault().key();
        m_fixture.close();
        m_settings = std::make_unique<Settings>(file(QStringLiteral("settings.ini")));
        m_window = std::make_unique<MainWindow>(*m_settings, *m_keyChain);
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(unlocked());
        // The Overview's date: the ended engagement's dossier is past its retention date.
        overview()->setClock([]() { return QDate(2026, 4, 2); });
    }

    void cleanup()
    {
        VaultJob::setProbeForTesting({});
        closeMessageBoxes();
    }

    void cleanupTestCase() { m_window.reset(); }

    void lockWhileAJobRuns_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("job");
        QTest::addColumn<int>("keysAtWork"); // key copies the job still holds while it works
        QTest::addColumn<bool>("cancelled"); // else the lock waits for it to end
        QTest::newRow("overview") << QStringLiteral("overview") << QStringLiteral("overviewJob") << 0 << true;
        QTest::newRow("backup") << QStringLiteral("backup") << QStringLiteral("backupJob") << 0 << true;
        // The vault is closed while it is replaced: the job opens the backup and the replaced
        // vault itself, with its two copies.
        QTest::newRow("restore") << QStringLiteral("restore") << QStringLiteral("restoreJob") << 2 << true;
        QTest::newRow("export") << QStringLiteral("export") << QStringLiteral("exportJob") << 0 << true;
        QTest::newRow("audit check") << QStringLiteral("audit") << QStringLiteral("auditCheckJob") << 0 << false;
        // One transaction that runs to its end.
        QTest::newRow("destruction") << QStringLiteral("destruction") << QStringLiteral("destructionJob") << 0 << false;
    }

    void lockWhileAJobRuns()
    {
        QFETCH(QString, kind);
        QFETCH(QString, job);
        QFETCH(int, keysAtWork);
        QFETCH(bool, cancelled);
        QVERIFY(unlocked());
        QTRY_COMPARE_WITH_TIMEOUT(VaultJob::runningCount(), 0, 30000);
        const QString out = file(kind);
        QVERIFY(QDir().mkpath(out));
        const qint64 tombstonesBefore = tombstones();

        if (kind == QLatin1String("overview")) {
            m_window->lockController().requestLock();
            QVERIFY(m_window->vault() == nullptr);
        }
        auto hold = std::make_shared<Hold>();
        hold->name = job;
        hold->waitForCancel = cancelled;
        holdJobs(hold);
        QVERIFY(startJob(kind, out));
        QVERIFY2(QTest::qWaitFor([&hold]() { return hold->held.load(); }, 60000), "the job did not start");
        // The job copied the key, and wiped its copy once its connection was open (a restore
        // keeps both of its own until it ends).
        QCOMPARE(hold->keysAtStart.load(), kind == QLatin1String("restore") ? 2 : 1);
        QCOMPARE(hold->keysAtWork.load(), keysAtWork);
        QVERIFY(VaultJob::runningCount() >= 1);

        // The screen locks.
        hold->lockBegun = true;
        m_window->lockController().requestLock();
        // (1) The lock returned only after the job ended: nothing runs, and the job was
        // cancelled, or ran to its end when it cannot stop half-way.
        QCOMPARE(VaultJob::runningCount(), 0);
        QCOMPARE(hold->sawCancel.load(), cancelled);
        // (2) No job holds a key that is not wiped.
        QCOMPARE(VaultJob::keysHeld(), 0);
        if (kind != QLatin1String("restore")) {
            QVERIFY(m_window->vault() == nullptr);
        }
        VaultJob::setProbeForTesting({});
        QTest::qWait(100); // the jobs' results reach their owners
        closeMessageBoxes();

        // (3) The vault opens again, passes integrity_check, and its audit log is intact.
        QVERIFY(unlocked());
        QVERIFY(m_window->vault()->checkIntegrity(false).isEmpty());
        QVERIFY(AuditVerifier(m_window->vault()->database()).verify().intact());
        // A cancelled backup or export leaves no file; a destruction that was waited for is done.
        if (kind == QLatin1String("backup") || kind == QLatin1String("export")) {
            QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden), QStringList());
        }
        if (kind == QLatin1String("destruction")) {
            QVERIFY(tombstones() > tombstonesBefore);
        } else {
            QCOMPARE(tombstones(), tombstonesBefore);
        }
        QTRY_COMPARE_WITH_TIMEOUT(VaultJob::runningCount(), 0, 30000);
        QCOMPARE(VaultJob::keysHeld(), 0);
    }
};

QTEST_MAIN(VaultJobTest)
#include "VaultJobTest.moc"
