#pragma once

#include "VaultCommand.h"
#include "domain/ComplianceRecord.h"
#include "domain/Language.h"

#include <QDate>
#include <QString>

#include <optional>

namespace mandaat::cli {

/// Records a complaint about an engagement and, with --acknowledge, issues its written
/// acknowledgement (LetterService::issueComplaintAcknowledgement, as the complaints register
/// does); or acknowledges a complaint recorded before (--complaint ID). Refused with nothing
/// stored.
class ComplaintCommand : public VaultCommand
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintCommand)

public:
    ComplaintCommand();

protected:
    int checkOptions(const QCommandLineParser& parser) override;
    int executeWithVault(Vault& vault, const QCommandLineParser& parser) override;

private:
    // What checkOptions() read, before the vault was opened.
    QDate m_acknowledgedOn;
    Complaint m_complaint;
    qint64 m_complaintId = 0;
    std::optional<Language> m_language;
    QString m_outPath;
    QDate m_today;
};

} // namespace mandaat::cli
