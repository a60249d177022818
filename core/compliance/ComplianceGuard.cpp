#include "ComplianceGuard.h"

#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/Records.h"

#include <QCoreApplication>

namespace mandaat {

ComplianceGuard::ComplianceGuard(const Records& records, QObject* parent)
    : QObject(parent)
    , m_engine(records)
{ }

ComplianceGuard* ComplianceGuard::install(Records& records)
{
    // Owned by records: QObject deletes it after Records' repositories are gone.
    auto* guard = new ComplianceGuard(records, &records);
    records.engagements().setTransitionGuard(guard);
    records.compliance().setReportGuard(guard);
    return guard;
}

QString ComplianceGuard::refusal(const PrincipalReport& report) const
{
    RecordError error;
    const auto decision = m_engine.checkReport(report, &error);
    if (!decision) {
        return error.message.isEmpty()
            ? QCoreApplication::translate("ComplianceGuard", "The report could not be checked against the consent.")
            : error.message;
    }
    return decision->allowed ? QString() : decision->reason;
}

TransitionCheck ComplianceGuard::check(const Engagement& engagement,
                                       EngagementStatus to,
                                       std::optional<EndReason> reason,
                                       QDate on) const
{
    const bool activating = engagement.status == EngagementStatus::Onboarding && to == EngagementStatus::Active;
    const bool ending = to == EngagementStatus::Ended;
    if (!activating && !ending) {
        return TransitionCheck::allow();
    }
    RecordError error;
    std::optional<ComplianceContext> context = m_engine.context(engagement, on, &error);
    if (!context) {
        return TransitionCheck::refuse(tr("The compliance rules could not be checked: %1").arg(error.message));
    }
    if (ending) {
        context->endReason = reason;
    }
    const EngagementCompliance compliance = m_engine.evaluator().evaluate(*context);
    const QList<ArticleCompliance> blockers =
        compliance.blockers(activating ? ComplianceGate::Activation : ComplianceGate::Ending);
    if (blockers.isEmpty()) {
        return TransitionCheck::allow();
    }
    const QString articles = EngagementCompliance::describe(blockers);
    return TransitionCheck::refuse(activating ? tr("The engagement cannot become active yet:\n%1").arg(articles)
                                              : tr("The engagement cannot end yet:\n%1").arg(articles));
}

} // namespace mandaat
