#pragma once

#include "domain/Address.h"
#include "domain/DeclaredRelationship.h"
#include "domain/EnumIds.h"
#include "domain/Language.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mandaat {

/// MW-1: a client is a person or a client system (a team), whose members are named.
enum class ClientKind { Person, System };

MANDAAT_ENUM_IDS(ClientKind, {ClientKind::Person, "person"}, {ClientKind::System, "system"})

struct ClientMember
{
    qint64 id = 0;
    QString name;
    QString role;
    QString email;

    bool operator==(const ClientMember&) const = default;
};

struct Client
{
    qint64 id = 0;
    ClientKind kind = ClientKind::Person;
    QString name; // the person's name, or the system's name ("Team Finance")
    QString email;
    QString phone;
    Address address;
    Language language = Language::Dutch;
    QString notes;
    QList<ClientMember> members; // only for a client system, which needs at least one
    QList<DeclaredRelationship> relationships; // MW-5.1
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Client&) const = default;
};

struct ClientFilter
{
    QString nameContains; // the client's or a member's name, case-insensitive
    std::optional<ClientKind> kind;
};

} // namespace mandaat
