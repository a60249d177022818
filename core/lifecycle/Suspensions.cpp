#include "Suspensions.h"

#include "compliance/EvidenceFiling.h"
#include "domain/DisplayNames.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/Records.h"
#include "repositories/SessionRepository.h"

#include <QCoreApplication>

namespace mandaat {
namespace Suspensions {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mandaat::Suspensions", text);
}

bool refuse(RecordError* failure, const QString& message, const QString& field = {})
{
    if (failure) {
        *failure =
            RecordError::make(field.isEmpty() ? RecordError::Kind::Refused : RecordError::Kind::Invalid, message);
        if (!field.isEmpty()) {
            failure->issues = {{field, message}};
        }
    }
    return false;
}

} // namespace

QString ruleId()
{
    return QStringLiteral("suspension-resumed");
}

bool providedFor(const Records& records, qint64 engagementId, QDate on)
{
    return !EvidenceFiling::articlesNaming(records, engagementId, ruleId(), on).isEmpty();
}

std::optional<Suspension> on(const Records& records, qint64 engagementId, QDate day, RecordError* error)
{
    for (const Suspension& suspension : records.compliance().suspensionsFor(engagementId, error)) {
        if (suspension.isSuspendedOn(day)) {
            return suspension;
        }
    }
    return std::nullopt;
}

bool suspend(Records& records, Suspension& suspension, QDate today, RecordError* failure)
{
    if (!suspension.suspendedOn.isValid() || suspension.suspendedOn > today) {
        return refuse(failure,
                      tr("Enter the day the engagement is suspended from, not after today."),
                      QStringLiteral("suspendedOn"));
    }
    RecordError error;
    const std::optional<Engagement> engagement = records.engagements().engagement(suspension.engagementId, &error);
    if (!engagement) {
        if (failure) {
            *failure = error;
        }
        return false;
    }
    if (engagement->status != EngagementStatus::Active) {
        return refuse(failure,
                      tr("Engagement %1 is %2: only an active engagement can be suspended.")
                          .arg(suspension.engagementId)
                          .arg(displayName(engagement->status).toLower()));
    }
    if (!providedFor(records, suspension.engagementId, suspension.suspendedOn)) {
        return refuse(failure,
                      tr("None of the codes of engagement %1 provides for suspending it: end it, or go on.")
                          .arg(suspension.engagementId));
    }
    for (const Suspension& other : records.compliance().suspensionsFor(suspension.engagementId, &error)) {
        const bool overlaps = other.suspendedOn <= suspension.suspendedOn
            ? !other.resumedOn.isValid() || other.resumedOn > suspension.suspendedOn
            : !suspension.resumeOn.isValid() || suspension.resumeOn > other.suspendedOn;
        if (overlaps) {
            return refuse(failure,
                          tr("Engagement %1 is already suspended since %2.")
                              .arg(suspension.engagementId)
                              .arg(displayDate(other.suspendedOn)));
        }
    }
    // No session while it is suspended: one planned in that time is moved or deleted first.
    Suspension saving = suspension;
    saving.id = 0;
    saving.resumedOn = {};
    for (const Session& session : records.sessions().sessions(suspension.engagementId, &error)) {
        const QDate day = session.startsAt.toLocalTime().date();
        if (saving.excludesSessionOn(day)) {
            return refuse(
                failure,
                tr("The session of %1 falls in the suspension: move it or delete it first.").arg(displayDate(day)));
        }
    }
    if (error.kind != RecordError::Kind::None) {
        if (failure) {
            *failure = error;
        }
        return false;
    }
    if (!records.compliance().save(saving, failure)) {
        return false;
    }
    suspension = saving;
    return true;
}

bool resume(Records& records, qint64 engagementId, QDate resumedOn, QDate today, RecordError* failure)
{
    if (!resumedOn.isValid() || resumedOn > today) {
        return refuse(
            failure, tr("Enter the day the engagement resumed, not after today."), QStringLiteral("resumedOn"));
    }
    RecordError error;
    const std::optional<Engagement> engagement = records.engagements().engagement(engagementId, &error);
    if (!engagement) {
        if (failure) {
            *failure = error;
        }
        return false;
    }
    if (engagement->status != EngagementStatus::Active) {
        return refuse(failure,
                      tr("Engagement %1 is %2: only an active engagement can be resumed.")
                          .arg(engagementId)
                          .arg(displayName(engagement->status).toLower()));
    }
    std::optional<Suspension> open;
    for (const Suspension& suspension : records.compliance().suspensionsFor(engagementId, &error)) {
        if (!suspension.resumedOn.isValid()) {
            open = suspension;
        }
    }
    if (error.kind != RecordError::Kind::None) {
        if (failure) {
            *failure = error;
        }
        return false;
    }
    if (!open) {
        return refuse(failure, tr("Engagement %1 is not suspended.").arg(engagementId));
    }
    if (resumedOn < open->suspendedOn) {
        return refuse(
            failure,
            tr("The engagement was suspended on %1: it cannot resume before.").arg(displayDate(open->suspendedOn)),
            QStringLiteral("resumedOn"));
    }
    open->resumedOn = resumedOn;
    return records.compliance().save(*open, failure);
}

} // namespace Suspensions
} // namespace mandaat
