#pragma once

#include "domain/ComplianceRecord.h"
#include "domain/EngagementStatus.h"
#include "domain/Language.h"

#include <QDate>
#include <QString>

#include <optional>

namespace mandaat {

/// CMI-11: the user's answer, before ending early, to whether the client was referred to
/// another discipline: yes (Referred, to whom), or no with the reason (Considered). None: not
/// answered, which will do only where no code of the engagement asks.
enum class ReferralAnswer { None, Referred, Considered };

/// Everything an end of an engagement records (Termination::end): the termination wizard
/// collects it page by page, in memory until Finish (a wizard closed half-way changes
/// nothing); `mandaat-cli end` from its options.
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
    QString referralBenefit; // ICF-3.8: the consultant's fee or other benefit for it, if any
    QDate referralBenefitDisclosedOn; // and the day the client was told of it
    std::optional<PrincipalReport> finalReport; // CMI-8: within consent
    Language language = Language::Dutch;
    QDate dossierUntil; // invalid: the practice policy's, counted from the end date
    QDate financialUntil;
    bool exportAfterwards = true;
};

} // namespace mandaat
