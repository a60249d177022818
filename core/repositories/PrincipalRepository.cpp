#include "PrincipalRepository.h"

#include "domain/Validation.h"
#include "repositories/ChildRows.h"
#include "repositories/RecordStore.h"
#include "repositories/RelationshipRows.h"

#include <QCoreApplication>

namespace mandaat {

namespace {

Principal readPrincipal(const RowReader& row)
{
    Principal value;
    value.id = row.id("id");
    value.organisation = row.text("organisation");
    value.contactName = row.text("contact_name");
    value.address = {row.text("street"), row.text("postal_code"), row.text("city"), row.text("country")};
    value.email = row.text("email");
    value.phone = row.text("phone");
    value.notes = row.text("notes");
    value.createdAt = row.time("created_at");
    value.updatedAt = row.time("updated_at");
    return value;
}

PrincipalRole readRole(const RowReader& row)
{
    PrincipalRole value;
    value.id = row.id("id");
    value.kind = row.enumeration("kind", PrincipalRoleKind::Other);
    value.description = row.text("description");
    value.startedOn = row.date("started_on");
    value.endedOn = row.date("ended_on");
    return value;
}

Fields roleFields(const PrincipalRole& value, int /*position*/)
{
    return {
        {"kind", enumValue(value.kind)},
        {"description", value.description},
        {"started_on", dateValue(value.startedOn)},
        {"ended_on", dateValue(value.endedOn)},
    };
}

} // namespace

PrincipalRepository::PrincipalRepository(RecordStore& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{ }

bool PrincipalRepository::loadChildren(QList<Principal>& principals, RecordError* error) const
{
    return attachChildren(m_store,
                          principals,
                          &Principal::roles,
                          "principal_role",
                          "principal_id",
                          "started_on, id",
                          readRole,
                          error) &&
        attachChildren(m_store,
                       principals,
                       &Principal::relationships,
                       "declared_relationship",
                       "principal_id",
                       "declared_on, id",
                       readRelationship,
                       error);
}

std::optional<Principal> PrincipalRepository::principal(qint64 id, RecordError* error) const
{
    QList<Principal> rows;
    if (!loadRows<Principal>(
            m_store, QStringLiteral("SELECT * FROM principal WHERE id = ?"), {id}, readPrincipal, &rows, error)) {
        return std::nullopt;
    }
    if (rows.isEmpty()) {
        setRecordError(
            error,
            RecordError::make(RecordError::Kind::NotFound,
                              QCoreApplication::translate("Records", "There is no principal number %1.").arg(id)));
        return std::nullopt;
    }
    rows.resize(1);
    if (!loadChildren(rows, error)) {
        return std::nullopt;
    }
    return rows.constFirst();
}

QList<Principal> PrincipalRepository::principals(const PrincipalFilter& filter, RecordError* error) const
{
    QList<Principal> rows;
    if (!loadRows<Principal>(m_store,
                             QStringLiteral("SELECT * FROM principal ORDER BY organisation, id"),
                             {},
                             readPrincipal,
                             &rows,
                             error)) {
        return {};
    }
    QList<Principal> result;
    for (const Principal& value : std::as_const(rows)) {
        // Filtered here rather than with LIKE: SQLite folds only ASCII case.
        if (filter.nameContains.isEmpty() || value.organisation.contains(filter.nameContains, Qt::CaseInsensitive) ||
            value.contactName.contains(filter.nameContains, Qt::CaseInsensitive)) {
            result.append(value);
        }
    }
    if (!loadChildren(result, error)) {
        return {};
    }
    return result;
}

bool PrincipalRepository::save(Principal& principal, RecordError* error)
{
    const ValidationIssues issues = validate(principal);
    if (!issues.isEmpty()) {
        setRecordError(error, RecordError::invalid(issues));
        return false;
    }
    Transaction transaction(m_store, error);
    if (!transaction.isOpen()) {
        return false;
    }
    const QDateTime now = m_store.now();
    Fields fields = {
        {"organisation", principal.organisation},
        {"contact_name", principal.contactName},
        {"street", principal.address.street},
        {"postal_code", principal.address.postalCode},
        {"city", principal.address.city},
        {"country", principal.address.country},
        {"email", principal.email},
        {"phone", principal.phone},
        {"notes", principal.notes},
        {"updated_at", timeValue(now)},
    };
    const bool isNew = principal.id == 0;
    if (isNew) {
        fields.emplace_back("created_at", timeValue(now));
        const qint64 id = m_store.insert("principal", fields, error);
        if (id == 0) {
            return false;
        }
        principal.id = id;
        principal.createdAt = now;
    } else if (!m_store.update("principal", principal.id, fields, error)) {
        return false;
    }
    principal.updatedAt = now;
    if (!syncChildren(m_store, "principal_role", "principal_id", principal.id, principal.roles, roleFields, error) ||
        !syncChildren(m_store,
                      "declared_relationship",
                      "principal_id",
                      principal.id,
                      principal.relationships,
                      relationshipFields,
                      error) ||
        !transaction.commit(error)) {
        if (isNew) {
            principal.id = 0;
        }
        return false;
    }
    Q_EMIT principalChanged(principal.id);
    Q_EMIT principalsChanged();
    return true;
}

bool PrincipalRepository::remove(qint64 id, RecordError* error)
{
    const std::optional<Principal> existing = principal(id, error);
    if (!existing) {
        return false;
    }
    const QList<qint64> engagements =
        m_store.ids(QStringLiteral("SELECT id FROM engagement WHERE principal_id = ? ORDER BY id"), {id}, error);
    if (!engagements.isEmpty()) {
        setRecordError(error,
                       RecordError::make(RecordError::Kind::Refused,
                                         QCoreApplication::translate("Records",
                                                                     "“%1” cannot be deleted: it is the principal "
                                                                     "of %2. Its records are destroyed with those "
                                                                     "engagements when their retention ends.")
                                             .arg(existing->organisation, RecordStore::engagementList(engagements))));
        return false;
    }
    Transaction transaction(m_store, error);
    if (!transaction.isOpen() || !m_store.remove("principal", id, error) || !transaction.commit(error)) {
        return false;
    }
    Q_EMIT principalRemoved(id);
    Q_EMIT principalsChanged();
    return true;
}

} // namespace mandaat
