#include "DemoCommand.h"

#include "CliIo.h"
#include "SharedSettings.h"
#include "TerminalProgress.h"
#include "demo/DemoPractice.h"
#include "util/OutputFile.h"

#include <QDir>
#include <QFileInfo>

namespace mandaat::cli {

DemoCommand::DemoCommand()
    : Command(QStringLiteral("demo"),
              tr("Create a vault with a demo practice; the same seed and date give the same practice."))
{
    addPositional(QStringLiteral("file"), tr("The vault file to create; it must not exist."));
    addOption(QCommandLineOption(QStringLiteral("clients"),
                                 tr("About N clients (default %1, at least %2).")
                                     .arg(DemoOptions::DefaultClients)
                                     .arg(DemoOptions::MinimumClients),
                                 QStringLiteral("N")));
    addOption(QCommandLineOption(QStringLiteral("seed"), tr("The random seed (default 1)."), QStringLiteral("S")));
    addOption(QCommandLineOption(QStringLiteral("today"),
                                 tr("The date every record counts back from (default: today, UTC)."),
                                 QStringLiteral("YYYY-MM-DD")));
    addOption(PassphraseSource::stdinOption());
}

int DemoCommand::execute(const QCommandLineParser& parser)
{
    const QString path = parser.positionalArguments().at(1);
    DemoOptions options;
    if (parser.isSet(QStringLiteral("clients"))) {
        bool ok = false;
        options.clients = parser.value(QStringLiteral("clients")).toInt(&ok);
        if (!ok || options.clients < DemoOptions::MinimumClients || options.clients > DemoOptions::MaximumClients) {
            err() << tr("--clients needs a whole number from %1 to %2.")
                         .arg(DemoOptions::MinimumClients)
                         .arg(DemoOptions::MaximumClients)
                  << Qt::endl;
            return ExitUsage;
        }
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            err() << tr("--seed needs a whole number of 0 or more.") << Qt::endl;
            return ExitUsage;
        }
    }
    if (!dayOption(parser,
                   QStringLiteral("today"),
                   tr("a date"),
                   QDateTime::currentDateTimeUtc().date(),
                   {},
                   &options.today)) {
        return ExitUsage;
    }
    if (QFileInfo::exists(path)) {
        err() << tr("%1 already exists. Choose another name; Mandaat never overwrites a file when it creates a vault.")
                     .arg(QDir::toNativeSeparators(path))
              << Qt::endl;
        return ExitError;
    }
    // Built under a temporary name and renamed when complete: a killed run leaves no half
    // vault under the real name, and what it left is removed by the next run (issue 16).
    OutputFile::removeStalePartials(QFileInfo(path).absolutePath());
    OutputFile building(path, OutputFile::Existing::Refuse);
    Error error;
    if (!building.reserve(&error)) {
        err() << error.message << Qt::endl;
        return ExitError;
    }
    int exitCode = ExitOk;
    auto vault = createVault(parser, building.temporaryPath(), &exitCode);
    if (!vault) {
        return exitCode;
    }
    building.lockTemporary();
    DemoSummary summary;
    TerminalProgress line(tr("Building the demo practice…"));
    const bool filled = DemoPractice::fill(vault->connectionName(), options, &summary, &error, line.progress());
    line.finish();
    if (!filled) {
        err() << error.message << Qt::endl;
        return ExitError; // the partial vault is removed with building
    }
    noteAuditHead(*vault);
    vault->close();
    vault.reset();
    if (!building.commit(&error)) {
        err() << error.message << Qt::endl;
        return ExitError;
    }
    out() << tr("Created %1 with a demo practice: %2 clients, %3 principals, %4 engagements, %5 sessions.")
                 .arg(QDir::toNativeSeparators(path))
                 .arg(summary.clients)
                 .arg(summary.principals)
                 .arg(summary.engagements)
                 .arg(summary.sessions)
          << Qt::endl;
    return ExitOk;
}

} // namespace mandaat::cli
