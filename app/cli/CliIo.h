#pragma once

#include "vault/Vault.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>
#include <QTextStream>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace mandaat::cli {

/// Standard output and error. Control characters written to them (but newline and tab) are
/// shown escaped, never passed to the terminal.
QTextStream& out();
QTextStream& err();

/// \a field (a name, a title, a note's line from the vault) for one cell of a line of output:
/// every control character, tab and newline included, and every bidirectional override shown
/// as \xNN or \uNNNN, so that a record can neither drive the terminal nor forge a line.
QString printable(const QString& field);

/// Where passphrases come from (docs/architecture.md, CLI): an echo-less prompt on the terminal,
/// the lines of standard input with --passphrase-stdin, or the environment
/// (MANDAAT_PASSPHRASE, MANDAAT_NEW_PASSPHRASE: the least safe, as the help says).
class PassphraseSource
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseSource)

public:
    static QCommandLineOption stdinOption();

    explicit PassphraseSource(const QCommandLineParser& parser);

    /// The current passphrase; nullopt with the reason printed when there is none.
    std::optional<QString> current();
    /// A new passphrase (init, passwd): the next stdin line, MANDAAT_NEW_PASSPHRASE (passwd),
    /// or asked twice on the terminal. \a environment names the variable to read, if any.
    std::optional<QString> fresh(const QString& environment);

private:
    std::optional<QString> readStdinLine();
    std::optional<QString> fromEnvironment(const char* name);
    bool m_fromStdin = false;
};

/// A passphrase's (or password's) bytes as text: UTF-8, strictly. nullopt with \a problem set
/// for bytes that are not UTF-8 (never collapsed to U+FFFD) and for a UTF-16 byte order mark;
/// a UTF-8 byte order mark is left out.
std::optional<QString> decodeSecret(const unsigned char* data, std::size_t size, QString* problem);

/// The next line of standard input (shared with PassphraseSource: an export password
/// with --password-stdin is the line after the passphrase), read without buffering beyond it and
/// decoded by decodeSecret; the bytes are wiped. nullopt at its end (\a problem empty) or for
/// bytes that are not text (\a problem set; printed when \a problem is null).
std::optional<QString> readStdinLine(QString* problem = nullptr);

/// Reads a passphrase from the terminal without echo; nullopt when there is no terminal (or,
/// with \a problem set, when the typed bytes are not text).
std::optional<QString> promptHidden(const QString& prompt, QString* problem = nullptr);

/// Opens \a path with a passphrase from \a source, printing the error on failure. \a exitCode
/// receives the code to return when nullptr comes back.
std::unique_ptr<Vault> openVault(const QString& path, PassphraseSource& source, Vault::Access access, int* exitCode);

/// Prints \a error to stderr and returns its exit code.
int report(const VaultError& error);

/// After a command failed on an open vault with \a message: prints it and tells damage apart
/// from other failures by a quick integrity check, so that a damaged page met after opening
/// gives exit 4 and "restore from a backup" (docs/architecture.md, Opening), and a full disk
/// or a permission problem exit 1.
int reportFailure(const Vault& vault, const QString& message);

/// After a write to an open vault was refused with \a error (nothing saved): prints its message
/// and "Nothing was recorded.", then reportFailure().
int reportNothingRecorded(const Vault& vault, const QString& error);

} // namespace mandaat::cli
