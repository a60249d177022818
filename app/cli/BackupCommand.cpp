#include "BackupCommand.h"

#include "CliIo.h"
#include "SharedSettings.h"
#include "TerminalProgress.h"
#include "exchange/AuditHeads.h"
#include "exchange/BackupService.h"
#include "repositories/Records.h"

#include <QDir>

namespace mandaat::cli {

BackupCommand::BackupCommand()
    : VaultCommand(QStringLiteral("backup"),
                   tr("Write an encrypted backup of a vault: it opens with the same passphrase, and is checked before "
                      "it counts."))
{
    addOption({QStringLiteral("out"), tr("The backup file to write; it must not exist."), tr("BACKUP")});
}

int BackupCommand::checkOptions(const QCommandLineParser& parser)
{
    m_outPath = parser.value(QStringLiteral("out"));
    if (m_outPath.isEmpty()) {
        err() << tr("'backup' needs --out BACKUP.") << Qt::endl;
        return ExitUsage;
    }
    return ExitOk;
}

int BackupCommand::executeWithVault(Vault& vault, const QCommandLineParser& /*parser*/)
{
    Records records(vault);
    // What a killed backup left beside the vault or its last backup goes first (issue 16).
    const int leftovers = BackupService::removeLeftovers(vault);
    if (leftovers > 0) {
        err() << tr("Removed %n unfinished file(s) left by an interrupted backup.", nullptr, leftovers) << Qt::endl;
    }
    BackupResult result;
    Error error;
    bool damaged = false;
    TerminalProgress line(tr("Backing up…"));
    const bool ok = BackupService::backup(vault, records, m_outPath, &result, &error, line.progress(), &damaged);
    line.finish();
    if (!ok) {
        err() << error.message << Qt::endl;
        return damaged ? ExitDamaged : ExitError;
    }
    const auto settings = sharedSettings();
    AuditHeads::noteSeen(*settings, vault.saltHex(), AuditVerifier(vault.database()).head());
    out() << tr("Wrote the backup %1 and checked it: it opens with the vault's passphrase and passes the integrity "
                "check.")
                 .arg(QDir::toNativeSeparators(result.path))
          << Qt::endl;
    out() << tr("Audit log recorded in it: %1 entries, last hash %2.").arg(result.head.count).arg(result.head.hash)
          << Qt::endl;
    return ExitOk;
}

} // namespace mandaat::cli
