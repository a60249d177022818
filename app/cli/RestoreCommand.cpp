#include "RestoreCommand.h"

#include "CliIo.h"
#include "SharedSettings.h"
#include "TerminalProgress.h"
#include "exchange/AuditHeads.h"
#include "exchange/BackupService.h"
#include "util/OutputFile.h"

#include <QDir>
#include <QFileInfo>

namespace mandaat::cli {

RestoreCommand::RestoreCommand()
    : Command(QStringLiteral("restore"),
              tr("Replace a vault with a backup, after checking the backup; the replaced vault is kept aside and "
                 "the destructions recorded in it are applied again."))
{
    addPositional(QStringLiteral("backup"), tr("The backup file."));
    addOption(PassphraseSource::stdinOption());
    addOption({QStringLiteral("to"), tr("The vault file to replace (or to create)."), tr("FILE")});
}

int RestoreCommand::execute(const QCommandLineParser& parser)
{
    const QString backupPath = parser.positionalArguments().at(1);
    const QString target = parser.value(QStringLiteral("to"));
    if (target.isEmpty()) {
        err() << tr("'restore' needs --to FILE.") << Qt::endl;
        return ExitUsage;
    }
    // The vault to replace, or a new file: never a folder or anything but a file.
    const QString refusal = OutputFile::refusal(target, OutputFile::Existing::Replace);
    if (!refusal.isEmpty()) {
        err() << refusal << Qt::endl;
        return ExitError;
    }
    // The backup's passphrase opens it; the replaced vault usually has the same one (same salt).
    PassphraseSource source(parser);
    int exitCode = ExitOk;
    auto backup = openVault(backupPath, source, Vault::Access::ReadOnly, &exitCode);
    if (!backup) {
        return exitCode;
    }
    const SecureBytes backupKey = backup->key();
    backup->close();
    SecureBytes targetKey;
    if (QFileInfo::exists(target)) {
        VaultError probe;
        auto current = Vault::openWithKey(target, backupKey, Vault::Access::ReadOnly, &probe);
        if (!current && probe.kind == VaultError::Kind::WrongKey) {
            // The passphrase was changed after the backup: the replaced vault's own is needed to
            // read the destructions recorded in it.
            err() << tr("The vault being replaced has another passphrase than the backup.") << Qt::endl;
            auto replaced = openVault(target, source, Vault::Access::ReadOnly, &exitCode);
            if (!replaced) {
                return exitCode;
            }
            targetKey = replaced->key();
        }
    }
    RestoreResult result;
    VaultError error;
    TerminalProgress line(tr("Restoring…"));
    const bool ok = BackupService::restore(backupPath, backupKey, target, targetKey, &result, &error, line.progress());
    line.finish();
    if (!ok) {
        return report(error);
    }
    const auto settings = sharedSettings();
    QByteArray salt;
    if (Vault::inspectFile(result.restoredPath, &salt, nullptr)) {
        AuditHeads::noteSeen(*settings, QString::fromLatin1(salt.toHex()), result.head, true);
    }
    out() << tr("Restored %1 from %2.")
                 .arg(QDir::toNativeSeparators(result.restoredPath), QDir::toNativeSeparators(backupPath))
          << Qt::endl;
    if (!result.replacedPath.isEmpty()) {
        out() << tr("The replaced vault is kept at %1.").arg(QDir::toNativeSeparators(result.replacedPath)) << Qt::endl;
    }
    for (const QString& line : std::as_const(result.reapplied)) {
        out() << tr("Re-applied: %1").arg(line) << Qt::endl;
    }
    if (!result.warning.isEmpty()) {
        err() << result.warning << Qt::endl;
    }
    return ExitOk;
}

} // namespace mandaat::cli
