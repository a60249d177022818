#pragma once

#include "Command.h"

namespace mandaat::cli {

/// ICF-2.3, the disclosure log: records confidential information passed on under one of the
/// exceptions to confidentiality agreed in advance, as the engagement's "Record a disclosure"
/// does: when, to whom, on which ground, what, and whether and when the client was told.
class DisclosureCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DisclosureCommand)

public:
    DisclosureCommand();

protected:
    int execute(const QCommandLineParser& parser) override;
};

} // namespace mandaat::cli
