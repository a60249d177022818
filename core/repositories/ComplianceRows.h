#pragma once

#include "domain/ComplianceRecord.h"
#include "domain/Technology.h"
#include "repositories/RecordStore.h"

namespace mandaat {

/// How each compliance record maps to its table (internal to core/repositories): the table,
/// the order of a list, the audit entry kind, and read/fields/summary.
template <typename T>
struct RecordRows;

#define MANDAAT_RECORD_ROWS(Type, Table, Order, AuditKind)                                                             \
    template <>                                                                                                        \
    struct RecordRows<Type>                                                                                            \
    {                                                                                                                  \
        static constexpr const char* table = Table;                                                                    \
        static constexpr const char* order = Order;                                                                    \
        static constexpr const char* auditKind = AuditKind;                                                            \
        static Type read(const RowReader& row);                                                                        \
        static Fields fields(const Type& value);                                                                       \
        static QString summary(const Type& value);                                                                     \
    };

MANDAAT_RECORD_ROWS(Evidence, "evidence", "occurred_on, id", "evidence.recorded")
MANDAAT_RECORD_ROWS(Consent, "consent", "given_on, id", "consent.recorded")
MANDAAT_RECORD_ROWS(PrincipalReport, "principal_report", "sent_on, id", "report.recorded")
MANDAAT_RECORD_ROWS(Referral, "referral", "referred_on, id", "referral.recorded")
MANDAAT_RECORD_ROWS(Consultation, "consultation", "held_on, id", "consultation.recorded")
MANDAAT_RECORD_ROWS(Complaint, "complaint", "received_on, id", "complaint.recorded")
MANDAAT_RECORD_ROWS(WrittenWarning, "written_warning", "issued_on, id", "warning.recorded")
MANDAAT_RECORD_ROWS(Disclosure, "disclosure", "disclosed_on, id", "disclosure.recorded")
MANDAAT_RECORD_ROWS(Suspension, "suspension", "suspended_on, id", "suspension.recorded")
MANDAAT_RECORD_ROWS(ToolUse, "engagement_tool", "tool_id, id", "tool_use.recorded")

#undef MANDAAT_RECORD_ROWS

} // namespace mandaat
