#pragma once

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mandaat {

/// One record of a CSV file and the line it starts on (1 = the file's first line), so that
/// problems can be reported where a spreadsheet user finds them.
struct CsvRow
{
    int line = 0;
    QStringList fields;
};

struct CsvTable
{
    QChar separator;
    QStringList header; // trimmed
    QList<CsvRow> rows; // without the header and without empty lines
};

/// Reads CSV as spreadsheets write it (RFC 4180): UTF-8 with or without a byte order mark;
/// a comma, semicolon (Dutch Excel) or tab as separator, taken from the header line; fields
/// in double quotes may hold separators, newlines and doubled quotes (""). Lines end in LF,
/// CRLF or CR. Only parses: what the columns mean is CsvImport's business.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    /// The table, or nullopt with \a error set: not UTF-8, a quote never closed, no header.
    static std::optional<CsvTable> parse(const QByteArray& bytes, QString* error);
    /// The separator of \a headerLine: the most frequent of ; , and tab outside quotes, else a comma.
    static QChar detectSeparator(QStringView headerLine);
};

} // namespace mandaat
