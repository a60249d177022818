#pragma once

#include "domain/Client.h"
#include "domain/RecordError.h"

#include <QList>
#include <QObject>

#include <optional>

namespace mandaat {

class RecordStore;

/// Clients: persons and client systems with their members, and declared relationships
/// (MW-5.1).
class ClientRepository : public QObject
{
    Q_OBJECT

public:
    explicit ClientRepository(RecordStore& store, QObject* parent = nullptr);

    std::optional<Client> client(qint64 id, RecordError* error = nullptr) const;
    /// Sorted by name.
    QList<Client> clients(const ClientFilter& filter = {}, RecordError* error = nullptr) const;
    /// Inserts (id 0) or updates, with members and relationships; members keep their ids.
    /// Removing a member that a consent names is refused.
    bool save(Client& client, RecordError* error = nullptr);
    /// Refused while an engagement refers to the client.
    bool remove(qint64 id, RecordError* error = nullptr);

Q_SIGNALS:
    void clientsChanged();
    void clientChanged(qint64 id);
    void clientRemoved(qint64 id);

private:
    bool loadChildren(QList<Client>& clients, RecordError* error) const;
    bool checkRemovedMembers(const Client& client, RecordError* error) const;

    RecordStore& m_store;
};

} // namespace mandaat
