#include "ComplianceEngine.h"

#include "compliance/CodeCatalogue.h"
#include "compliance/ComplianceContextLoader.h"
#include "compliance/ObligationCache.h"
#include "compliance/RuleRegistry.h"
#include "repositories/EngagementRepository.h"
#include "repositories/Records.h"

#include <QLocale>
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

namespace {

// More engagements to weigh again than this share of the practice: their records are read in
// one pass per kind (readAllRecords) rather than with a few queries per engagement.
constexpr qsizetype ReadAllShare = 16;

struct Weighed
{
    const Engagement* engagement = nullptr;
    QString clientName;
    QList<ObligationCache::Item> items;
};

} // namespace

QList<ObligationCache::Item> ComplianceEngine::outstandingItems(const ComplianceContext& context, bool ended) const
{
    QList<ObligationCache::Item> items;
    for (const ArticleCompliance& item : m_evaluator.evaluate(context).articles) {
        for (const RuleResult& result : item.results) {
            const Rule* rule = m_evaluator.rules().rule(result.ruleId);
            if (!rule || !isOutstanding(result.status) || (ended && !rule->afterEnd())) {
                continue;
            }
            items.append({result.ruleId,
                          item.article.id,
                          result.status,
                          result.due,
                          result.explanation,
                          item.article.blocking,
                          rule->practiceWide()});
        }
    }
    return items;
}

std::optional<QList<OpenObligation>>
ComplianceEngine::openObligations(QDate at, RecordError* error, ObligationCache* cache) const
{
    const QDate day = resolve(at);
    const ComplianceContextLoader loader(m_records, m_evaluator.catalogue());
    std::optional<PracticeSnapshot> practice = loader.snapshot(m_checkAuditLog, error);
    if (!practice) {
        return std::nullopt;
    }
    quint64 generation = 0;
    if (cache) {
        generation = cache->begin({day,
                                   QLocale().name(),
                                   practice->qualifications,
                                   practice->registrations,
                                   practice->subscriptions,
                                   practice->tools,
                                   practice->profile,
                                   practice->auditLogIntact});
    }
    // Each engagement's context without its records; those whose cached entry still holds
    // are done, the others are read and weighed below.
    QList<Weighed> weighed;
    QList<std::pair<qsizetype, ComplianceContext>> toWeigh;
    for (const OtherEngagement& entry : std::as_const(practice->engagements)) {
        const Engagement& engagement = entry.engagement;
        if (engagement.status == EngagementStatus::Draft) {
            continue;
        }
        std::optional<ComplianceContext> shell = loader.shell(engagement, *practice, day, error);
        if (!shell) {
            return std::nullopt;
        }
        Weighed next{&engagement, shell->client.name, {}};
        std::optional<QList<ObligationCache::Item>> cached;
        if (cache) {
            cached = cache->lookup(engagement.id,
                                   {shell->engagement, shell->client, shell->principal, shell->others, shell->codeIds});
        }
        if (cached) {
            next.items = std::move(*cached);
        } else {
            toWeigh.append({weighed.size(), std::move(*shell)});
        }
        weighed.append(std::move(next));
    }
    if (toWeigh.size() * ReadAllShare > weighed.size() && !loader.readAllRecords(*practice, error)) {
        return std::nullopt;
    }
    for (auto& [position, context] : toWeigh) {
        const ObligationCache::Inputs inputs{
            context.engagement, context.client, context.principal, context.others, context.codeIds};
        if (!loader.complete(context, *practice, error)) {
            return std::nullopt;
        }
        context.outstandingOnly = true; // explanations and evidence only for what is listed
        // Ended as stored, not as it stood on the day (standAsOfToday), as the list always had it.
        const bool ended = weighed.at(position).engagement->status == EngagementStatus::Ended;
        weighed[position].items = outstandingItems(context, ended);
        if (cache) {
            cache->store(context.engagement.id, generation, {inputs, weighed.at(position).items});
        }
    }
    QList<OpenObligation> obligations;
    QMap<QString, int> practiceWide; // rule id -> index in obligations
    for (const Weighed& each : std::as_const(weighed)) {
        QMap<QString, int> byRule; // rule id -> index in obligations, for this engagement
        for (const ObligationCache::Item& item : each.items) {
            QMap<QString, int>& seen = item.practiceWide ? practiceWide : byRule;
            if (const auto found = seen.constFind(item.ruleId); found != seen.constEnd()) {
                OpenObligation& known = obligations[*found];
                if (!known.articleIds.contains(item.articleId)) {
                    known.articleIds.append(item.articleId);
                }
                known.blocking = known.blocking || item.blocking;
                continue;
            }
            OpenObligation obligation;
            if (!item.practiceWide) {
                obligation.engagementId = each.engagement->id;
                obligation.engagementTitle = each.engagement->title;
                obligation.clientName = each.clientName;
            }
            obligation.ruleId = item.ruleId;
            obligation.articleIds = {item.articleId};
            obligation.status = item.status;
            obligation.due = item.due;
            obligation.explanation = item.explanation;
            obligation.blocking = item.blocking;
            seen.insert(item.ruleId, static_cast<int>(obligations.size()));
            obligations.append(obligation);
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
