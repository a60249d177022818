#pragma once

#include "VaultCommand.h"

#include <QString>

namespace mandaat::cli {

class ListCommand : public VaultCommand
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)

public:
    ListCommand();

protected:
    int checkOptions(const QCommandLineParser& parser) override;
    Vault::Access access(const QCommandLineParser& parser) const override;
    int executeWithVault(Vault& vault, const QCommandLineParser& parser) override;

private:
    // What checkOptions() read, before the vault was opened.
    QString m_what;
};

} // namespace mandaat::cli
