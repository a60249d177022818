#include "InfoCommand.h"

#include "CliIo.h"
#include "exchange/RecordCounts.h"
#include "storage/Migrations.h"
#include "vault/KeyDerivation.h"

#include <QDir>

namespace mandaat::cli {

InfoCommand::InfoCommand()
    : VaultCommand(QStringLiteral("info"), tr("Show a vault's format, schema version, page size and record counts."))
{ }

Vault::Access InfoCommand::access(const QCommandLineParser& /*parser*/) const
{
    return Vault::Access::ReadOnly;
}

int InfoCommand::executeWithVault(Vault& vault, const QCommandLineParser& /*parser*/)
{
    // Only lines that are the same on every call, and the same for two vaults with the same
    // records: scripts and tests compare them. Hence no path, and no salt (each new vault draws
    // its own; the README's way out reads it from the file).
    out() << tr("Format: Mandaat vault, key scheme v1 (Argon2id t=%1, m=%2 MiB, p=%3; SQLCipher)")
                 .arg(KeyDerivation::TimeCost)
                 .arg(KeyDerivation::MemoryCostKiB / 1024)
                 .arg(KeyDerivation::Parallelism)
          << Qt::endl;
    out()
        << tr("Schema version: %1 (this version of Mandaat: %2)").arg(vault.schemaVersion()).arg(latestSchemaVersion())
        << Qt::endl;
    out() << tr("Page size: %1 bytes").arg(vault.pageSize()) << Qt::endl;
    Error error;
    const QList<RecordCount> counts = RecordCounts::of(vault.database(), &error);
    if (counts.isEmpty()) {
        err() << error.message << Qt::endl;
        return ExitError;
    }
    for (const RecordCount& count : counts) {
        out() << tr("%1: %2").arg(count.label).arg(count.count) << Qt::endl;
    }
    return ExitOk;
}

} // namespace mandaat::cli
