#include "LetterTemplate.h"

#include "domain/Money.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace mandaat {

LetterTemplate LetterTemplate::load(const QString& kind, Language language, Error* error)
{
    // Texts every letter shares (page numbers, signature labels) come from common.<lang>.json;
    // the letter's own file adds to them and may override them.
    QFile common(QStringLiteral(":/mandaat/letters/common.%1.json").arg(toId(language)));
    QFile file(QStringLiteral(":/mandaat/letters/%1.%2.json").arg(kind, toId(language)));
    if (!common.open(QIODevice::ReadOnly) || !file.open(QIODevice::ReadOnly)) {
        setError(error,
                 Error::make(Error::Kind::Failed,
                             QCoreApplication::translate("LetterTemplate", "There is no %1 letter in %2.")
                                 .arg(kind, toId(language))));
        return {};
    }
    LetterTemplate result = fromJson(common.readAll(), error);
    const LetterTemplate own = fromJson(file.readAll(), error);
    if (!result.isValid() || !own.isValid()) {
        return {};
    }
    for (auto it = own.m_texts.constBegin(); it != own.m_texts.constEnd(); ++it) {
        result.m_texts.insert(it.key(), it.value());
    }
    return result;
}

LetterTemplate LetterTemplate::fromJson(const QByteArray& json, Error* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = document.object();
    const auto language = fromId<Language>(root.value(QLatin1String("language")).toString());
    if (parseError.error != QJsonParseError::NoError || !language || !root.value(QLatin1String("texts")).isObject()) {
        setError(error,
                 Error::make(Error::Kind::Failed,
                             QCoreApplication::translate("LetterTemplate", "The letter template is damaged: %1.")
                                 .arg(parseError.error != QJsonParseError::NoError
                                          ? parseError.errorString()
                                          : QCoreApplication::translate("LetterTemplate", "no language or texts"))));
        return {};
    }
    LetterTemplate result;
    result.m_language = *language;
    result.m_locale = QLocale(root.value(QLatin1String("locale")).toString());
    const QJsonObject texts = root.value(QLatin1String("texts")).toObject();
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        result.m_texts.insert(it.key(), it.value().toString());
    }
    return result;
}

QString LetterTemplate::text(const QString& key, std::initializer_list<std::pair<const char*, QString>> values) const
{
    const auto found = m_texts.constFind(key);
    if (found == m_texts.constEnd()) {
        return key;
    }
    // One pass over the text, so that a value containing "{x}" is never filled in again.
    const QString& pattern = *found;
    QString result;
    result.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == QLatin1Char('{')) {
            const qsizetype close = pattern.indexOf(QLatin1Char('}'), i + 1);
            if (close > i) {
                const QStringView name = QStringView(pattern).mid(i + 1, close - i - 1);
                bool replaced = false;
                for (const auto& [placeholder, value] : values) {
                    if (name == QLatin1String(placeholder)) {
                        result += value;
                        replaced = true;
                        break;
                    }
                }
                if (replaced) {
                    i = close;
                    continue;
                }
            }
        }
        result += pattern.at(i);
    }
    return result;
}

QString LetterTemplate::date(QDate date) const
{
    return date.isValid() ? m_locale.toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

QString LetterTemplate::amount(qint64 cents, const QString& currency) const
{
    return Money(cents, currency).withSymbol(m_locale);
}

QString LetterTemplate::percentage(int basisPoints) const
{
    const QString number =
        basisPoints % 100 == 0 ? m_locale.toString(basisPoints / 100) : m_locale.toString(basisPoints / 100.0, 'f', 2);
    return m_language == Language::Dutch ? number + QStringLiteral(" %") : number + QStringLiteral("%");
}

} // namespace mandaat
