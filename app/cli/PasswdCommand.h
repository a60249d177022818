#pragma once

#include "Command.h"

namespace mandaat::cli {

class PasswdCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PasswdCommand)

public:
    PasswdCommand();

protected:
    int execute(const QCommandLineParser& parser) override;
};

} // namespace mandaat::cli
