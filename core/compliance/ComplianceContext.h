#pragma once

#include "domain/Client.h"
#include "domain/ComplianceRecord.h"
#include "domain/Engagement.h"
#include "domain/Practice.h"
#include "domain/Principal.h"
#include "domain/Session.h"
#include "domain/Technology.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mandaat {

/// Another engagement of the practice, with its client: what the conflict check (MW-5.2)
/// compares against.
struct OtherEngagement
{
    Engagement engagement;
    Client client;
};

/// CMI-10: the day an engagement ends by a total interruption of more than six calendar months
/// since \a lastContact (QDate::addMonths, which clamps 31 August to 28 February): the day
/// after the six-month mark. Invalid for an invalid date.
inline QDate endedByInterruptionOn(QDate lastContact)
{
    return lastContact.isValid() ? lastContact.addMonths(6).addDays(1) : QDate();
}

/// An engagement's own records, as its context holds them.
struct EngagementRecordSet
{
    QList<Session> sessions;
    QList<Evidence> evidence;
    QList<Consent> consents;
    QList<PrincipalReport> reports;
    QList<Referral> referrals;
    QList<Consultation> consultations;
    QList<Complaint> complaints;
    QList<WrittenWarning> warnings;
    QList<Suspension> suspensions;
    QList<ToolUse> toolUses; ///< ICF-2.5: the tools used with the client's data.
};

/// Everything the rules need about one engagement, loaded once (ComplianceContextLoader) or
/// built in memory by a test, and the date the rules judge at. Rules read nothing else.
struct ComplianceContext : EngagementRecordSet
{
    QDate today;

    Engagement engagement;
    Client client;
    std::optional<Principal> principal;
    QStringList codeIds; ///< The code versions that apply: pinned, or in force at the start.

    /// The practice's engagements that can collide with this one (MW-5.2): those of the same
    /// client or of a client standing for one of the same people (the loader gives only
    /// those; a test may give more, ConflictCheck compares the people itself).
    QList<OtherEngagement> others;

    QList<PracticeQualification> qualifications;
    QList<PracticeRegistration> registrations;
    QList<CodeSubscription> subscriptions;
    QList<TechnologyTool> tools; ///< ICF-2.5: the practice's technology register, retired tools too.
    PracticeProfile profile; ///< The practice's VAT status and wording (the confirmation's terms).
    std::optional<bool> auditLogIntact; ///< GDPR-30; nullopt: not checked for this evaluation.

    /// The reason the engagement ends with: its own once ended, or the one the termination
    /// gate is asked about (ComplianceGuard).
    std::optional<EndReason> endReason;

    /// Only what is outstanding will be shown (the Overview, ComplianceEngine::openObligations):
    /// the evidence of a result is not written out (RuleResult::evidenceIds are still given), nor
    /// why a rule is met or does not apply where that costs more than a sentence; the statuses,
    /// due dates and the explanations of what is outstanding are the same.
    bool outstandingOnly = false;

    bool hasPrincipal() const { return engagement.principalId != 0; }
    /// The parties that must each be informed: the client, and the principal when there is one.
    QList<Party> informedParties() const;
    bool isStarted() const; ///< Active, ending or ended.
    bool isRunning() const; ///< Active or ending.
    bool isEnded() const { return engagement.status == EngagementStatus::Ended; }
    /// The register's tool \a id; nullptr when the register does not hold it.
    const TechnologyTool* tool(qint64 id) const;

    /// The engagement and its records as they stood on today (`compliance --at DATE`): a
    /// status reached later is undone (an engagement ended in June is active on a date in
    /// May), and what is dated after today (a complaint, a consent, its withdrawal, a report,
    /// a referral, a consultation, a written warning, an agreement to a tool) is left out. Evidence and sessions are
    /// judged by their dates already (findEvidence, heldSessions).
    void standAsOfToday();

    /// Evidence on \a topic, dated on or before today, in the order stored, whichever article
    /// it was filed under (evidence is keyed by topic: an MW engagement's hand-over of the code
    /// counts under ICF as well). With \a party, only rows for that party or for all parties.
    QList<Evidence> findEvidence(const QString& topic, std::optional<Party> party = std::nullopt) const;

    /// The deadline of an onboarding obligation: before the working relationship starts, so
    /// the planned start, or the activation date when there is no planned start (MW-2.2).
    QDate onboardingDeadline() const;
    /// The date the working relationship started: activation, or the planned start.
    QDate startDate() const;
    /// Sessions that started on or before today, in order.
    QList<Session> heldSessions() const;
    /// The calendar day of a stored (UTC) time on this computer's clock: the day the
    /// consultant wrote in the agenda, as "today" is (a session at 00:30 in Brussels is on
    /// that day, not on the day before in UTC).
    static QDate dayOf(const QDateTime& utc) { return utc.toLocalTime().date(); }
};

} // namespace mandaat
