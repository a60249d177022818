#include "compliance/CodeArticle.h"

#include <array>
#include <utility>

namespace mandaat {

namespace {

constexpr std::array<std::pair<CodePhase, const char*>, 5> kPhaseIds{{
    {CodePhase::Onboarding, "onboarding"},
    {CodePhase::Running, "running"},
    {CodePhase::Ending, "ending"},
    {CodePhase::Always, "always"},
    {CodePhase::None, "none"},
}};

} // namespace

QString codePhaseId(CodePhase phase)
{
    for (const auto& [value, id] : kPhaseIds) {
        if (value == phase) {
            return QString::fromLatin1(id);
        }
    }
    return {};
}

std::optional<CodePhase> codePhaseFromId(const QString& id)
{
    for (const auto& [value, text] : kPhaseIds) {
        if (id == QLatin1String(text)) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace mandaat
