#pragma once

#include "domain/RecordError.h"
#include "retention/Destruction.h"
#include "util/Progress.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace mandaat {

class Records;
class Vault;

/// Retention and destruction (MW-4.2; docs/architecture.md, Export): which
/// engagements are past a retention date, what destroying them would delete, and the
/// destruction itself: rows deleted with secure_delete, every full-text index optimised, a
/// tombstone and an audit entry written in one transaction, then VACUUM. Irreversible.
class RetentionService
{
    Q_DECLARE_TR_FUNCTIONS(RetentionService)

public:
    RetentionService(const Vault& vault, Records& records);

    /// Ended engagements with a retention date before \a at whose scope is not destroyed yet.
    QList<RetentionDue> due(QDate at, RecordError* error = nullptr) const;
    /// Every scope of the engagement that is due at \a at (the financial one only once the
    /// dossier is destroyed or destroyed with it); nullopt with the reason when none is.
    std::optional<DestructionPlan> plan(qint64 engagementId, QDate at, RecordError* error = nullptr) const;
    /// Destroys what the plan names, as the records are now; \a reason is kept in the
    /// tombstone ("retention period over"). \a progress hears each step (each scope, the
    /// search index, the VACUUM); the destruction is one transaction and runs to its end, so a
    /// cancel is not heard.
    bool destroy(const DestructionPlan& plan,
                 const QString& reason,
                 RecordError* error = nullptr,
                 Progress* progress = nullptr);

    QList<Tombstone> tombstones(RecordError* error = nullptr) const;
    /// After a restore: applies each of \a recorded (the replaced vault's tombstones) that this
    /// vault has not, keeping its uid; \a applied receives a translated line for each.
    bool reapply(const QList<Tombstone>& recorded, QStringList* applied, RecordError* error = nullptr);

private:
    bool destroyScope(qint64 engagementId,
                      DestructionScope scope,
                      const QDate& retentionUntil,
                      const QString& reason,
                      const QString& uid,
                      const QString& auditKind,
                      RecordError* error);
    bool vacuum(RecordError* error);

    const Vault& m_vault;
    Records& m_records;
};

} // namespace mandaat
