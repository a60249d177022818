#pragma once

#include "Command.h"

namespace mandaat::cli {

/// Ends an engagement as the termination wizard does (Termination::end): the termination
/// letter, the referral answer, the handover letter for a conflict of interest, the status and
/// the retention dates, in one transaction; refused with nothing changed.
class EndCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EndCommand)

public:
    EndCommand();

protected:
    int execute(const QCommandLineParser& parser) override;
};

} // namespace mandaat::cli
