#pragma once

#include "domain/Principal.h"
#include "domain/RecordError.h"

#include <QList>
#include <QObject>

#include <optional>

namespace mandaat {

class RecordStore;

/// Principals with their other roles (CMI-3) and declared relationships (MW-5.1).
class PrincipalRepository : public QObject
{
    Q_OBJECT

public:
    explicit PrincipalRepository(RecordStore& store, QObject* parent = nullptr);

    std::optional<Principal> principal(qint64 id, RecordError* error = nullptr) const;
    /// Sorted by organisation.
    QList<Principal> principals(const PrincipalFilter& filter = {}, RecordError* error = nullptr) const;
    /// Inserts (id 0) or updates, with roles and relationships; assigns the new ids.
    bool save(Principal& principal, RecordError* error = nullptr);
    /// Refused while an engagement refers to the principal.
    bool remove(qint64 id, RecordError* error = nullptr);

Q_SIGNALS:
    void principalsChanged();
    void principalChanged(qint64 id);
    void principalRemoved(qint64 id);

private:
    bool loadChildren(QList<Principal>& principals, RecordError* error) const;

    RecordStore& m_store;
};

} // namespace mandaat
