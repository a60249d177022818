#include "CliIo.h"

#include "Command.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace mandaat::cli {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

static QTextStream& in()
{
    static QTextStream stream(stdin);
    return stream;
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

std::optional<QString> readStdinLine()
{
    if (in().atEnd()) {
        return std::nullopt;
    }
    QString line = in().readLine();
    if (line.endsWith(QLatin1Char('\r'))) {
        line.chop(1);
    }
    return line;
}

std::optional<QString> PassphraseSource::readStdinLine()
{
    const std::optional<QString> line = cli::readStdinLine();
    if (!line) {
        err() << tr("Standard input ended before a passphrase was read.") << Qt::endl;
    }
    return line;
}

std::optional<QString> PassphraseSource::current()
{
    if (m_fromStdin) {
        return readStdinLine();
    }
    if (qEnvironmentVariableIsSet("MANDAAT_PASSPHRASE")) {
        return qEnvironmentVariable("MANDAAT_PASSPHRASE");
    }
    auto typed = promptHidden(tr("Passphrase: "));
    if (!typed) {
        err() << tr("No passphrase given: there is no terminal to ask on. Use --passphrase-stdin or set "
                    "MANDAAT_PASSPHRASE.")
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
        return qEnvironmentVariable(environment.toLatin1().constData());
    }
    auto first = promptHidden(tr("New passphrase: "));
    if (!first) {
        err() << tr("No passphrase given: there is no terminal to ask on. Use --passphrase-stdin or set %1.")
                     .arg(environment)
              << Qt::endl;
        return std::nullopt;
    }
    auto second = promptHidden(tr("Repeat the new passphrase: "));
    if (!second || *second != *first) {
        err() << tr("The two passphrases differ; nothing was changed.") << Qt::endl;
        return std::nullopt;
    }
    return first;
}

std::optional<QString> promptHidden(const QString& prompt)
{
    FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty) {
        return std::nullopt;
    }
    const int fd = fileno(tty);
    termios saved{};
    const bool isTerminal = tcgetattr(fd, &saved) == 0;
    if (isTerminal) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(fd, TCSAFLUSH, &silent);
    }
    const QByteArray promptBytes = prompt.toLocal8Bit();
    std::fwrite(promptBytes.constData(), 1, static_cast<size_t>(promptBytes.size()), tty);
    std::fflush(tty);
    QByteArray line;
    int c = 0;
    while ((c = std::fgetc(tty)) != EOF && c != '\n') {
        line.append(static_cast<char>(c));
    }
    if (isTerminal) {
        tcsetattr(fd, TCSAFLUSH, &saved);
    }
    std::fputc('\n', tty);
    std::fclose(tty);
    if (c == EOF && line.isEmpty()) {
        return std::nullopt;
    }
    QString passphrase = QString::fromLocal8Bit(line);
    secureWipe(line);
    return passphrase;
}

int report(const VaultError& error)
{
    err() << error.message << Qt::endl;
    return error.exitCode();
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
    const auto passphrase = source.current();
    if (!passphrase) {
        *exitCode = ExitUsage;
        return nullptr;
    }
    auto vault = Vault::open(path, *passphrase, access, &error);
    if (!vault) {
        *exitCode = report(error);
    }
    return vault;
}

} // namespace mandaat::cli
