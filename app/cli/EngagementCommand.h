#pragma once

#include "Command.h"

namespace mandaat::cli {

/// Opens a new engagement as the onboarding wizard's parties and terms pages do
/// (Onboarding::begin): the client, the principal or none, the kind, the expectations, the
/// methods and the terms, validated as the forms validate them, its onboarding begun; refused
/// with nothing saved.
class EngagementCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EngagementCommand)

public:
    EngagementCommand();

protected:
    int execute(const QCommandLineParser& parser) override;
};

} // namespace mandaat::cli
