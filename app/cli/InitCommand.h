#pragma once

#include "Command.h"

namespace mandaat::cli {

class InitCommand : public Command
{
public:
    InitCommand();

protected:
    int execute(const QCommandLineParser& parser) override;
};

} // namespace mandaat::cli
