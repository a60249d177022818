#include "Rule.h"

#include "compliance/RuleSupport.h"

#include <QCoreApplication>

namespace mandaat {

int urgency(RuleStatus status)
{
    switch (status) {
    case RuleStatus::Overdue:
        return 0;
    case RuleStatus::Open:
        return 1;
    case RuleStatus::Due:
        return 2;
    case RuleStatus::Met:
        return 3;
    case RuleStatus::NotApplicable:
        return 4;
    }
    return 4;
}

RuleResult Rule::check(const ComplianceContext& context) const
{
    RuleResult checked = appliesTo(context) ? evaluate(context)
        : context.outstandingOnly           ? rules::make(*this, RuleStatus::NotApplicable, {})
                                  : rules::make(*this, RuleStatus::NotApplicable, notApplicableExplanation(context));
    checked.ruleId = id();
    return checked;
}

QString Rule::notApplicableExplanation(const ComplianceContext& /*context*/) const
{
    return QCoreApplication::translate("Rule", "Does not apply to this engagement at this date.");
}

} // namespace mandaat
