#pragma once

#include "util/Error.h"
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

/// The records of CSV bytes one at a time, so that a file of a million rows is never held as
/// a million records (issue 16, item 9). Works on the bytes (quotes, separators and line ends
/// are ASCII); each field is decoded when its record ends. The bytes must be UTF-8
/// (CsvReader::utf8Problem) and outlive the cursor.
class CsvCursor
{
public:
    explicit CsvCursor(const QByteArray& bytes);

    QChar separator() const { return m_separator; }
    /// The next record that is not blank. False at the end, or at a quoted field never closed:
    /// then unclosedLine() is the line its record starts on.
    bool next(CsvRow* row);
    int unclosedLine() const { return m_unclosedLine; }

private:
    const QByteArray& m_bytes;
    qsizetype m_position = 0;
    int m_line = 1;
    QChar m_separator;
    int m_unclosedLine = 0;
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
    static std::optional<CsvTable> parse(const QByteArray& bytes, Error* error);
    /// Empty when \a bytes are UTF-8 (a byte order mark allowed), else the message naming the
    /// first line that is not.
    static QString utf8Problem(const QByteArray& bytes);
    /// The separator of \a headerLine: the most frequent of ; , and tab outside quotes, else a comma.
    static QChar detectSeparator(QStringView headerLine);
    /// The messages parse() gives, for readers that use a CsvCursor themselves.
    static QString unclosedQuote(int line);
    static QString emptyFile();
};

} // namespace mandaat
