// What the parties are told beforehand: the consultant's other roles for the principal
// (CMI-3), an assignment that follows earlier advice (CMI-4), the no-admission clause and an
// end-of-employment arrangement (CMI-7), the benefit from a referral (ICF-3.8), the AI tools
// used with the client's data (ICF-2.5).
#include "compliance/EvidenceTopics.h"
#include "compliance/RuleRegistry.h"
#include "compliance/RuleSupport.h"
#include "domain/DisplayNames.h"

#include <QCoreApplication>

namespace mandaat {

namespace {

// CMI-3: the client is told of each other role the consultant has for the principal,
// including one added while the engagement runs.
class OtherRolesDisclosed final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(OtherRolesDisclosed)

public:
    QString id() const override { return QStringLiteral("other-roles-disclosed"); }
    QStringList topics() const override { return {evidence::otherRolePrefix()}; }
    bool appliesTo(const ComplianceContext& context) const override { return context.principal.has_value(); }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        // Roles current at some point from the engagement's onboarding until today.
        const QDate from = context.engagement.onboardingOn.isValid() ? context.engagement.onboardingOn : context.today;
        QStringList missing;
        QDate due;
        RuleStatus worst = RuleStatus::Met;
        QList<Evidence> found;
        int roles = 0;
        for (const PrincipalRole& role : context.principal->roles) {
            if (!role.startedOn.isValid() || role.startedOn > context.today ||
                (role.endedOn.isValid() && role.endedOn < from)) {
                continue;
            }
            ++roles;
            const QList<Evidence> rows =
                context.findEvidence(evidence::otherRolePrefix() + QString::number(role.id), Party::Client);
            found += rows;
            if (!rows.isEmpty()) {
                continue;
            }
            missing.append(role.kind == PrincipalRoleKind::Other && !role.description.trimmed().isEmpty()
                               ? role.description.trimmed()
                               : displayName(role.kind).toLower());
            // Before the start, or as soon as a role is added later.
            QDate deadline = context.onboardingDeadline();
            if (!deadline.isValid() || role.startedOn > deadline) {
                deadline = context.isStarted() ? role.startedOn : deadline;
            }
            const RuleStatus status = rules::pendingStatus(deadline, context.today);
            if (urgency(status) < urgency(worst)) {
                worst = status;
            }
            if (deadline.isValid() && (!due.isValid() || deadline < due)) {
                due = deadline;
            }
        }
        RuleResult result = missing.isEmpty()
            ? rules::make(*this,
                          RuleStatus::Met,
                          roles == 0 ? tr("You have no other role for this principal.")
                                     : tr("The client was told of each of your other roles for the principal."))
            : rules::make(*this,
                          worst,
                          tr("Tell the client of your other roles for the principal: %1.")
                              .arg(missing.join(QStringLiteral(", "))),
                          due);
        rules::addEvidence(context, result, found);
        return result;
    }

protected:
    QString notApplicableExplanation(const ComplianceContext&) const override
    {
        return rules::noPrincipalExplanation();
    }
};

// A yes/no question of the onboarding, then a disclosure to every party when yes.
RuleResult disclosure(const Rule& rule,
                      const ComplianceContext& context,
                      std::optional<bool> answer,
                      const QString& topic,
                      const QString& unanswered,
                      const QString& no,
                      const QString& done,
                      const QString& missing)
{
    if (!answer) {
        return rules::make(rule,
                           rules::pendingStatus(context.onboardingDeadline(), context.today),
                           unanswered,
                           context.onboardingDeadline());
    }
    if (!*answer) {
        return rules::make(rule, RuleStatus::Met, no);
    }
    return rules::evidencePerParty(rule, context, topic, context.informedParties(), done, missing);
}

// CMI-4: an assignment that follows advice given in another role is disclosed beforehand.
class PriorAdviceDisclosed final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(PriorAdviceDisclosed)

public:
    QString id() const override { return QStringLiteral("prior-advice-disclosed"); }
    QStringList topics() const override { return {evidence::priorAdviceDisclosed()}; }
    bool appliesTo(const ComplianceContext&) const override { return true; }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        return disclosure(*this,
                          context,
                          context.engagement.followsEarlierAdvice,
                          evidence::priorAdviceDisclosed(),
                          tr("Answer whether this assignment follows from advice you gave in another role."),
                          tr("The assignment does not follow from earlier advice."),
                          tr("Every party was told that the assignment follows from your earlier advice."),
                          tr("Tell the %1 that the assignment follows from your earlier advice, and record when."));
    }
};

// CMI-7: the agreement with the principal says that accepting is no promise to leave and no
// admission of dysfunction. Mandaat's confirmation carries that clause for these kinds.
class NoAdmissionClause final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(NoAdmissionClause)

public:
    QString id() const override { return QStringLiteral("no-admission-clause"); }
    QStringList topics() const override { return {evidence::noAdmissionClause(), evidence::confirmationIssued()}; }
    bool appliesTo(const ComplianceContext& context) const override { return context.hasPrincipal(); }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        QList<Evidence> rows = context.findEvidence(evidence::noAdmissionClause(), Party::Principal);
        rows += context.findEvidence(evidence::confirmationIssued());
        if (!rows.isEmpty()) {
            RuleResult met = rules::make(
                *this, RuleStatus::Met, tr("The agreement with the principal carries the no-admission clause."));
            rules::addEvidence(context, met, rows);
            return met;
        }
        return rules::make(*this,
                           rules::pendingStatus(context.onboardingDeadline(), context.today),
                           tr("Put in writing to the principal that accepting this assignment is no promise to "
                              "leave and no admission of dysfunction (the confirmation does so)."),
                           context.onboardingDeadline());
    }

protected:
    QString notApplicableExplanation(const ComplianceContext&) const override
    {
        return rules::noPrincipalExplanation();
    }
};

// CMI-7: part of an end-of-employment arrangement? Then the parties tell each other beforehand.
class EndOfEmploymentDisclosed final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(EndOfEmploymentDisclosed)

public:
    QString id() const override { return QStringLiteral("end-of-employment-disclosed"); }
    QStringList topics() const override { return {evidence::endOfEmploymentDisclosed()}; }
    bool appliesTo(const ComplianceContext&) const override { return true; }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        return disclosure(*this,
                          context,
                          context.engagement.endOfEmployment,
                          evidence::endOfEmploymentDisclosed(),
                          tr("Answer whether this assignment is part of an end-of-employment arrangement."),
                          tr("The assignment is not part of an end-of-employment arrangement."),
                          tr("Every party knows the assignment is part of an end-of-employment arrangement."),
                          tr("Record that the %1 were told the assignment is part of an end-of-employment "
                             "arrangement."));
    }
};

// ICF-3.8: a fee or other benefit the consultant receives for a referral is disclosed to the
// client. A referral without a benefit asks nothing; one whose benefit was not disclosed (or
// only after the day judged) leaves the article open.
class ReferralBenefitDisclosed final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(ReferralBenefitDisclosed)

public:
    QString id() const override { return QStringLiteral("referral-benefit-disclosed"); }
    QStringList topics() const override { return {}; }
    bool appliesTo(const ComplianceContext& context) const override
    {
        return std::any_of(context.referrals.cbegin(), context.referrals.cend(), [](const Referral& referral) {
            return !referral.benefit.trimmed().isEmpty();
        });
    }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        QStringList missing;
        QStringList disclosed;
        for (const Referral& referral : context.referrals) {
            if (referral.benefit.trimmed().isEmpty()) {
                continue;
            }
            const QString whom = referral.referredTo.isEmpty() ? referral.discipline : referral.referredTo;
            if (referral.benefitDisclosedOn.isValid() && referral.benefitDisclosedOn <= context.today) {
                disclosed.append(tr("%1: disclosed on %2").arg(whom, displayDate(referral.benefitDisclosedOn)));
            } else {
                missing.append(tr("%1 (%2)").arg(whom, referral.benefit.trimmed()));
            }
        }
        RuleResult result = missing.isEmpty()
            ? rules::make(
                  *this, RuleStatus::Met, tr("The client was told of the benefit you receive for each referral."))
            : rules::make(*this,
                          RuleStatus::Open,
                          tr("Tell the client of the benefit you receive for referring them to %1, and record "
                             "when.")
                              .arg(missing.join(QStringLiteral(", "))));
        result.evidence += disclosed;
        return result;
    }

protected:
    QString notApplicableExplanation(const ComplianceContext&) const override
    {
        return tr("Only when a referral brings you a fee or another benefit.");
    }
};

// ICF-2.5: every tool that uses AI with the client's data is agreed by each party (the client,
// and the principal when there is one), on or before the day judged. Tools without AI are
// listed in the letter but ask for no agreement here.
class TechnologyAgreed final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(TechnologyAgreed)

public:
    QString id() const override { return QStringLiteral("technology-agreed"); }
    QStringList topics() const override { return {}; }
    bool appliesTo(const ComplianceContext& context) const override
    {
        return std::any_of(context.toolUses.cbegin(), context.toolUses.cend(), [&context](const ToolUse& use) {
            const TechnologyTool* tool = context.tool(use.toolId);
            return tool && tool->ai;
        });
    }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        QStringList missing;
        QStringList agreed;
        for (const ToolUse& use : context.toolUses) {
            const TechnologyTool* tool = context.tool(use.toolId);
            if (!tool || !tool->ai) {
                continue;
            }
            QStringList notYet;
            for (const Party party : context.informedParties()) {
                const QDate on = party == Party::Principal ? use.principalAgreedOn : use.clientAgreedOn;
                if (on.isValid() && on <= context.today) {
                    agreed.append(tr("%1: agreed by the %2 on %3")
                                      .arg(tool->name, displayName(party).toLower(), displayDate(on)));
                } else {
                    notYet.append(displayName(party).toLower());
                }
            }
            if (!notYet.isEmpty()) {
                missing.append(tr("%1 (%2)").arg(tool->name, notYet.join(QStringLiteral(", "))));
            }
        }
        RuleResult result = missing.isEmpty()
            ? rules::make(*this, RuleStatus::Met, tr("Every party agreed to each AI tool used with the client's data."))
            : rules::make(*this,
                          RuleStatus::Open,
                          tr("Ask for, and record, the agreement to the AI tools used with the client's data: %1.")
                              .arg(missing.join(QStringLiteral("; "))));
        result.evidence += agreed;
        return result;
    }

protected:
    QString notApplicableExplanation(const ComplianceContext&) const override
    {
        return tr("Only when a tool that uses AI is used with the client's data.");
    }
};

} // namespace

void addDisclosureRules(RuleRegistry& registry)
{
    registry.add(std::make_unique<OtherRolesDisclosed>());
    registry.add(std::make_unique<PriorAdviceDisclosed>());
    registry.add(std::make_unique<NoAdmissionClause>());
    registry.add(std::make_unique<EndOfEmploymentDisclosed>());
    registry.add(std::make_unique<ReferralBenefitDisclosed>());
    registry.add(std::make_unique<TechnologyAgreed>());
}

} // namespace mandaat
