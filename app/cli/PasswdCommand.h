#pragma once

#include "Command.h"

namespace mandaat::cli {

class PasswdCommand : public Command
{
public:
    PasswdCommand();

protected:
    int execute(const QCommandLineParser& parser) override;
};

} // namespace mandaat::cli
