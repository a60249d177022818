#include "RuleRegistry.h"

namespace mandaat {

const RuleRegistry& RuleRegistry::builtIn()
{
    static const auto* registry = [] {
        auto* rules = new RuleRegistry;
        addHandoverRules(*rules);
        addDeclarationRules(*rules);
        addEngagementFieldRules(*rules);
        addDisclosureRules(*rules);
        addConsentRules(*rules);
        addConflictRules(*rules);
        addPracticeRules(*rules);
        addRunningRules(*rules);
        addComplaintRules(*rules);
        addEndingRules(*rules);
        return rules;
    }();
    return *registry;
}

QMap<QString, QString> RuleRegistry::handledElsewhere()
{
    return {};
}

void RuleRegistry::add(std::unique_ptr<Rule> rule)
{
    const QString id = rule->id();
    m_rules[id] = std::move(rule);
}

const Rule* RuleRegistry::rule(const QString& id) const
{
    const auto found = m_rules.find(id);
    return found == m_rules.end() ? nullptr : found->second.get();
}

QStringList RuleRegistry::ids() const
{
    QStringList ids;
    for (const auto& [id, rule] : m_rules) {
        ids.append(id);
    }
    return ids;
}

QStringList RuleRegistry::idsReading(const QString& topic) const
{
    QStringList ids;
    for (const auto& [id, rule] : m_rules) {
        for (const QString& read : rule->topics()) {
            if (read == topic || (read.endsWith(QLatin1Char('_')) && topic.startsWith(read))) {
                ids.append(id);
                break;
            }
        }
    }
    return ids;
}

} // namespace mandaat
