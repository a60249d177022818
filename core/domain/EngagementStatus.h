#pragma once

#include "domain/EnumIds.h"

namespace mandaat {

/// The lifecycle of an engagement; EngagementLifecycle says which steps are allowed.
enum class EngagementStatus { Draft, Onboarding, Active, Ending, Ended };

MANDAAT_ENUM_IDS(EngagementStatus,
                 {EngagementStatus::Draft, "draft"},
                 {EngagementStatus::Onboarding, "onboarding"},
                 {EngagementStatus::Active, "active"},
                 {EngagementStatus::Ending, "ending"},
                 {EngagementStatus::Ended, "ended"})

enum class EndReason {
    Completed,
    ClientStopped, // CMI-10: the client is free to stop at any moment
    PrincipalStopped,
    EarlyNotFeasible, // CMI-12: completion is reasonably not possible
    EarlyObstruction, // CMI-12: obstruction by the client, after a written warning
    ConflictOfInterest, // MW-5.3
    Interruption, // CMI-10: more than six months without a session
    Declined, // never started: declined or withdrawn during draft or onboarding
};

MANDAAT_ENUM_IDS(EndReason,
                 {EndReason::Completed, "completed"},
                 {EndReason::ClientStopped, "client_stopped"},
                 {EndReason::PrincipalStopped, "principal_stopped"},
                 {EndReason::EarlyNotFeasible, "early_not_feasible"},
                 {EndReason::EarlyObstruction, "early_obstruction"},
                 {EndReason::ConflictOfInterest, "conflict_of_interest"},
                 {EndReason::Interruption, "interruption"},
                 {EndReason::Declined, "declined"})

} // namespace mandaat
