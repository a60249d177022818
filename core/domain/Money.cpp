#include "Money.h"

namespace mandaat {

namespace {

// Digits of an amount beyond which it cannot be below MaxCents (and qint64 cannot overflow).
constexpr qsizetype MaxUnitDigits = 12;

struct Reading
{
    bool valid = false;
    bool tooLarge = false;
    qint64 cents = 0;
};

bool isGroupSeparator(QChar c, const QString& group)
{
    // A typed space stands for a locale's no-break (or narrow no-break) space.
    return group == QString(c) || (c == QLatin1Char(' ') && group.size() == 1 && group.at(0).isSpace());
}

// \a text (without its sign) read with \a decimal as the decimal point and \a group between
// groups of three digits.
Reading read(QStringView text, const QString& decimal, const QString& group)
{
    Reading result;
    const qsizetype point = text.indexOf(decimal);
    const QStringView whole = point < 0 ? text : text.left(point);
    const QStringView fraction = point < 0 ? QStringView() : text.mid(point + decimal.size());
    if ((point >= 0 && fraction.isEmpty()) || (whole.isEmpty() && fraction.isEmpty())) {
        return result;
    }
    QString units;
    qsizetype run = 0; // digits since the start or the last separator
    bool grouped = false;
    for (const QChar c : whole) {
        if (c.isDigit()) {
            units += QChar(char16_t(u'0' + c.digitValue()));
            ++run;
        } else if (isGroupSeparator(c, group)) {
            if (grouped ? run != 3 : (run < 1 || run > 3)) {
                return result;
            }
            grouped = true;
            run = 0;
        } else {
            return result;
        }
    }
    if (grouped && run != 3) {
        return result;
    }
    QString decimals;
    for (const QChar c : fraction) {
        if (!c.isDigit()) {
            return result;
        }
        decimals += QChar(char16_t(u'0' + c.digitValue()));
    }
    result.valid = true;
    while (units.size() > 1 && units.startsWith(QLatin1Char('0'))) {
        units.remove(0, 1);
    }
    if (units.size() > MaxUnitDigits) {
        result.tooLarge = true;
        return result;
    }
    // Half away from zero: the third decimal decides, the magnitude is rounded.
    const qint64 cents = decimals.leftJustified(2, QLatin1Char('0')).left(2).toLongLong();
    const bool up = decimals.size() > 2 && decimals.at(2) >= QLatin1Char('5');
    result.cents = units.toLongLong() * 100 + cents + (up ? 1 : 0);
    result.tooLarge = result.cents > Money::MaxCents;
    return result;
}

} // namespace

QString Money::number(const QLocale& locale) const
{
    const qint64 magnitude = m_cents < 0 ? -m_cents : m_cents;
    QString fraction = locale.toString(magnitude % 100);
    if (magnitude % 100 < 10) {
        fraction.prepend(locale.zeroDigit());
    }
    return (m_cents < 0 ? locale.negativeSign() : QString()) + locale.toString(magnitude / 100) +
        locale.decimalPoint() + fraction;
}

QString Money::withCode(const QLocale& locale) const
{
    return QStringLiteral("%1 %2").arg(number(locale), m_currency);
}

QString Money::withSymbol(const QLocale& locale) const
{
    if (m_currency == QLatin1String("EUR")) {
        return locale.language() == QLocale::Dutch ? QStringLiteral("\u20ac %1").arg(number(locale))
                                                   : QStringLiteral("\u20ac%1").arg(number(locale));
    }
    return withCode(locale);
}

std::optional<Money> Money::parse(const QString& text, const QString& currency, const QLocale& locale, Error* error)
{
    const auto fail = [&](const QString& message) -> std::optional<Money> {
        setError(error, Error::make(Error::Kind::Invalid, message));
        return std::nullopt;
    };
    const QString example = Money(125050, currency).number(locale);
    QStringView digits = QStringView(text).trimmed();
    if (digits.isEmpty()) {
        return fail(tr("No amount was entered; write it as %1.").arg(example));
    }
    bool negative = false;
    for (const QString& sign : {locale.negativeSign(), QStringLiteral("-"), QStringLiteral("\u2212")}) {
        if (!negative && digits.startsWith(sign)) {
            negative = true;
            digits = digits.mid(sign.size());
        }
    }
    for (const QString& sign : {locale.positiveSign(), QStringLiteral("+")}) {
        if (!negative && digits.startsWith(sign)) {
            digits = digits.mid(sign.size());
            break;
        }
    }
    Reading reading = read(digits, locale.decimalPoint(), locale.groupSeparator());
    if (!reading.valid) {
        reading = read(digits, QStringLiteral("."), QStringLiteral(","));
    }
    if (!reading.valid) {
        return fail(tr("“%1” is not an amount; write it as %2.").arg(text.trimmed(), example));
    }
    if (reading.tooLarge) {
        return fail(tr("“%1” is more than %2.").arg(text.trimmed(), Money(MaxCents, currency).number(locale)));
    }
    return Money(negative ? -reading.cents : reading.cents, currency);
}

std::optional<qint64> Money::parseFee(const QString& text, bool* ok)
{
    *ok = true;
    if (text.trimmed().isEmpty()) {
        return std::nullopt;
    }
    const std::optional<Money> money = parse(text, QString());
    *ok = money && money->cents() >= 0;
    return *ok ? std::optional<qint64>(money->cents()) : std::nullopt;
}

} // namespace mandaat
