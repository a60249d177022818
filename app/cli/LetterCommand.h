#pragma once

#include "Command.h"

namespace mandaat::cli {

class LetterCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(LetterCommand)

public:
    LetterCommand();

protected:
    int execute(const QCommandLineParser& parser) override;
};

} // namespace mandaat::cli
