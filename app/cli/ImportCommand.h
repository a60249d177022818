#pragma once

#include "VaultCommand.h"

#include <QString>

namespace mandaat::cli {

class ImportCommand : public VaultCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    ImportCommand();

protected:
    int checkOptions(const QCommandLineParser& parser) override;
    int executeWithVault(Vault& vault, const QCommandLineParser& parser) override;

private:
    // What checkOptions() read, before the vault was opened.
    bool m_clients = false;
    QString m_csvName;
    QString m_csvPath;
};

} // namespace mandaat::cli
