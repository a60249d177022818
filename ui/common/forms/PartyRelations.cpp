#include "PartyRelations.h"

#include "domain/DisplayNames.h"

namespace mandaat::forms {

namespace {

template <typename E>
QList<QPair<QString, QString>> kinds()
{
    QList<QPair<QString, QString>> result;
    for (const E value : allValues<E>()) {
        result.append({toId(value), displayName(value)});
    }
    return result;
}

} // namespace

QList<QPair<QString, QString>> relationshipKinds()
{
    return kinds<RelationshipKind>();
}

QList<QPair<QString, QString>> roleKinds()
{
    return kinds<PrincipalRoleKind>();
}

QList<DatedItemsEditor::Item> itemsOf(const QList<DeclaredRelationship>& relationships)
{
    QList<DatedItemsEditor::Item> items;
    for (const DeclaredRelationship& relationship : relationships) {
        items.append({relationship.id,
                      toId(relationship.kind),
                      relationship.description,
                      relationship.declaredOn,
                      relationship.endedOn});
    }
    return items;
}

QList<DatedItemsEditor::Item> itemsOf(const QList<PrincipalRole>& roles)
{
    QList<DatedItemsEditor::Item> items;
    for (const PrincipalRole& role : roles) {
        items.append({role.id, toId(role.kind), role.description, role.startedOn, role.endedOn});
    }
    return items;
}

QList<DeclaredRelationship> relationshipsOf(const QList<DatedItemsEditor::Item>& items)
{
    QList<DeclaredRelationship> relationships;
    for (const DatedItemsEditor::Item& item : items) {
        DeclaredRelationship relationship;
        relationship.id = item.id;
        relationship.kind = fromId<RelationshipKind>(item.kindId).value_or(RelationshipKind::Other);
        relationship.description = item.description;
        relationship.declaredOn = item.from;
        relationship.endedOn = item.until;
        relationships.append(relationship);
    }
    return relationships;
}

QList<PrincipalRole> rolesOf(const QList<DatedItemsEditor::Item>& items)
{
    QList<PrincipalRole> roles;
    for (const DatedItemsEditor::Item& item : items) {
        PrincipalRole role;
        role.id = item.id;
        role.kind = fromId<PrincipalRoleKind>(item.kindId).value_or(PrincipalRoleKind::Other);
        role.description = item.description;
        role.startedOn = item.from;
        role.endedOn = item.until;
        roles.append(role);
    }
    return roles;
}

} // namespace mandaat::forms
