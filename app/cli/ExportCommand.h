#pragma once

#include "VaultCommand.h"
#include "exchange/ExportJob.h"

#include <QString>

namespace mandaat::cli {

class ExportCommand : public VaultCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    ExportCommand();

protected:
    int checkOptions(const QCommandLineParser& parser) override;
    int executeWithVault(Vault& vault, const QCommandLineParser& parser) override;

private:
    // What checkOptions() read, before the vault was opened.
    ExportOptions m_options;
    QString m_outPath;
};

} // namespace mandaat::cli
