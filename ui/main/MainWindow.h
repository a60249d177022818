#pragma once

#include "main/LockController.h"
#include "main/PracticeView.h"

#include <QDate>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QMenu;
class QStackedWidget;

namespace mandaat {

class BackupFlow;
class CreateVaultDialog;
class DemoVaultMaker;
class KeyChain;
class Settings;
class UnlockPage;
class Vault;
class WelcomePage;

/// The application window: the welcome page, the unlock page of one vault, or the open
/// practice. Owns the open vault and locks it (docs/architecture.md, Locking and threads): drafts written, dialogs
/// closed without writing, every view cleared, the attachment folder emptied, the vault closed
/// and its key wiped, the unlock page shown.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Settings& settings, KeyChain& keyChain, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// The unlock page of \a path; a remembered key unlocks it without typing.
    void openVault(const QString& path);
    void showWelcome();
    /// Locks: does nothing when no vault is open.
    void lock();

    Vault* vault() const { return m_vault.get(); }
    LockController& lockController() { return m_lockController; }
    PracticeView* practiceView() const { return m_practiceView; }

    void showProfile();
    void newEngagement();
    void showSettings();
    void showEmergencySheet();
    void tryDemo();
    void showAuditLog();
    /// Practice → Change passphrase: the open vault re-encrypted, the emergency sheet offered.
    void changePassphrase();
    /// File → Close vault: the record shown saved, the vault closed, the welcome page shown.
    void closeVaultByUser();
    void showUserGuide();
    /// The destruction flow (MW-4.2) for \a engagementId, judged at \a at.
    void showDestruction(qint64 engagementId, QDate at);
    BackupFlow* backupFlow() const { return m_backupFlow; }
    /// For a restore: closes the practice as a lock does (drafts written, dialogs closed, the
    /// vault closed), without showing the unlock page; adoptRestored() opens the restored one.
    void closePractice();
    void adoptRestored(std::unique_ptr<Vault> vault);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createMenus();
    void retranslate();
    void newPractice();
    void chooseVaultToOpen();
    void adoptVault(std::unique_ptr<Vault> vault, bool rememberKey, bool recent = true);
    void vaultCreated(std::unique_ptr<Vault> vault, bool rememberKey);
    void demoFinished(bool ok, const QString& error);
    void applyPolicy();
    /// \a locking: a lock (the audit log says "locked"), else a close.
    void closeVault(bool locking = false);
    void closeDialogs();
    void refreshRecentVaults();
    void updateTitle();
    void updateActions();
    void showMessage(const QString& title, const QString& text);

    Settings& m_settings;
    KeyChain& m_keyChain;
    QStackedWidget* m_stack = nullptr;
    WelcomePage* m_welcomePage = nullptr;
    UnlockPage* m_unlockPage = nullptr;
    PracticeView* m_practiceView = nullptr;
    DemoVaultMaker* m_demo = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_practiceMenu = nullptr;
    QMenu* m_goMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_demoAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_profileAction = nullptr;
    QAction* m_newEngagementAction = nullptr;
    QAction* m_emergencyAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_newRecordAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_backupAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_auditAction = nullptr;
    QAction* m_closeVaultAction = nullptr;
    QAction* m_passphraseAction = nullptr;
    QAction* m_guideAction = nullptr;
    BackupFlow* m_backupFlow = nullptr;
    QList<QAction*> m_pageActions;
    LockController m_lockController;
    std::unique_ptr<Vault> m_vault;
    bool m_locking = false; ///< set while dialogs close for a lock: they start nothing new
    QString m_lockedPath; ///< the vault locked last, to return to m_lockedPlace in it
    PracticeView::Place m_lockedPlace;
};

} // namespace mandaat
