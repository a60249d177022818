#pragma once

#include "domain/Engagement.h"
#include "repositories/RecordStore.h"

namespace mandaat {

// engagement rows (internal to core/repositories).

Engagement readEngagement(const RowReader& row);
/// The columns save() writes: everything but status, its dates and the retention dates,
/// which change only through transition() and setRetention().
Fields editableEngagementFields(const Engagement& engagement);
EngagementMethod readMethod(const RowReader& row);
Fields methodFields(const EngagementMethod& method, int position);
/// The column that holds the date a status was reached ("activated_on"), or nullptr for draft.
const char* statusDateColumn(EngagementStatus status);

} // namespace mandaat
