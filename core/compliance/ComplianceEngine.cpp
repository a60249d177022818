#include "ComplianceEngine.h"

#include "compliance/CodeCatalogue.h"
#include "compliance/ComplianceContextLoader.h"
#include "compliance/RuleRegistry.h"
#include "repositories/EngagementRepository.h"
#include "repositories/Records.h"

#include <QMap>

#include <algorithm>

namespace mandaat {

namespace {

// The rule that judges reports against the consent (core/compliance/rules/ConsentRules.cpp).
const QString ReportConsentRule = QStringLiteral("principal-report-consent");

} // namespace

ComplianceEngine::ComplianceEngine(const Records& records)
    : ComplianceEngine(records, CodeCatalogue::builtIn(), RuleRegistry::builtIn())
{ }

ComplianceEngine::ComplianceEngine(const Records& records, const CodeCatalogue& catalogue, const RuleRegistry& rules)
    : m_records(records)
    , m_evaluator(catalogue, rules)
{ }

void ComplianceEngine::setClock(std::function<QDate()> clock)
{
    m_clock = std::move(clock);
}

QDate ComplianceEngine::today() const
{
    return m_clock ? m_clock() : QDate::currentDate();
}

std::optional<ComplianceContext>
ComplianceEngine::context(const Engagement& engagement, QDate at, RecordError* error) const
{
    const ComplianceContextLoader loader(m_records, m_evaluator.catalogue());
    const std::optional<PracticeSnapshot> practice = loader.snapshot(m_checkAuditLog, error);
    if (!practice) {
        return std::nullopt;
    }
    return loader.load(engagement, *practice, resolve(at), error);
}

std::optional<EngagementCompliance> ComplianceEngine::evaluate(qint64 engagementId, QDate at, RecordError* error) const
{
    const std::optional<Engagement> engagement = m_records.engagements().engagement(engagementId, error);
    if (!engagement) {
        return std::nullopt;
    }
    const std::optional<ComplianceContext> loaded = context(*engagement, at, error);
    if (!loaded) {
        return std::nullopt;
    }
    return m_evaluator.evaluate(*loaded);
}

std::optional<QList<EngagementCompliance>>
ComplianceEngine::evaluateEach(const QList<qint64>& engagementIds, QDate at, RecordError* error) const
{
    const ComplianceContextLoader loader(m_records, m_evaluator.catalogue());
    const std::optional<PracticeSnapshot> practice = loader.snapshot(m_checkAuditLog, error);
    if (!practice) {
        return std::nullopt;
    }
    QHash<qint64, qsizetype> positions;
    for (qsizetype i = 0; i < practice->engagements.size(); ++i) {
        positions.insert(practice->engagements.at(i).engagement.id, i);
    }
    const QDate date = resolve(at);
    QList<EngagementCompliance> each;
    for (const qint64 id : engagementIds) {
        std::optional<Engagement> engagement;
        if (const auto found = positions.constFind(id); found != positions.cend()) {
            engagement = practice->engagements.at(*found).engagement;
        } else {
            engagement = m_records.engagements().engagement(id, error);
        }
        if (!engagement) {
            continue;
        }
        const std::optional<ComplianceContext> loaded = loader.load(*engagement, *practice, date, error);
        if (!loaded) {
            return std::nullopt;
        }
        each.append(m_evaluator.evaluate(*loaded));
    }
    return each;
}

std::optional<QList<EngagementCompliance>> ComplianceEngine::evaluateAll(QDate at, RecordError* error) const
{
    const ComplianceContextLoader loader(m_records, m_evaluator.catalogue());
    std::optional<PracticeSnapshot> practice = loader.snapshot(m_checkAuditLog, error);
    if (!practice || !loader.readAllRecords(*practice, error)) {
        return std::nullopt;
    }
    QList<Engagement> engagements;
    for (const OtherEngagement& entry : practice->engagements) {
        engagements.append(entry.engagement);
    }
    std::sort(
        engagements.begin(), engagements.end(), [](const Engagement& a, const Engagement& b) { return a.id < b.id; });
    QList<EngagementCompliance> all;
    for (const Engagement& engagement : std::as_const(engagements)) {
        const std::optional<ComplianceContext> loaded = loader.load(engagement, *practice, resolve(at), error);
        if (!loaded) {
            return std::nullopt;
        }
        all.append(m_evaluator.evaluate(*loaded));
    }
    return all;
}

std::optional<ReportDecision> ComplianceEngine::checkReport(const PrincipalReport& report, RecordError* error) const
{
    const std::optional<Engagement> engagement = m_records.engagements().engagement(report.engagementId, error);
    if (!engagement) {
        return std::nullopt;
    }
    const std::optional<ComplianceContext> loaded = context(*engagement, report.sentOn, error);
    if (!loaded) {
        return std::nullopt;
    }
    ReportDecision decision = ReportCheck::check(*loaded, report);
    if (!decision.allowed) {
        // The refusal names the engagement's articles that ask for it (CMI-8, MW-4.1, …), from
        // the catalogue: the same words in the dialog, the CLI and a refused save.
        const QStringList cited =
            m_evaluator.catalogue().articlesNaming(loaded->codeIds, toId(engagement->kind), ReportConsentRule);
        if (!cited.isEmpty()) {
            decision.reason += QStringLiteral(" (%1)").arg(cited.join(QStringLiteral(", ")));
        }
    }
    return decision;
}

std::optional<QList<OpenObligation>> ComplianceEngine::openObligations(QDate at, RecordError* error) const
{
    const QDate day = resolve(at);
    const ComplianceContextLoader loader(m_records, m_evaluator.catalogue());
    std::optional<PracticeSnapshot> practice = loader.snapshot(m_checkAuditLog, error);
    if (!practice || !loader.readAllRecords(*practice, error)) {
        return std::nullopt;
    }
    QList<OpenObligation> obligations;
    QMap<QString, int> practiceWide; // rule id -> index in obligations
    for (const OtherEngagement& entry : practice->engagements) {
        const Engagement& engagement = entry.engagement;
        if (engagement.status == EngagementStatus::Draft) {
            continue;
        }
        const std::optional<ComplianceContext> loaded = loader.load(engagement, *practice, day, error);
        if (!loaded) {
            return std::nullopt;
        }
        const bool ended = engagement.status == EngagementStatus::Ended;
        QMap<QString, int> byRule; // rule id -> index in obligations, for this engagement
        for (const ArticleCompliance& item : m_evaluator.evaluate(*loaded).articles) {
            for (const RuleResult& result : item.results) {
                const Rule* rule = m_evaluator.rules().rule(result.ruleId);
                if (!rule || !isOutstanding(result.status) || (ended && !rule->afterEnd())) {
                    continue;
                }
                QMap<QString, int>& seen = rule->practiceWide() ? practiceWide : byRule;
                if (const auto found = seen.constFind(result.ruleId); found != seen.constEnd()) {
                    OpenObligation& known = obligations[*found];
                    if (!known.articleIds.contains(item.article.id)) {
                        known.articleIds.append(item.article.id);
                    }
                    known.blocking = known.blocking || item.article.blocking;
                    continue;
                }
                OpenObligation obligation;
                if (!rule->practiceWide()) {
                    obligation.engagementId = engagement.id;
                    obligation.engagementTitle = engagement.title;
                    obligation.clientName = loaded->client.name;
                }
                obligation.ruleId = result.ruleId;
                obligation.articleIds = {item.article.id};
                obligation.status = result.status;
                obligation.due = result.due;
                obligation.explanation = result.explanation;
                obligation.blocking = item.article.blocking;
                seen.insert(result.ruleId, static_cast<int>(obligations.size()));
                obligations.append(obligation);
            }
        }
    }
    sortByUrgency(obligations);
    return obligations;
}

bool ComplianceEngine::isComplaintRule(const QString& ruleId)
{
    return ruleId == QLatin1String("complaint-acknowledged") || ruleId == QLatin1String("complaint-deadline");
}

void ComplianceEngine::sortByUrgency(QList<OpenObligation>& obligations)
{
    std::stable_sort(obligations.begin(), obligations.end(), [](const OpenObligation& a, const OpenObligation& b) {
        const bool aOverdue = a.status == RuleStatus::Overdue;
        const bool bOverdue = b.status == RuleStatus::Overdue;
        if (aOverdue != bOverdue) {
            return aOverdue;
        }
        // CMI-17: overdue complaints stand at the top (docs/codes.md).
        const bool aComplaint = aOverdue && isComplaintRule(a.ruleId);
        const bool bComplaint = bOverdue && isComplaintRule(b.ruleId);
        if (aComplaint != bComplaint) {
            return aComplaint;
        }
        if (a.due.isValid() != b.due.isValid()) {
            return a.due.isValid();
        }
        if (a.due != b.due) {
            return a.due < b.due;
        }
        if (urgency(a.status) != urgency(b.status)) {
            return urgency(a.status) < urgency(b.status);
        }
        if (a.engagementId != b.engagementId) {
            return a.engagementId < b.engagementId;
        }
        return a.ruleId < b.ruleId;
    });
}

} // namespace mandaat
