// What the engagement itself must state: expectations and objectives (MW-2.4), methods and
// their authors (MW-2.5, MW-3.2), duration (MW-2.6), the confirmation's terms and the payer
// (CMI-5), restrictions on use (CMI-14).
#include "compliance/RuleRegistry.h"
#include "compliance/RuleSupport.h"
#include "documents/ConfirmationGaps.h"

#include <QCoreApplication>

namespace mandaat {

namespace {

bool blank(const QString& text)
{
    return text.trimmed().isEmpty();
}

// Met, or pending against the onboarding deadline with the missing items named.
RuleResult fieldsResult(const Rule& rule,
                        const ComplianceContext& context,
                        const QStringList& missing,
                        const QString& done,
                        const QString& todo)
{
    if (missing.isEmpty()) {
        return rules::make(rule, RuleStatus::Met, done);
    }
    return rules::make(rule,
                       rules::pendingStatus(context.onboardingDeadline(), context.today),
                       todo.arg(missing.join(QStringLiteral(", "))),
                       context.onboardingDeadline());
}

// MW-2.4 (CMI-11): the client's expectations, the agreed objectives, the principal's expectations.
class ExpectationsRecorded final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(ExpectationsRecorded)

public:
    QString id() const override { return QStringLiteral("expectations-recorded"); }
    QStringList topics() const override { return {}; }
    bool appliesTo(const ComplianceContext&) const override { return true; }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        const Engagement& e = context.engagement;
        QStringList missing;
        if (blank(e.clientExpectations)) {
            missing.append(tr("the client's expectations"));
        }
        if (context.hasPrincipal() && blank(e.principalExpectations)) {
            missing.append(tr("the principal's expectations"));
        }
        if (blank(e.objectives)) {
            missing.append(tr("the agreed objectives"));
        }
        return fieldsResult(
            *this, context, missing, tr("The expectations and the agreed objectives are recorded."), tr("Record %1."));
    }
};

// MW-2.5: the methods can be explained openly; each is described (and printed in the confirmation).
class MethodDescribed final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(MethodDescribed)

public:
    QString id() const override { return QStringLiteral("method-described"); }
    QStringList topics() const override { return {}; }
    bool appliesTo(const ComplianceContext&) const override { return true; }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        QStringList missing;
        if (context.engagement.methods.isEmpty()) {
            missing.append(tr("a method"));
        }
        for (const EngagementMethod& method : context.engagement.methods) {
            if (blank(method.description)) {
                missing.append(tr("a description of “%1”").arg(method.name));
            }
        }
        return fieldsResult(*this, context, missing, tr("Every method is described."), tr("Add %1."));
    }
};

// MW-3.2: name the people behind the methods and tools; claim no ownership.
class MethodAttributed final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(MethodAttributed)

public:
    QString id() const override { return QStringLiteral("method-attributed"); }
    QStringList topics() const override { return {}; }
    bool appliesTo(const ComplianceContext&) const override { return true; }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        QStringList missing;
        if (context.engagement.methods.isEmpty()) {
            missing.append(tr("a method"));
        }
        for (const EngagementMethod& method : context.engagement.methods) {
            if (blank(method.author)) {
                missing.append(tr("the author or owner of “%1”").arg(method.name));
            }
        }
        return fieldsResult(*this, context, missing, tr("Every method names its author or owner."), tr("Add %1."));
    }
};

// MW-2.6: planned duration and number of sessions.
class DurationPlanned final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(DurationPlanned)

public:
    QString id() const override { return QStringLiteral("duration-planned"); }
    QStringList topics() const override { return {}; }
    bool appliesTo(const ComplianceContext&) const override { return true; }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        const Engagement& e = context.engagement;
        QStringList missing;
        if (!e.plannedStart.isValid()) {
            missing.append(tr("the planned start"));
        }
        if (!e.plannedEnd.isValid() || (e.plannedStart.isValid() && e.plannedEnd < e.plannedStart)) {
            missing.append(tr("an end date after the start"));
        }
        if (!e.plannedSessions || *e.plannedSessions < 1) {
            missing.append(tr("the number of sessions"));
        }
        return fieldsResult(
            *this, context, missing, tr("The duration and the number of sessions are planned."), tr("Set %1."));
    }
};

// CMI-5: the confirmation states the method, fee, VAT, expenses, payment, payer, duration, the
// number of sessions and the code; it cannot be issued while any is missing.
class ConfirmationComplete final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(ConfirmationComplete)

public:
    QString id() const override { return QStringLiteral("confirmation-complete"); }
    QStringList topics() const override { return {}; }
    bool appliesTo(const ComplianceContext&) const override { return true; }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        // The letter's own list (ConfirmationGaps): the Overview shows exactly what refuses it.
        QStringList missing;
        for (const ConfirmationGap gap :
             confirmationGaps(context.engagement, context.profile, !context.codeIds.isEmpty())) {
            missing.append(describe(gap));
        }
        return fieldsResult(*this,
                            context,
                            missing,
                            tr("The confirmation has every term it must state."),
                            tr("The confirmation cannot be issued without %1."));
    }
};

// CMI-5: when someone other than the principal pays, the letter names the payer and scheme.
class PayerNamed final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(PayerNamed)

public:
    QString id() const override { return QStringLiteral("payer-named"); }
    QStringList topics() const override { return {}; }
    bool appliesTo(const ComplianceContext&) const override { return true; }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        const Engagement& e = context.engagement;
        QStringList missing;
        switch (e.payerKind) {
        case PayerKind::Principal:
            if (!context.hasPrincipal()) {
                missing.append(tr("a principal, or another payer"));
            }
            break;
        case PayerKind::Client:
            break;
        case PayerKind::Scheme:
            if (blank(e.payerName)) {
                missing.append(tr("the scheme's name"));
            }
            if (blank(e.payerReference)) {
                missing.append(tr("the scheme's reference"));
            }
            break;
        case PayerKind::ThirdParty:
            if (blank(e.payerName)) {
                missing.append(tr("the payer's name"));
            }
            break;
        }
        return fieldsResult(*this, context, missing, tr("The payer is named."), tr("Name %1."));
    }
};

// ICF-1.1: the agreement states the cancellation policy, what a session cancelled late or
// missed costs; the letter is refused without it where a code names this rule (confirmationGaps).
class CancellationPolicyStated final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(CancellationPolicyStated)

public:
    QString id() const override { return QStringLiteral("cancellation-policy-stated"); }
    QStringList topics() const override { return {}; }
    bool appliesTo(const ComplianceContext&) const override { return true; }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        QStringList missing;
        if (blank(context.engagement.cancellationPolicy)) {
            missing.append(tr("the cancellation policy in the terms (what a session cancelled late or missed costs)"));
        }
        return fieldsResult(*this, context, missing, tr("The terms state the cancellation policy."), tr("State %1."));
    }
};

// CMI-14: restrictions on the use of information; none is a valid answer.
class UseRestrictionsRecorded final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(UseRestrictionsRecorded)

public:
    QString id() const override { return QStringLiteral("use-restrictions-recorded"); }
    QStringList topics() const override { return {}; }
    bool appliesTo(const ComplianceContext&) const override { return true; }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        const QString restrictions = context.engagement.useRestrictions.trimmed();
        return rules::make(*this,
                           RuleStatus::Met,
                           restrictions.isEmpty()
                               ? tr("No restriction on the use of information was recorded.")
                               : tr("Restrictions on use: %1").arg(restrictions.section(QLatin1Char('\n'), 0, 0)));
    }
};

} // namespace

void addEngagementFieldRules(RuleRegistry& registry)
{
    registry.add(std::make_unique<ExpectationsRecorded>());
    registry.add(std::make_unique<MethodDescribed>());
    registry.add(std::make_unique<MethodAttributed>());
    registry.add(std::make_unique<DurationPlanned>());
    registry.add(std::make_unique<ConfirmationComplete>());
    registry.add(std::make_unique<PayerNamed>());
    registry.add(std::make_unique<UseRestrictionsRecorded>());
    registry.add(std::make_unique<CancellationPolicyStated>());
}

} // namespace mandaat
