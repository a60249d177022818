#include "CsvReader.h"

#include <QStringDecoder>

namespace mandaat {

namespace {

void setError(QString* error, const QString& message)
{
    if (error) {
        *error = message;
    }
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

std::optional<CsvTable> CsvReader::parse(const QByteArray& bytes, QString* error)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        setError(error,
                 tr("Line %1 is not UTF-8 text. Save the file as “CSV UTF-8” (in Excel: Save as, CSV UTF-8) and "
                    "try again.")
                     .arg(firstInvalidUtf8Line(bytes)));
        return std::nullopt;
    }
    if (text.startsWith(QChar(0xfeff))) {
        text.remove(0, 1);
    }

    CsvTable table;
    table.separator = detectSeparator(text);
    QList<CsvRow> records;
    CsvRow current{1, {}};
    QString field;
    bool quoted = false; // inside a quoted field
    int line = 1;
    const qsizetype size = text.size();
    auto endRecord = [&] {
        current.fields.append(field);
        field.clear();
        if (!isBlank(current.fields)) {
            records.append(current);
        }
        current = CsvRow{line, {}};
    };
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (c == QLatin1Char('\r')) {
                // CRLF or CR inside a field is one newline.
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('\n')) {
                    ++i;
                }
                field.append(QLatin1Char('\n'));
                ++line;
            } else {
                if (c == QLatin1Char('\n')) {
                    ++line;
                }
                field.append(c);
            }
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            quoted = true; // spaces before an opening quote are dropped
            field.clear();
        } else if (c == table.separator) {
            current.fields.append(field);
            field.clear();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            ++line;
            endRecord();
        } else {
            field.append(c); // also a quote inside an unquoted field, as spreadsheets read it
        }
    }
    if (quoted) {
        setError(error,
                 tr("Line %1: a field that starts with a quote (\") is never closed. Check the quotes in that "
                    "line.")
                     .arg(current.line));
        return std::nullopt;
    }
    if (!field.isEmpty() || !current.fields.isEmpty()) {
        endRecord();
    }
    if (records.isEmpty()) {
        setError(error,
                 tr("The file is empty: it needs a header line with the column names, and one line per record."));
        return std::nullopt;
    }
    for (const QString& name : records.constFirst().fields) {
        table.header.append(name.trimmed());
    }
    records.removeFirst();
    table.rows = std::move(records);
    return table;
}

} // namespace mandaat
