#include "BackupFlow.h"

#include "common/Formats.h"
#include "exchange/AuditHeads.h"
#include "exchange/BackupService.h"
#include "main/MainWindow.h"
#include "main/PracticeView.h"
#include "overview/OverviewPage.h"
#include "repositories/Records.h"
#include "util/Settings.h"
#include "vault/KeyChain.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>

namespace mandaat {

struct BackupFlow::RestoreCheck
{
    QString backupPath;
    QString target;
    QString saltHex;
    SecureBytes backupKey;
    SecureBytes targetKey;
    bool ok = false;
    bool wrongKey = false;
    bool damaged = false;
    bool cancelled = false;
    QString error;
    QDateTime madeAt;
};

struct BackupFlow::TaskState
{
    std::atomic<int> percent{-1};
    WorkerProbe probe;
};

BackupFlow::BackupFlow(MainWindow& window, Settings& settings, KeyChain& keyChain)
    : QObject(&window)
    , m_window(window)
    , m_settings(settings)
    , m_keyChain(keyChain)
{
    // A screen lock cancels a running backup, check or restore and waits for it (its copy of
    // the key is wiped first); during a restore the practice is closed, so the window's lock
    // does nothing itself. The practice then waits behind the unlock page.
    connect(&window.lockController(), &LockController::lockRequested, this, [this]() {
        m_lockedDuringTask = true;
        if (m_task) {
            cancel();
            m_task->wait();
        }
    });
}

BackupFlow::~BackupFlow()
{
    delete m_task; // waits for the worker
}

QString BackupFlow::damagedBackup(const QString& path)
{
    return tr("%1 is damaged or incomplete (a copy that did not finish, or a failing disk), so it cannot be "
              "restored. Choose another backup.")
        .arg(formats::displayPath(path));
}

QString BackupFlow::defaultBackupName(QDate day)
{
    return QStringLiteral("mandaat-backup-%1.mandaat").arg(day.toString(Qt::ISODate));
}

std::shared_ptr<BackupFlow::TaskState> BackupFlow::newTask(Stage stage)
{
    m_stage = stage;
    m_lockedDuringTask = false;
    m_state = std::make_shared<TaskState>();
    m_state->probe = m_probe;
    return m_state;
}

VaultJob* BackupFlow::newJob(const std::shared_ptr<TaskState>& state, const char* name)
{
    auto* job = new VaultJob(this);
    job->setObjectName(QString::fromLatin1(name));
    // Called on the worker, often: only a new percentage reaches the dialog.
    job->progress().setObserver([this, state](Progress& progress) {
        const int percent = std::max(0, progress.percent());
        if (state->percent.exchange(percent) != percent) {
            QMetaObject::invokeMethod(
                this, [this, percent]() { showPercent(percent); }, Qt::QueuedConnection);
            if (state->probe) {
                state->probe(percent, progress);
            }
        }
    });
    return job;
}

void BackupFlow::showPercent(int percent)
{
    if (!m_progress || (m_task && m_task->isCancelled()) || m_stage == Stage::Check) {
        return; // the check of a backup is not measured: its bar only moves
    }
    m_progress->setMaximum(100);
    m_progress->setValue(percent);
    // Past the point where it can stop: a backup is being checked, a restore put in place.
    if (m_stage == Stage::Backup && percent >= 80) {
        m_progress->setLabelText(tr("The backup is written; checking it…"));
        if (m_cancelButton) {
            m_cancelButton->setEnabled(false);
        }
    } else if (m_stage == Stage::Restore && percent >= 99) {
        m_progress->setLabelText(tr("Putting the restored vault in place…"));
        if (m_cancelButton) {
            m_cancelButton->setEnabled(false);
        }
    }
}

void BackupFlow::cancel()
{
    if (!m_task || m_task->isCancelled()) {
        return;
    }
    m_task->cancel();
    if (m_progress) {
        m_progress->setLabelText(tr("Cancelling…"));
    }
    if (m_cancelButton) {
        m_cancelButton->setEnabled(false);
    }
}

QProgressDialog* BackupFlow::showProgress(const QString& text)
{
    auto* progress = new QProgressDialog(text, QString(), 0, 0, &m_window);
    progress->setObjectName(QStringLiteral("backupProgressDialog"));
    progress->setWindowTitle(tr("Mandaat"));
    progress->setMinimumDuration(0);
    progress->setAutoReset(false);
    progress->setAutoClose(false);
    progress->setMinimumWidth(460);
    progress->setWindowModality(Qt::WindowModal);
    auto* button = new QPushButton(m_stage == Stage::Backup ? tr("&Cancel the backup") : tr("&Cancel the restore"));
    button->setObjectName(QStringLiteral("cancelBackupButton"));
    progress->setCancelButton(button);
    m_cancelButton = button;
    // Cancel stops the worker; the dialog stays, saying so, until the worker has stopped.
    disconnect(progress, &QProgressDialog::canceled, progress, &QProgressDialog::cancel);
    connect(progress, &QProgressDialog::canceled, this, &BackupFlow::cancel);
    // Closed by a lock or a quit: the worker is cancelled and waited for, so that its copy of the
    // key is wiped before the vault is.
    connect(progress, &QDialog::rejected, this, [this]() {
        if (m_task) {
            cancel();
            m_task->wait();
        }
    });
    progress->open();
    m_progress = progress;
    return progress;
}

void BackupFlow::endTask()
{
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->hide();
        m_progress->deleteLater();
    }
    if (m_task) {
        m_task->deleteLater();
        m_task = nullptr;
    }
    m_state.reset();
}

void BackupFlow::showResult(bool ok, const QString& title, const QString& text, bool cancelled)
{
    // A cancel is no error: it did what was asked.
    auto* box = new QMessageBox(
        ok || cancelled ? QMessageBox::Information : QMessageBox::Warning, title, text, QMessageBox::Ok, &m_window);
    box->setObjectName(ok              ? QStringLiteral("backupDoneMessage")
                           : cancelled ? QStringLiteral("backupCancelledMessage")
                                       : QStringLiteral("backupErrorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->open();
}

void BackupFlow::backUp()
{
    Vault* vault = m_window.vault();
    if (!vault || isBusy()) {
        return;
    }
    const QString last = AuditHeads::recordedPath(vault->database(), BackupService::settingPrefix());
    const QString folder = !last.isEmpty() && QFileInfo(last).absoluteDir().exists()
        ? QFileInfo(last).absolutePath()
        : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* dialog = new QFileDialog(&m_window,
                                   tr("Back up the vault"),
                                   QDir(folder).filePath(defaultBackupName(QDate::currentDate())),
                                   tr("Mandaat vaults (*.mandaat)"));
    dialog->setObjectName(QStringLiteral("backupFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("mandaat"));
    // Never overwritten: startBackup() refuses an existing file with its own message.
    dialog->setOption(QFileDialog::DontConfirmOverwrite);
    connect(dialog, &QFileDialog::fileSelected, this, &BackupFlow::startBackup);
    dialog->open();
}

void BackupFlow::startBackup(const QString& destination)
{
    Vault* vault = m_window.vault();
    if (!vault || isBusy()) {
        return;
    }
    const QString target = QFileInfo(destination).absoluteFilePath();
    if (QFileInfo::exists(target)) {
        const QString message = tr("%1 exists already. A backup never replaces a file: choose another name.")
                                    .arg(formats::displayPath(target));
        showResult(false, tr("Back up"), message);
        Q_EMIT backupFinished(false, message);
        return;
    }
    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        BackupResult result;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    const QString saltHex = vault->saltHex();
    const std::shared_ptr<TaskState> state = newTask(Stage::Backup);
    m_task = newJob(state, "backupJob");
    connect(m_task, &VaultJob::finished, this, [this, outcome, saltHex]() {
        endTask();
        outcome->cancelled = outcome->cancelled && !outcome->ok;
        QString message;
        if (outcome->ok) {
            AuditHeads::noteSeen(m_settings, saltHex, outcome->result.head);
            message = tr("The backup %1 was written and checked: it opens with the vault's passphrase and passes the "
                         "integrity check.\n\nKeep it away from this computer, on a USB stick or a disk you lock away.")
                          .arg(formats::displayPath(outcome->result.path));
            m_window.practiceView()->overviewPage()->refresh();
        } else if (outcome->cancelled && m_lockedDuringTask) {
            message = tr("The backup was stopped because the screen was locked: no file was written and the vault "
                         "is unchanged. Make the backup again after unlocking.");
        } else if (outcome->cancelled) {
            message = outcome->error;
        } else {
            message = tr("No backup was made: %1").arg(outcome->error);
        }
        showResult(outcome->ok, tr("Back up"), message, outcome->cancelled);
        Q_EMIT backupFinished(outcome->ok, message);
    });
    showProgress(tr("Writing the backup and checking it…"));
    m_task->start(
        vault->path(),
        vault->key(),
        Vault::Access::ReadWrite,
        [target, outcome](Vault& copy, Progress& progress) {
            Records records(copy);
            Error backupError;
            outcome->ok = BackupService::backup(copy, records, target, &outcome->result, &backupError, &progress);
            outcome->error = backupError.message;
            outcome->cancelled = !outcome->ok && progress.isCancelled();
        },
        [outcome](const VaultError& error) {
            // Cancelled before its connection opened: nothing was begun.
            outcome->cancelled = error.isCancelled();
            outcome->error = outcome->cancelled
                ? BackupService::tr("The backup was cancelled: no file was written and the vault is unchanged.")
                : error.message;
        });
}

void BackupFlow::restore()
{
    Vault* vault = m_window.vault();
    if (!vault || isBusy()) {
        return;
    }
    const QString last = AuditHeads::recordedPath(vault->database(), BackupService::settingPrefix());
    const QString folder = !last.isEmpty() && QFileInfo(last).absoluteDir().exists()
        ? QFileInfo(last).absolutePath()
        : QFileInfo(vault->path()).absolutePath();
    auto* dialog = new QFileDialog(
        &m_window, tr("Restore from a backup"), folder, tr("Mandaat vaults (*.mandaat);;All files (*)"));
    dialog->setObjectName(QStringLiteral("restoreFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &BackupFlow::startRestore);
    dialog->open();
}

void BackupFlow::startRestore(const QString& backupPath)
{
    checkBackup(backupPath, QString());
}

// 1. The backup must be of this vault, open with its passphrase and pass integrity_check before
// anything is asked or replaced (BackupService::restore checks again before it replaces).
void BackupFlow::checkBackup(const QString& backupPath, const QString& passphrase)
{
    Vault* vault = m_window.vault();
    if (!vault || isBusy()) {
        return;
    }
    const auto refuse = [this](const QString& text, bool cancelled = false) {
        const QString message = tr("%1\n\nNothing was replaced: the open practice is unchanged.").arg(text);
        showResult(false, tr("Restore from a backup"), message, cancelled);
        Q_EMIT restoreFinished(false, message);
    };
    const QString source = QFileInfo(backupPath).absoluteFilePath();
    if (source == QFileInfo(vault->path()).absoluteFilePath()) {
        refuse(tr("This is the open vault itself, not a backup of it."));
        return;
    }
    QByteArray salt;
    VaultError inspectError;
    if (!Vault::inspectFile(source, &salt, &inspectError)) {
        refuse(inspectError.kind == VaultError::Kind::Damaged
                   ? damagedBackup(source)
                   : tr("%1 cannot be restored: %2").arg(formats::displayPath(source), inspectError.message));
        return;
    }
    if (salt != vault->salt()) {
        refuse(tr("%1 is not a backup of this vault (it is another practice's, or of a vault made anew).")
                   .arg(formats::displayPath(source)));
        return;
    }
    auto check = std::make_shared<RestoreCheck>();
    check->backupPath = source;
    check->target = vault->path();
    check->saltHex = vault->saltHex();
    check->targetKey = vault->key();
    const std::shared_ptr<TaskState> state = newTask(Stage::Check);
    m_task = newJob(state, "backupCheckJob");
    const bool typed = !passphrase.isEmpty();
    connect(m_task, &VaultJob::finished, this, [this, check, typed, refuse]() {
        endTask();
        if (check->cancelled) {
            refuse(m_lockedDuringTask ? tr("The check of the backup was stopped because the screen was locked.")
                                      : tr("The check of the backup was cancelled."),
                   true);
        } else if (check->ok) {
            confirmRestore(check);
        } else if (check->wrongKey && !typed) {
            // The passphrase was changed after the backup: the backup's own opens it.
            askBackupPassphrase(check->backupPath);
        } else if (check->wrongKey) {
            refuse(tr("The passphrase you typed does not open %1 either. Restore it again and type the passphrase "
                      "the vault had when this backup was made.")
                       .arg(formats::displayPath(check->backupPath)));
        } else if (check->damaged) {
            refuse(damagedBackup(check->backupPath));
        } else {
            refuse(tr("%1 cannot be restored: %2").arg(formats::displayPath(check->backupPath), check->error));
        }
    });
    showProgress(typed ? tr("Opening the backup with its passphrase and checking it…") : tr("Checking the backup…"));
    const auto work = [check](Vault& backup, Progress& progress) {
        // The backup's key: the vault's, or the one its own passphrase gave.
        check->backupKey = backup.key();
        // Not measured: the bar only moves; Cancel stops the check.
        progress.report(0, 100);
        const QStringList problems = backup.checkIntegrity(false, &progress);
        if (progress.isCancelled()) {
            check->cancelled = true;
        } else if (!problems.isEmpty()) {
            check->damaged = true;
        } else {
            check->madeAt = AuditHeads::recordedAt(backup.database(), BackupService::settingPrefix());
            check->ok = true;
        }
    };
    const auto failed = [check](const VaultError& error) {
        check->wrongKey = error.kind == VaultError::Kind::WrongKey;
        check->damaged = error.kind == VaultError::Kind::Damaged;
        check->cancelled = error.isCancelled();
        check->error = error.message;
    };
    if (typed) {
        m_task->startWithPassphrase(check->backupPath, passphrase, Vault::Access::ReadOnly, work, failed);
    } else {
        m_task->start(check->backupPath, vault->key(), Vault::Access::ReadOnly, work, failed);
    }
}

void BackupFlow::askBackupPassphrase(const QString& backupPath)
{
    auto* dialog = new QInputDialog(&m_window);
    dialog->setObjectName(QStringLiteral("backupPassphraseDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Restore from a backup"));
    dialog->setLabelText(tr("The vault's passphrase does not open this backup: it was made before the passphrase "
                            "was changed. Type the passphrase the vault had then."));
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, backupPath](const QString& passphrase) {
        if (!passphrase.isEmpty()) {
            checkBackup(backupPath, passphrase);
        }
    });
    dialog->open();
}

// 2. Say what will be replaced, and where the replaced vault goes.
void BackupFlow::confirmRestore(const std::shared_ptr<RestoreCheck>& check)
{
    if (!m_window.vault() || m_window.vault()->path() != check->target) {
        return; // locked or another vault opened meanwhile
    }
    auto* box = new QMessageBox(QMessageBox::Warning,
                                tr("Restore from a backup"),
                                tr("Replace the open practice with this backup?"),
                                QMessageBox::Cancel,
                                &m_window);
    box->setObjectName(QStringLiteral("restoreConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString made = check->madeAt.isValid() ? formats::dateTime(check->madeAt) : tr("an unknown date");
    box->setInformativeText(
        tr("The backup %1 was made on %2; it opens and passes the integrity check.\n\nEverything recorded in "
           "the practice since then is replaced by the backup's records. The vault being replaced is kept aside "
           "first, beside it as %3, so nothing is lost; destructions recorded in it are applied again to the "
           "restored practice.")
            .arg(formats::displayPath(check->backupPath),
                 made,
                 QFileInfo(BackupService::replacedName(check->target, QDateTime::currentDateTimeUtc())).fileName()));
    QPushButton* restore = box->addButton(tr("Replace with the backup"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, restore, check]() {
        if (box->clickedButton() == restore) {
            runRestore(check);
        }
    });
    box->open();
}

// 3. The practice closes, the vault is replaced on a worker, and the restored practice opens.
void BackupFlow::runRestore(const std::shared_ptr<RestoreCheck>& check)
{
    if (!m_window.vault() || m_window.vault()->path() != check->target || isBusy()) {
        return;
    }
    m_window.closePractice();
    // The practice is closed, but a screen lock, sleep or idle lock must still reach this flow:
    // it cancels the restore, and the practice then waits behind the unlock page.
    m_window.lockController().setActive(true);
    struct Outcome
    {
        bool ok = false;
        RestoreResult result;
        VaultError error;
    };
    auto outcome = std::make_shared<Outcome>();
    const std::shared_ptr<TaskState> state = newTask(Stage::Restore);
    m_task = newJob(state, "restoreJob");
    connect(m_task, &VaultJob::finished, this, [this, check, outcome]() {
        endTask();
        m_window.lockController().setActive(false);
        // The restored vault has the backup's key; after a failure the old one is untouched.
        const SecureBytes& key = outcome->ok ? check->backupKey : check->targetKey;
        VaultError openError;
        std::unique_ptr<Vault> vault = Vault::openWithKey(check->target, key, Vault::Access::ReadWrite, &openError);
        QStringList lines;
        if (outcome->ok) {
            AuditHeads::noteSeen(m_settings, check->saltHex, outcome->result.head, true);
            if (!(check->backupKey == check->targetKey)) {
                // The remembered key is the replaced vault's; it no longer opens this one.
                m_keyChain.forget(check->saltHex, nullptr);
            }
            lines << tr("The practice was restored from %1.").arg(formats::displayPath(check->backupPath));
            if (!(check->backupKey == check->targetKey)) {
                lines << tr("It opens with the passphrase it had when the backup was made (the one you typed), not "
                            "with the newer one. Change the passphrase again if you want the newer one back.");
            }
            if (!outcome->result.replacedPath.isEmpty()) {
                lines << tr("The vault it replaced is kept at %1.")
                             .arg(formats::displayPath(outcome->result.replacedPath));
            }
            if (!outcome->result.reapplied.isEmpty()) {
                lines << tr("These destructions, recorded in the replaced vault, were applied again:");
                for (const QString& line : std::as_const(outcome->result.reapplied)) {
                    lines << QStringLiteral("• ") + line;
                }
            }
            if (!outcome->result.warning.isEmpty()) {
                lines << outcome->result.warning;
            }
        } else if (outcome->error.isCancelled()) {
            lines << (m_lockedDuringTask ? tr("The restore was stopped because the screen was locked.")
                                         : tr("The restore was cancelled."))
                  << tr("Nothing was replaced: the practice is as it was.");
        } else {
            lines << tr("The backup was not restored: %1").arg(outcome->error.message)
                  << tr("Nothing was replaced: the practice is as it was.");
        }
        if (!vault) {
            lines << tr("The vault could not be opened again: %1").arg(openError.message);
            m_window.openVault(check->target);
        } else if (m_lockedDuringTask) {
            vault->close();
            m_window.openVault(check->target);
        } else {
            m_window.adoptRestored(std::move(vault));
        }
        check->backupKey.clear();
        check->targetKey.clear();
        const QString message = lines.join(QStringLiteral("\n\n"));
        showResult(outcome->ok, tr("Restore from a backup"), message, outcome->error.isCancelled());
        Q_EMIT restoreFinished(outcome->ok, message);
    });
    showProgress(tr("Restoring the backup…"));
    // The vault is closed: the restore opens the backup and the replaced vault itself, with the
    // job's copies of their keys.
    m_task->startWithKeys(
        {check->backupKey, check->targetKey},
        [check, outcome](const std::vector<SecureBytes>& keys, Progress& progress) {
            outcome->ok = BackupService::restore(
                check->backupPath, keys.at(0), check->target, keys.at(1), &outcome->result, &outcome->error, &progress);
        });
}

} // namespace mandaat
