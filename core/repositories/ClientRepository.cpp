#include "ClientRepository.h"

#include "domain/Validation.h"
#include "repositories/ChildRows.h"
#include "repositories/RecordStore.h"
#include "repositories/RelationshipRows.h"

#include <QCoreApplication>
#include <QSet>

namespace mandaat {

namespace {

Client readClient(const RowReader& row)
{
    Client value;
    value.id = row.id("id");
    value.kind = row.enumeration("kind", ClientKind::Person);
    value.name = row.text("name");
    value.email = row.text("email");
    value.phone = row.text("phone");
    value.address = {row.text("street"), row.text("postal_code"), row.text("city"), row.text("country")};
    value.language = row.enumeration("language", Language::Dutch);
    value.notes = row.text("notes");
    value.createdAt = row.time("created_at");
    value.updatedAt = row.time("updated_at");
    return value;
}

ClientMember readMember(const RowReader& row)
{
    ClientMember value;
    value.id = row.id("id");
    value.name = row.text("name");
    value.role = row.text("role");
    value.email = row.text("email");
    return value;
}

Fields memberFields(const ClientMember& value, int position)
{
    return {
        {"position", position},
        {"name", value.name},
        {"role", value.role},
        {"email", value.email},
    };
}

bool matches(const Client& client, const ClientFilter& filter)
{
    if (filter.kind && client.kind != *filter.kind) {
        return false;
    }
    if (filter.nameContains.isEmpty() || client.name.contains(filter.nameContains, Qt::CaseInsensitive)) {
        return true;
    }
    for (const ClientMember& member : client.members) {
        if (member.name.contains(filter.nameContains, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

} // namespace

ClientRepository::ClientRepository(RecordStore& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{ }

bool ClientRepository::loadChildren(QList<Client>& clients, RecordError* error) const
{
    return attachChildren(
               m_store, clients, &Client::members, "client_member", "client_id", "position, id", readMember, error) &&
        attachChildren(m_store,
                       clients,
                       &Client::relationships,
                       "declared_relationship",
                       "client_id",
                       "declared_on, id",
                       readRelationship,
                       error);
}

std::optional<Client> ClientRepository::client(qint64 id, RecordError* error) const
{
    QList<Client> rows;
    if (!loadRows<Client>(
            m_store, QStringLiteral("SELECT * FROM client WHERE id = ?"), {id}, readClient, &rows, error)) {
        return std::nullopt;
    }
    if (rows.isEmpty()) {
        setRecordError(
            error,
            RecordError::make(RecordError::Kind::NotFound,
                              QCoreApplication::translate("Records", "There is no client number %1.").arg(id)));
        return std::nullopt;
    }
    rows.resize(1);
    if (!loadChildren(rows, error)) {
        return std::nullopt;
    }
    return rows.constFirst();
}

QList<Client> ClientRepository::clients(const ClientFilter& filter, RecordError* error) const
{
    QList<Client> rows;
    if (!loadRows<Client>(
            m_store, QStringLiteral("SELECT * FROM client ORDER BY name, id"), {}, readClient, &rows, error)) {
        return {};
    }
    if (!loadChildren(rows, error)) {
        return {};
    }
    QList<Client> result;
    for (const Client& value : std::as_const(rows)) {
        // Filtered here rather than with LIKE: SQLite folds only ASCII case.
        if (matches(value, filter)) {
            result.append(value);
        }
    }
    return result;
}

bool ClientRepository::checkRemovedMembers(const Client& client, RecordError* error) const
{
    QSet<qint64> kept;
    for (const ClientMember& member : client.members) {
        kept.insert(member.id);
    }
    std::optional<QSqlQuery> query = m_store.run(
        QStringLiteral("SELECT m.id, m.name, c.engagement_id FROM client_member m JOIN consent c ON c.member_id = m.id "
                       "WHERE m.client_id = ? ORDER BY m.position"),
        {client.id},
        error);
    if (!query) {
        return false;
    }
    while (query->next()) {
        if (!kept.contains(query->value(0).toLongLong())) {
            setRecordError(
                error,
                RecordError::make(RecordError::Kind::Refused,
                                  QCoreApplication::translate("Records",
                                                              "%1 cannot be removed from the client system: their "
                                                              "consent is recorded for engagement %2.")
                                      .arg(query->value(1).toString())
                                      .arg(query->value(2).toLongLong())));
            return false;
        }
    }
    return true;
}

bool ClientRepository::save(Client& client, RecordError* error)
{
    const ValidationIssues issues = validate(client);
    if (!issues.isEmpty()) {
        setRecordError(error, RecordError::invalid(issues));
        return false;
    }
    const bool isNew = client.id == 0;
    if (!isNew && !checkRemovedMembers(client, error)) {
        return false;
    }
    Transaction transaction(m_store, error);
    if (!transaction.isOpen()) {
        return false;
    }
    const QDateTime now = m_store.now();
    Fields fields = {
        {"kind", enumValue(client.kind)},
        {"name", client.name},
        {"email", client.email},
        {"phone", client.phone},
        {"street", client.address.street},
        {"postal_code", client.address.postalCode},
        {"city", client.address.city},
        {"country", client.address.country},
        {"language", enumValue(client.language)},
        {"notes", client.notes},
        {"updated_at", timeValue(now)},
    };
    if (isNew) {
        fields.emplace_back("created_at", timeValue(now));
        const qint64 id = m_store.insert("client", fields, error);
        if (id == 0) {
            return false;
        }
        client.id = id;
        client.createdAt = now;
    } else if (!m_store.update("client", client.id, fields, error)) {
        return false;
    }
    client.updatedAt = now;
    if (!syncChildren(m_store, "client_member", "client_id", client.id, client.members, memberFields, error) ||
        !syncChildren(m_store,
                      "declared_relationship",
                      "client_id",
                      client.id,
                      client.relationships,
                      relationshipFields,
                      error) ||
        !transaction.commit(error)) {
        if (isNew) {
            client.id = 0;
        }
        return false;
    }
    Q_EMIT clientChanged(client.id);
    Q_EMIT clientsChanged();
    return true;
}

bool ClientRepository::remove(qint64 id, RecordError* error)
{
    const std::optional<Client> existing = client(id, error);
    if (!existing) {
        return false;
    }
    const QList<qint64> engagements =
        m_store.ids(QStringLiteral("SELECT id FROM engagement WHERE client_id = ? ORDER BY id"), {id}, error);
    if (!engagements.isEmpty()) {
        setRecordError(error,
                       RecordError::make(RecordError::Kind::Refused,
                                         QCoreApplication::translate("Records",
                                                                     "“%1” cannot be deleted: they are the client "
                                                                     "of %2. A client's records are destroyed with "
                                                                     "those engagements when their retention ends.")
                                             .arg(existing->name, RecordStore::engagementList(engagements))));
        return false;
    }
    Transaction transaction(m_store, error);
    if (!transaction.isOpen() || !m_store.remove("client", id, error) || !transaction.commit(error)) {
        return false;
    }
    Q_EMIT clientRemoved(id);
    Q_EMIT clientsChanged();
    return true;
}

} // namespace mandaat
