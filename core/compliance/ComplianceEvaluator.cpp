#include "ComplianceEvaluator.h"

#include "compliance/CodeCatalogue.h"
#include "compliance/RuleRegistry.h"

#include <QMap>

namespace mandaat {

QString ArticleCompliance::explanation() const
{
    QStringList parts;
    for (const RuleResult& result : results) {
        if (result.status == status && !result.explanation.isEmpty() && !parts.contains(result.explanation)) {
            parts.append(result.explanation);
        }
    }
    return parts.join(QLatin1Char(' '));
}

QList<ArticleCompliance> EngagementCompliance::blockers(ComplianceGate gate) const
{
    QList<ArticleCompliance> found;
    for (const ArticleCompliance& item : articles) {
        const CodePhase phase = item.article.phase;
        const bool guarded = gate == ComplianceGate::Activation
            ? phase == CodePhase::Onboarding || phase == CodePhase::Always
            : phase == CodePhase::Ending;
        if (item.article.blocking && guarded && isOutstanding(item.status)) {
            found.append(item);
        }
    }
    return found;
}

QString EngagementCompliance::describe(const QList<ArticleCompliance>& blockers)
{
    QStringList lines;
    for (const ArticleCompliance& item : blockers) {
        QStringList reasons;
        for (const RuleResult& result : item.results) {
            if (isOutstanding(result.status) && !reasons.contains(result.explanation)) {
                reasons.append(result.explanation);
            }
        }
        lines.append(QStringLiteral("%1: %2").arg(item.article.id, reasons.join(QLatin1Char(' '))));
    }
    return lines.join(QLatin1Char('\n'));
}

ComplianceEvaluator::ComplianceEvaluator(const CodeCatalogue& catalogue, const RuleRegistry& rules)
    : m_catalogue(catalogue)
    , m_rules(rules)
{ }

EngagementCompliance ComplianceEvaluator::evaluate(const ComplianceContext& context) const
{
    EngagementCompliance compliance;
    compliance.engagementId = context.engagement.id;
    compliance.at = context.today;
    compliance.status = context.engagement.status;
    compliance.codeIds = context.codeIds;
    // Each rule once per engagement, however many articles name it.
    QMap<QString, RuleResult> cache;
    for (const CodeArticle& article : m_catalogue.articlesFor(context.codeIds, toId(context.engagement.kind))) {
        ArticleCompliance item;
        item.article = article;
        if (article.rules.isEmpty()) {
            RuleResult none;
            none.explanation = tr("Mandaat has no check for this article.");
            item.results.append(none);
        }
        for (const QString& ruleId : article.rules) {
            if (!cache.contains(ruleId)) {
                if (const Rule* rule = m_rules.rule(ruleId)) {
                    cache.insert(ruleId, rule->check(context));
                } else {
                    RuleResult result;
                    result.ruleId = ruleId;
                    result.explanation = tr("This version of Mandaat has no rule “%1”.").arg(ruleId);
                    cache.insert(ruleId, result);
                }
            }
            item.results.append(cache.value(ruleId));
        }
        for (const RuleResult& result : std::as_const(item.results)) {
            if (urgency(result.status) < urgency(item.status)) {
                item.status = result.status;
            }
            if (isOutstanding(result.status) && result.due.isValid() &&
                (!item.due.isValid() || result.due < item.due)) {
                item.due = result.due;
            }
        }
        compliance.articles.append(item);
    }
    return compliance;
}

} // namespace mandaat
