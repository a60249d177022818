#include "SearchQuery.h"

namespace mandaat {

namespace {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

} // namespace

QStringList SearchQuery::words(const QString& text)
{
    const QString normalised = text.normalized(QString::NormalizationForm_C);
    QStringList result;
    QString current;
    for (const QChar c : normalised) {
        if (isWordCharacter(c)) {
            current.append(c);
            continue;
        }
        if (!current.isEmpty()) {
            result.append(current);
            current.clear();
        }
        if (result.size() == MaxWords) {
            return result;
        }
    }
    if (!current.isEmpty() && result.size() < MaxWords) {
        result.append(current);
    }
    return result;
}

QString SearchQuery::matchExpression(const QString& text)
{
    QStringList terms;
    for (const QString& word : words(text)) {
        // A word holds no quote (it is a separator), so quoting needs no escaping.
        terms.append(QLatin1Char('"') + word + QStringLiteral("*\""));
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace mandaat
