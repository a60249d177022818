#pragma once

#include "lifecycle/TerminationPlan.h"
#include "util/Error.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace mandaat {

class Records;
struct Engagement;

/// The end of an engagement as every way into the practice records it (the termination wizard
/// and `mandaat-cli end` alike; docs/compliance-evidence.md): the referral or the reason not to
/// refer (CMI-11), the handover letter and the proposed successor for a conflict of interest
/// (MW-5.3), the final report (CMI-8), the termination letter, active → ending → ended and the
/// retention dates, in one transaction. Evidence is filed under the engagement's own article
/// that the rule asking for it serves, found in the catalogue, never named here.
namespace Termination {

/// The reasons \a engagement may end for on \a on: the lifecycle's (an active engagement ends
/// through ending), less the six months without a session where no code of the engagement
/// ends it so (under ICF or MW alone there is no interruption clock).
QList<EndReason> reasonsFor(const Records& records, const Engagement& engagement, QDate on);

/// Sets the plan's retention dates to the practice policy's, counted from its end date.
void setPolicyRetention(const Records& records, TerminationPlan& plan);

/// Whether \a plan may end engagement \a engagementId: the lifecycle (the reason fits, no date
/// before an earlier step), the plan's own answers (a successor for a conflict of interest;
/// before ending early, whether the client was referred), and the blocking articles of the
/// ending gate (CMI-12: a written warning before ending for obstruction), counting what end()
/// will record. False, with the refusal in \a error, when it may not.
bool check(const Records& records, qint64 engagementId, const TerminationPlan& plan, Error* error);

/// The termination letter and (MW-5.3) the handover letter of \a plan, rendered, not stored.
std::optional<QByteArray>
renderLetter(Records& records, qint64 engagementId, const TerminationPlan& plan, Error* error);
std::optional<QByteArray>
renderHandover(Records& records, qint64 engagementId, const TerminationPlan& plan, Error* error);

/// Checks \a plan (check()) and records the end in one transaction; the retention dates the
/// plan leaves invalid are the practice policy's. Nothing is stored when it is refused.
bool end(Records& records, qint64 engagementId, const TerminationPlan& plan, Error* error);

} // namespace Termination
} // namespace mandaat
