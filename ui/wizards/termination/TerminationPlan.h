#pragma once

#include "domain/ComplianceRecord.h"
#include "domain/EngagementStatus.h"
#include "domain/Language.h"

#include <QDate>
#include <QString>

#include <optional>

namespace mandaat {

/// CMI-11: what the wizard asks about a referral before ending early.
enum class ReferralAnswer { None, Referred, Considered };

/// Everything the termination wizard collects, in memory until Finish: a wizard closed
/// half-way changes nothing.
struct TerminationPlan
{
    std::optional<EndReason> reason;
    QDate endDate;
    QString note; // in the letter and the engagement's end note
    QString successor; // MW-5.3
    ReferralAnswer referral = ReferralAnswer::None; // CMI-11
    QString referralDiscipline;
    QString referredTo;
    QString referralExplanation; // why, or why not
    std::optional<PrincipalReport> finalReport; // CMI-8: within consent
    Language language = Language::Dutch;
    QDate dossierUntil;
    QDate financialUntil;
    bool exportAfterwards = true;
};

} // namespace mandaat
