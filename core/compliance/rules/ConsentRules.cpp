// CMI-8 (MW-4.1, CMI-15): information about the client goes to the principal only with the
// client's consent; the consent register and the reports sent.
#include "compliance/EvidenceTopics.h"
#include "compliance/ReportCheck.h"
#include "compliance/RuleRegistry.h"
#include "compliance/RuleSupport.h"
#include "domain/DisplayNames.h"

#include <QCoreApplication>

namespace mandaat {

namespace {

// CMI-8: the scope of the client's consent is recorded before the start. For evaluation and
// selection (MW) the agreed content of the report stands in for it.
class ConsentScopeRecorded final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(ConsentScopeRecorded)

public:
    QString id() const override { return QStringLiteral("consent-scope-recorded"); }
    QStringList topics() const override { return {evidence::reportContentAgreed()}; }
    bool appliesTo(const ComplianceContext& context) const override { return context.hasPrincipal(); }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        if (rules::isEvaluation(context.engagement.kind)) {
            const QList<Evidence> rows = context.findEvidence(evidence::reportContentAgreed(), Party::Client);
            if (!rows.isEmpty()) {
                RuleResult met = rules::make(
                    *this, RuleStatus::Met, tr("The client agreed what the report to the principal contains."));
                rules::addEvidence(context, met, rows);
                return met;
            }
            return rules::make(*this,
                               rules::pendingStatus(context.onboardingDeadline(), context.today),
                               tr("Agree with the client what the report to the principal will contain, and "
                                  "record it."),
                               context.onboardingDeadline());
        }
        const Consent* latest = nullptr;
        for (const Consent& consent : context.consents) {
            if (consent.givenOn.isValid() && consent.givenOn <= context.today &&
                (!latest || consent.givenOn >= latest->givenOn)) {
                latest = &consent;
            }
        }
        if (!latest) {
            return rules::make(*this,
                               rules::pendingStatus(context.onboardingDeadline(), context.today),
                               tr("Record what the client consents to the principal hearing: nothing, progress "
                                  "only, or listed reports."),
                               context.onboardingDeadline());
        }
        RuleResult met = rules::make(
            *this,
            RuleStatus::Met,
            tr("Consent since %1: %2.").arg(displayDate(latest->givenOn), displayName(latest->scope).toLower()));
        if (latest->withdrawnOn.isValid() && latest->withdrawnOn <= context.today) {
            met.explanation = tr("The consent was withdrawn on %1: nothing about the client goes to the principal.")
                                  .arg(displayDate(latest->withdrawnOn));
        }
        return met;
    }

protected:
    QString notApplicableExplanation(const ComplianceContext&) const override
    {
        return rules::noPrincipalExplanation();
    }
};

// CMI-8: every report sent to the principal stayed within the consent in force on its date.
class PrincipalReportConsent final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(PrincipalReportConsent)

public:
    QString id() const override { return QStringLiteral("principal-report-consent"); }
    QStringList topics() const override { return {}; }
    bool appliesTo(const ComplianceContext& context) const override { return context.hasPrincipal(); }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        QStringList beyond;
        QStringList within;
        for (const PrincipalReport& report : context.reports) {
            if (!report.sentOn.isValid() || report.sentOn > context.today) {
                continue;
            }
            const ReportDecision decision = ReportCheck::check(context, report);
            const QString name = tr("“%1” of %2").arg(report.title, displayDate(report.sentOn));
            if (decision.allowed) {
                within.append(name);
            } else {
                beyond.append(name + QStringLiteral(": ") + decision.reason);
            }
        }
        RuleResult result = beyond.isEmpty()
            ? rules::make(*this,
                          RuleStatus::Met,
                          within.isEmpty() ? tr("No report went to the principal.")
                                           : tr("Every report to the principal stayed within the consent."))
            : rules::make(*this,
                          RuleStatus::Open,
                          tr("A report went beyond the client's consent: %1").arg(beyond.join(QStringLiteral(" "))));
        result.evidence = within;
        return result;
    }

protected:
    QString notApplicableExplanation(const ComplianceContext&) const override
    {
        return rules::noPrincipalExplanation();
    }
};

} // namespace

void addConsentRules(RuleRegistry& registry)
{
    registry.add(std::make_unique<ConsentScopeRecorded>());
    registry.add(std::make_unique<PrincipalReportConsent>());
}

} // namespace mandaat
