#pragma once

#include "Command.h"

namespace mandaat::cli {

/// Records one piece of onboarding evidence on an engagement, as a ticked box of the onboarding
/// wizard does (Onboarding::record): what was done (a topic the rules read), for which party,
/// on which day, how; refused with nothing saved.
class RecordCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RecordCommand)

public:
    RecordCommand();

protected:
    int execute(const QCommandLineParser& parser) override;
};

} // namespace mandaat::cli
