#pragma once

#include <vector>

namespace mandaat {

/// One step of the vault's schema: the statements that bring a vault from version - 1 to
/// version. Steps run in order, each in its own transaction together with the new
/// PRAGMA user_version (docs/architecture.md, Storage). A step that changes a column rebuilds the
/// table: SQLite 3.15 has no RENAME COLUMN.
struct Migration
{
    int version;
    const char* description;
    const char* sql;
};

const std::vector<Migration>& schemaMigrations();
int latestSchemaVersion();

/// Replaces the steps, for tests of the migration machinery only; nullptr restores the real
/// ones. The pointed-to list must outlive its use.
void setSchemaMigrationsForTesting(const std::vector<Migration>* steps);

} // namespace mandaat
