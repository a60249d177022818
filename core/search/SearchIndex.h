#pragma once

#include "util/Error.h"
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace mandaat {

/// Maintenance of the full-text tables (schema version 3): one per kind of record, each over
/// its record table as external content; since version 7 the notes' over the view
/// note_search, whose rowid is the note's time key in note_search_key (newest first = the
/// highest docid).
class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)

public:
    /// The indexes the record kinds name (RecordKinds::searchIndexes()): principal_fts,
    /// client_fts, engagement_fts, note_fts.
    static QStringList tables();

    /// Rebuilds every index from its record table: after a bulk insert without triggers, or
    /// to repair. Call inside the caller's transaction, or alone.
    static bool rebuild(QSqlDatabase database, Error* error);
    /// The notes' time keys worked out again from their sessions and creation times, and the
    /// notes' index rebuilt over them: after a bulk insert of notes without the trigger.
    static bool rebuildNotes(QSqlDatabase database, Error* error);
    /// Merges each index into one segment, dropping the terms of deleted rows (docs/architecture.md,
    /// Export, destruction: otherwise the words stay in the index's segments).
    static bool optimize(QSqlDatabase database, Error* error);
    /// FTS4's integrity-check on every table: empty when the index matches the records,
    /// else one problem per table.
    static QStringList check(QSqlDatabase database);

private:
    static bool command(QSqlDatabase& database, const QString& table, const char* command, Error* error);
};

} // namespace mandaat
