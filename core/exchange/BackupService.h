#pragma once

#include "exchange/AuditVerifier.h"
#include "util/Progress.h"
#include "util/SecureBytes.h"
#include "vault/VaultError.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

namespace mandaat {

class Records;
class Vault;

struct BackupResult
{
    QString path;
    AuditHead head; ///< the audit log's head recorded in the backup and in the vault
    QDateTime at;
};

/// For the Overview's reminder.
struct BackupStatus
{
    QDateTime lastBackupAt; ///< invalid: never
    QString lastBackupPath;
    int intervalDays = 7; ///< the practice's policy
    bool due = true; ///< no backup yet, or the last one is older than the interval
};

struct RestoreResult
{
    QString restoredPath;
    QString replacedPath; ///< where the replaced vault was set aside; empty when there was none
    QStringList reapplied; ///< translated: the destructions applied again
    QString warning; ///< translated: e.g. the replaced vault could not be read
    AuditHead head; ///< the restored vault's audit head
};

/// Backups and restores (docs/architecture.md, Keys; mandaat-cli backup/restore). A backup is
/// Vault::copyTo (same salt, so the same passphrase; user_version copied) with the audit
/// log's head recorded in it and in the vault, then opened and checked before it counts.
/// A restore checks the backup opens and passes integrity_check before it replaces anything,
/// keeps the replaced vault aside, and re-applies the destructions recorded in it.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    /// practice_setting prefix of the last backup's record (AuditHeads).
    static QString settingPrefix() { return QStringLiteral("backup.last"); }

    /// Writes a backup of the open, writable \a vault to \a destination (which must not exist).
    /// The vault's audit entry "backup made" is written only after the copy exists and passed
    /// its checks; the backup holds the head before it. \a progress hears 0 to 100 (often, the
    /// same value again). Cancelled while the pages were copied: false, no file left and the
    /// vault unchanged; once the copy is complete a cancel is ignored. When the copy failed
    /// because the vault itself is damaged, \a vaultDamaged is set and \a error names the vault.
    static bool backup(const Vault& vault,
                       Records& records,
                       const QString& destination,
                       BackupResult* result,
                       Error* error,
                       Progress* progress = nullptr,
                       bool* vaultDamaged = nullptr);
    static BackupStatus status(const Vault& vault, Records& records, QDate today);
    /// Removes what killed backups, exports and demos left (OutputFile::removeStalePartials)
    /// beside \a vault and in the folder of its last backup: at every start, and before
    /// each backup in its own folder. Returns how many files were removed.
    static int removeLeftovers(const Vault& vault);
    /// The head recorded inside the backup at \a path, opened with \a key; invalid when none.
    static AuditHead recordedHead(const QString& path, const SecureBytes& key, Error* error);

    /// Replaces \a target with the backup at \a backupPath. The vault at \a target must be
    /// closed. \a targetKey opens the replaced vault (its destructions are re-applied); when
    /// empty, \a backupKey is tried. \a error's kind gives the CLI's exit code. \a progress hears
    /// 0 to 100 and may cancel until the restored copy takes the vault's place
    /// (VaultError::Kind::Cancelled: nothing replaced, no file left beside it).
    static bool restore(const QString& backupPath,
                        const SecureBytes& backupKey,
                        const QString& target,
                        const SecureBytes& targetKey,
                        RestoreResult* result,
                        VaultError* error,
                        Progress* progress = nullptr);
    /// "FILE.replaced-20260301T090000Z.mandaat", beside FILE.
    static QString replacedName(const QString& target, const QDateTime& when);
};

} // namespace mandaat
