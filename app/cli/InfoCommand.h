#pragma once

#include "Command.h"

namespace mandaat::cli {

class InfoCommand : public Command
{
public:
    InfoCommand();

protected:
    int execute(const QCommandLineParser& parser) override;
};

} // namespace mandaat::cli
