// validate() for principals and clients (Validation.h).

#include "Validation.h"

#include "domain/Limits.h"
#include "domain/ValidationSupport.h"

#include <QCoreApplication>

namespace mandaat {

ValidationIssues validate(const DeclaredRelationship& relationship)
{
    ValidationSupport v;
    v.knownValue(QStringLiteral("kind"),
                 !toId(relationship.kind).isEmpty(),
                 QCoreApplication::translate("Validation", "The kind of relationship"));
    v.required(QStringLiteral("description"),
               relationship.description,
               QCoreApplication::translate(
                   "Validation", "Describe the relationship (keep other relationships apart from the work)."));
    v.maxLength(QStringLiteral("description"),
                relationship.description,
                limits::LongText,
                QCoreApplication::translate("Validation", "The description"));
    v.requiredDate(QStringLiteral("declaredOn"),
                   relationship.declaredOn,
                   QCoreApplication::translate("Validation", "Enter when the relationship was declared."));
    v.notBefore(QStringLiteral("endedOn"),
                relationship.endedOn,
                relationship.declaredOn,
                QCoreApplication::translate("Validation", "The relationship ends (%1) before it was declared (%2)."));
    return v.issues();
}

ValidationIssues validate(const PrincipalRole& role)
{
    ValidationSupport v;
    v.knownValue(
        QStringLiteral("kind"), !toId(role.kind).isEmpty(), QCoreApplication::translate("Validation", "The role"));
    if (role.kind == PrincipalRoleKind::Other) {
        v.required(QStringLiteral("description"),
                   role.description,
                   QCoreApplication::translate("Validation", "Describe the other role."));
    }
    v.maxLength(QStringLiteral("description"),
                role.description,
                limits::LongText,
                QCoreApplication::translate("Validation", "The description"));
    v.requiredDate(QStringLiteral("startedOn"),
                   role.startedOn,
                   QCoreApplication::translate("Validation", "Enter since when you have this role."));
    v.notBefore(QStringLiteral("endedOn"),
                role.endedOn,
                role.startedOn,
                QCoreApplication::translate("Validation", "The role ends (%1) before it starts (%2)."));
    return v.issues();
}

ValidationIssues validate(const Principal& principal)
{
    ValidationSupport v;
    v.requiredName(QStringLiteral("organisation"),
                   principal.organisation,
                   QCoreApplication::translate("Validation", "The organisation's name"),
                   QCoreApplication::translate("Validation", "Enter the principal's organisation."));
    v.maxLength(QStringLiteral("contactName"),
                principal.contactName,
                limits::Name,
                QCoreApplication::translate("Validation", "The contact person's name"));
    v.address(QStringLiteral("address"), principal.address);
    v.email(QStringLiteral("email"), principal.email);
    v.phone(QStringLiteral("phone"), principal.phone);
    v.maxLength(QStringLiteral("notes"),
                principal.notes,
                limits::LongText,
                QCoreApplication::translate("Validation", "The notes"));
    for (int i = 0; i < principal.roles.size(); ++i) {
        v.addNested(QStringLiteral("roles"), i, validate(principal.roles.at(i)));
    }
    for (int i = 0; i < principal.relationships.size(); ++i) {
        v.addNested(QStringLiteral("relationships"), i, validate(principal.relationships.at(i)));
    }
    return v.issues();
}

ValidationIssues validate(const ClientMember& member)
{
    ValidationSupport v;
    v.requiredName(QStringLiteral("name"),
                   member.name,
                   QCoreApplication::translate("Validation", "The member's name"),
                   QCoreApplication::translate("Validation", "Enter the member's name."));
    v.maxLength(QStringLiteral("role"),
                member.role,
                limits::Name,
                QCoreApplication::translate("Validation", "The member's role"));
    v.email(QStringLiteral("email"), member.email);
    return v.issues();
}

ValidationIssues validate(const Client& client)
{
    ValidationSupport v;
    v.knownValue(QStringLiteral("kind"),
                 !toId(client.kind).isEmpty(),
                 QCoreApplication::translate("Validation", "The kind of client"));
    v.requiredName(
        QStringLiteral("name"),
        client.name,
        QCoreApplication::translate("Validation", "The client's name"),
        client.kind == ClientKind::System
            ? QCoreApplication::translate("Validation", "Name the client system, for example the team's name.")
            : QCoreApplication::translate("Validation", "Enter the client's name."));
    v.email(QStringLiteral("email"), client.email);
    v.phone(QStringLiteral("phone"), client.phone);
    v.address(QStringLiteral("address"), client.address);
    v.knownValue(QStringLiteral("language"),
                 !toId(client.language).isEmpty(),
                 QCoreApplication::translate("Validation", "The preferred language"));
    v.maxLength(QStringLiteral("notes"),
                client.notes,
                limits::LongText,
                QCoreApplication::translate("Validation", "The notes"));
    // MW-1: a client system is a team whose members are named.
    if (client.kind == ClientKind::System && client.members.isEmpty()) {
        v.add(QStringLiteral("members"),
              QCoreApplication::translate("Validation", "A client system needs at least one named member."));
    }
    if (client.kind == ClientKind::Person && !client.members.isEmpty()) {
        v.add(QStringLiteral("members"),
              QCoreApplication::translate(
                  "Validation", "A person has no members: make the client a client system, or remove the members."));
    }
    for (int i = 0; i < client.members.size(); ++i) {
        v.addNested(QStringLiteral("members"), i, validate(client.members.at(i)));
    }
    for (int i = 0; i < client.relationships.size(); ++i) {
        v.addNested(QStringLiteral("relationships"), i, validate(client.relationships.at(i)));
    }
    return v.issues();
}

} // namespace mandaat
