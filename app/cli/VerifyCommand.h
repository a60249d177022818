#pragma once

#include "Command.h"

namespace mandaat::cli {

class VerifyCommand : public Command
{
public:
    VerifyCommand();

protected:
    int execute(const QCommandLineParser& parser) override;
};

} // namespace mandaat::cli
