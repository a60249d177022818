#pragma once

#include "VaultCommand.h"
#include "domain/Language.h"
#include "lifecycle/TerminationPlan.h"

#include <optional>

namespace mandaat::cli {

/// Ends an engagement as the termination wizard does (Termination::end): the termination
/// letter, the referral answer, the handover letter for a conflict of interest, the status and
/// the retention dates, in one transaction; refused with nothing changed.
class EndCommand : public VaultCommand
{
    Q_DECLARE_TR_FUNCTIONS(EndCommand)

public:
    EndCommand();

protected:
    int checkOptions(const QCommandLineParser& parser) override;
    int executeWithVault(Vault& vault, const QCommandLineParser& parser) override;

private:
    // What checkOptions() read, before the vault was opened.
    std::optional<Language> m_language;
    TerminationPlan m_plan;
};

} // namespace mandaat::cli
