#include "BackupService.h"

#include "domain/Phrase.h"
#include "domain/Practice.h"
#include "exchange/AuditHeads.h"
#include "repositories/AuditLog.h"
#include "repositories/PracticeRepository.h"
#include "repositories/Records.h"
#include "retention/RetentionService.h"
#include "util/OutputFile.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace mandaat {

namespace {

void setVaultError(VaultError* target, VaultError::Kind kind, const QString& message)
{
    if (target) {
        *target = VaultError::make(kind, message);
    }
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Copies and flushes to disk, so that the copy is complete before it replaces anything.
// \a progress is told the bytes copied; once it is cancelled the copy stops (\a stopped).
bool copyFile(const QString& from, const QString& to, Progress* progress, bool* stopped)
{
    *stopped = false;
    QFile source(from);
    QFile target(to);
    if (!source.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return false;
    }
    target.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const qint64 total = qMax<qint64>(1, source.size());
    qint64 done = 0;
    while (!source.atEnd()) {
        if (!reportProgress(progress, done, total)) {
            *stopped = true;
            return false;
        }
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || target.write(chunk) != chunk.size()) {
            return false;
        }
        done += chunk.size();
    }
    return target.flush() && ::fsync(target.handle()) == 0;
}

// The share of a backup's bar that the copy takes; the check of the written copy takes the rest.
constexpr int BackupCopyShare = 80;

} // namespace

QString BackupService::replacedName(const QString& target, const QDateTime& when)
{
    const QString stamp = when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString candidate = QStringLiteral("%1.replaced-%2.mandaat").arg(target, stamp);
    for (int n = 2; QFileInfo::exists(candidate); ++n) {
        candidate = QStringLiteral("%1.replaced-%2-%3.mandaat").arg(target, stamp).arg(n);
    }
    return candidate;
}

bool BackupService::backup(const Vault& vault,
                           Records& records,
                           const QString& destination,
                           BackupResult* result,
                           Error* error,
                           Progress* progress,
                           bool* vaultDamaged)
{
    if (vaultDamaged) {
        *vaultDamaged = false;
    }
    const QString target = QFileInfo(destination).absoluteFilePath();
    // What a killed backup left beside it goes first.
    OutputFile::removeStalePartials(QFileInfo(target).absolutePath());
    // When a copy fails, the vault may be the cause: then it is named, not the destination.
    const auto blameVaultIfDamaged = [&](const QString& message) {
        const QStringList problems = vault.checkIntegrity(true);
        if (problems.isEmpty()) {
            setError(error, Error::make(Error::Kind::Failed, message));
            return false;
        }
        if (vaultDamaged) {
            *vaultDamaged = true;
        }
        setError(
            error,
            Error::make(Error::Kind::Damaged,
                        tr("The vault %1 is damaged (%2); no backup was made. Keep your earlier backups: restore the "
                           "newest one that passes 'verify'.")
                            .arg(shown(vault.path()), problems.join(QStringLiteral("; ")))));
        return false;
    };
    VaultError vaultError;
    std::unique_ptr<VaultCopy> copying = vault.startCopy(target, &vaultError);
    if (!copying) {
        setError(error, vaultError);
        return false;
    }
    // The copy's bytes are the bar's first BackupCopyShare percent.
    Progress copyPart(progress, 0, BackupCopyShare, 100);
    // The head the copy holds: nothing is written to the vault until the copy is checked, so
    // that a backup that failed is never logged as made (issue 16).
    const AuditHead head = AuditVerifier(vault.database()).head();
    if (!copying->write(progress ? &copyPart : nullptr, &vaultError)) {
        copying.reset(); // detached, and the partial file removed
        if (vaultError.isCancelled()) {
            setError(error,
                     Error::make(Error::Kind::Cancelled,
                                 tr("The backup was cancelled: no file was written and the vault is unchanged.")));
            return false;
        }
        return blameVaultIfDamaged(vaultError.message);
    }
    if (!copying->finish(&vaultError)) {
        return blameVaultIfDamaged(vaultError.message);
    }
    copying.reset();
    // Past the point where it can stop: the answer is ignored from here.
    reportProgress(progress, BackupCopyShare, 100);
    const QDateTime at = QDateTime::currentDateTimeUtc();
    // The copy counts only once it opens with the same key, passes integrity_check and holds
    // the same audit log; it carries the head it was made at.
    const auto discard = [&](const QString& message) {
        QFile::remove(target);
        QFile::remove(target + QStringLiteral("-journal"));
        return blameVaultIfDamaged(message);
    };
    {
        auto copy = Vault::openWithKey(target, vault.key(), Vault::Access::ReadWrite, &vaultError);
        if (!copy) {
            return discard(tr("The backup was written but does not open: %1 It was removed.").arg(vaultError.message));
        }
        Error message;
        if (!AuditHeads::write(copy->database(), settingPrefix(), head, at, target, &message)) {
            return discard(tr("The backup could not be completed: %1 It was removed.").arg(message.message));
        }
        const QStringList problems = copy->checkIntegrity(false);
        if (!problems.isEmpty()) {
            return discard(tr("The backup failed its integrity check (%1) and was removed.")
                               .arg(problems.join(QStringLiteral("; "))));
        }
        const AuditHead copied = AuditVerifier(copy->database()).head();
        if (copied.count != head.count || copied.hash != head.hash) {
            return discard(tr("The backup's audit log differs from the vault's; it was removed."));
        }
    }
    // Only now, with a backup that exists and passed its checks, the vault records it.
    RecordError recordError;
    const bool recorded = records.transaction(
        [&](RecordError* failure) {
            if (records.audit().append(QStringLiteral("backup"), Phrase::store("audit.backup"), 0, failure) == 0) {
                return false;
            }
            Error message;
            if (!AuditHeads::write(vault.database(), settingPrefix(), head, at, target, &message)) {
                setRecordError(failure, RecordError::make(RecordError::Kind::Storage, message.message));
                return false;
            }
            return true;
        },
        &recordError);
    if (!recorded) {
        setError(error,
                 Error::make(Error::Kind::Storage,
                             tr("The backup %1 was made and checked, but the vault could not record it: %2")
                                 .arg(shown(target), recordError.message)));
        return false;
    }
    if (result) {
        result->path = target;
        result->head = head;
        result->at = at;
    }
    reportProgress(progress, 100, 100);
    return true;
}

int BackupService::removeLeftovers(const Vault& vault)
{
    const QString vaultFolder = QFileInfo(vault.path()).absolutePath();
    int removed = OutputFile::removeStalePartials(vaultFolder);
    const QString lastBackup = AuditHeads::recordedPath(vault.database(), settingPrefix());
    if (!lastBackup.isEmpty()) {
        const QString backupFolder = QFileInfo(lastBackup).absolutePath();
        if (backupFolder != vaultFolder) {
            removed += OutputFile::removeStalePartials(backupFolder);
        }
    }
    return removed;
}

BackupStatus BackupService::status(const Vault& vault, Records& records, QDate today)
{
    BackupStatus status;
    status.lastBackupAt = AuditHeads::recordedAt(vault.database(), settingPrefix());
    status.lastBackupPath = AuditHeads::recordedPath(vault.database(), settingPrefix());
    status.intervalDays = records.practice().policy().backupIntervalDays;
    status.due =
        !status.lastBackupAt.isValid() || status.lastBackupAt.toUTC().date().daysTo(today) > status.intervalDays;
    return status;
}

AuditHead BackupService::recordedHead(const QString& path, const SecureBytes& key, Error* error)
{
    VaultError vaultError;
    auto backup = Vault::openWithKey(path, key, Vault::Access::ReadOnly, &vaultError);
    if (!backup) {
        setError(error, vaultError);
        return {};
    }
    AuditHead head = AuditHeads::read(backup->database(), settingPrefix());
    head.source =
        tr("the backup of %1").arg(AuditHeads::recordedAt(backup->database(), settingPrefix()).toString(Qt::ISODate));
    return head;
}

bool BackupService::restore(const QString& backupPath,
                            const SecureBytes& backupKey,
                            const QString& target,
                            const SecureBytes& targetKey,
                            RestoreResult* result,
                            VaultError* error,
                            Progress* progress)
{
    const QString targetPath = QFileInfo(target).absoluteFilePath();
    // Never a folder, a device or a vault open in this process (issue 16).
    const QString refusal = OutputFile::refusal(targetPath, OutputFile::Existing::Replace);
    if (!refusal.isEmpty()) {
        setVaultError(error, VaultError::Kind::Failed, refusal);
        return false;
    }
    // The bar: the backup's check to 30 %, its copy to 85 %, the copy's changes and check to 99 %.
    int percent = 0;
    const auto keepGoing = [&progress, &percent]() { return reportProgress(progress, percent, 100); };
    const auto cancel = [&]() {
        setVaultError(error, VaultError::Kind::Cancelled, tr("The restore was cancelled; nothing was replaced."));
        return false;
    };
    if (!keepGoing()) {
        return cancel();
    }
    // 1. The backup must open and pass integrity_check before anything is touched.
    auto backup = Vault::openWithKey(backupPath, backupKey, Vault::Access::ReadOnly, error);
    if (!backup) {
        return false;
    }
    bool stopped = false;
    const QStringList problems = backup->checkIntegrity(false, progress);
    if (progress && progress->isCancelled()) {
        return cancel();
    }
    percent = 30;
    if (!problems.isEmpty()) {
        setVaultError(error,
                      VaultError::Kind::Damaged,
                      tr("The backup %1 is damaged (%2); nothing was replaced.")
                          .arg(shown(backupPath), problems.join(QStringLiteral("; "))));
        return false;
    }
    RestoreResult restored;
    restored.restoredPath = targetPath;

    // 2. The destructions recorded in the vault being replaced.
    QList<Tombstone> tombstones;
    const bool replacing = QFileInfo::exists(targetPath);
    if (replacing) {
        QByteArray salt;
        VaultError inspect;
        if (Vault::inspectFile(targetPath, &salt, &inspect) && salt != backup->salt()) {
            setVaultError(error,
                          VaultError::Kind::Failed,
                          tr("The backup %1 is of another vault than %2 (their salts differ); nothing was replaced. "
                             "Restore it to a new file instead.")
                              .arg(shown(backupPath), shown(targetPath)));
            return false;
        }
        VaultError openError;
        auto current = Vault::openWithKey(
            targetPath, targetKey.isEmpty() ? backupKey : targetKey, Vault::Access::ReadOnly, &openError);
        if (current && current->schemaVersion() >= 6) {
            Records currentRecords(*current);
            RecordError recordError;
            tombstones = RetentionService(*current, currentRecords).tombstones(&recordError);
        } else if (!current) {
            restored.warning = tr("The vault being replaced could not be read (%1): destructions recorded only in it "
                                  "cannot be applied again. Check the restored vault's retention list.")
                                   .arg(openError.message);
        }
    }

    // 3. A complete copy beside the target, made ready before it takes the target's place.
    const QString staging = targetPath + QStringLiteral(".restoring-") +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz"));
    // A byte copy of the checked backup: the backup is open read-only, and is never migrated
    // or written to itself.
    const QString backupHeadText = AuditHeads::read(backup->database(), settingPrefix()).hash;
    backup->close();
    Progress copyPart(progress, 30, 85, 100);
    if (!copyFile(backupPath, staging, progress ? &copyPart : nullptr, &stopped)) {
        QFile::remove(staging);
        if (stopped) {
            return cancel();
        }
        setVaultError(error,
                      VaultError::Kind::Failed,
                      tr("The backup could not be copied beside %1; nothing was replaced. Check the free space and the "
                         "folder's permissions.")
                          .arg(shown(targetPath)));
        return false;
    }
    const auto abandon = [&](VaultError::Kind kind, const QString& message) {
        QFile::remove(staging);
        QFile::remove(staging + QStringLiteral("-journal"));
        setVaultError(error, kind, message);
        return false;
    };
    percent = 85;
    {
        VaultError openError;
        auto copy = Vault::openWithKey(staging, backupKey, Vault::Access::ReadWrite, &openError);
        if (!copy) {
            return abandon(openError.kind, openError.message);
        }
        Records records(*copy);
        RetentionService retention(*copy, records);
        RecordError recordError;
        if (!retention.reapply(tombstones, &restored.reapplied, &recordError)) {
            return abandon(VaultError::Kind::Failed,
                           tr("The destructions could not be applied again: %1").arg(recordError.message));
        }
        const QString reapplied = QString::number(restored.reapplied.size());
        const QString summary = backupHeadText.isEmpty() ? Phrase::store("audit.restore.unknown", {reapplied})
                                                         : Phrase::store("audit.restore", {backupHeadText, reapplied});
        if (records.audit().append(QStringLiteral("restore"), summary, 0, &recordError) == 0) {
            return abandon(VaultError::Kind::Failed, recordError.message);
        }
        percent = 90;
        if (!keepGoing()) {
            return abandon(VaultError::Kind::Cancelled, tr("The restore was cancelled; nothing was replaced."));
        }
        const QStringList copyProblems = copy->checkIntegrity(true, progress);
        if (progress && progress->isCancelled()) {
            return abandon(VaultError::Kind::Cancelled, tr("The restore was cancelled; nothing was replaced."));
        }
        if (!copyProblems.isEmpty()) {
            return abandon(VaultError::Kind::Damaged,
                           tr("The restored copy failed its integrity check; nothing was replaced."));
        }
        restored.head = AuditVerifier(copy->database()).head();
    }
    // The last moment to cancel: from here the copy takes the vault's place.
    percent = 99;
    if (!keepGoing()) {
        return abandon(VaultError::Kind::Cancelled, tr("The restore was cancelled; nothing was replaced."));
    }

    // 4. The replaced vault is kept aside, then the copy takes its place.
    if (replacing) {
        restored.replacedPath = replacedName(targetPath, QDateTime::currentDateTimeUtc());
        if (!QFile::rename(targetPath, restored.replacedPath)) {
            return abandon(VaultError::Kind::Failed,
                           tr("%1 could not be set aside; nothing was replaced. Check the folder's permissions.")
                               .arg(shown(targetPath)));
        }
    }
    if (!QFile::rename(staging, targetPath)) {
        if (replacing) {
            QFile::rename(restored.replacedPath, targetPath);
        }
        return abandon(VaultError::Kind::Failed,
                       tr("The restored vault could not be moved to %1; nothing was replaced.").arg(shown(targetPath)));
    }
    if (result) {
        *result = restored;
    }
    reportProgress(progress, 100, 100);
    return true;
}

} // namespace mandaat
