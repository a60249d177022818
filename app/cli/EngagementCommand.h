#pragma once

#include "VaultCommand.h"
#include "domain/Engagement.h"

#include <QDate>

namespace mandaat::cli {

/// Opens a new engagement as the onboarding wizard's parties and terms pages do
/// (Onboarding::begin): the client, the principal or none, the kind, the expectations, the
/// methods and the terms, validated as the forms validate them, its onboarding begun; refused
/// with nothing saved.
class EngagementCommand : public VaultCommand
{
    Q_DECLARE_TR_FUNCTIONS(EngagementCommand)

public:
    EngagementCommand();

protected:
    int checkOptions(const QCommandLineParser& parser) override;
    int executeWithVault(Vault& vault, const QCommandLineParser& parser) override;

private:
    // What checkOptions() read, before the vault was opened.
    Engagement m_engagement;
    QDate m_on;
};

} // namespace mandaat::cli
