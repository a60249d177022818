#pragma once

#include "Command.h"

namespace mandaat::cli {

class SearchCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SearchCommand)

public:
    SearchCommand();

protected:
    int execute(const QCommandLineParser& parser) override;
};

} // namespace mandaat::cli
