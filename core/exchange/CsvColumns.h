#pragma once

#include "util/Error.h"
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace mandaat {

/// What a CSV column holds, recognised by its header in Dutch or English
/// (docs/csv-import.md lists every name).
enum class CsvField {
    Name,
    FirstName,
    Infix, // Dutch "tussenvoegsel": van, de, van der
    LastName,
    Organisation,
    ContactName,
    Email,
    Phone,
    Street,
    PostalCode,
    City,
    Country,
    Language,
    Notes,
};

/// Which column holds which field.
struct CsvColumnMap
{
    QMap<CsvField, int> columns;
    QStringList ignored; // headers no field knows, as written in the file

    bool has(CsvField field) const { return columns.contains(field); }
};

class CsvColumns
{
    Q_DECLARE_TR_FUNCTIONS(CsvColumns)

public:
    /// Lower case, without diacritics, spaces or punctuation: "E-mail" and "e mail" are "email".
    static QString normalise(const QString& header);
    /// The header names (normalised) of \a field, Dutch first.
    static QStringList names(CsvField field);
    static std::optional<CsvField> fieldOf(const QString& header);
    /// Maps a header line; nullopt with \a error when two columns hold the same field.
    static std::optional<CsvColumnMap> map(const QStringList& header, Error* error);

    /// "België", "Nederland", "belgium", "be" -> "BE"; anything else upper-cased and trimmed, for
    /// validation to judge.
    static QString countryCode(const QString& text);
    /// "nl", "Nederlands", "Dutch", "en", "Engels", "English" (any case); empty is Dutch.
    static std::optional<QString> languageId(const QString& text);
};

} // namespace mandaat
