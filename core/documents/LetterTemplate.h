#pragma once

#include "domain/Language.h"
#include "util/Error.h"

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QString>

#include <initializer_list>
#include <utility>

namespace mandaat {

/// The fixed texts of one letter in one language, from resources/letters/<kind>.<lang>.json
/// (our own wording). Placeholders are written {name}; the text a placeholder is replaced
/// with is inserted literally. Dates and amounts use the letter's locale, not the
/// interface's: a Dutch letter reads "3 maart 2026" in an English interface.
class LetterTemplate
{
public:
    /// Loads the built-in template; an invalid template (isValid() false) when there is none.
    static LetterTemplate load(const QString& kind, Language language, Error* error = nullptr);
    /// Loads from a JSON document, for tests.
    static LetterTemplate fromJson(const QByteArray& json, Error* error = nullptr);

    bool isValid() const { return !m_texts.isEmpty(); }
    Language language() const { return m_language; }
    const QLocale& locale() const { return m_locale; }

    /// The text for \a key with its placeholders filled; the key itself when it is missing, so
    /// that a gap is visible in the letter and caught by the tests.
    QString text(const QString& key, std::initializer_list<std::pair<const char*, QString>> values = {}) const;
    bool has(const QString& key) const { return m_texts.contains(key); }

    QString date(QDate date) const;
    QString amount(qint64 cents, const QString& currency) const;
    /// 2100 basis points → "21 %" (nl) or "21%" (en).
    QString percentage(int basisPoints) const;

private:
    QHash<QString, QString> m_texts;
    Language m_language = Language::Dutch;
    QLocale m_locale;
};

} // namespace mandaat
