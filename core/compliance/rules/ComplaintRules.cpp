// CMI-17: a client's complaint is acknowledged in writing and settled within four weeks of
// receipt (Complaint::dueOn(), received + 28 days); overdue the day after.
#include "compliance/RuleRegistry.h"
#include "compliance/RuleSupport.h"
#include "domain/DisplayNames.h"

#include <QCoreApplication>

#include <functional>

namespace mandaat {

namespace {

bool received(const Complaint& complaint, QDate today)
{
    return complaint.receivedOn.isValid() && complaint.receivedOn <= today &&
        complaint.status != ComplaintStatus::Withdrawn;
}

// The worst of the complaints that \a pending picks, with the earliest due date.
RuleResult complaintsResult(const Rule& rule,
                            const ComplianceContext& context,
                            const std::function<bool(const Complaint&)>& pending,
                            const QString& done,
                            const QString& todo)
{
    RuleStatus worst = RuleStatus::Met;
    QDate due;
    QStringList names;
    for (const Complaint& complaint : context.complaints) {
        if (!received(complaint, context.today) || !pending(complaint)) {
            continue;
        }
        const RuleStatus status = rules::pendingStatus(complaint.dueOn(), context.today);
        if (urgency(status) < urgency(worst)) {
            worst = status;
        }
        if (!due.isValid() || complaint.dueOn() < due) {
            due = complaint.dueOn();
        }
        names.append(QCoreApplication::translate("ComplaintRules", "received %1, due %2")
                         .arg(displayDate(complaint.receivedOn), displayDate(complaint.dueOn())));
    }
    if (names.isEmpty()) {
        return rules::make(rule, RuleStatus::Met, done);
    }
    return rules::make(rule, worst, todo.arg(names.join(QStringLiteral("; "))), due);
}

bool anyComplaint(const ComplianceContext& context)
{
    for (const Complaint& complaint : context.complaints) {
        if (received(complaint, context.today)) {
            return true;
        }
    }
    return false;
}

// CMI-17: confirm receipt in writing.
class ComplaintAcknowledged final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintAcknowledged)

public:
    QString id() const override { return QStringLiteral("complaint-acknowledged"); }
    QStringList topics() const override { return {}; }
    bool appliesTo(const ComplianceContext& context) const override { return anyComplaint(context); }
    bool afterEnd() const override { return true; }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        const QDate today = context.today;
        return complaintsResult(
            *this,
            context,
            [today](const Complaint& c) { return !c.acknowledgedOn.isValid() || c.acknowledgedOn > today; },
            tr("Every complaint was acknowledged in writing."),
            tr("Acknowledge the complaint in writing (%1)."));
    }

protected:
    QString notApplicableExplanation(const ComplianceContext&) const override { return tr("No complaint."); }
};

// CMI-17: settle within four weeks of receipt.
class ComplaintDeadline final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintDeadline)

public:
    QString id() const override { return QStringLiteral("complaint-deadline"); }
    QStringList topics() const override { return {}; }
    bool appliesTo(const ComplianceContext& context) const override { return anyComplaint(context); }
    bool afterEnd() const override { return true; }
    RuleResult evaluate(const ComplianceContext& context) const override
    {
        const QDate today = context.today;
        return complaintsResult(
            *this,
            context,
            [today](const Complaint& c) {
                return c.status != ComplaintStatus::Settled || (c.settledOn.isValid() && c.settledOn > today);
            },
            tr("Every complaint was settled."),
            tr("Settle the complaint within four weeks of receipt (%1)."));
    }

protected:
    QString notApplicableExplanation(const ComplianceContext&) const override { return tr("No complaint."); }
};

} // namespace

void addComplaintRules(RuleRegistry& registry)
{
    registry.add(std::make_unique<ComplaintAcknowledged>());
    registry.add(std::make_unique<ComplaintDeadline>());
}

} // namespace mandaat
