#pragma once

#include <QString>
#include <QStringList>

namespace mandaat {

/// Turns what a user types into an FTS4 MATCH expression that cannot be an FTS syntax error:
/// the text is cut into words as the unicode61 tokenizer cuts it (letters, digits and marks;
/// everything else separates), and every word becomes a quoted prefix term, "word*", all of
/// which must match. Quotes, operators (OR, NOT, NEAR, -x), column filters (name:) and
/// parentheses are thus only separators or plain words.
class SearchQuery
{
public:
    static constexpr int MaxWords = 16;

    /// The words of \a text, NFC-normalised, at most MaxWords.
    static QStringList words(const QString& text);
    /// The MATCH expression, or an empty string when \a text has no words (nothing to find).
    static QString matchExpression(const QString& text);
};

} // namespace mandaat
