#include "VaultCommand.h"

#include "CliIo.h"

namespace mandaat::cli {

VaultCommand::VaultCommand(const QString& name, const QString& description, PassphraseOption passphraseOption)
    : Command(name, description)
{
    addPositional(QStringLiteral("file"), tr("The vault file."));
    if (passphraseOption == PassphraseOption::First) {
        addOption(PassphraseSource::stdinOption());
    }
}

VaultCommand::VaultCommand(const QString& name, const QString& description, const QString& engagementHelp)
    : Command(name, description)
    , m_onEngagement(true)
{
    addPositional(QStringLiteral("file"), tr("The vault file."));
    addPositional(QStringLiteral("engagement"), engagementHelp);
    addOption(PassphraseSource::stdinOption());
}

int VaultCommand::checkOptions(const QCommandLineParser& parser)
{
    Q_UNUSED(parser);
    return ExitOk;
}

Vault::Access VaultCommand::access(const QCommandLineParser& parser) const
{
    Q_UNUSED(parser);
    return Vault::Access::ReadWrite;
}

int VaultCommand::execute(const QCommandLineParser& parser)
{
    m_path = parser.positionalArguments().at(1);
    if (m_onEngagement) {
        const std::optional<qint64> id = engagementArgument(parser, 2);
        if (!id) {
            return ExitUsage;
        }
        m_engagementId = *id;
    }
    const int checked = checkOptions(parser);
    if (checked != ExitOk) {
        return checked;
    }
    PassphraseSource source(parser);
    int exitCode = ExitOk;
    const auto vault = openVault(m_path, source, access(parser), &exitCode);
    if (!vault) {
        return exitCode;
    }
    m_source = &source;
    const int result = executeWithVault(*vault, parser);
    m_source = nullptr;
    return result;
}

} // namespace mandaat::cli
