// While the engagement runs: the planned end near with the objectives open (MW-2.6), the
// interruption clock (CMI-10), third-party advice with the principal's knowledge (MW-4.3), a
// suspension that should have resumed (ICF-4.2).
#include "compliance/EvidenceTopics.h"
#include "compliance/RuleRegistry.h"
#include "compliance/RuleSupport.h"
#include "domain/DisplayNames.h"

#include <QCoreApplication>

namespace mandaat {

namespace {

constexpr int NearEndDays = 30; // MW-2.6: "the planned end nears"

// MW-2.6: a warning when the planned end nears with the objectives not reviewed.
class ObjectivesOpenNearEnd final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(ObjectivesOpenNearEnd)

public:
    QString id() const override { return QStringLiteral("objectives-open-near-end"); }
    QStringList topics() const override { return {evidence::objectivesReviewed()}; }
    bool appliesTo(const ComplianceContext& context) const override
    {
        return context.isRunning() && context.engagement.plannedEnd.isValid();
    }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        const QDate end = context.engagement.plannedEnd;
        const QDate near = end.addDays(-NearEndDays);
        if (context.today < near) {
            return rules::make(
                *this,
                RuleStatus::NotApplicable,
                context.outstandingOnly
                    ? QString()
                    : tr("The planned end, %1, is more than %2 days away.").arg(displayDate(end)).arg(NearEndDays));
        }
        QList<Evidence> rows;
        for (const Evidence& row : context.findEvidence(evidence::objectivesReviewed())) {
            if (row.occurredOn >= near) {
                rows.append(row);
            }
        }
        if (!rows.isEmpty()) {
            RuleResult met =
                rules::make(*this, RuleStatus::Met, tr("The objectives were reviewed before the planned end."));
            rules::addEvidence(context, met, rows);
            return met;
        }
        return rules::make(
            *this,
            rules::pendingStatus(end, context.today),
            context.today > end
                ? tr("The planned end, %1, has passed with the objectives not reviewed: review them "
                     "with the parties, then extend or end the engagement.")
                      .arg(displayDate(end))
                : tr("The planned end, %1, is near: review the objectives with the parties.").arg(displayDate(end)),
            end);
    }

protected:
    QString notApplicableExplanation(const ComplianceContext&) const override
    {
        return tr("Only while the engagement runs with a planned end.");
    }
};

// CMI-10: a total interruption of more than six months ends the assignment, unless all
// parties confirmed otherwise in writing. Counted in calendar months from the last session,
// or from activation when there is none: a warning from five months (QDate::addMonths(5)),
// due up to and on the six-month mark (addMonths(6)), "ended by interruption: confirm" from
// the day after it (endedByInterruptionOn), the date the termination records.
class InterruptionClock final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(InterruptionClock)

public:
    QString id() const override { return QStringLiteral("interruption-clock"); }
    QStringList topics() const override { return {evidence::interruptionExtension()}; }
    bool appliesTo(const ComplianceContext& context) const override
    {
        return context.isRunning() && context.engagement.activatedOn.isValid();
    }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        QDate last = context.engagement.activatedOn;
        const QList<Session> held = context.heldSessions();
        if (!held.isEmpty() && ComplianceContext::dayOf(held.last().startsAt) > last) {
            last = ComplianceContext::dayOf(held.last().startsAt);
        }
        const QDate warning = last.addMonths(5);
        const QDate mark = last.addMonths(6);
        const QDate ends = endedByInterruptionOn(last);
        if (context.today < warning) {
            // Met for nearly every running engagement: written out only where it is shown.
            return rules::make(
                *this,
                RuleStatus::Met,
                context.outstandingOnly
                    ? QString()
                    : tr("Last contact on %1; the six-month mark is %2.").arg(displayDate(last), displayDate(mark)));
        }
        // A written extension by all parties, made after the last contact, holds the clock.
        QList<Evidence> extensions;
        for (const Evidence& row : context.findEvidence(evidence::interruptionExtension(), Party::AllParties)) {
            if (row.party == Party::AllParties && row.occurredOn >= last) {
                extensions.append(row);
            }
        }
        if (!extensions.isEmpty()) {
            RuleResult met = rules::make(
                *this,
                RuleStatus::Met,
                tr("No session since %1, but all parties agreed in writing to continue.").arg(displayDate(last)));
            rules::addEvidence(context, met, extensions);
            return met;
        }
        if (context.today < ends) {
            return rules::make(*this,
                               RuleStatus::Due,
                               tr("No session since %1: the engagement ends by interruption on %2, unless all parties "
                                  "agree in writing to continue.")
                                   .arg(displayDate(last), displayDate(ends)),
                               ends);
        }
        return rules::make(*this,
                           RuleStatus::Overdue,
                           tr("Ended by interruption on %1 (no session since %2): confirm the end, or record the "
                              "written agreement of all parties to continue.")
                               .arg(displayDate(ends), displayDate(last)),
                           ends);
    }

protected:
    QString notApplicableExplanation(const ComplianceContext&) const override
    {
        return tr("The clock runs only while the engagement is active.");
    }
};

// MW-4.3: consulting a third party about an assignment (supervision, peer consultation or
// advice about this engagement) happens with the principal's knowledge; each such
// consultation answers whether the principal knew.
class ConsultationPrincipalInformed final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(ConsultationPrincipalInformed)

public:
    QString id() const override { return QStringLiteral("consultation-principal-informed"); }
    QStringList topics() const override { return {}; }
    bool appliesTo(const ComplianceContext& context) const override { return context.hasPrincipal(); }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        QStringList uninformed;
        int consulted = 0;
        for (const Consultation& c : context.consultations) {
            // The engagement's own consultations: every kind is a third party consulted about it.
            if (!c.heldOn.isValid() || c.heldOn > context.today) {
                continue;
            }
            ++consulted;
            if (!c.principalInformed.value_or(false)) {
                uninformed.append(tr("%1 with %2").arg(displayDate(c.heldOn), c.withWhom));
            }
        }
        if (uninformed.isEmpty()) {
            return rules::make(*this,
                               RuleStatus::Met,
                               consulted == 0 ? tr("No supervision or consultation about this engagement is recorded.")
                                              : tr("The principal knew of every supervision or consultation about this "
                                                   "engagement."));
        }
        return rules::make(*this,
                           RuleStatus::Open,
                           tr("Inform the principal of the supervision or consultation about this engagement, and "
                              "record it: %1.")
                               .arg(uninformed.join(QStringLiteral("; "))));
    }

protected:
    QString notApplicableExplanation(const ComplianceContext&) const override
    {
        return rules::noPrincipalExplanation();
    }
};

// ICF-3.3, ICF-4.2: a suspended engagement resumes on the day planned, or ends. While it lasts
// the rule is due by that day (open without one), overdue after it.
class SuspensionResumed final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(SuspensionResumed)

public:
    QString id() const override { return QStringLiteral("suspension-resumed"); }
    QStringList topics() const override { return {}; }
    bool appliesTo(const ComplianceContext& context) const override { return suspension(context).has_value(); }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        const Suspension current = *suspension(context);
        const QString since = displayDate(current.suspendedOn);
        const QString ground = displayName(current.ground).toLower();
        if (!current.resumeOn.isValid()) {
            return rules::make(*this,
                               RuleStatus::Open,
                               tr("Suspended since %1 (%2): decide when it resumes, or end it.").arg(since, ground));
        }
        return rules::make(*this,
                           rules::pendingStatus(current.resumeOn, context.today),
                           tr("Suspended since %1 (%2): resume it on %3, or end it.")
                               .arg(since, ground, displayDate(current.resumeOn)),
                           current.resumeOn);
    }

protected:
    QString notApplicableExplanation(const ComplianceContext&) const override
    {
        return tr("Only while the engagement is suspended.");
    }

private:
    static std::optional<Suspension> suspension(const ComplianceContext& context)
    {
        if (!context.isRunning()) {
            return std::nullopt;
        }
        for (const Suspension& s : context.suspensions) {
            if (s.isSuspendedOn(context.today)) {
                return s;
            }
        }
        return std::nullopt;
    }
};

} // namespace

void addRunningRules(RuleRegistry& registry)
{
    registry.add(std::make_unique<ObjectivesOpenNearEnd>());
    registry.add(std::make_unique<InterruptionClock>());
    registry.add(std::make_unique<ConsultationPrincipalInformed>());
    registry.add(std::make_unique<SuspensionResumed>());
}

} // namespace mandaat
