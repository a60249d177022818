#pragma once

#include "Command.h"

namespace mandaat::cli {

class RetentionCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RetentionCommand)

public:
    RetentionCommand();

protected:
    int execute(const QCommandLineParser& parser) override;
};

} // namespace mandaat::cli
