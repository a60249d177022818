#pragma once

#include "VaultCommand.h"

namespace mandaat::cli {

class PasswdCommand : public VaultCommand
{
    Q_DECLARE_TR_FUNCTIONS(PasswdCommand)

public:
    PasswdCommand();

protected:
    int executeWithVault(Vault& vault, const QCommandLineParser& parser) override;
};

} // namespace mandaat::cli
