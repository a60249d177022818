#include "MainWindow.h"

#include "Translations.h"
#include "audit/AuditLogDialog.h"
#include "common/Formats.h"
#include "common/OpenPractice.h"
#include "common/VaultJob.h"
#include "common/forms/WheelGuard.h"
#include "domain/Phrase.h"
#include "exchange/AuditHeads.h"
#include "exchange/AuditVerifier.h"
#include "help/UserGuideDialog.h"
#include "main/BackupFlow.h"
#include "main/PracticeView.h"
#include "main/RecordListPane.h"
#include "main/RecordPage.h"
#include "main/WelcomePage.h"
#include "overview/OverviewPage.h"
#include "practice/ProfileDialog.h"
#include "repositories/AuditLog.h"
#include "repositories/PracticeRepository.h"
#include "repositories/Records.h"
#include "retention/DestructionDialog.h"
#include "search/SearchPage.h"
#include "settings/SettingsDialog.h"
#include "util/Settings.h"
#include "vault/ChangePassphraseDialog.h"
#include "vault/CreateVaultDialog.h"
#include "vault/DemoVaultMaker.h"
#include "vault/EmergencySheetDialog.h"
#include "vault/KeyChain.h"
#include "vault/UnlockPage.h"
#include "vault/Vault.h"
#include "wizards/onboarding/OnboardingWizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
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
    , m_practiceView(new PracticeView(m_stack))
    , m_demo(new DemoVaultMaker(this))
{
    // No wheel changes a field the user is not in, in any window of the application.
    WheelGuard::install(QApplication::instance());
    m_backupFlow = new BackupFlow(*this, settings, keyChain); // after m_lockController
    m_stack->addWidget(m_welcomePage);
    m_stack->addWidget(m_unlockPage);
    m_stack->addWidget(m_practiceView);
    setCentralWidget(m_stack);
    createMenus();
    statusBar()->setSizeGripEnabled(false);

    connect(m_welcomePage, &WelcomePage::createRequested, this, &MainWindow::newPractice);
    connect(m_welcomePage, &WelcomePage::openRequested, this, &MainWindow::chooseVaultToOpen);
    connect(m_welcomePage, &WelcomePage::demoRequested, this, &MainWindow::tryDemo);
    connect(m_welcomePage, &WelcomePage::recentVaultChosen, this, &MainWindow::openVault);
    connect(m_unlockPage, &UnlockPage::unlocked, this, [this]() { adoptVault(m_unlockPage->takeVault(), false); });
    connect(m_unlockPage, &UnlockPage::openAnotherRequested, this, &MainWindow::chooseVaultToOpen);
    connect(m_unlockPage, &UnlockPage::recentVaultChosen, this, &MainWindow::openVault);
    connect(m_unlockPage, &UnlockPage::notice, this, [this](const QString& text) {
        statusBar()->showMessage(text, 15000);
    });
    connect(m_practiceView, &PracticeView::lockRequested, &m_lockController, &LockController::requestLock);
    connect(m_practiceView, &PracticeView::practiceNameChanged, this, &MainWindow::updateTitle);
    connect(m_demo, &DemoVaultMaker::finished, this, &MainWindow::demoFinished);
    connect(m_practiceView->overviewPage(), &OverviewPage::backupRequested, m_backupFlow, &BackupFlow::backUp);
    connect(m_practiceView->overviewPage(), &OverviewPage::destructionRequested, this, &MainWindow::showDestruction);
    connect(&m_lockController, &LockController::lockRequested, this, &MainWindow::lock);
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::RecentVaults) {
            refreshRecentVaults();
        } else if (key == Settings::Key::InterfaceLanguage) {
            // Without a restart: every widget retranslates on the LanguageChange event.
            QLocale::setDefault(m_settings.interfaceLocale());
            installTranslations(*QCoreApplication::instance(), m_settings.interfaceLocale());
        }
    });

    if (!restoreGeometry(m_settings.windowGeometry())) {
        resize(1100, 720);
    }
    refreshRecentVaults();
    retranslate();
    showWelcome();
}

MainWindow::~MainWindow()
{
    closeVault();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(QString(), this, &MainWindow::newPractice);
    // No shortcut of its own: Ctrl+Shift+N is a new engagement, Ctrl+N a new record; the menu's
    // mnemonic reaches it.
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseVaultToOpen);
    m_openAction->setShortcut(QKeySequence::Open);
    m_demoAction = m_fileMenu->addAction(QString(), this, &MainWindow::tryDemo);
    m_fileMenu->addSeparator();
    m_backupAction = m_fileMenu->addAction(QString(), m_backupFlow, &BackupFlow::backUp);
    m_restoreAction = m_fileMenu->addAction(QString(), m_backupFlow, &BackupFlow::restore);
    m_fileMenu->addSeparator();
    // Issue 7: the engagement or client shown, else the whole practice.
    m_exportAction = m_fileMenu->addAction(QString(), m_practiceView, &PracticeView::exportCurrent);
    m_fileMenu->addSeparator();
    m_closeVaultAction = m_fileMenu->addAction(QString(), this, &MainWindow::closeVaultByUser);
    m_closeVaultAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    m_lockAction = m_fileMenu->addAction(QString(), &m_lockController, &LockController::requestLock);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    // The lock works from any window of the application, also over a dialog.
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &MainWindow::close);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_practiceMenu = menuBar()->addMenu(QString());
    m_newEngagementAction = m_practiceMenu->addAction(QString(), this, &MainWindow::newEngagement);
    m_newEngagementAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_practiceMenu->addSeparator();
    m_profileAction = m_practiceMenu->addAction(QString(), this, &MainWindow::showProfile);
    m_emergencyAction = m_practiceMenu->addAction(QString(), this, &MainWindow::showEmergencySheet);
    m_passphraseAction = m_practiceMenu->addAction(QString(), this, &MainWindow::changePassphrase);
    m_auditAction = m_practiceMenu->addAction(QString(), this, &MainWindow::showAuditLog);
    m_practiceMenu->addSeparator();
    m_settingsAction = m_practiceMenu->addAction(QString(), this, &MainWindow::showSettings);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);

    m_goMenu = menuBar()->addMenu(QString());
    const Qt::Key keys[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5, Qt::Key_6, Qt::Key_7};
    for (int page = 0; page < 7; ++page) {
        QAction* action = m_goMenu->addAction(QString(), this, [this, page]() {
            m_practiceView->showPage(static_cast<PracticeView::Page>(page));
            // Ctrl+6: straight into the query (issue 15).
            if (m_practiceView->currentPage() == PracticeView::Page::Search) {
                m_practiceView->searchPage()->focusQuery();
            }
        });
        action->setShortcut(QKeySequence(Qt::CTRL | keys[page]));
        m_pageActions.append(action);
    }
    m_goMenu->addSeparator();
    m_newRecordAction = m_goMenu->addAction(QString(), m_practiceView, &PracticeView::newRecord);
    m_newRecordAction->setShortcut(QKeySequence::New);
    m_findAction = m_goMenu->addAction(QString(), this, [this]() {
        // On a list: its filter; elsewhere: the full-text search.
        RecordPage* page = nullptr;
        switch (m_practiceView->currentPage()) {
        case PracticeView::Page::Clients:
            page = m_practiceView->clientsPage();
            break;
        case PracticeView::Page::Principals:
            page = m_practiceView->principalsPage();
            break;
        case PracticeView::Page::Engagements:
            page = m_practiceView->engagementsPage();
            break;
        case PracticeView::Page::Complaints:
            page = m_practiceView->complaintsPage();
            break;
        default:
            break;
        }
        if (page) {
            page->list()->focusFilter();
        } else {
            m_practiceView->showPage(PracticeView::Page::Search);
            m_practiceView->searchPage()->focusQuery();
        }
    });
    m_findAction->setShortcut(QKeySequence::Find);

    m_helpMenu = menuBar()->addMenu(QString());
    m_guideAction = m_helpMenu->addAction(QString(), this, &MainWindow::showUserGuide);
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this]() {
        showMessage(tr("About Mandaat"),
                    tr("Mandaat %1\nEncrypted practice records for consultants who work under a code of conduct.")
                        .arg(QCoreApplication::applicationVersion()));
    });
    m_aboutAction->setMenuRole(QAction::AboutRole);

    const std::pair<QAction*, const char*> names[] = {
        {m_newAction, "newAction"},
        {m_openAction, "openAction"},
        {m_demoAction, "demoAction"},
        {m_exportAction, "exportAction"},
        {m_lockAction, "lockAction"},
        {m_quitAction, "quitAction"},
        {m_newEngagementAction, "newEngagementAction"},
        {m_profileAction, "profileAction"},
        {m_emergencyAction, "emergencyAction"},
        {m_settingsAction, "settingsAction"},
        {m_newRecordAction, "newRecordAction"},
        {m_findAction, "findAction"},
        {m_aboutAction, "aboutAction"},
        {m_backupAction, "backupAction"},
        {m_restoreAction, "restoreAction"},
        {m_auditAction, "auditAction"},
        {m_closeVaultAction, "closeVaultAction"},
        {m_passphraseAction, "passphraseAction"},
        {m_guideAction, "guideAction"},
    };
    for (const auto& [action, name] : names) {
        action->setObjectName(QString::fromLatin1(name));
    }
    updateActions();
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New practice…"));
    m_openAction->setText(tr("&Open vault…"));
    m_demoAction->setText(tr("Try the &demo practice"));
    m_backupAction->setText(tr("&Back up…"));
    m_restoreAction->setText(tr("&Restore from backup…"));
    m_auditAction->setText(tr("&Audit log…"));
    m_exportAction->setText(tr("&Export…"));
    m_closeVaultAction->setText(tr("&Close vault"));
    m_lockAction->setText(tr("&Lock"));
    m_quitAction->setText(tr("&Quit"));
    m_practiceMenu->setTitle(tr("&Practice"));
    m_newEngagementAction->setText(tr("New &engagement…"));
    m_profileAction->setText(tr("&Profile…"));
    m_emergencyAction->setText(tr("&Emergency sheet…"));
    m_passphraseAction->setText(tr("Change the pass&phrase…"));
    m_settingsAction->setText(tr("&Settings…"));
    m_goMenu->setTitle(tr("&Go"));
    const QStringList pages = {tr("&Overview"),
                               tr("&Clients"),
                               tr("P&rincipals"),
                               tr("&Engagements"),
                               tr("Com&plaints"),
                               tr("&Search"),
                               tr("&Agenda")};
    for (int page = 0; page < m_pageActions.size(); ++page) {
        m_pageActions[page]->setText(pages.at(page));
    }
    m_newRecordAction->setText(tr("&New record on this page"));
    m_findAction->setText(tr("&Find"));
    m_helpMenu->setTitle(tr("&Help"));
    m_guideAction->setText(tr("&User guide"));
    m_aboutAction->setText(tr("&About Mandaat"));
    m_welcomePage->setAccessibleName(tr("Welcome"));
    m_unlockPage->setAccessibleName(tr("Unlock"));
    m_practiceView->setAccessibleName(tr("Practice"));
    updateTitle();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
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
    // No dialog may outlive the lock; they are all opened with open()/show(), never exec(),
    // and a closed dialog writes nothing.
    m_locking = true;
    closeDialogs();
    m_locking = false;
    const QString path = m_vault->path();
    // The unlock returns here (issue 15): ids only, nothing of the records.
    m_lockedPath = path;
    m_lockedPlace = m_practiceView->place();
    closeVault(true);
    m_unlockPage->showVault(path, UnlockPage::Arrival::Locked);
    m_stack->setCurrentWidget(m_unlockPage);
    updateTitle();
    updateActions();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_locking = true;
    closeDialogs();
    m_locking = false;
    m_settings.setWindowGeometry(saveGeometry());
    closeVault();
    event->accept();
}

void MainWindow::newPractice()
{
    auto* dialog = new CreateVaultDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        vaultCreated(dialog->takeVault(), dialog->rememberKey());
    });
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

void MainWindow::vaultCreated(std::unique_ptr<Vault> vault, bool rememberKey)
{
    adoptVault(std::move(vault), rememberKey);
    if (!m_vault) {
        return;
    }
    // docs/journey.md, First day: the emergency sheet, then the profile.
    auto* sheet = new EmergencySheetDialog(*m_vault, this);
    sheet->setAttribute(Qt::WA_DeleteOnClose);
    connect(sheet, &QDialog::finished, this, [this]() {
        if (!m_locking && m_vault) {
            showProfile();
        }
    });
    sheet->open();
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

void MainWindow::tryDemo()
{
    if (m_demo->isRunning()) {
        return;
    }
    m_welcomePage->setDemoBusy(true);
    m_demoAction->setEnabled(false);
    statusBar()->showMessage(tr("Making the demo practice…"));
    m_demo->start();
}

void MainWindow::demoFinished(bool ok, const QString& error)
{
    m_welcomePage->setDemoBusy(false);
    m_demoAction->setEnabled(true);
    statusBar()->clearMessage();
    if (!ok) {
        showMessage(tr("Demo practice"), tr("The demo practice could not be made: %1").arg(error));
        return;
    }
    closeDialogs();
    adoptVault(m_demo->takeVault(), false, false);
    showMessage(tr("Demo practice"),
                tr("This practice is invented, to look around in. Its vault is %1, and goes when Mandaat quits. "
                   "After a lock, its passphrase is: %2")
                    .arg(formats::displayPath(m_demo->path()), m_demo->passphrase()));
}

void MainWindow::adoptVault(std::unique_ptr<Vault> vault, bool rememberKey, bool recent)
{
    if (!vault) {
        return;
    }
    closeVault();
    if (rememberKey) {
        Error error;
        if (!m_keyChain.store(vault->saltHex(), vault->key(), &error)) {
            statusBar()->showMessage(tr("The key could not be remembered on this computer: %1").arg(error.message),
                                     15000);
        }
    }
    m_vault = std::move(vault);
    if (recent) {
        m_settings.noteRecentVault(m_vault->path());
    }
    m_practiceView->open(*m_vault);
    connect(&m_practiceView->practice()->records().practice(),
            &PracticeRepository::policyChanged,
            this,
            &MainWindow::applyPolicy);
    applyPolicy();
    // This computer's record of the audit log follows every entry written here, so that verify
    // can tell entries added elsewhere after it (issue 16, item 5).
    connect(&m_practiceView->practice()->records().audit(), &AuditLog::appended, this, [this]() {
        if (m_vault) {
            AuditHeads::noteSeen(m_settings, m_vault->saltHex(), AuditVerifier(m_vault->database()).head());
        }
    });
    // Issue 15: every unlock is in the audit log (ids and words only, nothing about a client).
    RecordError auditError;
    if (m_practiceView->practice()->records().audit().append(
            QStringLiteral("vault.unlocked"), Phrase::store("audit.vault.unlocked"), 0, &auditError) == 0) {
        statusBar()->showMessage(tr("The unlock could not be written to the audit log: %1").arg(auditError.message),
                                 15000);
    }
    m_stack->setCurrentWidget(m_practiceView);
    if (m_vault->path() == m_lockedPath) {
        m_practiceView->goTo(m_lockedPlace);
    }
    m_lockedPath.clear();
    m_lockedPlace = {};
    m_lockController.setActive(true);
    updateTitle();
    updateActions();
}

void MainWindow::applyPolicy()
{
    if (OpenPractice* practice = m_practiceView->practice()) {
        const int minutes = practice->records().practice().policy().idleLockMinutes;
        m_lockController.setIdleTimeout(std::chrono::minutes(minutes));
    }
}

void MainWindow::closeVault(bool locking)
{
    if (!m_vault) {
        return;
    }
    m_lockController.setActive(false);
    if (OpenPractice* practice = m_practiceView->practice()) {
        // Best effort: a vault that can no longer be written still closes.
        practice->records().audit().append(locking ? QStringLiteral("vault.locked") : QStringLiteral("vault.closed"),
                                           Phrase::store(locking ? "audit.vault.locked" : "audit.vault.closed"));
    }
    // Drafts written, views cleared and the attachment folder emptied while the vault is open.
    m_practiceView->close();
    // No work on the vault outlives it: a job its dialog did not stop is cancelled here and
    // waited for, so that no copy of the key remains (docs/architecture.md, Locking and threads).
    VaultJob::stopAll();
    // The audit log's head as this computer last saw it: a count and a hash, nothing that
    // names a client. Verify reports a log cut short against it, also where no backup was
    // made (docs/architecture.md, Compliance).
    AuditHeads::noteSeen(m_settings, m_vault->saltHex(), AuditVerifier(m_vault->database()).head());
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

void MainWindow::showProfile()
{
    if (!m_practiceView->practice()) {
        return;
    }
    auto* dialog = new ProfileDialog(m_practiceView->practice(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(std::min(760, width()), std::min(620, height()));
    dialog->open();
}

// The onboarding wizard (issue 5): a new engagement is taken through what the code demands
// before it starts; the wizard saves as it goes, so it can be left and resumed.
void MainWindow::newEngagement()
{
    OpenPractice* practice = m_practiceView->practice();
    if (!practice) {
        return;
    }
    auto* wizard = new OnboardingWizard(*practice, 0, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &OnboardingWizard::engagementCreated, m_practiceView, &PracticeView::showEngagement);
    wizard->open();
}

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(m_settings, m_practiceView->practice(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showEmergencySheet()
{
    if (!m_vault) {
        return;
    }
    auto* dialog = new EmergencySheetDialog(*m_vault, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EmergencySheetDialog::printed, this, [this](bool asPdf) {
        if (OpenPractice* practice = m_practiceView->practice()) {
            practice->records().audit().append(
                QStringLiteral("emergency_sheet.printed"),
                Phrase::store(asPdf ? "audit.emergency_sheet.pdf" : "audit.emergency_sheet.printed"));
        }
    });
    dialog->open();
}

void MainWindow::showAuditLog()
{
    if (!m_practiceView->practice()) {
        return;
    }
    auto* dialog = new AuditLogDialog(*m_practiceView->practice(), m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(std::min(900, width()), std::min(600, height()));
    dialog->open();
}

void MainWindow::changePassphrase()
{
    if (!m_vault) {
        return;
    }
    auto* dialog = new ChangePassphraseDialog(*m_vault, m_keyChain, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangePassphraseDialog::changed, this, [this](const QString& notice) {
        if (!notice.isEmpty()) {
            statusBar()->showMessage(notice, 30000);
        }
        // The sheet printed before opens the backups made before, not this vault any more.
        auto* question = new QMessageBox(
            QMessageBox::Question,
            tr("Passphrase changed"),
            tr("The vault now opens with the new passphrase only. The old emergency sheet no longer opens it "
               "(it still opens the backups made before this change).\n\nPrint the new emergency sheet now?"),
            QMessageBox::Yes | QMessageBox::No,
            this);
        question->setAttribute(Qt::WA_DeleteOnClose);
        question->button(QMessageBox::Yes)->setText(tr("&Print the new sheet…"));
        question->button(QMessageBox::No)->setText(tr("&Later"));
        connect(question, &QMessageBox::finished, this, [this](int answer) {
            if (answer == QMessageBox::Yes && !m_locking) {
                showEmergencySheet();
            }
        });
        question->open();
    });
    dialog->open();
}

void MainWindow::closeVaultByUser()
{
    if (!m_vault || !m_practiceView->leave()) {
        return; // the record shown has changes that cannot be saved: they stay in view
    }
    m_locking = true;
    closeDialogs();
    m_locking = false;
    closeVault();
    m_lockedPath.clear();
    showWelcome();
}

void MainWindow::showUserGuide()
{
    // One guide window: a second F1 brings it forward.
    if (auto* open = findChild<UserGuideDialog*>(); open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* dialog = new UserGuideDialog(m_settings.interfaceLocale(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setModal(false);
    dialog->resize(std::min(820, width()), std::min(640, height()));
    dialog->show();
}

void MainWindow::showDestruction(qint64 engagementId, QDate at)
{
    if (!m_practiceView->practice()) {
        return;
    }
    auto* dialog = new DestructionDialog(*m_practiceView->practice(), m_settings, engagementId, at, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::closePractice()
{
    m_locking = true;
    closeDialogs();
    m_locking = false;
    closeVault();
    updateActions();
}

void MainWindow::adoptRestored(std::unique_ptr<Vault> vault)
{
    adoptVault(std::move(vault), false, false);
}

void MainWindow::showMessage(const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->open();
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
    const QString practice = m_practiceView->practiceName();
    const QString name = !practice.isEmpty() ? practice : QFileInfo(path).fileName();
    setWindowTitle(name.isEmpty() ? tr("Mandaat") : tr("Mandaat — %1").arg(name));
}

void MainWindow::updateActions()
{
    const bool open = m_vault != nullptr;
    m_lockAction->setEnabled(open);
    m_exportAction->setEnabled(open);
    for (QAction* action : std::initializer_list<QAction*>{m_newEngagementAction,
                                                           m_profileAction,
                                                           m_emergencyAction,
                                                           m_passphraseAction,
                                                           m_closeVaultAction,
                                                           m_newRecordAction,
                                                           m_findAction}) {
        action->setEnabled(open);
    }
    for (QAction* action : std::as_const(m_pageActions)) {
        action->setEnabled(open);
    }
    for (QAction* action : {m_backupAction, m_restoreAction, m_auditAction}) {
        action->setEnabled(open);
    }
}

} // namespace mandaat
