#include "MainWindow.h"

#include "main/PracticePage.h"
#include "main/WelcomePage.h"
#include "util/Settings.h"
#include "vault/CreateVaultDialog.h"
#include "vault/KeyChain.h"
#include "vault/UnlockPage.h"
#include "vault/Vault.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

namespace mandaat {

MainWindow::MainWindow(Settings& settings, KeyChain& keyChain, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_keyChain(keyChain)
    , m_stack(new QStackedWidget(this))
    , m_welcomePage(new WelcomePage(m_stack))
    , m_unlockPage(new UnlockPage(keyChain, m_stack))
    , m_practicePage(new PracticePage(m_stack))
{
    m_welcomePage->setAccessibleName(tr("Welcome"));
    m_unlockPage->setAccessibleName(tr("Unlock"));
    m_practicePage->setAccessibleName(tr("Practice"));
    m_stack->addWidget(m_welcomePage);
    m_stack->addWidget(m_unlockPage);
    m_stack->addWidget(m_practicePage);
    setCentralWidget(m_stack);
    createMenus();
    statusBar()->setSizeGripEnabled(false);

    connect(m_welcomePage, &WelcomePage::createRequested, this, &MainWindow::newPractice);
    connect(m_welcomePage, &WelcomePage::openRequested, this, &MainWindow::chooseVaultToOpen);
    connect(m_welcomePage, &WelcomePage::recentVaultChosen, this, &MainWindow::openVault);
    connect(m_unlockPage, &UnlockPage::unlocked, this, [this]() { adoptVault(m_unlockPage->takeVault(), false); });
    connect(m_unlockPage, &UnlockPage::openAnotherRequested, this, &MainWindow::chooseVaultToOpen);
    connect(m_unlockPage, &UnlockPage::recentVaultChosen, this, &MainWindow::openVault);
    connect(m_unlockPage, &UnlockPage::notice, this, [this](const QString& text) {
        statusBar()->showMessage(text, 15000);
    });
    connect(m_practicePage, &PracticePage::lockRequested, &m_lockController, &LockController::requestLock);
    connect(&m_lockController, &LockController::lockRequested, this, &MainWindow::lock);
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::RecentVaults) {
            refreshRecentVaults();
        }
    });

    if (!restoreGeometry(m_settings.windowGeometry())) {
        resize(960, 680);
    }
    refreshRecentVaults();
    showWelcome();
}

MainWindow::~MainWindow()
{
    closeVault();
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setAccessibleName(tr("File"));
    m_newAction = fileMenu->addAction(tr("&New practice…"), this, &MainWindow::newPractice);
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = fileMenu->addAction(tr("&Open vault…"), this, &MainWindow::chooseVaultToOpen);
    m_openAction->setShortcut(QKeySequence::Open);
    fileMenu->addSeparator();
    m_lockAction = fileMenu->addAction(tr("&Lock"), &m_lockController, &LockController::requestLock);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    fileMenu->addSeparator();
    m_quitAction = fileMenu->addAction(tr("&Quit"), this, &MainWindow::close);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_newAction->setObjectName(QStringLiteral("newAction"));
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    // The lock works from any window of the application, also over a dialog.
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    updateActions();
}

void MainWindow::openVault(const QString& path)
{
    closeDialogs();
    closeVault();
    m_unlockPage->showVault(path, UnlockPage::Arrival::Opened);
    m_stack->setCurrentWidget(m_unlockPage);
    updateTitle();
    updateActions();
}

void MainWindow::showWelcome()
{
    m_stack->setCurrentWidget(m_welcomePage);
    updateTitle();
    updateActions();
}

void MainWindow::lock()
{
    if (!m_vault) {
        return;
    }
    // No dialog may outlive the lock; they are all opened with open()/show(), never exec().
    closeDialogs();
    const QString path = m_vault->path();
    closeVault();
    m_unlockPage->showVault(path, UnlockPage::Arrival::Locked);
    m_stack->setCurrentWidget(m_unlockPage);
    updateTitle();
    updateActions();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    closeDialogs();
    m_settings.setWindowGeometry(saveGeometry());
    closeVault();
    event->accept();
}

void MainWindow::newPractice()
{
    auto* dialog = new CreateVaultDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &QDialog::accepted, this, [this, dialog]() { adoptVault(dialog->takeVault(), dialog->rememberKey()); });
    dialog->open();
    // The keychain may take its time to answer; the dialog is usable meanwhile, and may be
    // gone (a lock) by the time it does.
    const QPointer<CreateVaultDialog> guard(dialog);
    QTimer::singleShot(0, this, [this, guard]() {
        if (!guard) {
            return;
        }
        const KeyChain::Availability availability = m_keyChain.probe();
        if (guard) {
            guard->setKeyChainAvailability(availability);
        }
    });
}

void MainWindow::chooseVaultToOpen()
{
    const QStringList recent = m_settings.recentVaults();
    const QString folder = recent.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                            : QFileInfo(recent.first()).absolutePath();
    auto* dialog = new QFileDialog(this, tr("Open a vault"), folder, tr("Mandaat vaults (*.mandaat);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::openVault);
    dialog->open();
}

void MainWindow::adoptVault(std::unique_ptr<Vault> vault, bool rememberKey)
{
    if (!vault) {
        return;
    }
    closeVault();
    if (rememberKey) {
        QString error;
        if (!m_keyChain.store(vault->saltHex(), vault->key(), &error)) {
            statusBar()->showMessage(tr("The key could not be remembered on this computer: %1").arg(error), 15000);
        }
    }
    m_vault = std::move(vault);
    m_settings.noteRecentVault(m_vault->path());
    m_practicePage->showVault(*m_vault);
    m_stack->setCurrentWidget(m_practicePage);
    m_lockController.setActive(true);
    updateTitle();
    updateActions();
}

void MainWindow::closeVault()
{
    if (!m_vault) {
        return;
    }
    m_lockController.setActive(false);
    m_practicePage->clear();
    m_vault->close();
    m_vault.reset();
}

void MainWindow::closeDialogs()
{
    for (int guard = 0; guard < 10 && QApplication::activePopupWidget(); ++guard) {
        QApplication::activePopupWidget()->close();
    }
    QList<QPointer<QDialog>> dialogs;
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (auto* dialog = qobject_cast<QDialog*>(window); dialog && dialog->isVisible()) {
            dialogs.append(dialog);
        }
    }
    // Closing one dialog may close or delete another (a file dialog over the create dialog).
    for (const QPointer<QDialog>& dialog : std::as_const(dialogs)) {
        if (dialog && dialog->isVisible()) {
            dialog->reject();
        }
    }
}

void MainWindow::refreshRecentVaults()
{
    const QStringList recent = m_settings.recentVaults();
    m_welcomePage->setRecentVaults(recent);
    m_unlockPage->setRecentVaults(recent);
}

void MainWindow::updateTitle()
{
    QString path;
    if (m_vault) {
        path = m_vault->path();
    } else if (m_stack->currentWidget() == m_unlockPage) {
        path = m_unlockPage->vaultPath();
    }
    setWindowTitle(path.isEmpty() ? tr("Mandaat") : tr("Mandaat — %1").arg(QFileInfo(path).fileName()));
}

void MainWindow::updateActions()
{
    m_lockAction->setEnabled(m_vault != nullptr);
}

} // namespace mandaat
