#include "InitCommand.h"

#include "CliIo.h"
#include "vault/PassphrasePolicy.h"

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
    if (QFileInfo::exists(path)) {
        err() << tr("%1 already exists. Choose another name; Mandaat never overwrites a file when it creates a vault.")
                     .arg(QDir::toNativeSeparators(path))
              << Qt::endl;
        return ExitError;
    }
    PassphraseSource source(parser);
    const auto passphrase = source.fresh(QStringLiteral("MANDAAT_PASSPHRASE"));
    if (!passphrase) {
        return ExitUsage;
    }
    const QString weakness = PassphrasePolicy::check(*passphrase);
    if (!weakness.isEmpty()) {
        err() << weakness << Qt::endl;
        return ExitError;
    }
    VaultError error;
    const auto vault = Vault::create(path, *passphrase, &error);
    if (!vault) {
        return report(error);
    }
    out() << tr("Created %1.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return ExitOk;
}

} // namespace mandaat::cli
