#pragma once

#include "VaultCommand.h"

#include <QDate>

namespace mandaat::cli {

/// `compliance FILE [--engagement ID] [--due] [--at DATE]`: the statuses per article of the
/// code(s) an engagement is bound by, or the practice's open obligations most urgent first.
/// Read-only; exits 0 whatever the statuses are.
class ComplianceCommand : public VaultCommand
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceCommand)

public:
    ComplianceCommand();

protected:
    int checkOptions(const QCommandLineParser& parser) override;
    Vault::Access access(const QCommandLineParser& parser) const override;
    int executeWithVault(Vault& vault, const QCommandLineParser& parser) override;

private:
    // What checkOptions() read, before the vault was opened.
    QDate m_at;
    qint64 m_only = 0;
};

} // namespace mandaat::cli
