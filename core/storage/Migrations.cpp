#include "Migrations.h"

namespace mandaat {

namespace {

// Version 1: what the vault itself needs before any practice record exists.
const char* const v1Foundation = R"SQL(
CREATE TABLE practice_setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value
);
)SQL";

const std::vector<Migration>* s_testingSteps = nullptr;

} // namespace

const std::vector<Migration>& schemaMigrations()
{
    static const std::vector<Migration> steps = {
        {1, "foundation: practice settings", v1Foundation},
    };
    return s_testingSteps ? *s_testingSteps : steps;
}

void setSchemaMigrationsForTesting(const std::vector<Migration>* steps)
{
    s_testingSteps = steps;
}

int latestSchemaVersion()
{
    return schemaMigrations().back().version;
}

} // namespace mandaat
