#pragma once

#include "domain/ComplianceRecord.h"
#include "domain/RecordError.h"

#include <QDate>

#include <optional>

namespace mandaat {

class Records;

/// An active engagement paused and resumed (ICF-3.3, ICF-4.2), as every way into the practice
/// records it (the engagement page's status menu and `mandaat-cli suspend` / `resume`): one
/// suspension open at a time, only where a code of the engagement provides for it (an article
/// naming the rule `suspension-resumed`), no session held while it lasts.
namespace Suspensions {

/// The rule that judges a suspension; the codes whose articles name it provide for suspending.
QString ruleId();

/// Whether a code of engagement \a engagementId in force on \a on provides for a suspension.
bool providedFor(const Records& records, qint64 engagementId, QDate on);

/// The suspension of \a engagementId that lasts on \a day, if any.
std::optional<Suspension> on(const Records& records, qint64 engagementId, QDate day, RecordError* error = nullptr);

/// Suspends the active engagement of \a suspension from its suspendedOn (not after \a today).
/// Refused, with nothing saved, where no code provides for it, when the engagement is not
/// active, already suspended, or has a session planned or held on or after that day while it
/// would last (until resumeOn). \a suspension gets its id.
bool suspend(Records& records, Suspension& suspension, QDate today, RecordError* failure);

/// Resumes the engagement suspended on \a resumedOn (not after \a today, not before the
/// suspension began). Refused, with nothing saved, when it is not suspended or no longer active
/// (an engagement ended while suspended stays so in its record).
bool resume(Records& records, qint64 engagementId, QDate resumedOn, QDate today, RecordError* failure);

} // namespace Suspensions
} // namespace mandaat
