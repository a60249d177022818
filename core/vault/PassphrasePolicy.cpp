#include "PassphrasePolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace mandaat::PassphrasePolicy {

constexpr int MinimumCharacters = 12;
constexpr int MinimumWords = 4;

static int wordCount(const QString& passphrase)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-_.,;:]+"));
    return static_cast<int>(passphrase.split(separators, Qt::SkipEmptyParts).size());
}

QString check(const QString& passphrase)
{
    if (passphrase.trimmed().isEmpty()) {
        return QCoreApplication::translate("PassphrasePolicy", "The passphrase is empty.");
    }
    if (passphrase.size() >= MinimumCharacters || wordCount(passphrase) >= MinimumWords) {
        return {};
    }
    return QCoreApplication::translate("PassphrasePolicy",
                                       "The passphrase is too short: use at least %1 characters or %2 words.")
        .arg(MinimumCharacters)
        .arg(MinimumWords);
}

int estimatedBits(const QString& passphrase)
{
    if (passphrase.isEmpty()) {
        return 0;
    }
    bool lower = false, upper = false, digit = false, other = false;
    QSet<QChar> distinct;
    for (const QChar c : passphrase) {
        distinct.insert(c);
        if (c.isLower()) {
            lower = true;
        } else if (c.isUpper()) {
            upper = true;
        } else if (c.isDigit()) {
            digit = true;
        } else {
            other = true;
        }
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    // Repetition lowers the estimate: count each distinct character fully, repeats at half.
    const double effectiveLength = distinct.size() + 0.5 * (passphrase.size() - distinct.size());
    return static_cast<int>(effectiveLength * std::log2(std::max(pool, 2)));
}

} // namespace mandaat::PassphrasePolicy
