// MW-5.1, MW-5.2 and MW-2.8: the conflict-of-interest check; each finding needs a recorded
// resolution (a boundary agreement) before activation.
#include "compliance/ConflictCheck.h"
#include "compliance/EvidenceTopics.h"
#include "compliance/RuleRegistry.h"
#include "compliance/RuleSupport.h"

#include <QCoreApplication>

namespace mandaat {

namespace {

RuleResult findingsResult(const Rule& rule,
                          const ComplianceContext& context,
                          const QList<ConflictFinding>& findings,
                          const QString& none)
{
    QStringList open;
    QList<Evidence> resolutions;
    for (const ConflictFinding& finding : findings) {
        if (const std::optional<Evidence> resolution = ConflictCheck::resolutionOf(context, finding)) {
            resolutions.append(*resolution);
        } else {
            open.append(finding.explanation);
        }
    }
    RuleResult result;
    if (findings.isEmpty()) {
        result = rules::make(rule, RuleStatus::Met, none);
    } else if (open.isEmpty()) {
        result = rules::make(rule,
                             RuleStatus::Met,
                             QCoreApplication::translate("ConflictRules",
                                                         "Every conflict found has a recorded "
                                                         "resolution."));
    } else {
        // Found at onboarding it blocks activation; found later (MW-5.1), it is overdue at once.
        const QDate deadline = context.isStarted() ? context.startDate() : context.onboardingDeadline();
        result =
            rules::make(rule, rules::pendingStatus(deadline, context.today), open.join(QLatin1Char(' ')), deadline);
    }
    rules::addEvidence(context, result, resolutions);
    return result;
}

// MW-5.1, MW-5.2: the same person in evaluation and guidance roles, declared relationships.
class ConflictCheckRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(ConflictCheckRule)

public:
    QString id() const override { return ConflictCheck::checkRule(); }
    QStringList topics() const override { return {evidence::conflictPrefix()}; }
    bool appliesTo(const ComplianceContext&) const override { return true; }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        return findingsResult(*this,
                              context,
                              ConflictCheck::find(context),
                              tr("No conflict of interest was found among your engagements and declared "
                                 "relationships."));
    }
};

// MW-2.8: no earlier relation with a top civil servant under evaluation, or one resolved.
class PriorRelationCheck final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(PriorRelationCheck)

public:
    QString id() const override { return ConflictCheck::priorRelationRule(); }
    QStringList topics() const override { return {evidence::conflictPrefix()}; }
    bool appliesTo(const ComplianceContext& context) const override
    {
        return rules::isEvaluation(context.engagement.kind) && context.engagement.topCivilServant;
    }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        QList<ConflictFinding> findings;
        for (const ConflictFinding& finding : ConflictCheck::find(context)) {
            if (finding.ruleIds.contains(id())) {
                findings.append(finding);
            }
        }
        return findingsResult(*this, context, findings, tr("No earlier relation with this person was found."));
    }

protected:
    QString notApplicableExplanation(const ComplianceContext&) const override
    {
        return tr("Only for evaluating or selecting a top civil servant.");
    }
};

} // namespace

void addConflictRules(RuleRegistry& registry)
{
    registry.add(std::make_unique<ConflictCheckRule>());
    registry.add(std::make_unique<PriorRelationCheck>());
}

} // namespace mandaat
