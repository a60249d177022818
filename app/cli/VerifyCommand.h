#pragma once

#include "VaultCommand.h"

namespace mandaat::cli {

class VerifyCommand : public VaultCommand
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)

public:
    VerifyCommand();

protected:
    Vault::Access access(const QCommandLineParser& parser) const override;
    int executeWithVault(Vault& vault, const QCommandLineParser& parser) override;
};

} // namespace mandaat::cli
