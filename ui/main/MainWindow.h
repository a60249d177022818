#pragma once

#include "main/LockController.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QStackedWidget;

namespace mandaat {

class CreateVaultDialog;
class KeyChain;
class PracticePage;
class Settings;
class UnlockPage;
class Vault;
class WelcomePage;

/// The application window: the welcome page, the unlock page of one vault, or the open
/// practice. Owns the open vault and locks it (DESIGN.md, Locking).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Settings& settings, KeyChain& keyChain, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// The unlock page of \a path; a remembered key unlocks it without typing.
    void openVault(const QString& path);
    void showWelcome();
    /// Closes every dialog, closes the vault (wiping its key), clears the practice and shows
    /// the unlock page of the same file. Does nothing when no vault is open.
    void lock();

    Vault* vault() const { return m_vault.get(); }
    LockController& lockController() { return m_lockController; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void newPractice();
    void chooseVaultToOpen();
    void adoptVault(std::unique_ptr<Vault> vault, bool rememberKey);
    void closeVault();
    void closeDialogs();
    void refreshRecentVaults();
    void updateTitle();
    void updateActions();

    Settings& m_settings;
    KeyChain& m_keyChain;
    QStackedWidget* m_stack = nullptr;
    WelcomePage* m_welcomePage = nullptr;
    UnlockPage* m_unlockPage = nullptr;
    PracticePage* m_practicePage = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_quitAction = nullptr;
    LockController m_lockController;
    std::unique_ptr<Vault> m_vault;
};

} // namespace mandaat
