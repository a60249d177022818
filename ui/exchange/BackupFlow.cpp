#include "BackupFlow.h"

#include "exchange/AuditHeads.h"
#include "exchange/BackupService.h"
#include "exchange/WorkerTask.h"
#include "main/Formats.h"
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
    QString passphrase; ///< the backup's own, when it differs from the vault's
    bool ok = false;
    bool wrongKey = false;
    bool damaged = false;
    QString error;
    QDateTime madeAt;
};

BackupFlow::BackupFlow(MainWindow& window, Settings& settings, KeyChain& keyChain)
    : QObject(&window)
    , m_window(window)
    , m_settings(settings)
    , m_keyChain(keyChain)
{
    // A screen lock during a restore (the practice is closed then): the restored practice waits
    // behind the unlock page instead of opening.
    connect(&window.lockController(), &LockController::lockRequested, this, [this]() { m_lockDuringRestore = true; });
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

QProgressDialog* BackupFlow::showProgress(const QString& text)
{
    auto* progress = new QProgressDialog(text, QString(), 0, 0, &m_window);
    progress->setCancelButton(nullptr); // SQLite's copy cannot be interrupted; it is short
    progress->setWindowTitle(tr("Mandaat"));
    progress->setMinimumDuration(0);
    progress->setWindowModality(Qt::WindowModal);
    // Closed by a lock or a quit: the lock waits for the worker, so that its copy of the key is
    // wiped before the vault is.
    connect(progress, &QDialog::rejected, this, [this]() {
        if (m_task) {
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
}

void BackupFlow::showResult(bool ok, const QString& title, const QString& text)
{
    auto* box =
        new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, title, text, QMessageBox::Ok, &m_window);
    box->setObjectName(ok ? QStringLiteral("backupDoneMessage") : QStringLiteral("backupErrorMessage"));
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
        BackupResult result;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    auto key = std::make_shared<SecureBytes>(vault->key());
    const QString path = vault->path();
    const QString saltHex = vault->saltHex();
    m_task = new WorkerTask(
        [path, key, target, outcome]() {
            VaultError vaultError;
            std::unique_ptr<Vault> copy = Vault::openWithKey(path, *key, Vault::Access::ReadWrite, &vaultError);
            key->clear();
            if (!copy) {
                outcome->error = vaultError.message;
                return;
            }
            {
                Records records(*copy);
                outcome->ok = BackupService::backup(*copy, records, target, &outcome->result, &outcome->error);
            }
            copy->close();
        },
        this);
    connect(m_task, &WorkerTask::finished, this, [this, outcome, saltHex]() {
        endTask();
        QString message;
        if (outcome->ok) {
            AuditHeads::noteSeen(m_settings, saltHex, outcome->result.head);
            message = tr("The backup %1 was written and checked: it opens with the vault's passphrase and passes the "
                         "integrity check.\n\nKeep it away from this computer, on a USB stick or a disk you lock away.")
                          .arg(formats::displayPath(outcome->result.path));
            m_window.practiceView()->overviewPage()->refresh();
        } else {
            message = tr("No backup was made: %1").arg(outcome->error);
        }
        showResult(outcome->ok, tr("Back up"), message);
        Q_EMIT backupFinished(outcome->ok, message);
    });
    showProgress(tr("Writing the backup and checking it…"));
    m_task->start();
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
    const auto refuse = [this](const QString& text) {
        const QString message = tr("%1\n\nNothing was replaced: the open practice is unchanged.").arg(text);
        showResult(false, tr("Restore from a backup"), message);
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
    check->backupKey = vault->key();
    check->passphrase = passphrase;
    m_task = new WorkerTask(
        [check]() {
            VaultError error;
            std::unique_ptr<Vault> backup = check->passphrase.isEmpty()
                ? Vault::openWithKey(check->backupPath, check->backupKey, Vault::Access::ReadOnly, &error)
                : Vault::open(check->backupPath, check->passphrase, Vault::Access::ReadOnly, &error);
            check->passphrase.clear();
            if (!backup) {
                check->wrongKey = error.kind == VaultError::Kind::WrongKey;
                check->damaged = error.kind == VaultError::Kind::Damaged;
                check->error = error.message;
                return;
            }
            check->backupKey = backup->key();
            const QStringList problems = backup->checkIntegrity(false);
            if (!problems.isEmpty()) {
                check->damaged = true;
            } else {
                check->madeAt = AuditHeads::recordedAt(backup->database(), BackupService::settingPrefix());
                check->ok = true;
            }
            backup->close();
        },
        this);
    const bool typed = !passphrase.isEmpty();
    connect(m_task, &WorkerTask::finished, this, [this, check, typed, refuse]() {
        endTask();
        if (check->ok) {
            confirmRestore(check);
        } else if (check->wrongKey && !typed) {
            // The passphrase was changed after the backup: the backup's own opens it.
            askBackupPassphrase(check->backupPath);
        } else if (check->damaged) {
            refuse(damagedBackup(check->backupPath));
        } else {
            refuse(tr("%1 cannot be restored: %2").arg(formats::displayPath(check->backupPath), check->error));
        }
    });
    showProgress(typed ? tr("Opening the backup with its passphrase and checking it…") : tr("Checking the backup…"));
    m_task->start();
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
    m_lockDuringRestore = false;
    struct Outcome
    {
        bool ok = false;
        RestoreResult result;
        VaultError error;
    };
    auto outcome = std::make_shared<Outcome>();
    m_task = new WorkerTask(
        [check, outcome]() {
            outcome->ok = BackupService::restore(check->backupPath,
                                                 check->backupKey,
                                                 check->target,
                                                 check->targetKey,
                                                 &outcome->result,
                                                 &outcome->error);
        },
        this);
    connect(m_task, &WorkerTask::finished, this, [this, check, outcome]() {
        endTask();
        // The restored vault has the backup's key; after a failure the old one is untouched.
        const SecureBytes& key = outcome->ok ? check->backupKey : check->targetKey;
        VaultError openError;
        std::unique_ptr<Vault> vault = Vault::openWithKey(check->target, key, Vault::Access::ReadWrite, &openError);
        QStringList lines;
        if (outcome->ok) {
            AuditHeads::noteSeen(m_settings, check->saltHex, outcome->result.head, true);
            if (!(check->backupKey == check->targetKey)) {
                // The remembered key is the replaced vault's; it no longer opens this one.
                QString ignored;
                m_keyChain.forget(check->saltHex, &ignored);
            }
            lines << tr("The practice was restored from %1.").arg(formats::displayPath(check->backupPath));
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
        } else {
            lines << tr("The backup was not restored: %1").arg(outcome->error.message)
                  << tr("Nothing was replaced: the practice is as it was.");
        }
        if (!vault) {
            lines << tr("The vault could not be opened again: %1").arg(openError.message);
            m_window.openVault(check->target);
        } else if (m_lockDuringRestore) {
            vault->close();
            m_window.openVault(check->target);
        } else {
            m_window.adoptRestored(std::move(vault));
        }
        check->backupKey.clear();
        check->targetKey.clear();
        const QString message = lines.join(QStringLiteral("\n\n"));
        showResult(outcome->ok, tr("Restore from a backup"), message);
        Q_EMIT restoreFinished(outcome->ok, message);
    });
    showProgress(tr("Restoring the backup…"));
    m_task->start();
}

} // namespace mandaat
