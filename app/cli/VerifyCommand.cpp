#include "VerifyCommand.h"

#include "CliIo.h"

namespace mandaat::cli {

VerifyCommand::VerifyCommand()
    : Command(QStringLiteral("verify"), tr("Check a vault's integrity without changing it."))
{
    addPositional(QStringLiteral("file"), tr("The vault file."));
    addOption(PassphraseSource::stdinOption());
}

int VerifyCommand::execute(const QCommandLineParser& parser)
{
    const QString path = parser.positionalArguments().at(1);
    PassphraseSource source(parser);
    int exitCode = ExitOk;
    const auto vault = openVault(path, source, Vault::Access::ReadOnly, &exitCode);
    if (!vault) {
        return exitCode;
    }
    const QStringList problems = vault->checkIntegrity(false);
    if (!problems.isEmpty()) {
        out() << tr("Database integrity: damaged") << Qt::endl;
        for (const QString& problem : problems) {
            out() << QStringLiteral("  ") << problem << Qt::endl;
        }
        err() << tr("The vault is damaged. Restore it from a backup.") << Qt::endl;
        return ExitDamaged;
    }
    out() << tr("Database integrity: ok") << Qt::endl;
    return ExitOk;
}

} // namespace mandaat::cli
