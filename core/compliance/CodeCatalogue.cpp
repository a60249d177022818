#include "compliance/CodeCatalogue.h"

#include "compliance/CodeFileReader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QtDebug>

#include <algorithm>
#include <utility>

namespace mandaat {

QString CodeCatalogue::builtInDirectory()
{
    return QStringLiteral(":/mandaat/codes");
}

const CodeCatalogue& CodeCatalogue::builtIn()
{
    static const CodeCatalogue catalogue = [] {
        CodeCatalogue loaded;
        if (!loaded.loadDirectory(builtInDirectory())) {
            for (const Error& error : loaded.loadErrors()) {
                qWarning().noquote() << error.message;
            }
        }
        return loaded;
    }();
    return catalogue;
}

QStringList CodeCatalogue::knownEngagementKinds()
{
    // The stored ids of EngagementKind (domain/Engagement.h); MW-1 and CMI-3 name the kinds.
    return {QStringLiteral("coaching"),
            QStringLiteral("career_guidance"),
            QStringLiteral("career_coaching"),
            QStringLiteral("outplacement"),
            QStringLiteral("evaluation"),
            QStringLiteral("selection"),
            QStringLiteral("supervision")};
}

void CodeCatalogue::report(const QString& file, const QString& problem, QList<Error>* errors)
{
    const Error error{Error::Kind::Invalid, tr("%1: %2").arg(file, problem), {ValidationIssue{file, problem}}};
    m_errors.append(error);
    if (errors) {
        errors->append(error);
    }
}

bool CodeCatalogue::loadDirectory(const QString& directory, QList<Error>* errors)
{
    const QDir dir(directory);
    if (!dir.exists()) {
        report(directory, tr("The folder does not exist."), errors);
        return false;
    }
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        report(directory, tr("The folder holds no code files (*.json)."), errors);
        return false;
    }
    bool ok = true;
    for (const QString& file : files) {
        ok = loadFile(dir.filePath(file), errors) && ok;
    }
    return ok;
}

bool CodeCatalogue::loadFile(const QString& path, QList<Error>* errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report(path, tr("The file cannot be read: %1.").arg(file.errorString()), errors);
        return false;
    }
    return loadData(file.readAll(), path, errors);
}

bool CodeCatalogue::loadData(const QByteArray& json, const QString& fileName, QList<Error>* errors)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        report(fileName,
               tr("The file is not valid JSON: %1 at character %2.")
                   .arg(parseError.errorString(), QString::number(parseError.offset)),
               errors);
        return false;
    }
    if (!document.isObject()) {
        report(fileName, tr("The file must hold one JSON object, one code version."), errors);
        return false;
    }
    QStringList problems;
    CodeVersion version = readCodeFile(document.object(), &problems);
    if (!problems.isEmpty()) {
        for (const QString& problem : std::as_const(problems)) {
            report(fileName, problem, errors);
        }
        return false;
    }
    version.sourceFile = fileName;
    return addVersion(std::move(version), errors);
}

bool CodeCatalogue::addVersion(CodeVersion version, QList<Error>* errors)
{
    for (const CodeVersion& existing : std::as_const(m_codes)) {
        if (existing.id == version.id) {
            report(version.sourceFile,
                   tr("The code %1 is already loaded from %2; give a new version its own id.")
                       .arg(version.id, existing.sourceFile),
                   errors);
            return false;
        }
        if (existing.family == version.family && existing.effectiveFrom == version.effectiveFrom) {
            report(version.sourceFile,
                   tr("%1 and %2 both take effect on %3; give the newer version a later effective_from.")
                       .arg(existing.id, version.id, version.effectiveFrom.toString(Qt::ISODate)),
                   errors);
            return false;
        }
    }
    m_codes.append(std::move(version));
    std::stable_sort(m_codes.begin(), m_codes.end(), [](const CodeVersion& a, const CodeVersion& b) {
        return a.family != b.family ? a.family < b.family : a.effectiveFrom < b.effectiveFrom;
    });
    return true;
}

std::optional<CodeVersion> CodeCatalogue::code(const QString& codeId) const
{
    for (const CodeVersion& version : m_codes) {
        if (version.id == codeId) {
            return version;
        }
    }
    return std::nullopt;
}

QStringList CodeCatalogue::families() const
{
    QStringList list;
    for (const CodeVersion& version : m_codes) {
        if (!list.contains(version.family)) {
            list.append(version.family);
        }
    }
    return list;
}

std::optional<CodeVersion> CodeCatalogue::latestVersion(const QString& family) const
{
    return versionInForce(family, QDate(9999, 12, 31));
}

std::optional<CodeVersion> CodeCatalogue::versionInForce(const QString& family, QDate day) const
{
    const CodeVersion* found = nullptr;
    for (const CodeVersion& version : m_codes) {
        if (version.family == family && version.effectiveFrom <= day &&
            (!found || found->effectiveFrom < version.effectiveFrom)) {
            found = &version;
        }
    }
    return found ? std::optional<CodeVersion>(*found) : std::nullopt;
}

QStringList CodeCatalogue::codesInForce(const QStringList& subscribedCodeIds, QDate startDate) const
{
    const QStringList known = families();
    QStringList wanted;
    for (const QString& id : subscribedCodeIds) {
        QString family = id;
        if (const std::optional<CodeVersion> version = code(id)) {
            family = version->family;
        } else if (!known.contains(id)) {
            // A version id no longer in the catalogue still names its family.
            family = id.section(QLatin1Char('-'), 0, 0);
        }
        if (known.contains(family) && !wanted.contains(family)) {
            wanted.append(family);
        }
    }
    for (const CodeVersion& version : m_codes) {
        if (version.binding == CodeBinding::Law && !wanted.contains(version.family)) {
            wanted.append(version.family);
        }
    }
    QStringList ids;
    for (const QString& family : std::as_const(wanted)) {
        if (const std::optional<CodeVersion> version = versionInForce(family, startDate)) {
            ids.append(version->id);
        }
    }
    return ids;
}

QStringList
CodeCatalogue::articlesNaming(const QStringList& codeIds, const QString& engagementKind, const QString& ruleId) const
{
    QStringList ids;
    for (const CodeArticle& article : articlesFor(codeIds, engagementKind)) {
        if (article.rules.contains(ruleId) && !ids.contains(article.id)) {
            ids << article.id;
        }
    }
    return ids;
}

QList<CodeArticle> CodeCatalogue::articlesFor(const QStringList& codeIds, const QString& engagementKind) const
{
    QList<CodeVersion> versions;
    for (const QString& id : codeIds) {
        if (const std::optional<CodeVersion> version = code(id)) {
            versions.append(*version);
        }
    }
    for (const QString& family : families()) {
        const bool named = std::any_of(versions.cbegin(), versions.cend(), [&family](const CodeVersion& version) {
            return version.family == family;
        });
        const std::optional<CodeVersion> latest = latestVersion(family);
        if (!named && latest && latest->binding == CodeBinding::Law) {
            versions.append(*latest);
        }
    }
    QList<CodeArticle> articles;
    for (const CodeVersion& version : std::as_const(versions)) {
        for (const CodeArticle& article : version.articles) {
            if (article.appliesToKind(engagementKind)) {
                articles.append(article);
            }
        }
    }
    return articles;
}

std::optional<CodeArticle> CodeCatalogue::article(const QString& codeId, const QString& articleId) const
{
    const std::optional<CodeVersion> version = code(codeId);
    return version ? version->article(articleId) : std::nullopt;
}

QStringList CodeCatalogue::ruleIds() const
{
    QStringList ids;
    for (const CodeVersion& version : m_codes) {
        for (const CodeArticle& article : version.articles) {
            for (const QString& rule : article.rules) {
                if (!ids.contains(rule)) {
                    ids.append(rule);
                }
            }
        }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace mandaat
