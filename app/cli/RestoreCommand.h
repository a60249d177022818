#pragma once

#include "Command.h"

namespace mandaat::cli {

class RestoreCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    RestoreCommand();

protected:
    int execute(const QCommandLineParser& parser) override;
};

} // namespace mandaat::cli
