#include "CsvReader.h"

#include <QStringDecoder>

#include <algorithm>

namespace mandaat {

namespace {

void setProblem(Error* error, const QString& message)
{
    setError(error, Error::make(Error::Kind::Invalid, message));
}

/// The line on which the first byte that is not UTF-8 lies.
int firstInvalidUtf8Line(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    int line = 1;
    for (qsizetype start = 0; start < bytes.size();) {
        qsizetype end = bytes.indexOf('\n', start);
        end = end < 0 ? bytes.size() : end + 1;
        const QString text = decoder.decode(QByteArrayView(bytes).sliced(start, end - start));
        if (decoder.hasError()) {
            return line;
        }
        ++line;
        start = end;
    }
    return line - 1;
}

bool isBlank(const QStringList& fields)
{
    for (const QString& field : fields) {
        if (!field.trimmed().isEmpty()) {
            return false;
        }
    }
    return true;
}

} // namespace

QChar CsvReader::detectSeparator(QStringView headerLine)
{
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar c : headerLine) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (c == QLatin1Char('\n') && !quoted) {
            break;
        } else if (!quoted) {
            semicolons += c == QLatin1Char(';');
            commas += c == QLatin1Char(',');
            tabs += c == QLatin1Char('\t');
        }
    }
    if (semicolons > commas && semicolons >= tabs) {
        return QLatin1Char(';');
    }
    if (tabs > commas && tabs > semicolons) {
        return QLatin1Char('\t');
    }
    return QLatin1Char(',');
}

QString CsvReader::utf8Problem(const QByteArray& bytes)
{
    // In slices that end at a newline (never inside a character), each decoded and dropped.
    constexpr qsizetype Slice = 1 << 20;
    for (qsizetype start = 0; start < bytes.size();) {
        qsizetype end = bytes.indexOf('\n', std::min(start + Slice, bytes.size()) - 1);
        end = end < 0 ? bytes.size() : end + 1;
        QStringDecoder decoder(QStringDecoder::Utf8);
        // decode() converts only when its result becomes a QString: a discarded result converts
        // nothing and finds no error.
        const QString decoded = decoder.decode(QByteArrayView(bytes).sliced(start, end - start));
        if (decoder.hasError()) {
            return tr("Line %1 is not UTF-8 text. Save the file as “CSV UTF-8” (in Excel: Save as, CSV UTF-8) and "
                      "try again.")
                .arg(firstInvalidUtf8Line(bytes));
        }
        start = end;
    }
    return {};
}

CsvCursor::CsvCursor(const QByteArray& bytes)
    : m_bytes(bytes)
{
    if (m_bytes.startsWith("\xEF\xBB\xBF")) {
        m_position = 3;
    }
    // The header line is in the first bytes; detectSeparator stops at its end.
    m_separator = CsvReader::detectSeparator(QString::fromUtf8(
        QByteArrayView(m_bytes).sliced(m_position, std::min<qsizetype>(m_bytes.size() - m_position, 1 << 16))));
}

bool CsvCursor::next(CsvRow* row)
{
    const char separator = static_cast<char>(m_separator.toLatin1());
    const qsizetype size = m_bytes.size();
    const char* text = m_bytes.constData();
    CsvRow current{m_line, {}};
    QByteArray field;
    bool quoted = false; // inside a quoted field
    const auto endRecord = [&]() {
        current.fields.append(QString::fromUtf8(field));
        field.clear();
        const bool blank = isBlank(current.fields);
        if (!blank) {
            *row = std::move(current);
        }
        current = CsvRow{m_line, {}};
        return !blank;
    };
    while (m_position < size) {
        const char c = text[m_position++];
        if (quoted) {
            if (c == '"') {
                if (m_position < size && text[m_position] == '"') {
                    field.append(c);
                    ++m_position;
                } else {
                    quoted = false;
                }
            } else if (c == '\r') {
                // CRLF or CR inside a field is one newline.
                if (m_position < size && text[m_position] == '\n') {
                    ++m_position;
                }
                field.append('\n');
                ++m_line;
            } else {
                if (c == '\n') {
                    ++m_line;
                }
                field.append(c);
            }
        } else if (c == '"' && QString::fromUtf8(field).trimmed().isEmpty()) {
            quoted = true; // spaces before an opening quote are dropped
            field.clear();
        } else if (c == separator) {
            current.fields.append(QString::fromUtf8(field));
            field.clear();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && m_position < size && text[m_position] == '\n') {
                ++m_position;
            }
            ++m_line;
            if (endRecord()) {
                return true;
            }
        } else {
            field.append(c); // also a quote inside an unquoted field, as spreadsheets read it
        }
    }
    if (quoted) {
        m_unclosedLine = current.line;
        return false;
    }
    if (!field.isEmpty() || !current.fields.isEmpty()) {
        return endRecord();
    }
    return false;
}

std::optional<CsvTable> CsvReader::parse(const QByteArray& bytes, Error* error)
{
    const QString problem = utf8Problem(bytes);
    if (!problem.isEmpty()) {
        setProblem(error, problem);
        return std::nullopt;
    }
    CsvCursor cursor(bytes);
    CsvTable table;
    table.separator = cursor.separator();
    QList<CsvRow> records;
    CsvRow row;
    while (cursor.next(&row)) {
        records.append(std::move(row));
    }
    if (cursor.unclosedLine() > 0) {
        setProblem(error, unclosedQuote(cursor.unclosedLine()));
        return std::nullopt;
    }
    if (records.isEmpty()) {
        setProblem(error, emptyFile());
        return std::nullopt;
    }
    for (const QString& name : records.constFirst().fields) {
        table.header.append(name.trimmed());
    }
    records.removeFirst();
    table.rows = std::move(records);
    return table;
}

QString CsvReader::unclosedQuote(int line)
{
    return tr("Line %1: a field that starts with a quote (\") is never closed. Check the quotes in that line.")
        .arg(line);
}

QString CsvReader::emptyFile()
{
    return tr("The file is empty: it needs a header line with the column names, and one line per record.");
}

} // namespace mandaat
