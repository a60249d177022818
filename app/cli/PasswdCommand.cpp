#include "PasswdCommand.h"

#include "CliIo.h"
#include "vault/PassphrasePolicy.h"

namespace mandaat::cli {

PasswdCommand::PasswdCommand()
    : Command(QStringLiteral("passwd"), tr("Change a vault's passphrase."))
{
    addPositional(QStringLiteral("file"), tr("The vault file."));
    addOption(PassphraseSource::stdinOption());
}

int PasswdCommand::execute(const QCommandLineParser& parser)
{
    const QString path = parser.positionalArguments().at(1);
    PassphraseSource source(parser);
    int exitCode = ExitOk;
    const auto vault = openVault(path, source, Vault::Access::ReadWrite, &exitCode);
    if (!vault) {
        return exitCode;
    }
    const auto fresh = source.fresh(QStringLiteral("MANDAAT_NEW_PASSPHRASE"));
    if (!fresh) {
        return ExitUsage;
    }
    const QString weakness = PassphrasePolicy::check(*fresh);
    if (!weakness.isEmpty()) {
        err() << weakness << tr(" Nothing was changed.") << Qt::endl;
        return ExitError;
    }
    VaultError error;
    if (!vault->changePassphrase(*fresh, &error)) {
        return report(error);
    }
    out() << tr("The passphrase was changed. The old passphrase and the old emergency sheet no longer open this "
                "vault, but they still open backups made before this change.")
          << Qt::endl;
    return ExitOk;
}

} // namespace mandaat::cli
