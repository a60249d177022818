#pragma once

#include "Command.h"

namespace mandaat::cli {

/// `compliance FILE [--engagement ID] [--due] [--at DATE]`: the statuses per article of the
/// code(s) an engagement is bound by, or the practice's open obligations most urgent first.
/// Read-only; exits 0 whatever the statuses are.
class ComplianceCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceCommand)

public:
    ComplianceCommand();

protected:
    int execute(const QCommandLineParser& parser) override;
};

} // namespace mandaat::cli
