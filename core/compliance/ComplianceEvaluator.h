#pragma once

#include "compliance/CodeArticle.h"
#include "compliance/ComplianceContext.h"
#include "compliance/Rule.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace mandaat {

class CodeCatalogue;
class RuleRegistry;

/// One article of a code for one engagement: the worst status of its rules.
struct ArticleCompliance
{
    CodeArticle article;
    RuleStatus status = RuleStatus::NotApplicable;
    QDate due; ///< The earliest due date among its outstanding rules.
    QList<RuleResult> results; ///< One per rule id the article names, in its order.

    /// The explanations of the rules that have the article's status, joined (translated).
    QString explanation() const;
};

/// The gates the blocking articles guard (resources/codes/README.md).
enum class ComplianceGate {
    Activation, ///< onboarding -> active: blocking articles of phase onboarding and always
    Ending, ///< recording the end: blocking articles of phase ending
};

struct EngagementCompliance
{
    qint64 engagementId = 0;
    QDate at;
    EngagementStatus status = EngagementStatus::Draft; ///< As it stood at \c at.
    QStringList codeIds;
    QList<ArticleCompliance> articles; ///< In the catalogue's order.

    /// The blocking articles of \a gate with a rule open, due or overdue.
    QList<ArticleCompliance> blockers(ComplianceGate gate) const;
    /// "MW-2.2: … " lines for a refusal message (translated).
    static QString describe(const QList<ArticleCompliance>& blockers);
};

/// Evaluates a ComplianceContext against the articles that apply to it: pure, no database.
class ComplianceEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceEvaluator)

public:
    ComplianceEvaluator(const CodeCatalogue& catalogue, const RuleRegistry& rules);

    /// The articles of context.codeIds for the engagement's kind, each with its rules' results.
    EngagementCompliance evaluate(const ComplianceContext& context) const;

    const CodeCatalogue& catalogue() const { return m_catalogue; }
    const RuleRegistry& rules() const { return m_rules; }

private:
    const CodeCatalogue& m_catalogue;
    const RuleRegistry& m_rules;
};

} // namespace mandaat
