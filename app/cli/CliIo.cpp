#include "CliIo.h"

#include "Command.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <QStringDecoder>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace mandaat::cli {

namespace {

// Standard output and error as the terminal gets them: a control character from the data (an
// imported name with ESC or NUL, issue 16) is shown as \xNN and never reaches the terminal as
// a command. Newlines and tabs pass; C1 controls (UTF-8 C2 80 to C2 9F) are shown as \u00NN.
class TerminalSafeDevice : public QIODevice
{
public:
    explicit TerminalSafeDevice(FILE* file)
        : m_file(file)
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        QByteArray shown;
        shown.reserve(size);
        for (qint64 i = 0; i < size; ++i) {
            const auto byte = static_cast<unsigned char>(data[i]);
            if (m_afterC2) {
                m_afterC2 = false;
                if (byte >= 0x80 && byte <= 0x9f) {
                    shown += "\\u00" + QByteArray::number(byte, 16).toUpper();
                    continue;
                }
                shown += '\xc2';
            }
            if (byte == 0xc2) {
                m_afterC2 = true;
            } else if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7f) {
                shown += "\\x" + QByteArray::number(byte, 16).toUpper().rightJustified(2, '0');
            } else {
                shown += static_cast<char>(byte);
            }
        }
        if (!shown.isEmpty() &&
            std::fwrite(shown.constData(), 1, static_cast<size_t>(shown.size()), m_file) !=
                static_cast<size_t>(shown.size())) {
            return -1;
        }
        std::fflush(m_file);
        return size;
    }

private:
    FILE* m_file;
    bool m_afterC2 = false; ///< a C2 byte held back until the next one shows whether it starts a C1 control
};

} // namespace

QTextStream& out()
{
    static TerminalSafeDevice device(stdout);
    static QTextStream stream(&device);
    return stream;
}

QTextStream& err()
{
    static TerminalSafeDevice device(stderr);
    static QTextStream stream(&device);
    return stream;
}

QString printable(const QString& field)
{
    QString shown;
    shown.reserve(field.size());
    for (const QChar c : field) {
        const char16_t u = c.unicode();
        // Controls, line and paragraph separators, and the bidirectional overrides that can
        // make a name look like another.
        if (c.category() == QChar::Other_Control || u == 0x2028 || u == 0x2029 || (u >= 0x202a && u <= 0x202e) ||
            (u >= 0x2066 && u <= 0x2069)) {
            const QString hex = QString::number(u, 16).toUpper();
            shown += u < 0x100 ? QStringLiteral("\\x") + hex.rightJustified(2, QLatin1Char('0'))
                               : QStringLiteral("\\u") + hex.rightJustified(4, QLatin1Char('0'));
        } else {
            shown += c;
        }
    }
    return shown;
}

QCommandLineOption PassphraseSource::stdinOption()
{
    return QCommandLineOption(QStringLiteral("passphrase-stdin"),
                              tr("Read the passphrase from the first line of standard input (for passwd, the new "
                                 "one from the second line)."));
}

PassphraseSource::PassphraseSource(const QCommandLineParser& parser)
    : m_fromStdin(parser.isSet(QStringLiteral("passphrase-stdin")))
{ }

namespace {

// A line's bytes, in a buffer that is wiped when it grows and when it goes: no copy of a
// passphrase stays behind in freed memory.
struct LineBytes
{
    SecureBytes buffer{256};
    std::size_t size = 0;

    void append(unsigned char c)
    {
        if (size == buffer.size()) {
            SecureBytes bigger(buffer.size() * 2);
            std::memcpy(bigger.data(), buffer.data(), size);
            buffer = std::move(bigger);
        }
        buffer.data()[size++] = c;
    }
};

// Reads up to the next line feed (left out, with a carriage return before it), one byte at a
// time so that what follows stays for the next reader (an export password after the passphrase).
// False at the end of input before any byte.
bool readLine(int fd, LineBytes* line)
{
    bool any = false;
    unsigned char c = 0;
    for (;;) {
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            break;
        }
        any = true;
        if (c == '\n') {
            break;
        }
        line->append(c);
    }
    c = 0;
    if (line->size > 0 && line->buffer.data()[line->size - 1] == '\r') {
        line->buffer.data()[--line->size] = 0;
    }
    return any;
}

} // namespace

std::optional<QString> decodeSecret(const unsigned char* data, std::size_t size, QString* problem)
{
    QByteArrayView bytes(data, static_cast<qsizetype>(size));
    if (bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff")) {
        *problem = PassphraseSource::tr("The passphrase starts with the bytes FF FE or FE FF, a UTF-16 byte order "
                                        "mark. Passphrases are read as UTF-8 text: save or send it as UTF-8 without "
                                        "that mark. Nothing was opened or changed.");
        return std::nullopt;
    }
    // A UTF-8 byte order mark is not part of the text (and was never read as such).
    if (bytes.startsWith("\xef\xbb\xbf")) {
        bytes = bytes.sliced(3);
    }
    QStringDecoder decoder(QStringConverter::Utf8,
                           QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        secureWipe(text);
        *problem = PassphraseSource::tr("The passphrase is not valid UTF-8 text (it may have been saved in another "
                                        "encoding, such as Latin-1). Mandaat refuses it rather than guess, so that two "
                                        "different byte strings never open the same vault. Nothing was opened or "
                                        "changed.");
        return std::nullopt;
    }
    return text;
}

std::optional<QString> readStdinLine(QString* problem)
{
    if (problem) {
        problem->clear();
    }
    LineBytes line;
    if (!readLine(STDIN_FILENO, &line)) {
        return std::nullopt;
    }
    QString why;
    auto text = decodeSecret(line.buffer.data(), line.size, &why);
    if (!text) {
        if (problem) {
            *problem = why;
        } else {
            err() << why << Qt::endl;
        }
    }
    return text;
}

std::optional<QString> PassphraseSource::readStdinLine()
{
    QString problem;
    std::optional<QString> line = cli::readStdinLine(&problem);
    if (!line) {
        err() << (problem.isEmpty() ? tr("No passphrase could be read: standard input ended before a line was read.")
                                    : problem)
              << Qt::endl;
    }
    return line;
}

std::optional<QString> PassphraseSource::fromEnvironment(const char* name)
{
    QByteArray bytes = qgetenv(name);
    QString problem;
    auto text = decodeSecret(
        reinterpret_cast<const unsigned char*>(bytes.constData()), static_cast<std::size_t>(bytes.size()), &problem);
    secureWipe(bytes);
    if (!text) {
        err() << QString::fromLatin1(name) << QStringLiteral(": ") << problem << Qt::endl;
    }
    return text;
}

std::optional<QString> PassphraseSource::current()
{
    if (m_fromStdin) {
        return readStdinLine();
    }
    if (qEnvironmentVariableIsSet("MANDAAT_PASSPHRASE")) {
        return fromEnvironment("MANDAAT_PASSPHRASE");
    }
    QString problem;
    auto typed = promptHidden(tr("Passphrase: "), &problem);
    if (!typed) {
        err() << (problem.isEmpty() ? tr("No passphrase given: there is no terminal to ask on. Use --passphrase-stdin "
                                         "or set MANDAAT_PASSPHRASE.")
                                    : problem)
              << Qt::endl;
    }
    return typed;
}

std::optional<QString> PassphraseSource::fresh(const QString& environment)
{
    if (m_fromStdin) {
        return readStdinLine();
    }
    if (!environment.isEmpty() && qEnvironmentVariableIsSet(environment.toLatin1().constData())) {
        return fromEnvironment(environment.toLatin1().constData());
    }
    QString problem;
    auto first = promptHidden(tr("New passphrase: "), &problem);
    if (!first) {
        err() << (problem.isEmpty() ? tr("No passphrase given: there is no terminal to ask on. Use --passphrase-stdin "
                                         "or set %1.")
                                          .arg(environment)
                                    : problem)
              << Qt::endl;
        return std::nullopt;
    }
    auto second = promptHidden(tr("Repeat the new passphrase: "), &problem);
    const bool same = second && *second == *first;
    if (second) {
        secureWipe(*second);
    }
    if (!same) {
        secureWipe(*first);
        err() << (problem.isEmpty() ? tr("The two passphrases differ; nothing was changed.") : problem) << Qt::endl;
        return std::nullopt;
    }
    return first;
}

std::optional<QString> promptHidden(const QString& prompt, QString* problem)
{
    if (problem) {
        problem->clear();
    }
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        return std::nullopt;
    }
    termios saved{};
    const bool isTerminal = tcgetattr(fd, &saved) == 0;
    if (isTerminal) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(fd, TCSAFLUSH, &silent);
    }
    const QByteArray promptBytes = prompt.toLocal8Bit();
    ssize_t written = ::write(fd, promptBytes.constData(), static_cast<size_t>(promptBytes.size()));
    LineBytes line;
    const bool any = readLine(fd, &line);
    if (isTerminal) {
        tcsetattr(fd, TCSAFLUSH, &saved);
    }
    written = ::write(fd, "\n", 1);
    Q_UNUSED(written)
    ::close(fd);
    if (!any) {
        return std::nullopt;
    }
    QString why;
    auto text = decodeSecret(line.buffer.data(), line.size, &why);
    if (!text && problem) {
        *problem = why;
    }
    return text;
}

int report(const VaultError& error)
{
    err() << error.message << Qt::endl;
    return error.exitCode();
}

int reportNothingRecorded(const Vault& vault, const QString& error)
{
    err() << error << Qt::endl;
    err() << QCoreApplication::translate("Command", "Nothing was recorded.") << Qt::endl;
    return reportFailure(vault, QString());
}

int reportFailure(const Vault& vault, const QString& message)
{
    if (!message.isEmpty()) {
        err() << message << Qt::endl;
    }
    if (!vault.checkIntegrity(true).isEmpty()) {
        err() << PassphraseSource::tr("The vault is damaged. Restore it from a backup; Mandaat changed nothing in it.")
              << Qt::endl;
        return ExitDamaged;
    }
    return ExitError;
}

std::unique_ptr<Vault> openVault(const QString& path, PassphraseSource& source, Vault::Access access, int* exitCode)
{
    // Classify the file before asking for a passphrase: a damaged or missing file should not
    // cost the user their typing or a slow key derivation.
    VaultError error;
    if (!Vault::inspectFile(path, nullptr, &error)) {
        *exitCode = report(error);
        return nullptr;
    }
    auto passphrase = source.current();
    if (!passphrase) {
        *exitCode = ExitUsage;
        return nullptr;
    }
    auto vault = Vault::open(path, *passphrase, access, &error);
    secureWipe(*passphrase);
    if (!vault) {
        *exitCode = report(error);
    } else if (vault->recoveredJournal()) {
        err() << PassphraseSource::tr("%1 had a change left unfinished by a program that stopped (its journal %2). "
                                      "It was rolled back before anything was read, as SQLite does: the vault is as "
                                      "it was before that change.")
                     .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(path + QStringLiteral("-journal")))
              << Qt::endl;
    }
    return vault;
}

} // namespace mandaat::cli
