#pragma once

#include "compliance/CodeArticle.h"
#include "compliance/CodeVersion.h"
#include "util/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mandaat {

/// The codes of conduct as data (resources/codes, format in its README.md): which articles
/// apply to an engagement, in which version, checked by which rules. Holds no widgets and no
/// vault data; builtIn() is the catalogue compiled into the application.
class CodeCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(CodeCatalogue)

public:
    static constexpr int kFormat = 1;
    static constexpr int kMaxTitleLength = 80;
    /// Summaries are our own short paraphrases; a longer text is likely a copied official one.
    static constexpr int kMaxSummaryLength = 400;

    /// ":/mandaat/codes"
    static QString builtInDirectory();
    /// The catalogue under builtInDirectory(), loaded once (thread-safe). A broken built-in
    /// file is logged and left out; loadErrors() lists it.
    static const CodeCatalogue& builtIn();
    /// The engagement kind ids an article may apply to (EngagementKind's stored ids).
    static QStringList knownEngagementKinds();

    /// A file of the catalogue that was rejected is one Error of kind Invalid: its message is
    /// "file: problem", translated, for the user or the log; its one issue has the file as field
    /// and the problem, translated, as message.
    ///
    /// Adds every *.json file of \a directory, in name order. A file with any problem is
    /// left out as a whole and the others are still added. False when any file was rejected
    /// or the folder holds none; each problem is appended to \a errors and to loadErrors().
    bool loadDirectory(const QString& directory, QList<Error>* errors = nullptr);
    bool loadFile(const QString& path, QList<Error>* errors = nullptr);
    /// \a fileName only names the data in messages.
    bool loadData(const QByteArray& json, const QString& fileName, QList<Error>* errors = nullptr);

    /// Every problem met by the load calls so far.
    const QList<Error>& loadErrors() const { return m_errors; }

    /// By family, then by effective date.
    const QList<CodeVersion>& codes() const { return m_codes; }
    std::optional<CodeVersion> code(const QString& codeId) const;
    QStringList families() const;
    std::optional<CodeVersion> latestVersion(const QString& family) const;
    /// The version of \a family with the latest effective date on or before \a day;
    /// nullopt when none was in force yet.
    std::optional<CodeVersion> versionInForce(const QString& family, QDate day) const;
    /// The code ids to pin to an engagement starting on \a startDate: for each family among
    /// \a subscribedCodeIds (version ids such as "MW-2020", or families such as "MW") the
    /// version in force then, followed by every family bound by law. Families with no
    /// version in force on that date are left out.
    QStringList codesInForce(const QStringList& subscribedCodeIds, QDate startDate) const;
    /// The articles of the code versions \a codeIds (pinned or subscribed) that apply to
    /// \a engagementKind, in order, plus those of the latest version of each family bound
    /// by law that \a codeIds does not name. Unknown ids are ignored.
    QList<CodeArticle> articlesFor(const QStringList& codeIds, const QString& engagementKind) const;
    /// The ids of the articles of articlesFor(\a codeIds, \a engagementKind) that name
    /// \a ruleId, in order, each once: where that rule's evidence is filed and what a refusal
    /// by it cites.
    QStringList articlesNaming(const QStringList& codeIds, const QString& engagementKind, const QString& ruleId) const;
    std::optional<CodeArticle> article(const QString& codeId, const QString& articleId) const;
    /// Every rule id named by an article, sorted, each once: what the rules engine must know.
    QStringList ruleIds() const;

private:
    bool addVersion(CodeVersion version, QList<Error>* errors);
    void report(const QString& file, const QString& problem, QList<Error>* errors);

    QList<CodeVersion> m_codes;
    QList<Error> m_errors;
};

} // namespace mandaat
