#pragma once

#include "common/VaultJob.h"
#include "exchange/BackupService.h"
#include "util/SecureBytes.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QProgressDialog;
class QPushButton;

namespace mandaat {

class KeyChain;
class MainWindow;
class Settings;

/// File > Back up… and File > Restore from backup… (issue 7; docs/architecture.md, Keys). A
/// backup is BackupService::backup on a worker over a connection of its own, checked before it
/// counts. Each step shows its progress and can be cancelled, which leaves nothing behind; a
/// screen lock cancels a running step and waits for it, so that its copy of the key is wiped
/// before the vault's. A restore checks that the chosen backup opens and passes integrity_check, says what
/// will be replaced, closes the practice, lets BackupService::restore replace the vault (the
/// replaced one kept aside, its destructions applied again) and opens the restored practice.
class BackupFlow : public QObject
{
    Q_OBJECT

public:
    BackupFlow(MainWindow& window, Settings& settings, KeyChain& keyChain);
    ~BackupFlow() override;

    /// Asks where to write the backup, then writes it.
    void backUp();
    /// Asks for the backup to restore, then checks it.
    void restore();
    /// Writes a backup to \a destination (the file dialog's answer).
    void startBackup(const QString& destination);
    /// Checks \a backupPath, then asks whether to replace the open vault with it.
    void startRestore(const QString& backupPath);
    bool isBusy() const { return m_task != nullptr; }
    /// Asks the running backup or restore to stop (the progress dialog's Cancel does this).
    void cancel();

    /// For tests: called on the worker with each new percentage, before the cancel is read;
    /// it may wait there for \a progress to be cancelled half-way.
    using WorkerProbe = std::function<void(int percent, const Progress& progress)>;
    void setWorkerProbe(WorkerProbe probe) { m_probe = std::move(probe); }

    /// "mandaat-backup-2026-03-01.mandaat": no practice or client name in it.
    static QString defaultBackupName(QDate day);
    /// The refusal of a backup that fails to open or its integrity check.
    static QString damagedBackup(const QString& path);

Q_SIGNALS:
    /// For tests: a backup or restore ended, with the message shown.
    void backupFinished(bool ok, const QString& message);
    void restoreFinished(bool ok, const QString& message);

private:
    struct RestoreCheck;
    struct TaskState;
    enum class Stage { Backup, Check, Restore };
    void checkBackup(const QString& backupPath, const QString& passphrase);
    void askBackupPassphrase(const QString& backupPath);
    void confirmRestore(const std::shared_ptr<RestoreCheck>& check);
    void runRestore(const std::shared_ptr<RestoreCheck>& check);
    /// A new task: the percentage shown last, and the test's probe.
    std::shared_ptr<TaskState> newTask(Stage stage);
    /// A new job for \a state; its progress reaches the dialog as it changes.
    VaultJob* newJob(const std::shared_ptr<TaskState>& state, const char* name);
    void showPercent(int percent);
    QProgressDialog* showProgress(const QString& text);
    void endTask();
    void showResult(bool ok, const QString& title, const QString& text, bool cancelled = false);

    MainWindow& m_window;
    Settings& m_settings;
    KeyChain& m_keyChain;
    QPointer<VaultJob> m_task;
    QPointer<QProgressDialog> m_progress;
    QPointer<QPushButton> m_cancelButton;
    std::shared_ptr<TaskState> m_state;
    Stage m_stage = Stage::Backup;
    WorkerProbe m_probe;
    bool m_lockedDuringTask = false;
};

} // namespace mandaat
