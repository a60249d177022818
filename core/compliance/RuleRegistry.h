#pragma once

#include "compliance/Rule.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>

namespace mandaat {

/// The rules by their stable ids: the ids the catalogue's articles name (resources/codes).
/// A new code version whose articles reuse these ids needs no code.
class RuleRegistry
{
public:
    RuleRegistry() = default;
    RuleRegistry(const RuleRegistry&) = delete;
    RuleRegistry& operator=(const RuleRegistry&) = delete;

    /// Every rule of core/compliance/rules, created once (thread-safe).
    static const RuleRegistry& builtIn();
    /// Rule ids the catalogue names that are checked outside the engine, with the reason
    /// (English, for developers). Empty while every id has a rule class.
    static QMap<QString, QString> handledElsewhere();

    /// Takes \a rule; a second rule with the same id replaces the first.
    void add(std::unique_ptr<Rule> rule);
    /// nullptr when no rule has \a id.
    const Rule* rule(const QString& id) const;
    QStringList ids() const;
    /// The ids of the rules that read evidence on \a topic (Rule::topics(), where "conflict_"
    /// stands for every topic it begins), sorted.
    QStringList idsReading(const QString& topic) const;

private:
    std::map<QString, std::unique_ptr<Rule>> m_rules;
};

// Each file of core/compliance/rules adds its rules.
void addHandoverRules(RuleRegistry& registry);
void addDeclarationRules(RuleRegistry& registry);
void addEngagementFieldRules(RuleRegistry& registry);
void addDisclosureRules(RuleRegistry& registry);
void addConsentRules(RuleRegistry& registry);
void addConflictRules(RuleRegistry& registry);
void addPracticeRules(RuleRegistry& registry);
void addRunningRules(RuleRegistry& registry);
void addComplaintRules(RuleRegistry& registry);
void addEndingRules(RuleRegistry& registry);

} // namespace mandaat
