#pragma once

#include "VaultCommand.h"
#include "domain/ComplianceRecord.h"

#include <QDate>

namespace mandaat::cli {

/// ICF-3.3, ICF-4.2: suspends an active engagement as the engagement page's "Suspend the
/// engagement" does (Suspensions::suspend).
class SuspendCommand : public VaultCommand
{
    Q_DECLARE_TR_FUNCTIONS(SuspendCommand)

public:
    SuspendCommand();

protected:
    int checkOptions(const QCommandLineParser& parser) override;
    int executeWithVault(Vault& vault, const QCommandLineParser& parser) override;

private:
    // What checkOptions() read, before the vault was opened.
    Suspension m_suspension;
    QDate m_today;
};

/// Resumes a suspended engagement (Suspensions::resume).
class ResumeCommand : public VaultCommand
{
    Q_DECLARE_TR_FUNCTIONS(ResumeCommand)

public:
    ResumeCommand();

protected:
    int checkOptions(const QCommandLineParser& parser) override;
    int executeWithVault(Vault& vault, const QCommandLineParser& parser) override;

private:
    // What checkOptions() read, before the vault was opened.
    QDate m_on;
    QDate m_today;
};

} // namespace mandaat::cli
