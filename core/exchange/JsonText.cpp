#include "JsonText.h"

namespace mandaat {

QString JsonText::clean(const QString& text)
{
    QString result;
    bool changed = false;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            if (changed) {
                result.append(c).append(text.at(i + 1));
            }
            ++i;
            continue;
        }
        if (c.isSurrogate()) {
            if (!changed) {
                result = text.left(i);
                changed = true;
            }
            result.append(QChar(QChar::ReplacementCharacter));
            continue;
        }
        if (changed) {
            result.append(c);
        }
    }
    return changed ? result : text;
}

QByteArray JsonText::write(const QJsonDocument& document)
{
    QByteArray bytes = document.toJson(QJsonDocument::Indented);
    // The structure of JSON is ASCII: these bytes can only be inside strings.
    bytes.replace(QByteArrayLiteral("\xe2\x80\xa8"), QByteArrayLiteral("\\u2028"));
    bytes.replace(QByteArrayLiteral("\xe2\x80\xa9"), QByteArrayLiteral("\\u2029"));
    // U+FEFF (a byte order mark pasted at the start of a text): Qt's own parser drops it raw at
    // the start of a string, but keeps it escaped.
    bytes.replace(QByteArrayLiteral("\xef\xbb\xbf"), QByteArrayLiteral("\\ufeff"));
    return bytes;
}

} // namespace mandaat
