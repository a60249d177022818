#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace mandaat {

/// A text of the code catalogue in both languages of the application.
struct LocalizedText
{
    QString nl;
    QString en;

    /// The text in \a language: "en" (or "en_GB", …) gives English; "nl", "nl_BE" and
    /// anything else give Dutch, the users' first language.
    QString text(const QString& language) const
    {
        return language.startsWith(QLatin1String("en"), Qt::CaseInsensitive) ? en : nl;
    }

    bool operator==(const LocalizedText&) const = default;
};

/// When an article bites in an engagement's life (resources/codes/README.md).
enum class CodePhase { Onboarding, Running, Ending, Always, None };

QString codePhaseId(CodePhase phase);
std::optional<CodePhase> codePhaseFromId(const QString& id);

/// One article of a code version, with our own short summary (never the official text) and
/// the ids of the rules that check it.
struct CodeArticle
{
    QString codeId; ///< The code version it belongs to: "MW-2020".
    QString id; ///< Stable: "MW-2.2", "CMI-10".
    LocalizedText titles;
    LocalizedText summaries;
    QStringList appliesTo; ///< Engagement kind ids: "coaching", "outplacement", …
    CodePhase phase = CodePhase::None;
    QStringList rules; ///< Rule ids: "code-handed-over"; empty when nothing is checked.
    bool blocking = false; ///< Its rules must be met to pass the gate of its phase.

    QString title(const QString& language) const { return titles.text(language); }
    QString summary(const QString& language) const { return summaries.text(language); }
    bool appliesToKind(const QString& engagementKind) const { return appliesTo.contains(engagementKind); }

    bool operator==(const CodeArticle&) const = default;
};

} // namespace mandaat
