#pragma once

#include "VaultCommand.h"
#include "domain/ComplianceRecord.h"

#include <QDate>
#include <QList>
#include <QString>

namespace mandaat::cli {

/// Records one piece of onboarding evidence on an engagement, as a ticked box of the onboarding
/// wizard does (Onboarding::record): what was done (a topic the rules read), for which party,
/// on which day, how; refused with nothing saved.
class RecordCommand : public VaultCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordCommand)

public:
    RecordCommand();

protected:
    int checkOptions(const QCommandLineParser& parser) override;
    int executeWithVault(Vault& vault, const QCommandLineParser& parser) override;

private:
    // What checkOptions() read, before the vault was opened.
    Channel m_channel = Channel::InPerson;
    QDate m_on;
    QList<Party> m_parties;
    QString m_topic;
    QDate m_today;
};

} // namespace mandaat::cli
