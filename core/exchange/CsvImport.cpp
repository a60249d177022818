#include "CsvImport.h"

#include "domain/Phrase.h"
#include "domain/Validation.h"
#include "exchange/CsvColumns.h"
#include "exchange/CsvReader.h"
#include "repositories/AuditLog.h"
#include "repositories/ClientRepository.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/RecordStore.h"

#include <QDir>
#include <QFile>

namespace mandaat {

namespace {

/// A file this large is not a list of clients; reading it whole would only cost memory.
constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;

/// The fields of one row, trimmed; a column the row lacks reads as empty.
class RowValues
{
public:
    RowValues(const CsvColumnMap& map, const CsvRow& row)
        : m_map(map)
        , m_row(row)
    { }

    QString value(CsvField field) const
    {
        const int column = m_map.columns.value(field, -1);
        return column >= 0 && column < m_row.fields.size() ? m_row.fields.at(column).trimmed() : QString();
    }

    /// First name, infix and last name, joined.
    QString composedName() const
    {
        QStringList parts;
        for (const CsvField field : {CsvField::FirstName, CsvField::Infix, CsvField::LastName}) {
            if (!value(field).isEmpty()) {
                parts.append(value(field));
            }
        }
        return parts.join(QLatin1Char(' '));
    }

    Address address() const
    {
        return {value(CsvField::Street),
                value(CsvField::PostalCode),
                value(CsvField::City),
                CsvColumns::countryCode(value(CsvField::Country))};
    }

private:
    const CsvColumnMap& m_map;
    const CsvRow& m_row;
};

bool hasComposedName(const CsvColumnMap& map)
{
    return map.has(CsvField::FirstName) || map.has(CsvField::LastName);
}

void addIssues(CsvImportResult& result, int line, const ValidationIssues& issues)
{
    for (const ValidationIssue& issue : issues) {
        result.problems.append({line, issue.message});
    }
}

} // namespace

QString CsvImportProblem::text() const
{
    return line > 0 ? CsvImport::tr("line %1: %2").arg(line).arg(reason) : reason;
}

CsvImport::CsvImport(QString connectionName)
    : m_connectionName(std::move(connectionName))
{ }

CsvImportResult CsvImport::read(CsvImportTarget target, const QByteArray& bytes, const RowSink& sink) const
{
    CsvImportResult result;
    // Streamed (issue 16): one record at a time, none kept, so that a large file costs its
    // bytes and not a copy of every row.
    const QString problem = CsvReader::utf8Problem(bytes);
    if (!problem.isEmpty()) {
        result.problems.append({0, problem});
        return result;
    }
    CsvCursor cursor(bytes);
    CsvRow headerRow;
    if (!cursor.next(&headerRow)) {
        result.problems.append(
            {0, cursor.unclosedLine() > 0 ? CsvReader::unclosedQuote(cursor.unclosedLine()) : CsvReader::emptyFile()});
        return result;
    }
    QStringList header;
    for (const QString& name : std::as_const(headerRow.fields)) {
        header.append(name.trimmed());
    }
    Error error;
    const std::optional<CsvColumnMap> map = CsvColumns::map(header, &error);
    if (!map) {
        result.problems.append({0, error.message});
        return result;
    }
    result.ignoredColumns = map->ignored;
    const bool forClients = target == CsvImportTarget::Clients;
    // Principals: "naam" is the contact person beside an organisation column, else the organisation.
    const bool nameIsOrganisation = !forClients && !map->has(CsvField::Organisation);
    if (forClients && !map->has(CsvField::Name) && !hasComposedName(*map)) {
        result.problems.append(
            {0,
             tr("The file has no column with the client's name. Name a column “naam” or “name” (or use “voornaam” "
                "and “achternaam”); the header line has: %1.")
                 .arg(header.join(QStringLiteral(", ")))});
        return result;
    }
    if (!forClients && !map->has(CsvField::Organisation) && !map->has(CsvField::Name)) {
        result.problems.append(
            {0,
             tr("The file has no column with the principal's organisation. Name a column “organisatie” or "
                "“organisation”; the header line has: %1.")
                 .arg(header.join(QStringLiteral(", ")))});
        return result;
    }
    CsvRow row;
    while (cursor.next(&row)) {
        ++result.rows;
        if (row.fields.size() > header.size()) {
            bool extra = false;
            for (qsizetype i = header.size(); i < row.fields.size(); ++i) {
                extra = extra || !row.fields.at(i).trimmed().isEmpty();
            }
            if (extra) {
                result.problems.append(
                    {row.line,
                     tr("the row has %1 fields but the header has %2 columns; put a value that contains “%3” "
                        "between double quotes.")
                         .arg(row.fields.size())
                         .arg(header.size())
                         .arg(cursor.separator())});
                continue;
            }
        }
        const RowValues values(*map, row);
        const qsizetype problemsBefore = result.problems.size();
        Client client;
        Principal principal;
        if (forClients) {
            client.name = map->has(CsvField::Name) ? values.value(CsvField::Name) : values.composedName();
            client.email = values.value(CsvField::Email);
            client.phone = values.value(CsvField::Phone);
            client.address = values.address();
            client.notes = values.value(CsvField::Notes);
            const QString language = values.value(CsvField::Language);
            if (const std::optional<QString> id = CsvColumns::languageId(language)) {
                client.language = fromId<Language>(*id).value_or(Language::Dutch);
            } else {
                result.problems.append(
                    {row.line, tr("“%1” is not a language Mandaat knows; use nl or en.").arg(language)});
            }
            addIssues(result, row.line, validate(client));
        } else {
            principal.organisation = values.value(nameIsOrganisation ? CsvField::Name : CsvField::Organisation);
            principal.contactName = map->has(CsvField::ContactName) ? values.value(CsvField::ContactName)
                : !nameIsOrganisation && map->has(CsvField::Name)   ? values.value(CsvField::Name)
                                                                    : values.composedName();
            principal.email = values.value(CsvField::Email);
            principal.phone = values.value(CsvField::Phone);
            principal.address = values.address();
            principal.notes = values.value(CsvField::Notes);
            addIssues(result, row.line, validate(principal));
        }
        if (sink && result.problems.size() == problemsBefore) {
            Error saveError;
            if (!sink(row.line, forClients ? &client : nullptr, forClients ? nullptr : &principal, &saveError)) {
                result.problems.append({row.line, saveError.message});
                return result;
            }
        }
    }
    if (cursor.unclosedLine() > 0) {
        result.problems.append({0, CsvReader::unclosedQuote(cursor.unclosedLine())});
        return result;
    }
    if (result.rows == 0) {
        result.problems.append({0, tr("The file has a header line but no rows to import.")});
    }
    result.ok = result.problems.isEmpty();
    return result;
}

CsvImportResult CsvImport::check(CsvImportTarget target, const QByteArray& bytes) const
{
    return read(target, bytes, {});
}

CsvImportResult CsvImport::importData(CsvImportTarget target, const QByteArray& bytes, Progress* progress)
{
    // Checked whole first, then read again and saved row by row: nothing is written unless
    // every row is good, and no row is kept in memory between the two.
    CsvImportResult result = read(target, bytes, {});
    if (!result.ok) {
        return result;
    }
    result.ok = false;
    RecordStore store(m_connectionName);
    if (m_clock) {
        store.setClock(m_clock);
    }
    ClientRepository clientRepository(store);
    PrincipalRepository principalRepository(store);
    AuditLog audit(store);
    RecordError error;
    Transaction transaction(store, &error);
    if (!transaction.isOpen()) {
        result.problems.append({0, error.message});
        return result;
    }
    const bool forClients = target == CsvImportTarget::Clients;
    QList<qint64> ids;
    ids.reserve(result.rows);
    reportProgress(progress, 0, result.rows);
    const CsvImportResult saved =
        read(target, bytes, [&](int, const Client* client, const Principal* principal, Error* message) {
            if (!reportProgress(progress, ids.size(), result.rows)) {
                *message = Error::make(Error::Kind::Cancelled, tr("The import was cancelled; nothing was imported."));
                return false;
            }
            RecordError saveError;
            if (client) {
                Client copy = *client;
                if (!clientRepository.save(copy, &saveError)) {
                    setError(message, saveError);
                    return false;
                }
                ids.append(copy.id);
            } else {
                Principal copy = *principal;
                if (!principalRepository.save(copy, &saveError)) {
                    setError(message, saveError);
                    return false;
                }
                ids.append(copy.id);
            }
            return true;
        });
    if (!saved.ok || ids.isEmpty()) {
        result.problems = saved.problems;
        return result; // the transaction rolls back
    }
    const QString summary = Phrase::store(
        forClients ? "audit.import.clients" : "audit.import.principals",
        {QString::number(ids.size()), QString::number(ids.constFirst()), QString::number(ids.constLast())});
    if (audit.append(
            forClients ? QStringLiteral("import.clients") : QStringLiteral("import.principals"), summary, 0, &error) ==
            0 ||
        !transaction.commit(&error)) {
        result.problems.append({0, error.message});
        return result;
    }
    reportProgress(progress, result.rows, result.rows);
    result.ids = std::move(ids);
    result.ok = true;
    return result;
}

CsvImportResult CsvImport::importFile(CsvImportTarget target, const QString& path, Progress* progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvImportResult result;
        result.problems.append(
            {0, tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString())});
        return result;
    }
    if (file.size() > MaxFileBytes) {
        CsvImportResult result;
        result.problems.append({0,
                                tr("%1 is larger than %2 MB; split it into smaller files.")
                                    .arg(QDir::toNativeSeparators(path))
                                    .arg(MaxFileBytes / (1024 * 1024))});
        return result;
    }
    return importData(target, file.readAll(), progress);
}

} // namespace mandaat
