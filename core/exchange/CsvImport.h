#pragma once

#include "domain/Client.h"
#include "domain/Principal.h"
#include "util/Error.h"

#include "util/Progress.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace mandaat {

enum class CsvImportTarget { Clients, Principals };

/// One reason a file or row cannot be imported. line 0: the file as a whole.
struct CsvImportProblem
{
    int line = 0;
    QString reason;

    /// "line 4: reason", or the reason alone for the file.
    QString text() const;
};

struct CsvImportResult
{
    bool ok = false;
    int rows = 0; // records read from the file
    QList<qint64> ids; // the new records' ids, when written
    QStringList ignoredColumns; // headers no field knows
    QList<CsvImportProblem> problems; // every bad row, each with its line
};

/// CSV import of clients (persons) and principals, all or nothing (docs/csv-import.md):
/// columns by their Dutch or English header, every row checked with the domain's
/// validation, every bad row reported with its line, and nothing written unless every row is
/// good; then all rows in one transaction, with one audit entry.
///
/// Works on the vault's connection by name with repositories of its own, so that the whole
/// file is one transaction.
class CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(CsvImport)

public:
    explicit CsvImport(QString connectionName);

    /// For tests: the time stamped on the new records.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    /// Reads and checks without writing: what the UI previews.
    CsvImportResult check(CsvImportTarget target, const QByteArray& bytes) const;
    /// \a progress hears the rows saved of the rows checked, and may cancel until the
    /// transaction commits: then nothing is imported.
    CsvImportResult importData(CsvImportTarget target, const QByteArray& bytes, Progress* progress = nullptr);
    CsvImportResult importFile(CsvImportTarget target, const QString& path, Progress* progress = nullptr);

private:
    /// Gets each good row once it is checked (with the client or the principal); returning
    /// false stops the reading with \a error as that row's problem.
    using RowSink = std::function<bool(int line, const Client* client, const Principal* principal, Error* error)>;
    /// Reads and checks every row, one at a time; hands the good ones to \a sink, if any.
    CsvImportResult read(CsvImportTarget target, const QByteArray& bytes, const RowSink& sink) const;

    QString m_connectionName;
    std::function<QDateTime()> m_clock;
};

} // namespace mandaat
