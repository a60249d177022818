#pragma once

#include "common/forms/DatedItemsEditor.h"
#include "domain/DeclaredRelationship.h"
#include "domain/Principal.h"

/// Declared relationships (MW-5.1) and a principal's other roles (CMI-3) in a DatedItemsEditor.
namespace mandaat::forms {

QList<QPair<QString, QString>> relationshipKinds();
QList<QPair<QString, QString>> roleKinds();

QList<DatedItemsEditor::Item> itemsOf(const QList<DeclaredRelationship>& relationships);
QList<DatedItemsEditor::Item> itemsOf(const QList<PrincipalRole>& roles);
QList<DeclaredRelationship> relationshipsOf(const QList<DatedItemsEditor::Item>& items);
QList<PrincipalRole> rolesOf(const QList<DatedItemsEditor::Item>& items);

} // namespace mandaat::forms
