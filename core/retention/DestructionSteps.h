#pragma once

#include "retention/Destruction.h"
#include "util/Error.h"

#include <QSqlDatabase>
#include <QStringList>

namespace mandaat::destruction {

/// The records of one scope of one engagement, in the order they are deleted (children
/// before the rows they refer to). Reads only.
bool select(const QSqlDatabase& database,
            qint64 engagementId,
            DestructionScope scope,
            QList<DestructionItem>* items,
            Error* error);

/// Deletes or clears what select() finds now; \a destroyedIds receives "table:ids;...".
/// Runs inside the caller's transaction; the FTS optimisation and VACUUM are the caller's.
bool apply(const QSqlDatabase& database,
           qint64 engagementId,
           DestructionScope scope,
           int* deleted,
           int* cleared,
           QString* destroyedIds,
           Error* error);

/// The tables a destruction of \a scope deletes from or clears, in its order.
QStringList tables(DestructionScope scope);

/// Merges every full-text index into one segment, so that the words of deleted rows leave
/// the index's segments (docs/architecture.md, Export).
bool optimiseSearchIndex(const QSqlDatabase& database, Error* error);

} // namespace mandaat::destruction
