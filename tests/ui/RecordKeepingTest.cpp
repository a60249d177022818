// Issue 7 through the window: backups and restores (File > Back up…, Restore from backup…), the
// Overview's reminders (a backup older than the practice's interval, an engagement past its
// retention date), the destruction flow (MW-4.2) and the audit log viewer with its Verify.
#include "ExchangeFixture.h"
#include "FakeKeyChain.h"
#include "Translations.h"
#include "UiTestSupport.h"

#include "audit/AuditLogDialog.h"
#include "common/OpenPractice.h"
#include "common/models/AuditLogModel.h"
#include "common/models/ObligationListModel.h"
#include "exchange/AuditVerifier.h"
#include "main/BackupFlow.h"
#include "main/MainWindow.h"
#include "main/PracticeView.h"
#include "overview/OverviewPage.h"
#include "repositories/ClientRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/RecordContent.h"
#include "repositories/RecordListing.h"
#include "repositories/Records.h"
#include "retention/DestructionDialog.h"
#include "search/SearchService.h"
#include "util/Settings.h"
#include "vault/Vault.h"

#include <QAction>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThread>

#include <mutex>

using namespace mandaat;
using namespace mandaat::test;

class RecordKeepingTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ExchangeFixture m_fixture;
    ExchangeIds m_ids;
    QString m_vaultPath;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<FakeKeyChain> m_keyChain;
    std::unique_ptr<MainWindow> m_window;
    QDate m_today = QDate(2026, 4, 2); // the Overview's clock: the ended dossier is past its date
    QString m_shotLanguage = QStringLiteral("en");

    QString file(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    OverviewPage* overview() const { return m_window->practiceView()->overviewPage(); }
    OpenPractice* practice() const { return m_window->practiceView()->practice(); }
    void trigger(const char* name) { named<QAction>(m_window.get(), name)->trigger(); }

    // With MANDAAT_SHOTS_DIR set (a look at the screens under Xvfb): \a widget as NAME-en.png
    // and, when \a dutch, as NAME-nl.png after switching the interface language.
    void shoot(const char* name, QWidget* widget, bool dutch = true)
    {
        const QString folder = qEnvironmentVariable("MANDAAT_SHOTS_DIR");
        if (folder.isEmpty() || !widget) {
            return;
        }
        QTest::qWait(200);
        widget->grab().save(QStringLiteral("%1/%2-%3.png").arg(folder, QLatin1String(name), m_shotLanguage));
        if (!dutch) {
            return;
        }
        const auto settle = [this]() {
            QTest::qWait(500);
            if (m_window->vault()) {
                (void)QTest::qWaitFor([this]() { return !overview()->isWorking(); }, 30000);
            }
            QTest::qWait(200);
        };
        // As the window does when the language setting changes.
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Belgium));
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Dutch, QLocale::Belgium));
        settle();
        widget->grab().save(QStringLiteral("%1/%2-nl.png").arg(folder, QLatin1String(name)));
        QLocale::setDefault(QLocale(QLocale::English));
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
        settle();
    }

    bool refreshOverview()
    {
        overview()->refresh();
        return QTest::qWaitFor([this]() { return !overview()->isWorking(); }, 30000);
    }

    int obligationRow(Obligation::Kind kind) const
    {
        const ObligationListModel* model = overview()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->obligation(row).kind == kind) {
                return row;
            }
        }
        return -1;
    }

    QWidget* rowButton(int row) const
    {
        auto* view = overview()->findChild<QTableView*>(QStringLiteral("obligationsTableView"));
        return view->indexWidget(overview()->model()->index(row, ObligationListModel::ActionColumn));
    }

    // The text of the message box named \a name, which is then closed.
    QString takeMessage(const char* name)
    {
        QString text;
        (void)QTest::qWaitFor(
            [this, &text, name]() {
                for (QWidget* window : QApplication::topLevelWidgets()) {
                    auto* box = qobject_cast<QMessageBox*>(window);
                    if (box && box->isVisible() && box->objectName() == QLatin1String(name)) {
                        shoot(name, box, false);
                        text = box->text();
                        box->accept();
                        return true;
                    }
                }
                return false;
            },
            10000);
        return text;
    }

    QStringList clientNames() const
    {
        QStringList names;
        for (const ClientSummary& client : practice()->listing().clients().value_or(QList<ClientSummary>())) {
            names << client.name;
        }
        return names;
    }

    bool backUpTo(const QString& path, QString* message)
    {
        QSignalSpy done(m_window->backupFlow(), &BackupFlow::backupFinished);
        trigger("backupAction");
        // A refusal comes at once, before the file dialog has closed.
        if (!chooseFile("backupFileDialog", path) || (done.isEmpty() && !done.wait(60000))) {
            return false;
        }
        *message = takeMessage(done.at(0).at(0).toBool() ? "backupDoneMessage" : "backupErrorMessage");
        return done.at(0).at(0).toBool();
    }

    // Restores \a path through the window, confirming when asked; returns the message shown.
    QString restoreFrom(const QString& path, bool* ok)
    {
        QSignalSpy done(m_window->backupFlow(), &BackupFlow::restoreFinished);
        trigger("restoreAction");
        if (!chooseFile("restoreFileDialog", path)) {
            return QStringLiteral("no file dialog");
        }
        // A backup that passes its checks is confirmed first; one that does not is refused.
        (void)QTest::qWaitFor(
            [this, &done]() {
                if (!done.isEmpty()) {
                    return true;
                }
                for (QWidget* window : QApplication::topLevelWidgets()) {
                    auto* box = qobject_cast<QMessageBox*>(window);
                    if (box && box->isVisible() && box->objectName() == QLatin1String("restoreConfirmation")) {
                        shoot("restore-confirmation", box, false);
                        click(box->findChild<QPushButton*>(QStringLiteral("restoreButton")));
                        return true;
                    }
                }
                return false;
            },
            30000);
        if (done.isEmpty() && !done.wait(60000)) {
            return QStringLiteral("no result");
        }
        *ok = done.at(0).at(0).toBool();
        const QString shown = takeMessage(*ok ? "backupDoneMessage" : "backupErrorMessage");
        return shown.isEmpty() ? QStringLiteral("no message box") : shown;
    }

    // The percentages a backup or restore reported on its worker; at \a holdAt or beyond (once),
    // the worker waits there until it is cancelled, so that a test can act half-way.
    struct Gate
    {
        std::mutex mutex;
        QList<int> seen;
        std::atomic<bool> held{false};
        int holdAt = 101;
        QList<int> percents()
        {
            const std::lock_guard<std::mutex> guard(mutex);
            return seen;
        }
    };
    std::shared_ptr<Gate> watchWorker(int holdAt)
    {
        auto gate = std::make_shared<Gate>();
        gate->holdAt = holdAt;
        m_window->backupFlow()->setWorkerProbe([gate](int percent, const Progress& progress) {
            {
                const std::lock_guard<std::mutex> guard(gate->mutex);
                gate->seen << percent;
            }
            if (percent >= gate->holdAt && !gate->held.exchange(true)) {
                QElapsedTimer waited;
                waited.start();
                while (!progress.isCancelled() && waited.elapsed() < 30000) {
                    QThread::msleep(5);
                }
            }
        });
        return gate;
    }

    /// Restores progress.mandaat, confirmed, until the worker holds at \a gate's mark: the
    /// progress dialog then, or nullptr when it did not get there.
    QProgressDialog* restoreHeldBy(const Gate& gate)
    {
        trigger("restoreAction");
        if (!chooseFile("restoreFileDialog", file("progress.mandaat"))) {
            return nullptr;
        }
        auto* confirm = waitForDialog<QMessageBox>(30000);
        if (!confirm || confirm->objectName() != QLatin1String("restoreConfirmation")) {
            return nullptr;
        }
        click(confirm->findChild<QPushButton*>(QStringLiteral("restoreButton")));
        if (!QTest::qWaitFor([&gate]() { return gate.held.load(); }, 30000)) {
            return nullptr;
        }
        return progressDialog();
    }

    QProgressDialog* progressDialog() const
    {
        for (auto* dialog : m_window->findChildren<QProgressDialog*>(QStringLiteral("backupProgressDialog"))) {
            if (dialog->isVisible()) {
                return dialog;
            }
        }
        return nullptr;
    }

    QStringList filesBeside() const
    {
        return QDir(m_dir.path()).entryList(QDir::Files, QDir::Name) +
            QDir(QFileInfo(m_vaultPath).absolutePath()).entryList(QDir::Files, QDir::Name);
    }

    // Scans in Jan's second engagement, about 12 MB in all: a copy that reports its way.
    bool addScans()
    {
        QRandomGenerator random(1234);
        RecordError error;
        return practice()->records().transaction(
            [&](RecordError* failure) {
                for (int i = 0; i < 1500; ++i) {
                    QByteArray content(8 * 1024, Qt::Uninitialized);
                    random.fillRange(reinterpret_cast<quint32*>(content.data()), content.size() / 4);
                    Attachment scan;
                    scan.engagementId = m_ids.second;
                    scan.fileName = QStringLiteral("scan %1.pdf").arg(i + 1);
                    scan.mimeType = QStringLiteral("application/pdf");
                    scan.content = content;
                    if (!practice()->records().attachments().add(scan, failure)) {
                        return false;
                    }
                }
                return true;
            },
            &error);
    }

    // Every row of every record table of the open vault (RecordContent::tables()), as stored.
    QByteArray recordsDigest() const
    {
        QCryptographicHash digest(QCryptographicHash::Sha256);
        for (const QString& table : RecordContent::tables()) {
            QSqlQuery rows(m_window->vault()->database());
            if (!rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table))) {
                return {};
            }
            digest.addData(table.toUtf8());
            while (rows.next()) {
                for (int i = 0; i < rows.record().count(); ++i) {
                    digest.addData(rows.value(i).toByteArray());
                    digest.addData("\x1f");
                }
                digest.addData("\x1e");
            }
        }
        return digest.result().toHex();
    }

    // The open vault as a user would check it: integrity_check passes, the audit log verifies,
    // its entry \a head is still the one it was, and after it come exactly the entries of the
    // kinds \a since (the window's close or lock and unlock, issue 15), nothing else.
    void checkOpenVault(const AuditHead& head, const QStringList& since = {})
    {
        QVERIFY(m_window->vault());
        QVERIFY(m_window->vault()->checkIntegrity(false).isEmpty());
        const AuditVerifier verifier(m_window->vault()->database());
        QVERIFY(verifier.verify().intact());
        QCOMPARE(verifier.head().count, head.count + since.size());
        QSqlQuery entries(m_window->vault()->database());
        QVERIFY(entries.prepare(QStringLiteral("SELECT id, kind, hash FROM audit_entry WHERE id >= ? ORDER BY id")));
        entries.addBindValue(head.count);
        QVERIFY(entries.exec());
        QVERIFY(entries.next());
        QCOMPARE(entries.value(0).toLongLong(), head.count);
        QCOMPARE(entries.value(2).toString(), head.hash);
        QStringList kinds;
        while (entries.next()) {
            kinds << entries.value(1).toString();
        }
        QCOMPARE(kinds, since);
    }

    // Starts a backup to \a path whose worker holds half-way; returns its progress dialog there.
    QProgressDialog* startHeldBackup(const QString& path, const std::shared_ptr<Gate>& gate)
    {
        trigger("backupAction");
        if (!chooseFile("backupFileDialog", path) || !QTest::qWaitFor([&gate]() { return gate->held.load(); }, 30000)) {
            return nullptr;
        }
        QProgressDialog* progress = progressDialog();
        (void)QTest::qWaitFor([progress]() { return progress && progress->value() >= 40; }, 5000);
        return progress;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // English plurals ("every 7 days") come from the English translation, as in the app.
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
        QString error;
        QVERIFY2(m_fixture.build(&m_ids, &error), qPrintable(error));
        m_vaultPath = m_fixture.vault().path();
        m_keyChain = std::make_unique<FakeKeyChain>();
        // Remembered on this computer: the window opens it without typing.
        m_keyChain->entries[m_fixture.vault().saltHex()] = m_fixture.vault().key();
        m_fixture.close();
        m_settings = std::make_unique<Settings>(file("settings.ini"));
        m_window = std::make_unique<MainWindow>(*m_settings, *m_keyChain);
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openVault(m_vaultPath);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->vault() != nullptr, DerivationTimeout);
        overview()->setClock([this]() { return m_today; });
    }

    void cleanupTestCase() { m_window.reset(); }

    void overviewRemindsOfBackupAndRetention()
    {
        QVERIFY(refreshOverview());
        const int backup = obligationRow(Obligation::Kind::Backup);
        QVERIFY(backup >= 0);
        QCOMPARE(overview()->model()->obligation(backup).text, QStringLiteral("This vault has no backup yet."));
        auto* button = qobject_cast<QPushButton*>(rowButton(backup));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("Back up now…"));

        const int retention = obligationRow(Obligation::Kind::Retention);
        QVERIFY(retention >= 0);
        const Obligation& due = overview()->model()->obligation(retention);
        QCOMPARE(due.engagementId, m_ids.ended);
        // The rules' own row for it, with the destruction flow's button.
        QVERIFY2(due.text.startsWith(clientName() +
                                     QStringLiteral(" (Loopbaancoaching): The retention date of the "
                                                    "dossier passed on 1 April 2026")),
                 qPrintable(due.text));
        QVERIFY(qobject_cast<QPushButton*>(rowButton(retention)));
        shoot("overview-reminders", m_window.get());

        // The reminders cite the articles of the codes the practice follows (issue 15): this one
        // follows none yet, so no MW article; following the CMI only, the CMI's and never MW-4.2.
        QCOMPARE(overview()->model()->obligation(backup).articleId, QStringLiteral("GDPR-5"));
        CodeSubscription cmi;
        cmi.codeId = QStringLiteral("CMI-2009");
        cmi.version = QStringLiteral("002");
        cmi.subscribedOn = QDate(2025, 1, 1);
        RecordError error;
        QVERIFY2(practice()->records().practice().saveCodeSubscription(cmi, &error), qPrintable(error.message));
        QVERIFY(refreshOverview());
        const int cmiBackup = obligationRow(Obligation::Kind::Backup);
        QVERIFY(cmiBackup >= 0);
        QCOMPARE(overview()->model()->obligation(cmiBackup).articleId, QStringLiteral("CMI-9, GDPR-5"));
        QVERIFY2(practice()->records().practice().removeCodeSubscription(cmi.id, &error), qPrintable(error.message));
        QVERIFY(refreshOverview());
    }

    void backUpFromTheOverview()
    {
        QSignalSpy done(m_window->backupFlow(), &BackupFlow::backupFinished);
        click(qobject_cast<QPushButton*>(rowButton(obligationRow(Obligation::Kind::Backup))));
        // A neutral default name: no practice or client in it.
        auto* dialog = waitForDialog<QFileDialog>();
        QVERIFY(dialog);
        QVERIFY2(dialog->selectedFiles().value(0).endsWith(BackupFlow::defaultBackupName(QDate::currentDate())),
                 qPrintable(dialog->selectedFiles().value(0)));
        dialog->selectFile(file("before.mandaat"));
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept, as the Save button does
        QVERIFY(done.wait(60000));
        QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
        const QString message = takeMessage("backupDoneMessage");
        QVERIFY2(message.contains(QStringLiteral("before.mandaat")) && message.contains(QStringLiteral("checked")),
                 qPrintable(message));
        // Backed up today: no reminder until the interval (7 days) has passed.
        m_today = QDate::currentDate();
        QVERIFY(refreshOverview());
        QCOMPARE(obligationRow(Obligation::Kind::Backup), -1);
        m_today = QDate::currentDate().addDays(8);
        QVERIFY(refreshOverview());
        const int row = obligationRow(Obligation::Kind::Backup);
        QVERIFY(row >= 0);
        QCOMPARE(overview()->model()->obligation(row).text,
                 QStringLiteral("The last backup is 8 days old; the practice backs up every 7 days."));
        m_today = QDate(2026, 4, 2);

        // A backup never replaces a file.
        const QByteArray hash = fileHash(file("before.mandaat"));
        QString refused;
        QVERIFY(!backUpTo(file("before.mandaat"), &refused));
        QVERIFY2(refused.contains(QStringLiteral("exists already")), qPrintable(refused));
        QCOMPARE(fileHash(file("before.mandaat")), hash);
    }

    void restoreBringsTheEarlierStateBack()
    {
        Client late;
        late.name = QStringLiteral("Nieuwe Klant");
        RecordError error;
        QVERIFY2(practice()->records().clients().save(late, &error), qPrintable(error.message));
        QVERIFY(clientNames().contains(late.name));
        const QByteArray backupHash = fileHash(file("before.mandaat"));

        bool ok = false;
        const QString message = restoreFrom(file("before.mandaat"), &ok);
        QVERIFY2(ok, qPrintable(message));
        QVERIFY(m_window->vault() != nullptr);
        QCOMPARE(m_window->vault()->path(), m_vaultPath);
        // The earlier state: the client added after the backup is gone, Jan is there.
        QVERIFY(!clientNames().contains(late.name));
        QVERIFY(clientNames().contains(clientName()));
        // Where the replaced vault went, and it is there, with the client in it.
        const QRegularExpression kept(QStringLiteral("The vault it replaced is kept at (.+\\.mandaat)\\."));
        const QRegularExpressionMatch match = kept.match(message);
        QVERIFY2(match.hasMatch(), qPrintable(message));
        const QString replaced = match.captured(1);
        QVERIFY2(QFileInfo(replaced).fileName().startsWith(QStringLiteral("records.mandaat.replaced-")),
                 qPrintable(replaced));
        QVERIFY(QFileInfo::exists(replaced));
        QCOMPARE(fileHash(file("before.mandaat")), backupHash); // the backup itself is never written
    }

    void aTruncatedBackupIsRefused()
    {
        QFile backup(file("before.mandaat"));
        QVERIFY(backup.open(QIODevice::ReadOnly));
        const QByteArray bytes = backup.readAll();
        for (const qint64 size : {qint64(10000), qint64(bytes.size() / 2 / 4096 * 4096)}) {
            const QString truncated = file("truncated.mandaat");
            QFile::remove(truncated);
            QVERIFY(writeFile(truncated, bytes.left(size)));
            const QByteArray vaultHash = fileHash(m_vaultPath);
            const QFileInfoList before = QDir(QFileInfo(m_vaultPath).absolutePath()).entryInfoList(QDir::Files);
            bool ok = true;
            const QString message = restoreFrom(truncated, &ok);
            QVERIFY(!ok);
            QVERIFY2(message.contains(QStringLiteral("truncated.mandaat is damaged or incomplete")) &&
                         message.contains(QStringLiteral("Nothing was replaced")),
                     qPrintable(message));
            // Untouched: the same bytes, no file set aside, the practice still open.
            QCOMPARE(fileHash(m_vaultPath), vaultHash);
            QCOMPARE(QDir(QFileInfo(m_vaultPath).absolutePath()).entryInfoList(QDir::Files).size(), before.size());
            QVERIFY(m_window->vault() != nullptr);
        }
    }

    void destroyTheDossierFromTheOverview()
    {
        QVERIFY(refreshOverview());
        const int row = obligationRow(Obligation::Kind::Retention);
        QVERIFY(row >= 0);
        click(qobject_cast<QPushButton*>(rowButton(row)));
        auto* dialog = waitForDialog<DestructionDialog>();
        QVERIFY(dialog);
        QVERIFY(dialog->hasPlan());
        // What goes, counted per kind of record.
        auto* table = named<QTableWidget>(dialog, "itemsTableWidget");
        QStringList kinds;
        for (int r = 0; r < table->rowCount(); ++r) {
            kinds << table->item(r, 0)->text();
        }
        for (const QString& kind :
             {QStringLiteral("Note"), QStringLiteral("File"), QStringLiteral("Report to the principal")}) {
            QVERIFY2(kinds.contains(kind), qPrintable(kinds.join(QStringLiteral(", "))));
        }
        auto* destroy = named<QPushButton>(dialog, "destroyPushButton");
        QVERIFY(!destroy->isEnabled()); // not before the explicit confirmation
        named<QCheckBox>(dialog, "confirmCheckBox")->setChecked(true);
        QVERIFY(destroy->isEnabled());
        shoot("destruction-plan", dialog);
        QSignalSpy finished(dialog, &DestructionDialog::destructionFinished);
        click(destroy);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        const QString shown = named<QLabel>(dialog, "messageLabel")->text();
        QVERIFY2(shown.contains(QStringLiteral("Tombstone")) &&
                     shown.contains(QStringLiteral("the dossier of engagement %1").arg(m_ids.ended)) &&
                     shown.contains(QStringLiteral("Audit log entry")),
                 qPrintable(shown));
        shoot("destruction-done", dialog, false);
        dialog->reject();
        // The notes are gone: the search finds the canary nowhere.
        const auto hits = practice()->search().search(canary());
        QVERIFY(hits);
        QVERIFY(hits->isEmpty());
        QVERIFY(refreshOverview());
        QCOMPARE(obligationRow(Obligation::Kind::Retention), -1);
    }

    void restoreAppliesTheDestructionAgain()
    {
        bool ok = false;
        const QString message = restoreFrom(file("before.mandaat"), &ok);
        QVERIFY2(ok, qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("These destructions, recorded in the replaced vault, were applied "
                                                 "again")),
                 qPrintable(message));
        const auto hits = practice()->search().search(canary());
        QVERIFY(hits && hits->isEmpty());
    }

    void cancelABackupHalfWay()
    {
        QVERIFY(addScans());
        const QStringList before = filesBeside();
        const AuditHead head = AuditVerifier(m_window->vault()->database()).head();
        const std::shared_ptr<Gate> gate = watchWorker(40);
        QSignalSpy done(m_window->backupFlow(), &BackupFlow::backupFinished);
        QProgressDialog* progress = startHeldBackup(file("cancelled.mandaat"), gate);
        QVERIFY(progress);
        // Measured: half-way through the copy, with a Cancel button.
        QVERIFY2(progress->value() >= 40 && progress->value() < 80, qPrintable(QString::number(progress->value())));
        QCOMPARE(progress->maximum(), 100);
        QCOMPARE(progress->labelText(), QStringLiteral("Writing the backup and checking it…"));
        auto* cancel = named<QPushButton>(progress, "cancelBackupButton");
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        QCOMPARE(cancel->text(), QStringLiteral("&Cancel the backup"));
        shoot("backup-progress", progress, false);
        click(cancel);
        QVERIFY(done.wait(30000));
        QVERIFY(!done.at(0).at(0).toBool());
        // Said plainly, as information, not as an error.
        QCOMPARE(takeMessage("backupCancelledMessage"),
                 QStringLiteral("The backup was cancelled: no file was written and the vault is unchanged."));
        // No backup, no partial copy or journal; the vault's audit log without a "backup made".
        QCOMPARE(filesBeside(), before);
        checkOpenVault(head);
        m_window->backupFlow()->setWorkerProbe({});
    }

    void aFinishedBackupReaches100()
    {
        const std::shared_ptr<Gate> gate = watchWorker(101);
        QString message;
        QVERIFY2(backUpTo(file("progress.mandaat"), &message), qPrintable(message));
        const QList<int> seen = gate->percents();
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
        QCOMPARE(seen.value(0), 0);
        QCOMPARE(seen.last(), 100);
        QVERIFY(std::count_if(seen.cbegin(), seen.cend(), [](int p) { return p > 0 && p < 80; }) >= 3);
        m_window->backupFlow()->setWorkerProbe({});
    }

    void aLockDuringABackupCancelsIt()
    {
        const QStringList before = filesBeside();
        const AuditHead head = AuditVerifier(m_window->vault()->database()).head();
        const std::shared_ptr<Gate> gate = watchWorker(40);
        QSignalSpy done(m_window->backupFlow(), &BackupFlow::backupFinished);
        QVERIFY(startHeldBackup(file("locked.mandaat"), gate));
        // The lock cancels the backup and waits for it before the vault closes.
        m_window->lockController().requestLock();
        QVERIFY(m_window->vault() == nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
        QVERIFY(!done.at(0).at(0).toBool());
        const QString message = takeMessage("backupCancelledMessage");
        QVERIFY2(message.contains(QStringLiteral("stopped because the screen was locked")) &&
                     message.contains(QStringLiteral("no file was written")),
                 qPrintable(message));
        QCOMPARE(filesBeside(), before);
        m_window->backupFlow()->setWorkerProbe({});
        // The vault opens again, whole, its audit log as it was but for the lock and the unlock.
        m_window->openVault(m_vaultPath);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->vault() != nullptr, DerivationTimeout);
        checkOpenVault(head, {QStringLiteral("vault.locked"), QStringLiteral("vault.unlocked")});
    }

    void aLockDuringARestoreReplacesNothing()
    {
        const QStringList before = filesBeside();
        const AuditHead head = AuditVerifier(m_window->vault()->database()).head();
        const std::shared_ptr<Gate> gate = watchWorker(40);
        QSignalSpy done(m_window->backupFlow(), &BackupFlow::restoreFinished);
        // Half-way through the copy beside the vault, the screen locks.
        QProgressDialog* progress = restoreHeldBy(*gate);
        QVERIFY(progress);
        // The vault as the restore found it: closed, its "vault.closed" entry written.
        const QByteArray vaultHash = fileHash(m_vaultPath);
        QCOMPARE(named<QPushButton>(progress, "cancelBackupButton")->text(), QStringLiteral("&Cancel the restore"));
        m_window->lockController().requestLock();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
        QVERIFY(!done.at(0).at(0).toBool());
        const QString message = takeMessage("backupCancelledMessage");
        QVERIFY2(message.contains(QStringLiteral("The restore was stopped because the screen was locked.")) &&
                     message.contains(QStringLiteral("Nothing was replaced")),
                 qPrintable(message));
        // Nothing replaced half-way, nothing left beside it.
        QCOMPARE(fileHash(m_vaultPath), vaultHash);
        QCOMPARE(filesBeside(), before);
        m_window->backupFlow()->setWorkerProbe({});
        // The practice waits behind the unlock page (here the remembered key opens it).
        QTRY_VERIFY_WITH_TIMEOUT(m_window->vault() != nullptr, DerivationTimeout);
        checkOpenVault(head, {QStringLiteral("vault.closed"), QStringLiteral("vault.unlocked")});
    }

    void cancelARestoreHalfWay()
    {
        const QStringList before = filesBeside();
        const AuditHead head = AuditVerifier(m_window->vault()->database()).head();
        const std::shared_ptr<Gate> gate = watchWorker(40);
        QSignalSpy done(m_window->backupFlow(), &BackupFlow::restoreFinished);
        const QByteArray records = recordsDigest();
        QProgressDialog* progress = restoreHeldBy(*gate);
        QVERIFY(progress);
        QTRY_VERIFY(progress->value() >= 40 && progress->value() < 85);
        QCOMPARE(progress->labelText(), QStringLiteral("Restoring the backup…"));
        shoot("restore-progress", progress, false);
        click(named<QPushButton>(progress, "cancelBackupButton"));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
        QVERIFY(!done.at(0).at(0).toBool());
        QCOMPARE(takeMessage("backupCancelledMessage"),
                 QStringLiteral("The restore was cancelled.\n\nNothing was replaced: the practice is as it was."));
        QCOMPARE(filesBeside(), before);
        m_window->backupFlow()->setWorkerProbe({});
        // The practice is open again, as it was: every record, and the audit log but for its
        // close and reopening (written to the file, so its bytes are not compared here).
        QVERIFY(m_window->vault() != nullptr);
        QCOMPARE(recordsDigest(), records);
        checkOpenVault(head, {QStringLiteral("vault.closed"), QStringLiteral("vault.unlocked")});
    }

    void cancelTheCheckOfABackup()
    {
        const QByteArray vaultHash = fileHash(m_vaultPath);
        const std::shared_ptr<Gate> gate = watchWorker(0);
        QSignalSpy done(m_window->backupFlow(), &BackupFlow::restoreFinished);
        trigger("restoreAction");
        QVERIFY(chooseFile("restoreFileDialog", file("progress.mandaat")));
        QVERIFY(QTest::qWaitFor([&gate]() { return gate->held.load(); }, 30000));
        QProgressDialog* progress = progressDialog();
        QVERIFY(progress);
        // Not measured: a moving bar, with Cancel.
        QCOMPARE(progress->maximum(), 0);
        QCOMPARE(progress->labelText(), QStringLiteral("Checking the backup…"));
        click(named<QPushButton>(progress, "cancelBackupButton"));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
        QCOMPARE(takeMessage("backupCancelledMessage"),
                 QStringLiteral("The check of the backup was cancelled.\n\nNothing was replaced: the open practice is "
                                "unchanged."));
        QCOMPARE(fileHash(m_vaultPath), vaultHash);
        QVERIFY(m_window->vault() != nullptr);
        m_window->backupFlow()->setWorkerProbe({});
    }

    void aBackupFromBeforeAPassphraseChangeAsksForItsOwn()
    {
        QString message;
        QVERIFY2(backUpTo(file("old-passphrase.mandaat"), &message), qPrintable(message));
        const QString newer = QStringLiteral("een nieuwe wachtwoordzin voor de kluis");
        VaultError error;
        QVERIFY2(m_window->vault()->changePassphrase(newer, &error), qPrintable(error.message));
        m_keyChain->entries[m_window->vault()->saltHex()] = m_window->vault()->key();
        const QByteArray vaultHash = fileHash(m_vaultPath);

        // The vault's key does not open the backup: the backup's own passphrase is asked for.
        const auto askedFor = [this]() -> QInputDialog* {
            auto* dialog = waitForDialog<QInputDialog>(30000);
            return dialog && dialog->objectName() == QLatin1String("backupPassphraseDialog") ? dialog : nullptr;
        };
        QSignalSpy done(m_window->backupFlow(), &BackupFlow::restoreFinished);
        trigger("restoreAction");
        QVERIFY(chooseFile("restoreFileDialog", file("old-passphrase.mandaat")));
        QInputDialog* ask = askedFor();
        QVERIFY(ask);
        QVERIFY2(ask->labelText().contains(QStringLiteral("it was made before the passphrase was changed")),
                 qPrintable(ask->labelText()));
        QCOMPARE(ask->textEchoMode(), QLineEdit::Password);
        shoot("restore-old-passphrase", ask, false);
        // The newer passphrase again: refused, saying which passphrase is needed.
        ask->setTextValue(newer);
        ask->accept();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, DerivationTimeout);
        const QString refused = takeMessage("backupErrorMessage");
        QVERIFY2(refused.contains(QStringLiteral("does not open")) &&
                     refused.contains(QStringLiteral("the passphrase the vault had when this backup was made")) &&
                     refused.contains(QStringLiteral("Nothing was replaced")),
                 qPrintable(refused));
        QCOMPARE(fileHash(m_vaultPath), vaultHash);

        // The old one: confirmed, restored, and the message says which passphrase opens it now.
        trigger("restoreAction");
        QVERIFY(chooseFile("restoreFileDialog", file("old-passphrase.mandaat")));
        ask = askedFor();
        QVERIFY(ask);
        ask->setTextValue(passphrase());
        ask->accept();
        auto* confirm = waitForDialog<QMessageBox>(DerivationTimeout);
        QVERIFY(confirm && confirm->objectName() == QLatin1String("restoreConfirmation"));
        click(confirm->findChild<QPushButton*>(QStringLiteral("restoreButton")));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 60000);
        QVERIFY2(done.at(1).at(0).toBool(), qPrintable(done.at(1).at(1).toString()));
        const QString restored = takeMessage("backupDoneMessage");
        QVERIFY2(restored.contains(QStringLiteral("It opens with the passphrase it had when the backup was made")),
                 qPrintable(restored));
        QVERIFY(m_window->vault() != nullptr);
        // The remembered key was the newer one's: forgotten. The old passphrase opens the vault.
        QVERIFY(!m_keyChain->entries.contains(m_window->vault()->saltHex()));
        auto reopened = Vault::open(m_vaultPath, passphrase(), Vault::Access::ReadOnly, &error);
        QVERIFY2(reopened, qPrintable(error.message));
        reopened->close();
        m_keyChain->entries[m_window->vault()->saltHex()] = m_window->vault()->key();
    }

    void auditViewerListsAndVerifies()
    {
        trigger("auditAction");
        auto* dialog = waitForDialog<AuditLogDialog>();
        QVERIFY(dialog);
        AuditLogModel* model = dialog->model();
        QTRY_VERIFY(model->rowCount() > 3);
        QStringList actions;
        for (int row = 0; row < model->rowCount(); ++row) {
            actions << model->index(row, AuditLogModel::ActionColumn).data().toString();
        }
        QVERIFY2(actions.contains(QStringLiteral("backup")) && actions.contains(QStringLiteral("restore")),
                 qPrintable(actions.join(QLatin1Char(' '))));
        // The details are stored as ids and told in the reader's language (issue 17, item 5):
        // the same rows, read again after switching to Dutch.
        const auto details = [model]() {
            QStringList texts;
            for (int row = 0; row < model->rowCount(); ++row) {
                texts << model->index(row, AuditLogModel::SummaryColumn).data().toString();
            }
            return texts;
        };
        QVERIFY2(details().contains(QStringLiteral("Backup made")) &&
                     details().contains(QStringLiteral("Vault unlocked in the window")),
                 qPrintable(details().join(QLatin1Char('\n'))));
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Belgium));
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Dutch, QLocale::Belgium));
        const QStringList dutch = details();
        QLocale::setDefault(QLocale(QLocale::English));
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
        QVERIFY2(dutch.contains(QStringLiteral("Back-up gemaakt")) &&
                     dutch.contains(QStringLiteral("Kluis ontgrendeld in het venster")) &&
                     !dutch.contains(QStringLiteral("Backup made")),
                 qPrintable(dutch.join(QLatin1Char('\n'))));
        auto* view = named<QTableView>(dialog, "entriesTableView");
        typeText(named<QLineEdit>(dialog, "filterLineEdit"), QStringLiteral("restore"));
        QVERIFY(view->model()->rowCount() >= 1 && view->model()->rowCount() < model->rowCount());
        named<QLineEdit>(dialog, "filterLineEdit")->clear();

        QSignalSpy verified(dialog, &AuditLogDialog::verified);
        click(named<QPushButton>(dialog, "verifyPushButton"));
        QVERIFY(verified.wait(30000));
        const QString intact = named<QLabel>(dialog, "resultLabel")->text();
        QVERIFY2(intact.startsWith(QStringLiteral("The audit log is intact")), qPrintable(intact));
        shoot("audit-intact", dialog, false);
        if (!qEnvironmentVariable("MANDAAT_SHOTS_DIR").isEmpty()) {
            // The check's report in Dutch: verified again in that language.
            QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Belgium));
            installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Dutch, QLocale::Belgium));
            click(named<QPushButton>(dialog, "verifyPushButton"));
            QVERIFY(verified.wait(30000));
            QTest::qWait(200);
            dialog->grab().save(qEnvironmentVariable("MANDAAT_SHOTS_DIR") + QStringLiteral("/audit-intact-nl.png"));
            QLocale::setDefault(QLocale(QLocale::English));
            installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
            QTest::qWait(300);
        }

        // Entry 3 altered directly in the database, as an attacker would.
        {
            VaultError error;
            auto vault = Vault::openWithKey(m_vaultPath, m_window->vault()->key(), Vault::Access::ReadWrite, &error);
            QVERIFY2(vault, qPrintable(error.message));
            QSqlQuery query(vault->database());
            QVERIFY(query.exec(QStringLiteral("DROP TRIGGER audit_entry_no_update")));
            QVERIFY(query.exec(QStringLiteral("UPDATE audit_entry SET summary = 'nothing happened' WHERE id = 3")));
            query.finish();
            vault->close();
        }
        click(named<QPushButton>(dialog, "verifyPushButton"));
        QVERIFY(verified.wait(30000));
        const QString broken = named<QLabel>(dialog, "resultLabel")->text();
        QVERIFY2(broken.contains(QStringLiteral("Entry 3 was altered")), qPrintable(broken));
        // Marked in the list, and selected.
        const int row = model->rowOf(3);
        QVERIFY(row >= 0);
        QVERIFY(model->index(row, AuditLogModel::PositionColumn).data(Qt::DecorationRole).isValid());
        QCOMPARE(view->selectionModel()->selectedRows().value(0).data().toString(), QStringLiteral("3"));
        shoot("audit-broken", dialog, false);
        dialog->reject();
    }

    // Not a check: with MANDAAT_SHOTS_DIR set, the backup and restore messages in Dutch.
    void dutchMessagesForScreenshots()
    {
        if (qEnvironmentVariable("MANDAAT_SHOTS_DIR").isEmpty()) {
            return;
        }
        m_shotLanguage = QStringLiteral("nl");
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Belgium));
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Dutch, QLocale::Belgium));
        QString message;
        QVERIFY(backUpTo(file("nl.mandaat"), &message));
        bool ok = false;
        restoreFrom(file("nl.mandaat"), &ok);
        QVERIFY(ok);
        restoreFrom(file("truncated.mandaat"), &ok);
        QVERIFY(!ok);
        // The progress dialog half-way, then cancelled.
        const std::shared_ptr<Gate> gate = watchWorker(40);
        QSignalSpy done(m_window->backupFlow(), &BackupFlow::backupFinished);
        QProgressDialog* progress = startHeldBackup(file("nl-cancelled.mandaat"), gate);
        QVERIFY(progress);
        shoot("backup-progress", progress, false);
        click(named<QPushButton>(progress, "cancelBackupButton"));
        QVERIFY(done.wait(30000));
        takeMessage("backupCancelledMessage");
        // And a restore's.
        const std::shared_ptr<Gate> restoreGate = watchWorker(40);
        QSignalSpy restored(m_window->backupFlow(), &BackupFlow::restoreFinished);
        trigger("restoreAction");
        QVERIFY(chooseFile("restoreFileDialog", file("nl.mandaat")));
        auto* confirm = waitForDialog<QMessageBox>(30000);
        QVERIFY(confirm && confirm->objectName() == QLatin1String("restoreConfirmation"));
        click(confirm->findChild<QPushButton*>(QStringLiteral("restoreButton")));
        QVERIFY(QTest::qWaitFor([&restoreGate]() { return restoreGate->held.load(); }, 30000));
        shoot("restore-progress", progressDialog(), false);
        click(named<QPushButton>(progressDialog(), "cancelBackupButton"));
        QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 30000);
        takeMessage("backupCancelledMessage");
        m_window->backupFlow()->setWorkerProbe({});
        QLocale::setDefault(QLocale(QLocale::English));
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
        m_shotLanguage = QStringLiteral("en");
    }

    void aLockClosesTheDialogs()
    {
        // A check running when the vault locks: the lock waits for it, then closes the dialog.
        trigger("auditAction");
        QPointer<AuditLogDialog> audit = waitForDialog<AuditLogDialog>();
        QVERIFY(audit);
        click(named<QPushButton>(audit, "verifyPushButton"));
        m_window->lock();
        QVERIFY(m_window->vault() == nullptr);
        QTRY_VERIFY(!audit || !audit->isVisible());
        // Backup and restore need an open practice.
        QVERIFY(!named<QAction>(m_window.get(), "backupAction")->isEnabled());
        QVERIFY(!named<QAction>(m_window.get(), "restoreAction")->isEnabled());
        QVERIFY(!named<QAction>(m_window.get(), "auditAction")->isEnabled());
        m_window->openVault(m_vaultPath);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->vault() != nullptr, DerivationTimeout);
        QVERIFY(named<QAction>(m_window.get(), "backupAction")->isEnabled());
    }
};

QTEST_MAIN(RecordKeepingTest)
#include "RecordKeepingTest.moc"
