#include "InitCommand.h"

#include "CliIo.h"

#include <QDir>

namespace mandaat::cli {

InitCommand::InitCommand()
    : Command(QStringLiteral("init"), tr("Create a new, empty vault."))
{
    addPositional(QStringLiteral("file"), tr("The vault file to create; it must not exist."));
    addOption(PassphraseSource::stdinOption());
}

int InitCommand::execute(const QCommandLineParser& parser)
{
    const QString path = parser.positionalArguments().at(1);
    int exitCode = ExitOk;
    const auto vault = createVault(parser, path, &exitCode);
    if (!vault) {
        return exitCode;
    }
    out() << tr("Created %1.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return ExitOk;
}

} // namespace mandaat::cli
