// Locking the main window (docs/architecture.md, Locking and threads): typed note text survives a lock, a switch and a
// quit as a draft in the vault; a lock closes every dialog without a crash or a write; viewed
// attachments are removed; and the screensaver's ActiveChanged and logind's PrepareForSleep,
// sent on a private session bus (dbus-run-session), lock the vault.
#include "FakeKeyChain.h"
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "common/AttachmentFolder.h"
#include "common/OpenPractice.h"
#include "common/forms/RecordForm.h"
#include "common/models/AttachmentListModel.h"
#include "engagements/EngagementPage.h"
#include "engagements/SessionsPanel.h"
#include "engagements/attachments/AttachmentsPanel.h"
#include "engagements/notes/NoteEditor.h"
#include "engagements/notes/NoteHistoryDialog.h"
#include "exchange/AuditHeads.h"
#include "exchange/AuditVerifier.h"
#include "main/MainWindow.h"
#include "main/PracticeView.h"
#include "main/RecordPage.h"
#include "main/SessionLockWatcher.h"
#include "practice/ProfileDialog.h"
#include "repositories/ClientRepository.h"
#include "repositories/EngagementRepository.h"
#include "repositories/NoteDrafts.h"
#include "repositories/PracticeRepository.h"
#include "repositories/Records.h"
#include "repositories/SessionRepository.h"
#include "settings/SettingsDialog.h"
#include "util/Settings.h"
#include "vault/EmergencySheetDialog.h"
#include "vault/UnlockPage.h"
#include "vault/Vault.h"

#include <QAction>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace mandaat;
using namespace mandaat::test;

class LockingTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    SecureBytes m_key;
    QString m_saltHex;
    qint64 m_engagement = 0;
    qint64 m_firstSession = 0;
    qint64 m_secondSession = 0;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<FakeKeyChain> m_keyChain;
    std::unique_ptr<MainWindow> m_window;
    QList<QUrl> m_opened;

    PracticeView* view() const { return m_window->practiceView(); }
    NoteEditor* noteEditor() const { return view()->engagementPage()->sessionsPanel()->noteEditor(); }
    QPlainTextEdit* noteText() const { return named<QPlainTextEdit>(noteEditor(), "notePlainTextEdit"); }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(*m_settings, *m_keyChain);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->openVault(m_path); // the remembered key unlocks it
        QTRY_VERIFY(m_window->vault() != nullptr);
    }

    void unlockAgain()
    {
        auto* unlock = m_window->findChild<UnlockPage*>();
        QTest::keyClick(named<QLineEdit>(unlock, "passphraseLineEdit"), Qt::Key_Return);
        QTRY_VERIFY(m_window->vault() != nullptr);
    }

    void showSession(qint64 sessionId)
    {
        view()->showEngagement(m_engagement);
        view()->engagementPage()->showTab(EngagementPage::SessionsTab);
        view()->engagementPage()->sessionsPanel()->selectSession(sessionId);
        QCOMPARE(noteEditor()->sessionId(), sessionId);
    }

    std::optional<NoteDraft> storedDraft(qint64 sessionId) const
    {
        return view()->practice()->drafts().draft(m_engagement, sessionId, 0);
    }

    static bool sendSignal(const char* path, const char* interface, const char* name, bool value)
    {
        QDBusMessage signal = QDBusMessage::createSignal(
            QString::fromLatin1(path), QString::fromLatin1(interface), QString::fromLatin1(name));
        signal << value;
        return QDBusConnection::sessionBus().send(signal);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run under dbus-run-session");
        // logind's PrepareForSleep comes from the system bus; here the test sends it.
        SessionLockWatcher::watchSleepOnSessionBusForTesting(true);
        // ...as logind: the watcher listens to that name only.
        QVERIFY(QDBusConnection::sessionBus().registerService(QStringLiteral("org.freedesktop.login1")));
        AttachmentFolder::setOpenerForTesting([this](const QUrl& url) {
            m_opened.append(url);
            return true;
        });
        m_path = m_dir.filePath(QStringLiteral("locking.mandaat"));
        VaultError error;
        std::unique_ptr<Vault> vault = Vault::create(m_path, test::passphrase(), &error);
        QVERIFY2(vault, qPrintable(error.message));
        m_key = vault->key();
        m_saltHex = vault->saltHex();
        Records records(*vault);
        Client client;
        client.name = QStringLiteral("Karin Smets");
        QVERIFY(records.clients().save(client));
        Engagement engagement;
        engagement.clientId = client.id;
        engagement.payerKind = PayerKind::Client;
        engagement.title = QStringLiteral("Loopbaancoaching");
        QVERIFY(records.engagements().save(engagement));
        m_engagement = engagement.id;
        for (qint64* id : {&m_firstSession, &m_secondSession}) {
            Session session;
            session.engagementId = m_engagement;
            session.startsAt = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC).addDays(*id == 0 ? 0 : 7);
            session.intake = true;
            QVERIFY(records.sessions().save(session));
            *id = session.id;
        }
        Note note;
        note.engagementId = m_engagement;
        note.sessionId = m_firstSession;
        note.text = QStringLiteral("Eerste versie.");
        QVERIFY(records.sessions().saveNote(note));
        note.text = QStringLiteral("Tweede versie.");
        QVERIFY(records.sessions().saveNote(note));
    }

    void init()
    {
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_keyChain = std::make_unique<FakeKeyChain>();
        m_keyChain->entries[m_saltHex] = m_key;
        openWindow();
    }

    void cleanup()
    {
        m_window.reset();
        if (QTest::currentTestFailed()) {
            return;
        }
        // No draft is left behind for the next test.
        VaultError error;
        std::unique_ptr<Vault> vault = Vault::openWithKey(m_path, m_key, Vault::Access::ReadWrite, &error);
        QVERIFY(vault);
        NoteDrafts drafts(*vault);
        QVERIFY(drafts.discard(m_engagement, m_firstSession, 0));
        QVERIFY(drafts.discard(m_engagement, m_secondSession, 0));
    }

    void noteTypedThenLockedMidSentence()
    {
        showSession(m_secondSession);
        typeText(noteText(), QStringLiteral("Karin twijfelt tussen twee vacatures en wil eerst"));
        QVERIFY(noteEditor()->hasPendingDraft()); // not written yet: the lock comes first
        named<QAction>(m_window.get(), "lockAction")->trigger();
        QVERIFY(m_window->vault() == nullptr);
        QCOMPARE(noteText()->toPlainText(), QString()); // the view is cleared

        unlockAgain();
        showSession(m_secondSession);
        QCOMPARE(noteText()->toPlainText(), QStringLiteral("Karin twijfelt tussen twee vacatures en wil eerst"));
        QVERIFY(named<QLabel>(noteEditor(), "statusLabel")->text().contains(QStringLiteral("unsaved draft")));
        // A draft is not the note.
        QVERIFY(!view()->practice()->records().sessions().noteForSession(m_secondSession));
        QVERIFY(named<QPushButton>(noteEditor(), "saveNoteButton")->isEnabled());
    }

    void lockNotesTheAuditHeadOnThisComputer()
    {
        // As on a computer that has not seen this vault before.
        m_window.reset();
        m_settings.reset();
        const QString file = m_dir.filePath(QStringLiteral("settings.ini"));
        QVERIFY(QFile::remove(file));
        m_settings = std::make_unique<Settings>(file);
        openWindow();
        const AuditHead before = AuditVerifier(m_window->vault()->database()).head();
        QVERIFY(before.isValid());
        // Ctrl+L, as the user locks.
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(m_window->vault() == nullptr);
        // What verify compares a later log with: its length and last hash, for this vault,
        // including the lock's own entry.
        VaultError error;
        std::unique_ptr<Vault> vault = Vault::openWithKey(m_path, m_key, Vault::Access::ReadOnly, &error);
        QVERIFY2(vault, qPrintable(error.message));
        const AuditHead after = AuditVerifier(vault->database()).head();
        vault->close();
        QCOMPARE(after.count, before.count + 1);
        const AuditHead seen = AuditHeads::seen(*m_settings, m_saltHex);
        QCOMPARE(seen.count, after.count);
        QCOMPARE(seen.hash, after.hash);
        unlockAgain();
    }

    // Issue 15, item 6: the audit log records every unlock and every lock.
    void unlockAndLockAreInTheAuditLog()
    {
        const auto kinds = [this]() {
            QStringList result;
            VaultError error;
            std::unique_ptr<Vault> vault = Vault::openWithKey(m_path, m_key, Vault::Access::ReadOnly, &error);
            QSqlQuery query(vault ? vault->database() : QSqlDatabase());
            query.exec(QStringLiteral("SELECT kind FROM audit_entry ORDER BY id"));
            while (query.next()) {
                result << query.value(0).toString();
            }
            return result;
        };
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(m_window->vault() == nullptr);
        const QStringList locked = kinds();
        QCOMPARE(locked.constLast(), QStringLiteral("vault.locked"));
        QCOMPARE(locked.at(locked.size() - 2), QStringLiteral("vault.unlocked")); // init() unlocked it
        unlockAgain();
        m_window.reset(); // quitting closes the vault
        const QStringList closed = kinds();
        QCOMPARE(closed.size(), locked.size() + 2);
        QCOMPARE(closed.at(closed.size() - 2), QStringLiteral("vault.unlocked"));
        QCOMPARE(closed.constLast(), QStringLiteral("vault.closed"));
        openWindow();
    }

    void draftWrittenWhileTypingAndOnSwitch()
    {
        showSession(m_secondSession);
        typeText(noteText(), QStringLiteral("Na een pauze"));
        QVERIFY(!storedDraft(m_secondSession));
        // Within a second of the last key.
        QTRY_VERIFY_WITH_TIMEOUT(storedDraft(m_secondSession).has_value(), 1500);
        QCOMPARE(storedDraft(m_secondSession)->text, QStringLiteral("Na een pauze"));

        // Another session at once after typing: written before the switch.
        typeText(noteText(), QStringLiteral(", meer"));
        view()->engagementPage()->sessionsPanel()->selectSession(m_firstSession);
        QCOMPARE(storedDraft(m_secondSession)->text, QStringLiteral("Na een pauze, meer"));
        QCOMPARE(noteText()->toPlainText(), QStringLiteral("Tweede versie."));

        // Saving makes it the note, with the earlier text in its history.
        showSession(m_secondSession);
        noteText()->setFocus();
        QTest::keyClick(noteText(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!storedDraft(m_secondSession));
        QCOMPARE(view()->practice()->records().sessions().noteForSession(m_secondSession)->text,
                 QStringLiteral("Na een pauze, meer"));
        // The note is removed again for the other tests: not possible (notes are kept), so the
        // other tests use the first session's note, which has a history.
    }

    void draftWrittenOnQuit()
    {
        showSession(m_firstSession);
        noteText()->moveCursor(QTextCursor::End);
        typeText(noteText(), QStringLiteral(" En dan"));
        m_window->close();
        QVERIFY(m_window->vault() == nullptr);
        openWindow();
        showSession(m_firstSession);
        QCOMPARE(noteText()->toPlainText(), QStringLiteral("Tweede versie. En dan"));
    }

    void lockClosesDialogsWithoutWriting_data()
    {
        QTest::addColumn<QString>("which");
        for (const char* which :
             {"profile", "settings", "emergency", "history", "attachment-warning", "file-dialog", "delete-question"}) {
            QTest::newRow(which) << QString::fromLatin1(which);
        }
    }

    void lockClosesDialogsWithoutWriting()
    {
        QFETCH(QString, which);
        showSession(m_firstSession);
        QPointer<QWidget> dialog;
        if (which == QLatin1String("profile")) {
            named<QAction>(m_window.get(), "profileAction")->trigger();
            auto* profile = waitForDialog<ProfileDialog>();
            typeText(named<QLineEdit>(profile, "consultantNameLineEdit"), QStringLiteral("Not saved"));
            dialog = profile;
        } else if (which == QLatin1String("settings")) {
            named<QAction>(m_window.get(), "settingsAction")->trigger();
            auto* settings = waitForDialog<SettingsDialog>();
            named<QSpinBox>(settings, "idleLockSpinBox")->setValue(3);
            dialog = settings;
        } else if (which == QLatin1String("emergency")) {
            named<QAction>(m_window.get(), "emergencyAction")->trigger();
            dialog = waitForDialog<EmergencySheetDialog>();
        } else if (which == QLatin1String("history")) {
            click(named<QPushButton>(noteEditor(), "historyButton"));
            dialog = waitForDialog<NoteHistoryDialog>();
        } else if (which == QLatin1String("attachment-warning") || which == QLatin1String("file-dialog")) {
            view()->engagementPage()->showTab(EngagementPage::AttachmentsTab);
            AttachmentsPanel* files = view()->engagementPage()->attachmentsPanel();
            if (which == QLatin1String("file-dialog")) {
                click(named<QPushButton>(files, "addButton"));
                dialog = waitForDialog<QFileDialog>();
            } else {
                if (files->model()->rowCount() == 0) {
                    QVERIFY(test::writeFile(m_dir.filePath(QStringLiteral("scan.pdf")), QByteArray("%PDF-1.4 scan")));
                    QVERIFY(files->addFile(m_dir.filePath(QStringLiteral("scan.pdf"))));
                    QTRY_COMPARE(files->model()->rowCount(), 1);
                }
                named<QTableView>(files, "attachmentsTableView")->selectRow(0);
                click(named<QPushButton>(files, "viewButton"));
                dialog = waitForDialog<QMessageBox>();
            }
        } else {
            view()->showClient(view()->practice()->records().clients().clients().first().id);
            click(named<QPushButton>(view()->clientsPage()->form(), "deleteButton"));
            dialog = waitForDialog<QMessageBox>();
        }
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        const qint64 before = AuditVerifier(m_window->vault()->database()).head().count;

        named<QAction>(m_window.get(), "lockAction")->trigger();
        QVERIFY(m_window->vault() == nullptr);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        for (QWidget* window : QApplication::topLevelWidgets()) {
            QVERIFY2(!window->isVisible() || window == m_window.get(), window->metaObject()->className());
        }
        // Nothing was written but the lock's own audit entry: every change to a record has one.
        {
            VaultError error;
            std::unique_ptr<Vault> vault = Vault::openWithKey(m_path, m_key, Vault::Access::ReadOnly, &error);
            QVERIFY2(vault, qPrintable(error.message));
            QSqlQuery query(vault->database());
            QVERIFY(query.exec(QStringLiteral("SELECT kind FROM audit_entry WHERE id > %1 ORDER BY id").arg(before)));
            QStringList written;
            while (query.next()) {
                written << query.value(0).toString();
            }
            QCOMPARE(written, QStringList{QStringLiteral("vault.locked")});
        }
        QCOMPARE(m_window->findChild<QStackedWidget*>()->currentWidget(), m_window->findChild<UnlockPage*>());
        QVERIFY(m_opened.isEmpty());
        unlockAgain();
        QCOMPARE(view()->practice()->records().practice().policy().idleLockMinutes, 10);
        QCOMPARE(view()->practice()->records().practice().profile().consultantName, QString());
    }

    void viewedAttachmentGoesWithTheLock()
    {
        view()->showEngagement(m_engagement);
        view()->engagementPage()->showTab(EngagementPage::AttachmentsTab);
        AttachmentsPanel* files = view()->engagementPage()->attachmentsPanel();
        QTRY_VERIFY(files->model()->rowCount() >= 1);
        named<QTableView>(files, "attachmentsTableView")->selectRow(0);
        click(named<QPushButton>(files, "viewButton"));
        auto* warning = waitForDialog<QMessageBox>();
        QVERIFY(warning);
        QVERIFY(warning->text().contains(QStringLiteral("unencrypted")));
        click(qobject_cast<QAbstractButton*>(warning->buttons().first()));
        QTRY_COMPARE(m_opened.size(), 1);
        const QString path = m_opened.takeFirst().toLocalFile();
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("scan.pdf"));
        const QString folder = view()->practice()->attachmentFolder().path();
        QVERIFY(path.startsWith(folder));
        QCOMPARE(QFileInfo(folder).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        named<QAction>(m_window.get(), "lockAction")->trigger();
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(folder));
    }

    void screenLockAndSleepLock_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("interface");
        QTest::addColumn<QByteArray>("signal");
        QTest::newRow("freedesktop screensaver")
            << QByteArray("/org/freedesktop/ScreenSaver") << QByteArray("org.freedesktop.ScreenSaver")
            << QByteArray("ActiveChanged");
        QTest::newRow("gnome screensaver") << QByteArray("/org/gnome/ScreenSaver")
                                           << QByteArray("org.gnome.ScreenSaver") << QByteArray("ActiveChanged");
        QTest::newRow("logind sleep") << QByteArray("/org/freedesktop/login1")
                                      << QByteArray("org.freedesktop.login1.Manager") << QByteArray("PrepareForSleep");
    }

    void screenLockAndSleepLock()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, interface);
        QFETCH(QByteArray, signal);
        showSession(m_firstSession);
        noteText()->moveCursor(QTextCursor::End);
        typeText(noteText(), QStringLiteral(" Zzz"));
        QVERIFY(sendSignal(path.constData(), interface.constData(), signal.constData(), false));
        QTest::qWait(200);
        QVERIFY(m_window->vault() != nullptr); // waking up or unlocking the screen locks nothing
        QVERIFY(sendSignal(path.constData(), interface.constData(), signal.constData(), true));
        QTRY_VERIFY(m_window->vault() == nullptr);
        unlockAgain();
        showSession(m_firstSession);
        QVERIFY(noteText()->toPlainText().endsWith(QStringLiteral(" Zzz")));
    }
};

QTEST_MAIN(LockingTest)
#include "LockingTest.moc"
