#include "ComplianceContext.h"

#include <algorithm>

namespace mandaat {

QList<Party> ComplianceContext::informedParties() const
{
    QList<Party> parties{Party::Client};
    if (hasPrincipal()) {
        parties.append(Party::Principal);
    }
    return parties;
}

bool ComplianceContext::isStarted() const
{
    return isRunning() || (isEnded() && engagement.activatedOn.isValid());
}

bool ComplianceContext::isRunning() const
{
    return engagement.status == EngagementStatus::Active || engagement.status == EngagementStatus::Ending;
}

namespace {

bool after(QDate date, QDate today)
{
    return date.isValid() && date > today;
}

template <typename T, typename DateOf>
void dropAfter(QList<T>& rows, QDate today, DateOf dateOf)
{
    rows.removeIf([&](const T& row) { return after(dateOf(row), today); });
}

} // namespace

void ComplianceContext::standAsOfToday()
{
    Engagement& e = engagement;
    if (after(e.endedOn, today)) {
        e.endedOn = {};
        e.endReason.reset();
        e.dossierRetentionUntil = {};
        e.financialRetentionUntil = {};
        if (e.status == EngagementStatus::Ended) {
            e.status = e.endingOn.isValid() ? EngagementStatus::Ending
                : e.activatedOn.isValid()   ? EngagementStatus::Active
                : e.onboardingOn.isValid()  ? EngagementStatus::Onboarding
                                            : EngagementStatus::Draft;
        }
    }
    if (after(e.endingOn, today)) {
        e.endingOn = {};
        if (e.status == EngagementStatus::Ending) {
            e.status = EngagementStatus::Active;
        }
    }
    if (after(e.activatedOn, today)) {
        e.activatedOn = {};
        if (e.status == EngagementStatus::Active) {
            e.status = EngagementStatus::Onboarding;
        }
    }
    if (after(e.onboardingOn, today)) {
        e.onboardingOn = {};
        if (e.status == EngagementStatus::Onboarding) {
            e.status = EngagementStatus::Draft;
        }
    }
    endReason = e.endReason;

    dropAfter(complaints, today, [](const Complaint& c) { return c.receivedOn; });
    for (Complaint& complaint : complaints) {
        if (after(complaint.settledOn, today)) {
            complaint.settledOn = {};
            complaint.outcome.clear();
            complaint.status = ComplaintStatus::InProgress;
        }
        if (after(complaint.acknowledgedOn, today)) {
            complaint.acknowledgedOn = {};
            complaint.acknowledgementAttachmentId = 0;
            complaint.status = ComplaintStatus::Received;
        }
    }
    dropAfter(consents, today, [](const Consent& c) { return c.givenOn; });
    for (Consent& consent : consents) {
        if (after(consent.withdrawnOn, today)) {
            consent.withdrawnOn = {};
        }
    }
    dropAfter(reports, today, [](const PrincipalReport& r) { return r.sentOn; });
    dropAfter(referrals, today, [](const Referral& r) { return r.referredOn; });
    for (Referral& referral : referrals) {
        if (after(referral.benefitDisclosedOn, today)) {
            referral.benefitDisclosedOn = {};
        }
    }
    dropAfter(consultations, today, [](const Consultation& c) { return c.heldOn; });
    dropAfter(warnings, today, [](const WrittenWarning& w) { return w.issuedOn; });
    dropAfter(suspensions, today, [](const Suspension& s) { return s.suspendedOn; });
    for (Suspension& suspension : suspensions) {
        if (after(suspension.resumedOn, today)) {
            suspension.resumedOn = {};
        }
    }
    for (ToolUse& use : toolUses) {
        if (after(use.clientAgreedOn, today)) {
            use.clientAgreedOn = {};
        }
        if (after(use.principalAgreedOn, today)) {
            use.principalAgreedOn = {};
        }
    }
}

const TechnologyTool* ComplianceContext::tool(qint64 id) const
{
    for (const TechnologyTool& candidate : tools) {
        if (candidate.id == id) {
            return &candidate;
        }
    }
    return nullptr;
}

QList<Evidence> ComplianceContext::findEvidence(const QString& topic, std::optional<Party> party) const
{
    QList<Evidence> found;
    for (const Evidence& row : evidence) {
        if (row.topic == topic && row.occurredOn.isValid() && row.occurredOn <= today &&
            (!party || row.party == *party || row.party == Party::AllParties)) {
            found.append(row);
        }
    }
    return found;
}

QDate ComplianceContext::onboardingDeadline() const
{
    return engagement.plannedStart.isValid() ? engagement.plannedStart : engagement.activatedOn;
}

QDate ComplianceContext::startDate() const
{
    return engagement.activatedOn.isValid() ? engagement.activatedOn : engagement.plannedStart;
}

QList<Session> ComplianceContext::heldSessions() const
{
    QList<Session> held;
    // Held by today on this computer's clock: started before tomorrow's local midnight. One
    // conversion to local time per call, not one per session (each reads the time zone).
    const QDateTime tomorrow = today.addDays(1).startOfDay().toUTC();
    for (const Session& session : sessions) {
        if (session.startsAt.isValid() && session.startsAt < tomorrow) {
            held.append(session);
        }
    }
    std::sort(held.begin(), held.end(), [](const Session& a, const Session& b) { return a.startsAt < b.startsAt; });
    return held;
}

} // namespace mandaat
