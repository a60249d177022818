#pragma once

#include "compliance/ComplianceEngine.h"
#include "domain/EngagementLifecycle.h"

#include <QObject>

namespace mandaat {

class Records;

/// The compliance rules' part in an engagement's lifecycle (EngagementRepository's
/// TransitionGuard): onboarding -> active is refused while a blocking article of phase
/// onboarding or always has a rule open, due or overdue (MW-2.2, CMI-5, MW-5.2, …); recording
/// the end is refused while a blocking article of phase ending does (CMI-12: a written warning
/// before ending for obstruction; MW-5.3). The refusal lists the articles and why.
///
/// The application installs it once per Records: `ComplianceGuard::install(records)`. Tests
/// that build engagements without evidence simply do not.
class ComplianceGuard : public QObject, public TransitionGuard, public ReportGuard
{
    Q_OBJECT

public:
    explicit ComplianceGuard(const Records& records, QObject* parent = nullptr);

    /// Creates a guard owned by \a records and sets it on records.engagements() and, for
    /// reports to the principal, on records.compliance().
    static ComplianceGuard* install(Records& records);

    TransitionCheck
    check(const Engagement& engagement, EngagementStatus to, std::optional<EndReason> reason, QDate on) const override;

    /// CMI-8: a report beyond the client's consent is refused with the reason.
    QString refusal(const PrincipalReport& report) const override;

    const ComplianceEngine& engine() const { return m_engine; }

private:
    ComplianceEngine m_engine;
};

} // namespace mandaat
