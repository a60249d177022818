#pragma once

#include <QString>

#include <optional>

/// Amounts of money as the user types and reads them: integer cents, in the user's locale.
/// One definition for the terms forms and `mandaat-cli engagement` (issue 18 grows it into a
/// Money type with its currency).
namespace mandaat::amount {

/// The cents of \a text, an amount in the user's locale ("1.250,50" in Dutch) or with a
/// point for decimals ("1250.50"), rounded to the cent; std::nullopt for an empty text.
/// \a ok false when the text is not an amount, negative or beyond 100,000,000,000.
std::optional<qint64> parse(const QString& text, bool* ok);

/// \a cents with two decimals in the user's locale ("95,00").
QString format(qint64 cents);

} // namespace mandaat::amount
