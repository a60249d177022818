#pragma once

#include "Command.h"

namespace mandaat::cli {

/// Issues the written warning that must precede ending an engagement early for obstruction
/// (LetterService::issueWarning, as the engagement page's dialog does): the letter stored in
/// the vault with the warning, its PDF written; refused, with nothing stored, under a code that
/// asks for no warning.
class WarningCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(WarningCommand)

public:
    WarningCommand();

protected:
    int execute(const QCommandLineParser& parser) override;
};

} // namespace mandaat::cli
