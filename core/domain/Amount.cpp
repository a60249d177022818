#include "Amount.h"

#include <QLocale>

#include <cmath>

namespace mandaat::amount {

std::optional<qint64> parse(const QString& text, bool* ok)
{
    const QString trimmed = text.trimmed();
    *ok = true;
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    double value = QLocale().toDouble(trimmed, ok);
    if (!*ok) {
        value = QLocale::c().toDouble(trimmed, ok);
    }
    if (!*ok || !std::isfinite(value) || value < 0.0 || value > 1e11) {
        *ok = false;
        return std::nullopt;
    }
    return std::llround(value * 100.0);
}

QString format(qint64 cents)
{
    return QLocale().toString(static_cast<double>(cents) / 100.0, 'f', 2);
}

} // namespace mandaat::amount
