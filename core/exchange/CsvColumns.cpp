#include "CsvColumns.h"

#include <utility>

namespace mandaat {

namespace {

// Normalised header names; keep docs/csv-import.md in step.
const std::pair<CsvField, const char*> aliases[] = {
    {CsvField::Name, "naam"},
    {CsvField::Name, "volledigenaam"},
    {CsvField::Name, "klant"},
    {CsvField::Name, "klantnaam"},
    {CsvField::Name, "client"},
    {CsvField::Name, "clientnaam"},
    {CsvField::Name, "name"},
    {CsvField::Name, "fullname"},
    {CsvField::Name, "clientname"},
    {CsvField::FirstName, "voornaam"},
    {CsvField::FirstName, "firstname"},
    {CsvField::FirstName, "givenname"},
    {CsvField::Infix, "tussenvoegsel"},
    {CsvField::Infix, "tussenvoegsels"},
    {CsvField::Infix, "infix"},
    {CsvField::LastName, "achternaam"},
    {CsvField::LastName, "familienaam"},
    {CsvField::LastName, "lastname"},
    {CsvField::LastName, "surname"},
    {CsvField::LastName, "familyname"},
    {CsvField::Organisation, "organisatie"},
    {CsvField::Organisation, "bedrijf"},
    {CsvField::Organisation, "bedrijfsnaam"},
    {CsvField::Organisation, "firma"},
    {CsvField::Organisation, "opdrachtgever"},
    {CsvField::Organisation, "organisation"},
    {CsvField::Organisation, "organization"},
    {CsvField::Organisation, "company"},
    {CsvField::Organisation, "companyname"},
    {CsvField::Organisation, "principal"},
    {CsvField::ContactName, "contactpersoon"},
    {CsvField::ContactName, "contact"},
    {CsvField::ContactName, "contactperson"},
    {CsvField::ContactName, "contactname"},
    {CsvField::Email, "email"},
    {CsvField::Email, "emailadres"},
    {CsvField::Email, "mail"},
    {CsvField::Email, "mailadres"},
    {CsvField::Email, "emailaddress"},
    {CsvField::Phone, "telefoon"},
    {CsvField::Phone, "telefoonnummer"},
    {CsvField::Phone, "tel"},
    {CsvField::Phone, "telnr"},
    {CsvField::Phone, "gsm"},
    {CsvField::Phone, "mobiel"},
    {CsvField::Phone, "phone"},
    {CsvField::Phone, "phonenumber"},
    {CsvField::Phone, "telephone"},
    {CsvField::Phone, "mobile"},
    {CsvField::Street, "adres"},
    {CsvField::Street, "straat"},
    {CsvField::Street, "straatennummer"},
    {CsvField::Street, "address"},
    {CsvField::Street, "street"},
    {CsvField::Street, "streetaddress"},
    {CsvField::PostalCode, "postcode"},
    {CsvField::PostalCode, "postalcode"},
    {CsvField::PostalCode, "zip"},
    {CsvField::PostalCode, "zipcode"},
    {CsvField::City, "gemeente"},
    {CsvField::City, "plaats"},
    {CsvField::City, "woonplaats"},
    {CsvField::City, "stad"},
    {CsvField::City, "city"},
    {CsvField::City, "town"},
    {CsvField::Country, "land"},
    {CsvField::Country, "country"},
    {CsvField::Language, "taal"},
    {CsvField::Language, "language"},
    {CsvField::Notes, "notities"},
    {CsvField::Notes, "notitie"},
    {CsvField::Notes, "opmerkingen"},
    {CsvField::Notes, "opmerking"},
    {CsvField::Notes, "notes"},
    {CsvField::Notes, "note"},
    {CsvField::Notes, "remarks"},
    {CsvField::Notes, "comments"},
};

const std::pair<const char*, const char*> countries[] = {
    {"belgie", "BE"},
    {"belgium", "BE"},
    {"belgique", "BE"},
    {"nederland", "NL"},
    {"netherlands", "NL"},
    {"thenetherlands", "NL"},
    {"holland", "NL"},
    {"luxemburg", "LU"},
    {"luxembourg", "LU"},
    {"duitsland", "DE"},
    {"germany", "DE"},
    {"deutschland", "DE"},
    {"frankrijk", "FR"},
    {"france", "FR"},
    {"verenigdkoninkrijk", "GB"},
    {"unitedkingdom", "GB"},
};

} // namespace

QString CsvColumns::normalise(const QString& header)
{
    const QString decomposed = header.normalized(QString::NormalizationForm_D).toLower();
    QString result;
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber()) {
            result.append(c);
        }
    }
    return result;
}

QStringList CsvColumns::names(CsvField field)
{
    QStringList result;
    for (const auto& [candidate, name] : aliases) {
        if (candidate == field) {
            result.append(QLatin1String(name));
        }
    }
    return result;
}

std::optional<CsvField> CsvColumns::fieldOf(const QString& header)
{
    const QString wanted = normalise(header);
    for (const auto& [field, name] : aliases) {
        if (wanted == QLatin1String(name)) {
            return field;
        }
    }
    return std::nullopt;
}

std::optional<CsvColumnMap> CsvColumns::map(const QStringList& header, Error* error)
{
    CsvColumnMap result;
    for (int i = 0; i < header.size(); ++i) {
        const std::optional<CsvField> field = fieldOf(header.at(i));
        if (!field) {
            if (!header.at(i).isEmpty()) {
                result.ignored.append(header.at(i));
            }
            continue;
        }
        if (result.columns.contains(*field)) {
            setError(error,
                     Error::make(Error::Kind::Invalid,
                                 tr("The columns “%1” and “%2” hold the same thing; remove or rename one of them.")
                                     .arg(header.at(result.columns.value(*field)), header.at(i))));
            return std::nullopt;
        }
        result.columns.insert(*field, i);
    }
    return result;
}

QString CsvColumns::countryCode(const QString& text)
{
    const QString wanted = normalise(text);
    for (const auto& [name, code] : countries) {
        if (wanted == QLatin1String(name)) {
            return QLatin1String(code);
        }
    }
    return text.trimmed().toUpper();
}

std::optional<QString> CsvColumns::languageId(const QString& text)
{
    const QString wanted = normalise(text);
    if (wanted.isEmpty() || wanted == u"nl" || wanted == u"nederlands" || wanted == u"dutch" || wanted == u"vlaams") {
        return QStringLiteral("nl");
    }
    if (wanted == u"en" || wanted == u"engels" || wanted == u"english") {
        return QStringLiteral("en");
    }
    return std::nullopt;
}

} // namespace mandaat
