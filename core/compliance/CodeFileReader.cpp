#include "compliance/CodeFileReader.h"

#include "compliance/CodeCatalogue.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>
#include <QVariant>

#include <initializer_list>
#include <utility>

namespace mandaat {

namespace {

QStringList keys(std::initializer_list<const char*> names)
{
    QStringList list;
    for (const char* name : names) {
        list.append(QString::fromLatin1(name));
    }
    return list;
}

class CodeFileReader
{
public:
    QStringList problems;

    CodeVersion read(const QJsonObject& root)
    {
        CodeVersion code;
        checkKeys(root,
                  keys({"format",
                        "id",
                        "family",
                        "version",
                        "binding",
                        "name",
                        "publisher",
                        "effective_from",
                        "official_text_note",
                        "applies_to",
                        "articles"}),
                  QString());
        const QJsonValue format = root.value(QLatin1String("format"));
        if (format.isUndefined()) {
            problems.append(
                CodeCatalogue::tr("format is missing; this Mandaat reads format %1.").arg(CodeCatalogue::kFormat));
        } else if (format.toInt(-1) != CodeCatalogue::kFormat) {
            problems.append(CodeCatalogue::tr("Format “%1” is not supported; this Mandaat reads format %2.")
                                .arg(format.toVariant().toString(), QString::number(CodeCatalogue::kFormat)));
        }
        code.family = string(root, QStringLiteral("family"));
        code.id = string(root, QStringLiteral("id"));
        static const QRegularExpression familyPattern(QStringLiteral("^[A-Z][A-Z0-9]*$"));
        static const QRegularExpression idPattern(QStringLiteral("^[A-Z][A-Z0-9]*-[0-9]{4}$"));
        if (!code.family.isEmpty() && !familyPattern.match(code.family).hasMatch()) {
            problems.append(
                CodeCatalogue::tr("The family “%1” must be capital letters and digits, as in MW.").arg(code.family));
        }
        if (!code.id.isEmpty() &&
            (!idPattern.match(code.id).hasMatch() || !code.id.startsWith(code.family + QLatin1Char('-')))) {
            problems.append(
                CodeCatalogue::tr("The id “%1” must be the family “%2”, a hyphen and four digits, as in %2-2020.")
                    .arg(code.id, code.family));
        }
        code.version = string(root, QStringLiteral("version"));
        const QString binding = string(root, QStringLiteral("binding"));
        if (binding == QLatin1String("law")) {
            code.binding = CodeBinding::Law;
        } else if (!binding.isEmpty() && binding != QLatin1String("subscription")) {
            problems.append(CodeCatalogue::tr("binding “%1” is not known; use subscription or law.").arg(binding));
        }
        code.names = localized(root, QStringLiteral("name"), QString(), CodeCatalogue::kMaxTitleLength);
        code.publishers = localized(root, QStringLiteral("publisher"), QString(), CodeCatalogue::kMaxTitleLength);
        code.officialTextNotes = localized(root, QStringLiteral("official_text_note"), QString(), -1);
        const QString effective = string(root, QStringLiteral("effective_from"));
        code.effectiveFrom = QDate::fromString(effective, Qt::ISODate);
        if (!effective.isEmpty() && !code.effectiveFrom.isValid()) {
            problems.append(
                CodeCatalogue::tr("effective_from “%1” is not a date; write it as YYYY-MM-DD.").arg(effective));
        }
        code.appliesTo = kinds(root, QStringLiteral("applies_to"), QString());

        const QJsonValue articles = root.value(QLatin1String("articles"));
        if (!articles.isArray() || articles.toArray().isEmpty()) {
            problems.append(CodeCatalogue::tr("articles must be a list of at least one article."));
            return code;
        }
        QSet<QString> ids;
        const QJsonArray list = articles.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            CodeArticle article = readArticle(list.at(i), i, code);
            if (article.id.isEmpty()) {
                continue;
            }
            if (ids.contains(article.id)) {
                problems.append(CodeCatalogue::tr("The article id “%1” appears more than once.").arg(article.id));
            }
            ids.insert(article.id);
            code.articles.append(article);
        }
        return code;
    }

private:
    CodeArticle readArticle(const QJsonValue& value, qsizetype index, const CodeVersion& code)
    {
        CodeArticle article;
        article.codeId = code.id;
        QString where = QStringLiteral("articles[%1]").arg(index);
        if (!value.isObject()) {
            problems.append(CodeCatalogue::tr("%1 must be an object.").arg(where));
            return article;
        }
        const QJsonObject object = value.toObject();
        article.id = string(object, QStringLiteral("id"), where);
        if (!article.id.isEmpty()) {
            where = QStringLiteral("articles[%1]").arg(article.id);
            const QRegularExpression pattern(
                QStringLiteral("^%1-[0-9]+(\\.[0-9]+)*$").arg(QRegularExpression::escape(code.family)));
            if (!pattern.match(article.id).hasMatch()) {
                problems.append(
                    CodeCatalogue::tr("The article id “%1” must be “%2-” and a number, as in %2-2 or %2-2.2.")
                        .arg(article.id, code.family));
            }
        }
        checkKeys(object, keys({"id", "title", "summary", "applies_to", "phase", "rules", "blocking"}), where);
        article.titles = localized(object, QStringLiteral("title"), where, CodeCatalogue::kMaxTitleLength);
        article.summaries = localized(object, QStringLiteral("summary"), where, CodeCatalogue::kMaxSummaryLength);
        article.appliesTo = kinds(object, QStringLiteral("applies_to"), where);
        for (const QString& kind : std::as_const(article.appliesTo)) {
            if (!code.appliesTo.isEmpty() && !code.appliesTo.contains(kind)) {
                problems.append(CodeCatalogue::tr("%1 applies to “%2”, which the code's applies_to does not cover.")
                                    .arg(where, kind));
            }
        }
        const QString phase = string(object, QStringLiteral("phase"), where);
        const std::optional<CodePhase> knownPhase = codePhaseFromId(phase);
        if (knownPhase) {
            article.phase = *knownPhase;
        } else if (!phase.isEmpty()) {
            problems.append(
                CodeCatalogue::tr("%1.phase “%2” is not known; use onboarding, running, ending, always or none.")
                    .arg(where, phase));
        }
        article.rules = ruleList(object, where);
        const QJsonValue blocking = object.value(QLatin1String("blocking"));
        if (!blocking.isBool()) {
            problems.append(CodeCatalogue::tr("%1.blocking must be true or false.").arg(where));
        }
        article.blocking = blocking.toBool();
        if (knownPhase) {
            checkPhase(article, where);
        }
        return article;
    }

    void checkPhase(const CodeArticle& article, const QString& where)
    {
        if (article.phase == CodePhase::None && !article.rules.isEmpty()) {
            problems.append(
                CodeCatalogue::tr("%1 has rules but phase none; give it the phase its rules check.").arg(where));
        } else if (article.phase != CodePhase::None && article.rules.isEmpty()) {
            problems.append(CodeCatalogue::tr("%1 has no rules; give it phase none.").arg(where));
        }
        if (article.blocking && (article.phase == CodePhase::None || article.phase == CodePhase::Running)) {
            problems.append(
                CodeCatalogue::tr("%1 cannot block: only onboarding, always and ending articles have a gate to block.")
                    .arg(where));
        }
    }

    static QString field(const QString& where, const QString& key)
    {
        return where.isEmpty() ? key : where + QLatin1Char('.') + key;
    }

    void checkKeys(const QJsonObject& object, const QStringList& known, const QString& where)
    {
        for (const QString& key : object.keys()) {
            if (!known.contains(key)) {
                problems.append(CodeCatalogue::tr("%1 is not a known key; check its spelling.").arg(field(where, key)));
            }
        }
    }

    QString string(const QJsonObject& object, const QString& key, const QString& where = QString())
    {
        const QJsonValue value = object.value(key);
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            problems.append(CodeCatalogue::tr("%1 is missing or empty.").arg(field(where, key)));
            return {};
        }
        return value.toString();
    }

    LocalizedText localized(const QJsonObject& object, const QString& key, const QString& where, int maxLength)
    {
        const QString name = field(where, key);
        const QJsonValue value = object.value(key);
        if (!value.isObject()) {
            problems.append(CodeCatalogue::tr("%1 is missing; give it as { \"nl\": …, \"en\": … }.").arg(name));
            return {};
        }
        const QJsonObject texts = value.toObject();
        checkKeys(texts, keys({"nl", "en"}), name);
        LocalizedText text{string(texts, QStringLiteral("nl"), name), string(texts, QStringLiteral("en"), name)};
        for (const auto& [language, content] : {std::pair{"nl", text.nl}, std::pair{"en", text.en}}) {
            if (maxLength > 0 && content.size() > maxLength) {
                problems.append(CodeCatalogue::tr("%1 is longer than %2 characters: write a short paraphrase in our "
                                                  "own words, never the official text.")
                                    .arg(field(name, QString::fromLatin1(language)), QString::number(maxLength)));
            }
        }
        return text;
    }

    QStringList stringList(const QJsonObject& object, const QString& key, const QString& where)
    {
        const QString name = field(where, key);
        const QJsonValue value = object.value(key);
        if (!value.isArray()) {
            problems.append(CodeCatalogue::tr("%1 must be a list.").arg(name));
            return {};
        }
        QStringList list;
        for (const QJsonValue item : value.toArray()) {
            if (!item.isString()) {
                problems.append(CodeCatalogue::tr("%1 must hold only text.").arg(name));
                continue;
            }
            if (list.contains(item.toString())) {
                problems.append(CodeCatalogue::tr("%1 names “%2” twice.").arg(name, item.toString()));
                continue;
            }
            list.append(item.toString());
        }
        return list;
    }

    QStringList kinds(const QJsonObject& object, const QString& key, const QString& where)
    {
        const QStringList list = stringList(object, key, where);
        const QStringList known = CodeCatalogue::knownEngagementKinds();
        if (object.value(key).isArray() && list.isEmpty()) {
            problems.append(CodeCatalogue::tr("%1 names no engagement kind.").arg(field(where, key)));
        }
        for (const QString& kind : list) {
            if (!known.contains(kind)) {
                problems.append(CodeCatalogue::tr("%1 names the unknown engagement kind “%2”; use one of: %3.")
                                    .arg(field(where, key), kind, known.join(QStringLiteral(", "))));
            }
        }
        return list;
    }

    QStringList ruleList(const QJsonObject& object, const QString& where)
    {
        static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        const QStringList list = stringList(object, QStringLiteral("rules"), where);
        for (const QString& rule : list) {
            if (!pattern.match(rule).hasMatch()) {
                problems.append(CodeCatalogue::tr("%1: the rule id “%2” must be lowercase words joined by hyphens.")
                                    .arg(where, rule));
            }
        }
        return list;
    }
};

} // namespace

CodeVersion readCodeFile(const QJsonObject& root, QStringList* problems)
{
    CodeFileReader reader;
    CodeVersion code = reader.read(root);
    if (problems) {
        problems->append(reader.problems);
    }
    return code;
}

} // namespace mandaat
