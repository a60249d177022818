#include "ImportCommand.h"

#include "CliIo.h"
#include "SharedSettings.h"
#include "TerminalProgress.h"
#include "exchange/CsvImport.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace mandaat::cli {

ImportCommand::ImportCommand()
    : VaultCommand(QStringLiteral("import"),
                   tr("Import clients or principals from a CSV file, all or nothing (see docs/csv-import.md)."),
                   PassphraseOption::Last)
{
    addOption(
        QCommandLineOption(QStringLiteral("clients"), tr("Import clients from CSV file X."), QStringLiteral("X")));
    addOption(QCommandLineOption(
        QStringLiteral("principals"), tr("Import principals from CSV file X."), QStringLiteral("X")));
    addOption(PassphraseSource::stdinOption());
}

int ImportCommand::checkOptions(const QCommandLineParser& parser)
{
    m_clients = parser.isSet(QStringLiteral("clients"));
    if (m_clients == parser.isSet(QStringLiteral("principals"))) {
        err() << tr("Give either --clients X.csv or --principals X.csv.") << Qt::endl;
        return ExitUsage;
    }
    m_csvPath = parser.value(m_clients ? QStringLiteral("clients") : QStringLiteral("principals"));
    m_csvName = QFileInfo(m_csvPath).fileName();
    if (!QFileInfo(m_csvPath).isFile()) {
        err() << tr("%1 is not a file.").arg(QDir::toNativeSeparators(m_csvPath)) << Qt::endl;
        return ExitError;
    }
    return ExitOk;
}

int ImportCommand::executeWithVault(Vault& vault, const QCommandLineParser& /*parser*/)
{
    TerminalProgress line(tr("Importing…"));
    const CsvImportResult result =
        CsvImport(vault.connectionName())
            .importFile(m_clients ? CsvImportTarget::Clients : CsvImportTarget::Principals, m_csvPath, line.progress());
    line.finish();
    noteAuditHead(vault);
    if (!result.ignoredColumns.isEmpty()) {
        err() << tr("Ignored columns (no field has these names): %1.")
                     .arg(result.ignoredColumns.join(QStringLiteral(", ")))
              << Qt::endl;
    }
    if (!result.ok) {
        for (const CsvImportProblem& problem : result.problems) {
            err() << m_csvName << (problem.line > 0 ? QStringLiteral(" ") : QStringLiteral(": ")) << problem.text()
                  << Qt::endl;
        }
        const qsizetype lines = std::count_if(result.problems.cbegin(),
                                              result.problems.cend(),
                                              [](const CsvImportProblem& problem) { return problem.line > 0; });
        err() << (lines > 0 ? tr("Nothing was imported: correct these lines and import the file again.", "", lines)
                            : tr("Nothing was imported."))
              << Qt::endl;
        return reportFailure(vault, QString()); // bad lines: exit 1; a damaged page met on the way: 4
    }
    out() << (m_clients ? tr("Imported %n client(s) from %1 (ids %2 to %3).", "", result.ids.size())
                        : tr("Imported %n principal(s) from %1 (ids %2 to %3).", "", result.ids.size()))
                 .arg(m_csvName)
                 .arg(result.ids.constFirst())
                 .arg(result.ids.constLast())
          << Qt::endl;
    return ExitOk;
}

} // namespace mandaat::cli
