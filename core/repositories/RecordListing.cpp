#include "RecordListing.h"

#include "repositories/ChildRows.h"
#include "repositories/RecordStore.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace mandaat {

namespace {

const QString ClientSql =
    QStringLiteral("SELECT c.id, c.kind, c.name, c.email, c.city, c.updated_at, "
                   "(SELECT count(*) FROM engagement e WHERE e.client_id = c.id) AS engagement_count FROM client c");
const QString PrincipalSql = QStringLiteral(
    "SELECT p.id, p.organisation, p.contact_name, p.email, p.city, p.updated_at, "
    "(SELECT count(*) FROM engagement e WHERE e.principal_id = p.id) AS engagement_count FROM principal p");
const QString EngagementSql = QStringLiteral(
    "SELECT e.id, e.title, e.client_id, c.name AS client_name, e.principal_id, p.organisation AS principal_name, "
    "e.kind, e.status, e.planned_start, e.planned_end, e.updated_at FROM engagement e "
    "JOIN client c ON c.id = e.client_id LEFT JOIN principal p ON p.id = e.principal_id");

ClientSummary readClient(const RowReader& row)
{
    ClientSummary value;
    value.id = row.id("id");
    value.kind = row.enumeration("kind", ClientKind::Person);
    value.name = row.text("name");
    value.email = row.text("email");
    value.city = row.text("city");
    value.engagementCount = static_cast<int>(row.integer("engagement_count"));
    value.updatedAt = row.time("updated_at");
    return value;
}

PrincipalSummary readPrincipal(const RowReader& row)
{
    PrincipalSummary value;
    value.id = row.id("id");
    value.organisation = row.text("organisation");
    value.contactName = row.text("contact_name");
    value.email = row.text("email");
    value.city = row.text("city");
    value.engagementCount = static_cast<int>(row.integer("engagement_count"));
    value.updatedAt = row.time("updated_at");
    return value;
}

EngagementSummary readEngagement(const RowReader& row)
{
    EngagementSummary value;
    value.id = row.id("id");
    value.title = row.text("title");
    value.clientId = row.id("client_id");
    value.clientName = row.text("client_name");
    value.principalId = row.id("principal_id");
    value.principalName = row.text("principal_name");
    value.kind = row.enumeration("kind", EngagementKind::Coaching);
    value.status = row.enumeration("status", EngagementStatus::Draft);
    value.plannedStart = row.date("planned_start");
    value.plannedEnd = row.date("planned_end");
    value.updatedAt = row.time("updated_at");
    return value;
}

template <typename T, typename Read>
std::optional<QList<T>>
list(const RecordStore& store, const QString& sql, const QVariantList& values, Read read, RecordError* error)
{
    QList<T> rows;
    if (!loadRows<T>(store, sql, values, read, &rows, error)) {
        return std::nullopt;
    }
    return rows;
}

template <typename T>
std::optional<T> single(std::optional<QList<T>> rows, qint64 id, RecordError* error)
{
    if (!rows) {
        return std::nullopt;
    }
    if (rows->isEmpty()) {
        setRecordError(
            error,
            RecordError::make(RecordError::Kind::NotFound,
                              QCoreApplication::translate("Records", "There is no record number %1.").arg(id)));
        return std::nullopt;
    }
    return rows->constFirst();
}

} // namespace

RecordListing::RecordListing(const QString& connectionName)
    : m_store(std::make_unique<RecordStore>(connectionName))
{ }

RecordListing::RecordListing(const Vault& vault)
    : RecordListing(vault.connectionName())
{ }

RecordListing::~RecordListing() = default;

std::optional<QList<ClientSummary>> RecordListing::clients(RecordError* error) const
{
    return list<ClientSummary>(*m_store, ClientSql + QStringLiteral(" ORDER BY c.name, c.id"), {}, readClient, error);
}

std::optional<ClientSummary> RecordListing::client(qint64 id, RecordError* error) const
{
    return single(list<ClientSummary>(*m_store, ClientSql + QStringLiteral(" WHERE c.id = ?"), {id}, readClient, error),
                  id,
                  error);
}

std::optional<QList<PrincipalSummary>> RecordListing::principals(RecordError* error) const
{
    return list<PrincipalSummary>(
        *m_store, PrincipalSql + QStringLiteral(" ORDER BY p.organisation, p.id"), {}, readPrincipal, error);
}

std::optional<PrincipalSummary> RecordListing::principal(qint64 id, RecordError* error) const
{
    return single(
        list<PrincipalSummary>(*m_store, PrincipalSql + QStringLiteral(" WHERE p.id = ?"), {id}, readPrincipal, error),
        id,
        error);
}

std::optional<QList<EngagementSummary>>
RecordListing::engagements(qint64 clientId, qint64 principalId, RecordError* error) const
{
    QString sql = EngagementSql;
    QVariantList values;
    if (clientId > 0) {
        sql += QStringLiteral(" WHERE e.client_id = ?");
        values.append(clientId);
    }
    if (principalId > 0) {
        sql += values.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
        sql += QStringLiteral("e.principal_id = ?");
        values.append(principalId);
    }
    sql += QStringLiteral(" ORDER BY e.created_at DESC, e.id DESC");
    return list<EngagementSummary>(*m_store, sql, values, readEngagement, error);
}

std::optional<EngagementSummary> RecordListing::engagement(qint64 id, RecordError* error) const
{
    return single(list<EngagementSummary>(
                      *m_store, EngagementSql + QStringLiteral(" WHERE e.id = ?"), {id}, readEngagement, error),
                  id,
                  error);
}

} // namespace mandaat
