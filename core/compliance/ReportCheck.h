#pragma once

#include "compliance/ComplianceContext.h"
#include "domain/ComplianceRecord.h"

#include <QCoreApplication>
#include <QString>

namespace mandaat {

/// Whether a report may go to the principal, and why not (translated).
struct ReportDecision
{
    bool allowed = false;
    QString reason;
    qint64 consentId = 0; ///< The consent that allows it, when one does.
    qint64 evidenceId = 0; ///< For evaluation and selection: the agreement on its content.
};

/// CMI-8 (MW-4.1): information about the client goes to the principal only with the client's
/// consent. Checked before a report is recorded as sent: a report beyond the consent in force
/// on its date is refused. For evaluation and selection (MW) the report is the agreed
/// deliverable: there its content must have been agreed with the client at onboarding
/// (Evidence MW-4.1 "report_content_agreed", on or before activation).
///
/// Consent scopes: none allows nothing; progress_only allows progress reports; listed_reports
/// allows progress reports and the reports whose title is one of the listed lines (compared
/// without case and extra spaces).
class ReportCheck
{
    Q_DECLARE_TR_FUNCTIONS(ReportCheck)

public:
    static ReportDecision check(const ComplianceContext& context, const PrincipalReport& report);
};

} // namespace mandaat
