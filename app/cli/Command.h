#pragma once

#include "domain/EnumIds.h"
#include "domain/Language.h"
#include "util/Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace mandaat {
class Vault;
namespace LetterService {
struct Issued;
}
} // namespace mandaat

namespace mandaat::cli {

/// mandaat-cli's exit codes (docs/architecture.md, Errors): those of a failure are the one
/// mapping of core, Error::exitCodeOf(); a usage error (2) is the CLI's own.
enum ExitCode {
    ExitOk = Error::exitCodeOf(Error::Kind::None),
    ExitError = Error::exitCodeOf(Error::Kind::Failed),
    ExitUsage = 2,
    ExitWrongKey = Error::exitCodeOf(Error::Kind::WrongKey),
    ExitDamaged = Error::exitCodeOf(Error::Kind::Damaged),
};

/// The ids an option of enum \a E takes, "a, b, c", for its help and its usage errors.
template <typename E>
QString idsOf()
{
    QStringList ids;
    for (const E value : allValues<E>()) {
        ids << toId(value);
    }
    return ids.join(QStringLiteral(", "));
}

/// One mandaat-cli command, as keepassxc-cli has them: a name, a one-line description, its
/// own options, and execute(). Subclasses add options in their constructor.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    virtual ~Command() = default;

    QString name() const { return m_name; }
    QString description() const { return m_description; }

    /// Parses \a arguments (the command's name first) and runs the command.
    int run(const QStringList& arguments);

    static const std::vector<std::unique_ptr<Command>>& all();
    static Command* find(const QString& name);

protected:
    Command(const QString& name, const QString& description);

    /// Positional arguments, as "name", "description", "syntax"; each is required, and no more are
    /// taken unless the last one's syntax ends in "..." (search's QUERY...).
    void addPositional(const QString& name, const QString& description, const QString& syntax = {});
    void addOption(const QCommandLineOption& option) { m_parser.addOption(option); }
    int minimumPositionals() const { return m_minimumPositionals; }

    /// Creates the vault \a path (init, demo): an existing file is refused before anything is
    /// asked, then a new passphrase is read and checked against the policy. nullptr, with the
    /// reason printed and \a exitCode set, when there is no vault.
    static std::unique_ptr<Vault> createVault(const QCommandLineParser& parser, const QString& path, int* exitCode);

    /// The engagement id given as positional argument \a index (`end FILE ENGAGEMENT`);
    /// nullopt, with the usage error printed, when it is not a whole number of at least 1.
    static std::optional<qint64> engagementArgument(const QCommandLineParser& parser, int index);

    /// The day given with option \a name as YYYY-MM-DD, \a fallback when the option is not set.
    /// False, with the usage error printed ("--at needs the day … as YYYY-MM-DD"), when it is
    /// not a date, or lies after \a notAfter when that is valid. \a what names the day in the
    /// message ("the day of acceptance").
    static bool dayOption(const QCommandLineParser& parser,
                          const QString& name,
                          const QString& what,
                          QDate fallback,
                          QDate notAfter,
                          QDate* day);

    /// The letter language given with --lang (nl or en), std::nullopt in \a language when none
    /// is given. False, with the usage error printed, for another value.
    static bool letterLanguage(const QCommandLineParser& parser, std::optional<Language>* language);

    /// Whether a letter's PDF may be written to \a path (checked before the letter is issued, so
    /// that a refused name issues nothing): never a vault, a folder, or an existing file unless
    /// \a overwrite. Prints the refusal, and the way to replace a file, when it may not.
    static bool outputAllowed(const QString& path, bool overwrite);

    /// Writes the PDF of \a issued, a letter stored in the vault, to \a path and reads it back.
    /// On failure, says that the letter is stored but its PDF not written, and returns false.
    static bool writeIssued(const QString& path, const LetterService::Issued& issued, bool overwrite);

    virtual int execute(const QCommandLineParser& parser) = 0;

    QCommandLineParser m_parser;

private:
    // What checkOptions() read, before the vault was opened.
    QString m_name;
    QString m_description;
    int m_minimumPositionals = 0;
    bool m_variadic = false; // the last positional takes any number of words ("QUERY...")
};

} // namespace mandaat::cli
