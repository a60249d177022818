#pragma once

#include "domain/Client.h"
#include "domain/Engagement.h"
#include "domain/RecordError.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace mandaat {

class RecordStore;
class Vault;

/// A client as a list shows it: one row of the client table, without members or
/// relationships.
struct ClientSummary
{
    qint64 id = 0;
    ClientKind kind = ClientKind::Person;
    QString name;
    QString email;
    QString city;
    int engagementCount = 0;
    QDateTime updatedAt;

    bool operator==(const ClientSummary&) const = default;
};

struct PrincipalSummary
{
    qint64 id = 0;
    QString organisation;
    QString contactName;
    QString email;
    QString city;
    int engagementCount = 0;
    QDateTime updatedAt;

    bool operator==(const PrincipalSummary&) const = default;
};

/// An engagement with the names of its parties, as a list shows it.
struct EngagementSummary
{
    qint64 id = 0;
    QString title;
    qint64 clientId = 0;
    QString clientName;
    qint64 principalId = 0;
    QString principalName; // empty: self-paying client
    EngagementKind kind = EngagementKind::Coaching;
    EngagementStatus status = EngagementStatus::Draft;
    QDate plannedStart;
    QDate plannedEnd;
    QDateTime updatedAt;

    bool operator==(const EngagementSummary&) const = default;
};

/// The light lists behind the main window's tables: one query per list, no child rows, so
/// that a practice of thousands of clients lists as fast as a small one; the full record is
/// loaded through the repositories when one is opened. Reads only. Like the repositories,
/// it looks its connection up by name on every use.
class RecordListing
{
public:
    explicit RecordListing(const QString& connectionName);
    explicit RecordListing(const Vault& vault);
    ~RecordListing();

    /// Sorted by name.
    std::optional<QList<ClientSummary>> clients(RecordError* error = nullptr) const;
    std::optional<ClientSummary> client(qint64 id, RecordError* error = nullptr) const;
    /// Sorted by organisation.
    std::optional<QList<PrincipalSummary>> principals(RecordError* error = nullptr) const;
    std::optional<PrincipalSummary> principal(qint64 id, RecordError* error = nullptr) const;
    /// Newest first; \a clientId or \a principalId (> 0) keep only theirs.
    std::optional<QList<EngagementSummary>>
    engagements(qint64 clientId = 0, qint64 principalId = 0, RecordError* error = nullptr) const;
    std::optional<EngagementSummary> engagement(qint64 id, RecordError* error = nullptr) const;

private:
    std::unique_ptr<RecordStore> m_store;
};

} // namespace mandaat
