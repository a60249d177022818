#pragma once

#include "Command.h"

namespace mandaat::cli {

/// Records a complaint about an engagement and, with --acknowledge, issues its written
/// acknowledgement (LetterService::issueComplaintAcknowledgement, as the complaints register
/// does); or acknowledges a complaint recorded before (--complaint ID). Refused with nothing
/// stored.
class ComplaintCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintCommand)

public:
    ComplaintCommand();

protected:
    int execute(const QCommandLineParser& parser) override;
};

} // namespace mandaat::cli
