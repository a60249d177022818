#pragma once

#include "Command.h"

namespace mandaat::cli {

/// ICF-3.3, ICF-4.2: suspends an active engagement as the engagement page's "Suspend the
/// engagement" does (Suspensions::suspend).
class SuspendCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SuspendCommand)

public:
    SuspendCommand();

protected:
    int execute(const QCommandLineParser& parser) override;
};

/// Resumes a suspended engagement (Suspensions::resume).
class ResumeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ResumeCommand)

public:
    ResumeCommand();

protected:
    int execute(const QCommandLineParser& parser) override;
};

} // namespace mandaat::cli
