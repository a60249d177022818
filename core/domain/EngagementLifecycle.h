#pragma once

#include "domain/Engagement.h"
#include "domain/EngagementStatus.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace mandaat {

/// Allowed or refused, with the reason a user reads when refused.
struct TransitionCheck
{
    bool allowed = false;
    QString reason;

    static TransitionCheck allow() { return {true, {}}; }
    static TransitionCheck refuse(const QString& reason) { return {false, reason}; }
};

/// The lifecycle of an engagement, without any compliance rule:
///
///   draft ──> onboarding ──> active ──> ending ──> ended
///     │           │                      │  ^
///     │           │                      └──┘ ending called off: back to active
///     └───────────┴──> ended (never started: declined, stopped, conflict of interest)
///
/// ended is final. An active engagement ends through ending (the termination steps), never
/// in one jump. Going back (to draft, to onboarding) is refused: the evidence already
/// recorded would no longer fit. Ending needs a reason that fits the state it ends from.
class EngagementLifecycle
{
public:
    /// Whether from -> to is a step of the lifecycle, and whether the end reason fits it.
    static TransitionCheck check(EngagementStatus from, EngagementStatus to, std::optional<EndReason> reason);
    /// The statuses check() allows from \a from.
    static QList<EngagementStatus> nextStatuses(EngagementStatus from);
    /// The end reasons that fit an engagement ending from \a from (empty when it cannot end).
    static QList<EndReason> endReasonsFrom(EngagementStatus from);
    /// A step is dated no earlier than the steps before it.
    static TransitionCheck checkDate(const Engagement& engagement, EngagementStatus to, QDate on);
};

/// The hook through which the compliance rules (a later issue) take part in a transition:
/// e.g. activation only when every blocking rule is met (MW-2.2, CMI-5, ...), ending for
/// obstruction only after a written warning (CMI-12). EngagementRepository asks its guard,
/// if it has one, after the lifecycle itself allowed the step.
class TransitionGuard
{
public:
    virtual ~TransitionGuard() = default;
    virtual TransitionCheck
    check(const Engagement& engagement, EngagementStatus to, std::optional<EndReason> reason, QDate on) const = 0;
};

struct PrincipalReport;

/// CMI-8: decides whether a report to the principal may be recorded as sent. The compliance
/// rules implement it (ComplianceGuard); ComplianceRecords asks it before saving a new report.
class ReportGuard
{
public:
    virtual ~ReportGuard() = default;
    /// Empty when the report may be recorded; else the reason, translated.
    virtual QString refusal(const PrincipalReport& report) const = 0;
};

} // namespace mandaat
