#pragma once

#include "VaultCommand.h"
#include "domain/Attachment.h"
#include "domain/ComplianceRecord.h"

#include <QDate>
#include <QList>

#include <optional>

namespace mandaat::cli {

/// Records that the parties accepted the engagement confirmation, by e-mail or with the signed
/// copy, and makes the engagement active when the compliance rules allow it: what the
/// onboarding wizard's confirmation step records (ConfirmationRecords::accept and ::activate).
class AcceptCommand : public VaultCommand
{
    Q_DECLARE_TR_FUNCTIONS(AcceptCommand)

public:
    AcceptCommand();

protected:
    int checkOptions(const QCommandLineParser& parser) override;
    int executeWithVault(Vault& vault, const QCommandLineParser& parser) override;

private:
    // What checkOptions() read, before the vault was opened.
    Channel m_channel = Channel::Email;
    std::optional<Attachment> m_copy;
    qint64 m_letterId = 0;
    QList<Party> m_named;
    QDate m_on;
};

} // namespace mandaat::cli
