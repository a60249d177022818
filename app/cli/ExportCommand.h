#pragma once

#include "Command.h"

namespace mandaat::cli {

class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    ExportCommand();

protected:
    int execute(const QCommandLineParser& parser) override;
};

} // namespace mandaat::cli
