#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace mandaat {

/// JSON text for any user text (data.json of an export). QJsonDocument escapes quotes,
/// backslashes and control characters; this adds what it leaves: a lone UTF-16 surrogate
/// becomes U+FFFD (UTF-8 cannot hold it), U+2028 and U+2029, valid in JSON but line breaks
/// to JavaScript, are written as \u2028 and \u2029, and U+FEFF as \ufeff (Qt 6.4's parser
/// drops it raw at the start of a string).
class JsonText
{
public:
    /// \a text with every unpaired surrogate replaced by U+FFFD.
    static QString clean(const QString& text);
    /// The document as indented UTF-8, with U+2028, U+2029 and U+FEFF escaped.
    static QByteArray write(const QJsonDocument& document);
};

} // namespace mandaat
