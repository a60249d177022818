#pragma once

#include "compliance/ComplianceEvaluator.h"
#include "compliance/ObligationCache.h"
#include "compliance/ReportCheck.h"
#include "domain/RecordError.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace mandaat {

class CodeCatalogue;
class Records;
class RuleRegistry;

/// Something left to do, for the Overview and `mandaat-cli compliance --due`.
struct OpenObligation
{
    qint64 engagementId = 0; ///< 0: the practice as a whole (its qualifications, its register number).
    QString engagementTitle;
    QString clientName;
    QString ruleId;
    QStringList articleIds; ///< Every article of the engagement that names the rule.
    RuleStatus status = RuleStatus::Open;
    QDate due;
    QString explanation;
    bool blocking = false; ///< One of its articles blocks a gate.
};

/// The rules engine over a vault's Records (docs/architecture.md, Compliance): loads a context per
/// engagement and evaluates it at a date from an injectable clock. Reads only.
class ComplianceEngine
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceEngine)

public:
    explicit ComplianceEngine(const Records& records);
    ComplianceEngine(const Records& records, const CodeCatalogue& catalogue, const RuleRegistry& rules);

    /// For tests (CONTRIBUTING.md, point 16) and `--at`: the date "today"; nullptr restores the system date.
    void setClock(std::function<QDate()> clock);
    QDate today() const;
    /// Also check the audit log's chain (GDPR-30) in evaluate() and openObligations(); off by
    /// default, since it reads the whole log.
    void setCheckAuditLog(bool check) { m_checkAuditLog = check; }

    /// Per article: status and results. \a at invalid: today().
    std::optional<EngagementCompliance>
    evaluate(qint64 engagementId, QDate at = {}, RecordError* error = nullptr) const;
    /// Each of \a engagementIds that exists, in the given order, reading the practice once
    /// (an export of many engagements; evaluate() per id reads it for each).
    std::optional<QList<EngagementCompliance>>
    evaluateEach(const QList<qint64>& engagementIds, QDate at = {}, RecordError* error = nullptr) const;
    /// Every engagement of the practice, in id order, reading the practice once.
    std::optional<QList<EngagementCompliance>> evaluateAll(QDate at = {}, RecordError* error = nullptr) const;
    /// Every outstanding obligation of the practice, most urgent first: overdue (complaints
    /// first, CMI-17; then the oldest due date first), then by due date, then those without
    /// one. Drafts are left out; ended engagements only with what outlives the end
    /// (complaints, retention). With \a cache, an engagement whose entry still holds is not
    /// read or weighed again (ObligationCache); the answer is the same.
    std::optional<QList<OpenObligation>>
    openObligations(QDate at = {}, RecordError* error = nullptr, ObligationCache* cache = nullptr) const;
    /// CMI-8: whether \a report may be recorded as sent (its engagement, its date).
    std::optional<ReportDecision> checkReport(const PrincipalReport& report, RecordError* error = nullptr) const;

    /// The context of \a engagement (as given, e.g. before a transition) at \a at.
    std::optional<ComplianceContext>
    context(const Engagement& engagement, QDate at, RecordError* error = nullptr) const;
    const ComplianceEvaluator& evaluator() const { return m_evaluator; }

    /// Sorts most urgent first (see openObligations()).
    static void sortByUrgency(QList<OpenObligation>& obligations);
    /// The rules of the complaints register (CMI-17), whose overdue obligations come first.
    static bool isComplaintRule(const QString& ruleId);

private:
    QDate resolve(QDate at) const { return at.isValid() ? at : today(); }
    /// The outstanding results of \a context, in the order openObligations() lists them; of
    /// an \a ended engagement only what outlives the end (Rule::afterEnd()).
    QList<ObligationCache::Item> outstandingItems(const ComplianceContext& context, bool ended) const;

    const Records& m_records;
    ComplianceEvaluator m_evaluator;
    std::function<QDate()> m_clock;
    bool m_checkAuditLog = false;
};

} // namespace mandaat
