#pragma once

#include "util/Error.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace mandaat {

/// An amount of money: integer cents of an ISO 4217 currency ("EUR"), never a double
/// (docs/architecture.md, Money). Terms, letters, the dossier and messages format it here;
/// forms and the CLI parse it here.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    /// The largest amount parse() accepts: 100,000,000,000.00.
    static constexpr qint64 MaxCents = 10'000'000'000'000;

    Money() = default;
    Money(qint64 cents, const QString& currency)
        : m_cents(cents)
        , m_currency(currency)
    { }

    qint64 cents() const { return m_cents; }
    const QString& currency() const { return m_currency; }

    /// The number in \a locale with two decimals, its group separator and its minus sign:
    /// "1,250.50" (English), "1.250,50" (Dutch), "-12.50".
    QString number(const QLocale& locale = QLocale()) const;
    /// The number and the currency code, as messages and the dossier show it: "1,250.50 EUR".
    QString withCode(const QLocale& locale = QLocale()) const;
    /// As a letter writes it: the euro sign before the number, with a space in Dutch
    /// ("€ 1.250,50") and without in other languages ("€1,250.50"); another currency as
    /// withCode() ("1,250.50 USD").
    QString withSymbol(const QLocale& locale) const;

    /// The amount \a text in \a currency: written as in \a locale ("1.250,50" in Dutch, the
    /// group separators optional but in their places) or with a point for decimals and commas
    /// for groups ("1250.50", "1,250.50"), with an optional sign. More than two decimals are
    /// rounded to the cent half away from zero, on the digits as typed ("0.125" is 0.13,
    /// "-0.125" is -0.13). std::nullopt, and \a error says why, for an empty text, anything
    /// else (letters, an exponent, a currency sign) and an amount beyond MaxCents either way
    /// (kind Invalid).
    static std::optional<Money>
    parse(const QString& text, const QString& currency, const QLocale& locale = QLocale(), Error* error = nullptr);

    /// A fee typed in a form or on the command line, in cents (the currency is asked
    /// separately): std::nullopt for an empty text; \a ok false for a text that is no amount
    /// (parse()) or a negative one.
    static std::optional<qint64> parseFee(const QString& text, bool* ok);

    bool operator==(const Money&) const = default;

private:
    qint64 m_cents = 0;
    QString m_currency;
};

} // namespace mandaat
