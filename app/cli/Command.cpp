#include "Command.h"

#include "AcceptCommand.h"
#include "BackupCommand.h"
#include "CliIo.h"
#include "ComplaintCommand.h"
#include "ComplianceCommand.h"
#include "DemoCommand.h"
#include "DisclosureCommand.h"
#include "EndCommand.h"
#include "EngagementCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "InfoCommand.h"
#include "InitCommand.h"
#include "LetterCommand.h"
#include "ListCommand.h"
#include "PasswdCommand.h"
#include "RecordCommand.h"
#include "RestoreCommand.h"
#include "RetentionCommand.h"
#include "SearchCommand.h"
#include "SuspendCommand.h"
#include "ToolCommand.h"
#include "VerifyCommand.h"
#include "WarningCommand.h"
#include "documents/LetterService.h"
#include "util/OutputFile.h"
#include "vault/PassphrasePolicy.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mandaat::cli {

Command::Command(const QString& name, const QString& description)
    : m_name(name)
    , m_description(description)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
}

void Command::addPositional(const QString& name, const QString& description, const QString& syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
    ++m_minimumPositionals;
    m_variadic = syntax.endsWith(QLatin1String("..."));
}

std::unique_ptr<Vault> Command::createVault(const QCommandLineParser& parser, const QString& path, int* exitCode)
{
    if (QFileInfo::exists(path)) {
        err() << tr("%1 already exists. Choose another name; Mandaat never overwrites a file when it creates a vault.")
                     .arg(QDir::toNativeSeparators(path))
              << Qt::endl;
        *exitCode = ExitError;
        return nullptr;
    }
    PassphraseSource source(parser);
    auto passphrase = source.fresh(QStringLiteral("MANDAAT_PASSPHRASE"));
    if (!passphrase) {
        *exitCode = ExitUsage;
        return nullptr;
    }
    const QString weakness = PassphrasePolicy::check(*passphrase);
    if (!weakness.isEmpty()) {
        secureWipe(*passphrase);
        err() << weakness << Qt::endl;
        *exitCode = ExitError;
        return nullptr;
    }
    VaultError error;
    auto vault = Vault::create(path, *passphrase, &error);
    secureWipe(*passphrase);
    if (!vault) {
        *exitCode = report(error);
    }
    return vault;
}

int Command::run(const QStringList& arguments)
{
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("mandaat-cli"));
    if (!m_parser.parse(withProgram)) {
        err() << m_parser.errorText() << Qt::endl;
        err() << tr("Run 'mandaat-cli %1 --help' for its options.").arg(m_name) << Qt::endl;
        return ExitUsage;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        out() << m_parser.helpText().replace(QStringLiteral("mandaat-cli [options]"),
                                             QStringLiteral("mandaat-cli %1 [options]").arg(m_name));
        return ExitOk;
    }
    // The first positional is the command's own name.
    if (m_parser.positionalArguments().size() - 1 < m_minimumPositionals) {
        err() << tr("'%1' needs more arguments.").arg(m_name) << Qt::endl;
        err() << tr("Run 'mandaat-cli %1 --help' for its options.").arg(m_name) << Qt::endl;
        return ExitUsage;
    }
    // An argument too many is a mistake to say, not to ignore ('compliance FILE 7' would show
    // every engagement where the user asked for one).
    if (!m_variadic && m_parser.positionalArguments().size() - 1 > m_minimumPositionals) {
        err() << tr("'%1' does not take the argument '%2'.")
                     .arg(m_name, m_parser.positionalArguments().at(m_minimumPositionals + 1))
              << Qt::endl;
        err() << tr("Run 'mandaat-cli %1 --help' for its options.").arg(m_name) << Qt::endl;
        return ExitUsage;
    }
    return execute(m_parser);
}

const std::vector<std::unique_ptr<Command>>& Command::all()
{
    static const std::vector<std::unique_ptr<Command>> commands = [] {
        std::vector<std::unique_ptr<Command>> list;
        list.push_back(std::make_unique<InitCommand>());
        list.push_back(std::make_unique<DemoCommand>());
        list.push_back(std::make_unique<InfoCommand>());
        list.push_back(std::make_unique<VerifyCommand>());
        list.push_back(std::make_unique<PasswdCommand>());
        list.push_back(std::make_unique<ListCommand>());
        list.push_back(std::make_unique<SearchCommand>());
        list.push_back(std::make_unique<ComplianceCommand>());
        list.push_back(std::make_unique<ImportCommand>());
        list.push_back(std::make_unique<EngagementCommand>());
        list.push_back(std::make_unique<RecordCommand>());
        list.push_back(std::make_unique<LetterCommand>());
        list.push_back(std::make_unique<AcceptCommand>());
        list.push_back(std::make_unique<ComplaintCommand>());
        list.push_back(std::make_unique<WarningCommand>());
        list.push_back(std::make_unique<DisclosureCommand>());
        list.push_back(std::make_unique<ToolCommand>());
        list.push_back(std::make_unique<ToolsCommand>());
        list.push_back(std::make_unique<SuspendCommand>());
        list.push_back(std::make_unique<ResumeCommand>());
        list.push_back(std::make_unique<EndCommand>());
        list.push_back(std::make_unique<ExportCommand>());
        list.push_back(std::make_unique<BackupCommand>());
        list.push_back(std::make_unique<RestoreCommand>());
        list.push_back(std::make_unique<RetentionCommand>());
        return list;
    }();
    return commands;
}

Command* Command::find(const QString& name)
{
    for (const auto& command : all()) {
        if (command->name() == name) {
            return command.get();
        }
    }
    return nullptr;
}

bool Command::letterLanguage(const QCommandLineParser& parser, std::optional<Language>* language)
{
    *language = std::nullopt;
    if (!parser.isSet(QStringLiteral("lang"))) {
        return true;
    }
    *language = fromId<Language>(parser.value(QStringLiteral("lang")));
    if (!*language) {
        err() << tr("Unknown letter language '%1': use nl or en.").arg(parser.value(QStringLiteral("lang")))
              << Qt::endl;
        return false;
    }
    return true;
}

bool Command::outputAllowed(const QString& path, bool overwrite)
{
    const auto existing = overwrite ? OutputFile::Existing::Replace : OutputFile::Existing::Refuse;
    const QString refusal = OutputFile::refusal(path, existing);
    if (refusal.isEmpty()) {
        return true;
    }
    err() << refusal << Qt::endl;
    if (!overwrite && QFileInfo(path).isFile() && !OutputFile::isOpenVault(path)) {
        err() << tr("Add --overwrite to replace it.") << Qt::endl;
    }
    return false;
}

bool Command::writeIssued(const QString& path, const LetterService::Issued& issued, bool overwrite)
{
    Error error;
    const auto existing = overwrite ? OutputFile::Existing::Replace : OutputFile::Existing::Refuse;
    if (OutputFile::writeAll(path, issued.pdf, existing, &error)) {
        // Said only once the file reads back as the letter stored.
        QFile written(path);
        if (written.open(QIODevice::ReadOnly) &&
            QCryptographicHash::hash(written.readAll(), QCryptographicHash::Sha256).toHex() ==
                issued.letter.sha256.toLatin1()) {
            return true;
        }
        error.message = tr("the file does not read back as the letter");
    }
    err() << tr("The letter was issued and stored in the vault (letter %1), but its PDF could not be written: %2")
                 .arg(issued.letter.id)
                 .arg(error.message)
          << Qt::endl;
    return false;
}

bool Command::dayOption(const QCommandLineParser& parser,
                        const QString& name,
                        const QString& what,
                        QDate fallback,
                        QDate notAfter,
                        QDate* day)
{
    if (!parser.isSet(name)) {
        *day = fallback;
        return true;
    }
    const QDate given = QDate::fromString(parser.value(name).trimmed(), Qt::ISODate);
    if (!given.isValid()) {
        err() << tr("--%1 needs %2 as YYYY-MM-DD, such as 2026-03-31.").arg(name, what) << Qt::endl;
        return false;
    }
    if (notAfter.isValid() && given > notAfter) {
        err() << tr("--%1 lies in the future: record what happened once it has happened.").arg(name) << Qt::endl;
        return false;
    }
    *day = given;
    return true;
}

std::optional<qint64> Command::engagementArgument(const QCommandLineParser& parser, int index)
{
    bool valid = false;
    const qint64 id = parser.positionalArguments().value(index).toLongLong(&valid);
    if (!valid || id <= 0) {
        err() << tr("ENGAGEMENT needs an engagement id, a whole number of at least 1.") << Qt::endl;
        return std::nullopt;
    }
    return id;
}

} // namespace mandaat::cli
