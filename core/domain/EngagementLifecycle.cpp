#include "EngagementLifecycle.h"

#include "domain/DisplayNames.h"

#include <QCoreApplication>

namespace mandaat {

namespace {

bool isStep(EngagementStatus from, EngagementStatus to)
{
    using S = EngagementStatus;
    switch (from) {
    case S::Draft:
        return to == S::Onboarding || to == S::Ended;
    case S::Onboarding:
        return to == S::Active || to == S::Ended;
    case S::Active:
        return to == S::Ending;
    case S::Ending:
        return to == S::Active || to == S::Ended;
    case S::Ended:
        return false;
    }
    return false;
}

QDate dateOf(const Engagement& engagement, EngagementStatus status)
{
    switch (status) {
    case EngagementStatus::Draft:
        return {};
    case EngagementStatus::Onboarding:
        return engagement.onboardingOn;
    case EngagementStatus::Active:
        return engagement.activatedOn;
    case EngagementStatus::Ending:
        return engagement.endingOn;
    case EngagementStatus::Ended:
        return engagement.endedOn;
    }
    return {};
}

} // namespace

QList<EndReason> EngagementLifecycle::endReasonsFrom(EngagementStatus from)
{
    using R = EndReason;
    switch (from) {
    case EngagementStatus::Draft:
    case EngagementStatus::Onboarding:
        // Never started: nothing was completed or interrupted.
        return {R::Declined, R::ClientStopped, R::PrincipalStopped, R::ConflictOfInterest};
    case EngagementStatus::Ending:
        return {R::Completed,
                R::ClientStopped,
                R::PrincipalStopped,
                R::EarlyNotFeasible,
                R::EarlyObstruction,
                R::ConflictOfInterest,
                R::Interruption};
    case EngagementStatus::Active:
    case EngagementStatus::Ended:
        return {};
    }
    return {};
}

QList<EngagementStatus> EngagementLifecycle::nextStatuses(EngagementStatus from)
{
    QList<EngagementStatus> next;
    for (const EngagementStatus to : allValues<EngagementStatus>()) {
        if (isStep(from, to)) {
            next.append(to);
        }
    }
    return next;
}

TransitionCheck EngagementLifecycle::check(EngagementStatus from, EngagementStatus to, std::optional<EndReason> reason)
{
    if (toId(from).isEmpty() || toId(to).isEmpty()) {
        return TransitionCheck::refuse(
            QCoreApplication::translate("EngagementLifecycle", "The engagement's status is not one Mandaat knows."));
    }
    if (from == EngagementStatus::Ended) {
        return TransitionCheck::refuse(QCoreApplication::translate(
            "EngagementLifecycle",
            "The engagement has ended, and an ended engagement is final. Start a new engagement instead."));
    }
    if (from == to) {
        return TransitionCheck::refuse(
            QCoreApplication::translate("EngagementLifecycle", "The engagement is already %1.")
                .arg(displayName(to).toLower()));
    }
    if (from == EngagementStatus::Active && to == EngagementStatus::Ended) {
        return TransitionCheck::refuse(QCoreApplication::translate(
            "EngagementLifecycle", "An active engagement ends through the termination steps: start ending it first."));
    }
    if (!isStep(from, to) && to < from) {
        return TransitionCheck::refuse(
            QCoreApplication::translate("EngagementLifecycle", "An engagement cannot go back from %1 to %2.")
                .arg(displayName(from).toLower(), displayName(to).toLower()));
    }
    if (!isStep(from, to)) {
        return TransitionCheck::refuse(
            QCoreApplication::translate("EngagementLifecycle",
                                        "An engagement cannot skip a step: from %1 the next step is %2.")
                .arg(displayName(from).toLower(), displayName(nextStatuses(from).constFirst()).toLower()));
    }
    if (to != EngagementStatus::Ended) {
        return TransitionCheck::allow();
    }
    if (!reason) {
        return TransitionCheck::refuse(
            QCoreApplication::translate("EngagementLifecycle", "Say why the engagement ends: choose an end reason."));
    }
    if (!endReasonsFrom(from).contains(*reason)) {
        if (from == EngagementStatus::Ending) {
            return TransitionCheck::refuse(
                QCoreApplication::translate("EngagementLifecycle",
                                            "“%1” is for an engagement that never started; this one was active.")
                    .arg(displayName(*reason)));
        }
        return TransitionCheck::refuse(
            QCoreApplication::translate(
                "EngagementLifecycle",
                "“%1” is for an engagement that was active; this one never started. Choose “%2”.")
                .arg(displayName(*reason), displayName(EndReason::Declined)));
    }
    return TransitionCheck::allow();
}

TransitionCheck EngagementLifecycle::checkDate(const Engagement& engagement, EngagementStatus to, QDate on)
{
    if (!on.isValid()) {
        return TransitionCheck::refuse(
            QCoreApplication::translate("EngagementLifecycle", "Enter the date of this step."));
    }
    using S = EngagementStatus;
    for (const S earlier : {S::Onboarding, S::Active, S::Ending}) {
        const QDate date = dateOf(engagement, earlier);
        if (earlier == to || !date.isValid() || date <= on) {
            continue;
        }
        return TransitionCheck::refuse(
            QCoreApplication::translate("EngagementLifecycle",
                                        "The date of this step (%1) is before an earlier step, “%2”, on %3.")
                .arg(displayDate(on), displayName(earlier), displayDate(date)));
    }
    return TransitionCheck::allow();
}

} // namespace mandaat
