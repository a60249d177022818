#pragma once

#include "VaultCommand.h"

#include <QString>

namespace mandaat::cli {

class BackupCommand : public VaultCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    BackupCommand();

protected:
    int checkOptions(const QCommandLineParser& parser) override;
    int executeWithVault(Vault& vault, const QCommandLineParser& parser) override;

private:
    // What checkOptions() read, before the vault was opened.
    QString m_outPath;
};

} // namespace mandaat::cli
