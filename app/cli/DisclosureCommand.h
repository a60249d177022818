#pragma once

#include "VaultCommand.h"
#include "domain/ComplianceRecord.h"

namespace mandaat::cli {

/// ICF-2.3, the disclosure log: records confidential information passed on under one of the
/// exceptions to confidentiality agreed in advance, as the engagement's "Record a disclosure"
/// does: when, to whom, on which ground, what, and whether and when the client was told.
class DisclosureCommand : public VaultCommand
{
    Q_DECLARE_TR_FUNCTIONS(DisclosureCommand)

public:
    DisclosureCommand();

protected:
    int checkOptions(const QCommandLineParser& parser) override;
    int executeWithVault(Vault& vault, const QCommandLineParser& parser) override;

private:
    // What checkOptions() read, before the vault was opened.
    Disclosure m_disclosure;
};

} // namespace mandaat::cli
