#pragma once

#include <QString>

namespace mandaat {

/// A postal address as letters print it. country is an ISO 3166 alpha-2 code ("BE", "NL").
struct Address
{
    QString street;
    QString postalCode;
    QString city;
    QString country;

    bool isEmpty() const { return street.isEmpty() && postalCode.isEmpty() && city.isEmpty() && country.isEmpty(); }
    bool operator==(const Address&) const = default;
};

} // namespace mandaat
