#pragma once

#include "Command.h"
#include "vault/Vault.h"

namespace mandaat::cli {

class PassphraseSource;

/// A command on an existing vault, as keepassxc-cli's DatabaseCommand: the vault FILE is its
/// first positional argument (for a command on one engagement, the ENGAGEMENT id its second),
/// and execute() does what every such command does first (docs/architecture.md, CLI): it checks
/// the engagement id and the command's own options before any passphrase is asked (a usage error
/// costs no typing and no key derivation), opens the vault with a passphrase from the usual
/// source, prints an open's failure and returns its exit code, and hands the open vault to
/// executeWithVault().
class VaultCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VaultCommand)

public:
    /// Where --passphrase-stdin stands among the options in --help: first, or after the
    /// command's own options (import).
    enum class PassphraseOption {
        First,
        Last,
    };

protected:
    /// A command on the vault FILE.
    VaultCommand(const QString& name,
                 const QString& description,
                 PassphraseOption passphraseOption = PassphraseOption::First);
    /// A command on one engagement of the vault: FILE ENGAGEMENT. \a engagementHelp describes
    /// ENGAGEMENT; each command translates it in its own context, as its Dutch differs.
    VaultCommand(const QString& name, const QString& description, const QString& engagementHelp);

    /// Reads and checks the command's own options, before the vault is opened. ExitOk to go on;
    /// otherwise the exit code to return, with the reason printed.
    virtual int checkOptions(const QCommandLineParser& parser);
    /// How the vault is opened: read-write unless the command says otherwise.
    virtual Vault::Access access(const QCommandLineParser& parser) const;
    /// Runs the command on the open \a vault and returns its exit code.
    virtual int executeWithVault(Vault& vault, const QCommandLineParser& parser) = 0;

    /// The vault file given on the command line.
    QString vaultPath() const { return m_path; }
    /// The engagement id given on the command line (FILE ENGAGEMENT commands).
    qint64 engagementId() const { return m_engagementId; }
    /// Where the passphrase came from, for a command that reads another secret after it (passwd,
    /// export); valid during executeWithVault().
    PassphraseSource& passphrases() { return *m_source; }

private:
    int execute(const QCommandLineParser& parser) final;

    bool m_onEngagement = false;
    QString m_path;
    qint64 m_engagementId = 0;
    PassphraseSource* m_source = nullptr;
};

} // namespace mandaat::cli
