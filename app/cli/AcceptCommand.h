#pragma once

#include "Command.h"

namespace mandaat::cli {

/// Records that the parties accepted the engagement confirmation, by e-mail or with the signed
/// copy, and makes the engagement active when the compliance rules allow it: what the
/// onboarding wizard's confirmation step records (ConfirmationRecords::accept and ::activate).
class AcceptCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AcceptCommand)

public:
    AcceptCommand();

protected:
    int execute(const QCommandLineParser& parser) override;
};

} // namespace mandaat::cli
