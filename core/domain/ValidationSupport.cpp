#include "ValidationSupport.h"

#include "domain/DisplayNames.h"
#include "domain/Limits.h"
#include "domain/Validation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace mandaat {

void ValidationSupport::add(const QString& field, const QString& message)
{
    m_issues.append({m_prefix + field, message});
}

void ValidationSupport::addNested(const QString& field, int index, const ValidationIssues& nested)
{
    for (const ValidationIssue& issue : nested) {
        add(QStringLiteral("%1[%2].%3").arg(field).arg(index).arg(issue.field), issue.message);
    }
}

void ValidationSupport::required(const QString& field, const QString& value, const QString& message)
{
    if (value.trimmed().isEmpty()) {
        add(field, message);
    }
}

void ValidationSupport::maxLength(const QString& field, const QString& value, int limit, const QString& what)
{
    if (value.size() > limit) {
        add(field,
            QCoreApplication::translate("Validation", "%1 has %2 characters; at most %3 fit. Shorten it.")
                .arg(what, QLocale().toString(value.size()), QLocale().toString(limit)));
    }
}

void ValidationSupport::requiredName(const QString& field,
                                     const QString& value,
                                     const QString& what,
                                     const QString& missing)
{
    required(field, value, missing);
    maxLength(field, value, limits::Name, what);
}

void ValidationSupport::email(const QString& field, const QString& value)
{
    if (value.isEmpty()) {
        return;
    }
    if (value.size() > limits::Email) {
        maxLength(field, value, limits::Email, QCoreApplication::translate("Validation", "The e-mail address"));
    } else if (!isValidEmail(value)) {
        add(field,
            QCoreApplication::translate("Validation",
                                        "“%1” is not an e-mail address: it needs a name, an @ and a domain, "
                                        "as in name@example.be.")
                .arg(value));
    }
}

void ValidationSupport::phone(const QString& field, const QString& value)
{
    if (value.isEmpty()) {
        return;
    }
    static const QRegularExpression allowed(QStringLiteral("^[+0-9 ()./-]+$"));
    if (value.size() > limits::Phone) {
        maxLength(field, value, limits::Phone, QCoreApplication::translate("Validation", "The phone number"));
    } else if (!allowed.match(value).hasMatch()) {
        add(field,
            QCoreApplication::translate("Validation",
                                        "The phone number “%1” has characters other than digits, spaces "
                                        "and + ( ) - . /.")
                .arg(value));
    }
}

void ValidationSupport::address(const QString& field, const Address& address)
{
    const QString prefix = field + QLatin1Char('.');
    maxLength(prefix + QStringLiteral("street"),
              address.street,
              limits::AddressLine,
              QCoreApplication::translate("Validation", "The street"));
    maxLength(prefix + QStringLiteral("postalCode"),
              address.postalCode,
              limits::Identifier,
              QCoreApplication::translate("Validation", "The postal code"));
    maxLength(prefix + QStringLiteral("city"),
              address.city,
              limits::AddressLine,
              QCoreApplication::translate("Validation", "The city"));
    static const QRegularExpression country(QStringLiteral("^[A-Z]{2}$"));
    if (!address.country.isEmpty() && !country.match(address.country).hasMatch()) {
        add(prefix + QStringLiteral("country"),
            QCoreApplication::translate("Validation",
                                        "“%1” is not a country code: use two capital letters, as in BE or NL.")
                .arg(address.country));
    }
}

void ValidationSupport::requiredDate(const QString& field, QDate date, const QString& missing)
{
    if (!date.isValid()) {
        add(field, missing);
    }
}

void ValidationSupport::notBefore(const QString& field, QDate later, QDate earlier, const QString& message)
{
    if (later.isValid() && earlier.isValid() && later < earlier) {
        add(field, message.arg(displayDate(later), displayDate(earlier)));
    }
}

void ValidationSupport::knownValue(const QString& field, bool known, const QString& what)
{
    if (!known) {
        add(field,
            QCoreApplication::translate("Validation", "%1 is not one Mandaat knows; choose one from the list.")
                .arg(what));
    }
}

} // namespace mandaat
