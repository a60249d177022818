#pragma once

#include "exchange/WorkerTask.h"
#include "util/SecureBytes.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QString>

class QProgressDialog;

namespace mandaat {

class KeyChain;
class MainWindow;
class Settings;

/// File > Back up… and File > Restore from backup… (issue 7; DESIGN.md, Keys: copies). A
/// backup is BackupService::backup on a worker over a connection of its own, checked before it
/// counts. A restore checks that the chosen backup opens and passes integrity_check, says what
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
    void checkBackup(const QString& backupPath, const QString& passphrase);
    void askBackupPassphrase(const QString& backupPath);
    void confirmRestore(const std::shared_ptr<RestoreCheck>& check);
    void runRestore(const std::shared_ptr<RestoreCheck>& check);
    QProgressDialog* showProgress(const QString& text);
    void endTask();
    void showResult(bool ok, const QString& title, const QString& text);

    MainWindow& m_window;
    Settings& m_settings;
    KeyChain& m_keyChain;
    QPointer<WorkerTask> m_task;
    QPointer<QProgressDialog> m_progress;
    bool m_lockDuringRestore = false;
};

} // namespace mandaat
