// At the end: a written warning before ending for obstruction (CMI-12), a referral considered
// before ending early (CMI-11), a successor proposed for a conflict (MW-5.3), and the
// two retention clocks afterwards (GDPR art. 5(1)(e), MW-4.2).
#include "compliance/EvidenceTopics.h"
#include "compliance/RuleRegistry.h"
#include "compliance/RuleSupport.h"
#include "domain/DisplayNames.h"

#include <QCoreApplication>

#include <optional>

namespace mandaat {

namespace {

constexpr int RetentionWarningDays = 30;

bool endsWith(const ComplianceContext& context, std::initializer_list<EndReason> reasons)
{
    return context.endReason && std::find(reasons.begin(), reasons.end(), *context.endReason) != reasons.end();
}

// CMI-12: obstruction leads to ending only after a written warning.
class EarlyEndWarning final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(EarlyEndWarning)

public:
    QString id() const override { return QStringLiteral("early-end-warning"); }
    QStringList topics() const override { return {}; }
    bool appliesTo(const ComplianceContext& context) const override
    {
        return endsWith(context, {EndReason::EarlyObstruction});
    }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        for (const WrittenWarning& warning : context.warnings) {
            if (warning.issuedOn.isValid() && warning.issuedOn <= context.today) {
                RuleResult met =
                    rules::make(*this,
                                RuleStatus::Met,
                                tr("The client was warned in writing on %1.").arg(displayDate(warning.issuedOn)));
                met.evidence.append(warning.reason.section(QLatin1Char('\n'), 0, 0));
                return met;
            }
        }
        return rules::make(
            *this, RuleStatus::Open, tr("Warn the client in writing before ending the engagement for obstruction."));
    }

protected:
    QString notApplicableExplanation(const ComplianceContext&) const override
    {
        return tr("Only when the engagement ends for obstruction.");
    }
};

// CMI-11: before ending early, consider referring the client to another discipline. The
// catalogue names it under CMI-11 (not blocking): whether a referral was considered is a
// question the user answers when ending (Termination::check), not a second record that blocks
// CMI-12 beside the written warning. CMI-12 stays among its articles for the rows filed under
// it before.
class ReferralConsidered final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(ReferralConsidered)

public:
    QString id() const override { return QStringLiteral("referral-considered"); }
    QStringList topics() const override { return {evidence::referralConsidered()}; }
    bool appliesTo(const ComplianceContext& context) const override
    {
        return endsWith(context, {EndReason::EarlyNotFeasible, EndReason::EarlyObstruction});
    }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        for (const Referral& referral : context.referrals) {
            if (referral.referredOn.isValid() && referral.referredOn <= context.today) {
                return rules::make(
                    *this,
                    RuleStatus::Met,
                    tr("Referred to %1 (%2) on %3.")
                        .arg(referral.referredTo, referral.discipline, displayDate(referral.referredOn)));
            }
        }
        const QList<Evidence> rows = context.findEvidence(evidence::referralConsidered());
        if (!rows.isEmpty()) {
            RuleResult met = rules::make(*this, RuleStatus::Met, tr("A referral was considered."));
            rules::addEvidence(context, met, rows);
            return met;
        }
        return rules::make(*this,
                           RuleStatus::Open,
                           tr("Before ending early, consider referring the client to another discipline, and "
                              "record it."));
    }

protected:
    QString notApplicableExplanation(const ComplianceContext&) const override
    {
        return tr("Only when the engagement ends early.");
    }
};

// MW-5.3: an unsolvable conflict: propose ending, or a consultant without the conflict.
class ConflictTermination final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(ConflictTermination)

public:
    QString id() const override { return QStringLiteral("conflict-termination"); }
    QStringList topics() const override { return {evidence::successorProposed()}; }
    bool appliesTo(const ComplianceContext& context) const override
    {
        return endsWith(context, {EndReason::ConflictOfInterest});
    }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        const QList<Evidence> rows = context.findEvidence(evidence::successorProposed());
        if (!rows.isEmpty()) {
            RuleResult met = rules::make(
                *this, RuleStatus::Met, tr("The conflict was discussed and a successor proposed to the parties."));
            rules::addEvidence(context, met, rows);
            return met;
        }
        return rules::make(*this,
                           RuleStatus::Open,
                           tr("Discuss the conflict with the parties and propose a consultant without it; record "
                              "the letter."));
    }

protected:
    QString notApplicableExplanation(const ComplianceContext&) const override
    {
        return tr("Only when the engagement ends for a conflict of interest.");
    }
};

// GDPR art. 5(1)(e), MW-4.2: an ended engagement has both retention dates.
class RetentionSet final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(RetentionSet)

public:
    QString id() const override { return QStringLiteral("retention-set"); }
    QStringList topics() const override { return {}; }
    bool appliesTo(const ComplianceContext& context) const override { return context.isEnded(); }
    bool afterEnd() const override { return true; }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        const Engagement& e = context.engagement;
        if (e.dossierRetentionUntil.isValid() && e.financialRetentionUntil.isValid()) {
            return rules::make(*this,
                               RuleStatus::Met,
                               tr("The dossier is kept until %1, the financial records until %2.")
                                   .arg(displayDate(e.dossierRetentionUntil), displayDate(e.financialRetentionUntil)));
        }
        return rules::make(*this, RuleStatus::Open, tr("Set how long the dossier and the financial records are kept."));
    }

protected:
    QString notApplicableExplanation(const ComplianceContext&) const override
    {
        return tr("Retention is set when the engagement ends.");
    }
};

// GDPR art. 5(1)(e) and 17: destroy what is past its retention date. A record is kept up to
// and including its retention date and is due for destruction the day after, as
// RetentionService plans it; of the two clocks the more urgent one is reported.
class RetentionDue final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(RetentionDue)

public:
    QString id() const override { return QStringLiteral("retention-due"); }
    QStringList topics() const override { return {}; }
    bool appliesTo(const ComplianceContext& context) const override
    {
        return context.isEnded() && context.engagement.dossierRetentionUntil.isValid();
    }
    bool afterEnd() const override { return true; }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        const Engagement& e = context.engagement;
        std::optional<RuleResult> worst;
        for (const auto& [until, what] : {std::pair{e.dossierRetentionUntil, tr("the dossier")},
                                          std::pair{e.financialRetentionUntil, tr("the financial records")}}) {
            if (!until.isValid() || until > context.today.addDays(RetentionWarningDays)) {
                continue;
            }
            const bool passed = until < context.today;
            RuleResult result = rules::make(
                *this,
                passed ? RuleStatus::Overdue : RuleStatus::Due,
                passed ? tr("The retention date of %1 passed on %2: destroy it.").arg(what, displayDate(until))
                       : tr("The retention date of %1 is %2.").arg(what, displayDate(until)),
                until);
            if (!worst || urgency(result.status) < urgency(worst->status) ||
                (result.status == worst->status && until < worst->due)) {
                worst = result;
            }
        }
        if (worst) {
            return *worst;
        }
        return rules::make(
            *this, RuleStatus::Met, tr("The dossier is kept until %1.").arg(displayDate(e.dossierRetentionUntil)));
    }

protected:
    QString notApplicableExplanation(const ComplianceContext&) const override
    {
        return tr("Only after the engagement ended, with a retention date.");
    }
};

} // namespace

void addEndingRules(RuleRegistry& registry)
{
    registry.add(std::make_unique<EarlyEndWarning>());
    registry.add(std::make_unique<ReferralConsidered>());
    registry.add(std::make_unique<ConflictTermination>());
    registry.add(std::make_unique<RetentionSet>());
    registry.add(std::make_unique<RetentionDue>());
}

} // namespace mandaat
