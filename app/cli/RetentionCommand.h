#pragma once

#include "VaultCommand.h"

#include <QDate>

namespace mandaat::cli {

class RetentionCommand : public VaultCommand
{
    Q_DECLARE_TR_FUNCTIONS(RetentionCommand)

public:
    RetentionCommand();

protected:
    int checkOptions(const QCommandLineParser& parser) override;
    Vault::Access access(const QCommandLineParser& parser) const override;
    int executeWithVault(Vault& vault, const QCommandLineParser& parser) override;

private:
    // What checkOptions() read, before the vault was opened.
    QDate m_at;
    bool m_confirmed = false;
    bool m_destroying = false;
    qint64 m_destroyId = 0;
};

} // namespace mandaat::cli
