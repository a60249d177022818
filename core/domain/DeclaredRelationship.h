#pragma once

#include "domain/EnumIds.h"

#include <QDate>
#include <QString>

namespace mandaat {

enum class RelationshipKind { Family, Friend, Business, FormerColleague, Other };

MANDAAT_ENUM_IDS(RelationshipKind,
                 {RelationshipKind::Family, "family"},
                 {RelationshipKind::Friend, "friend"},
                 {RelationshipKind::Business, "business"},
                 {RelationshipKind::FormerColleague, "former_colleague"},
                 {RelationshipKind::Other, "other"})

/// MW-5.1: a relationship between the consultant and a client or principal outside the
/// professional one. Declared relationships raise a conflict flag at onboarding (MW-5.2).
struct DeclaredRelationship
{
    qint64 id = 0;
    RelationshipKind kind = RelationshipKind::Other;
    QString description;
    QDate declaredOn;
    QDate endedOn; // invalid: ongoing

    bool operator==(const DeclaredRelationship&) const = default;
};

} // namespace mandaat
