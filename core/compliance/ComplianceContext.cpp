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

QList<Evidence>
ComplianceContext::findEvidence(const QStringList& articles, const QString& topic, std::optional<Party> party) const
{
    QList<Evidence> found;
    for (const Evidence& row : evidence) {
        if (!articles.contains(row.articleId)) {
            continue;
        }
        if (row.topic == topic && row.occurredOn.isValid() && row.occurredOn <= today &&
            (!party || row.party == *party || row.party == Party::AllParties)) {
            found.append(row);
        }
    }
    return found;
}

QList<Evidence> ComplianceContext::findTopic(const QString& topic, std::optional<Party> party) const
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
