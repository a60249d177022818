#pragma once

#include "domain/DeclaredRelationship.h"
#include "repositories/RecordStore.h"

namespace mandaat {

// declared_relationship rows, shared by clients and principals (MW-5.1).

inline DeclaredRelationship readRelationship(const RowReader& row)
{
    DeclaredRelationship value;
    value.id = row.id("id");
    value.kind = row.enumeration("kind", RelationshipKind::Other);
    value.description = row.text("description");
    value.declaredOn = row.date("declared_on");
    value.endedOn = row.date("ended_on");
    return value;
}

inline Fields relationshipFields(const DeclaredRelationship& value, int /*position*/)
{
    return {
        {"kind", enumValue(value.kind)},
        {"description", value.description},
        {"declared_on", dateValue(value.declaredOn)},
        {"ended_on", dateValue(value.endedOn)},
    };
}

} // namespace mandaat
