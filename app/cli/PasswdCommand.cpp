#include "PasswdCommand.h"

#include "CliIo.h"
#include "vault/PassphrasePolicy.h"

namespace mandaat::cli {

PasswdCommand::PasswdCommand()
    : VaultCommand(QStringLiteral("passwd"), tr("Change a vault's passphrase."))
{ }

int PasswdCommand::executeWithVault(Vault& vault, const QCommandLineParser& /*parser*/)
{
    auto fresh = passphrases().fresh(QStringLiteral("MANDAAT_NEW_PASSPHRASE"));
    if (!fresh) {
        return ExitUsage;
    }
    const QString weakness = PassphrasePolicy::check(*fresh);
    if (!weakness.isEmpty()) {
        secureWipe(*fresh);
        err() << weakness << tr(" Nothing was changed.") << Qt::endl;
        return ExitError;
    }
    // Reported only when the file was opened afresh with the new passphrase and refused the old
    // one (Vault::changePassphrase); otherwise the error says which passphrase opens it now.
    VaultError error;
    const bool changed = vault.changePassphrase(*fresh, &error);
    secureWipe(*fresh);
    if (!changed) {
        return report(error);
    }
    out() << tr("The passphrase was changed: the vault was opened again with the new passphrase, and the old one "
                "no longer opens it. The old passphrase and the old emergency sheet still open backups made before "
                "this change.")
          << Qt::endl;
    return ExitOk;
}

} // namespace mandaat::cli
