#pragma once

// Runs mandaat-cli (or another program) as a user would from a terminal of its own: its own
// session (no controlling terminal to prompt on, as in CI), no passphrase or password in the
// environment, standard input given by the test. runCliOnTerminal puts its standard error on a
// pseudo-terminal (openpty: link util).

#include "TestSupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

namespace mandaat::test {

struct CliRun
{
    int exitCode = -1; ///< -2 for a crash, -3 when it did not finish in time (waitForExitCode)
    QString out;
    QString err;

    QString all() const { return out + err; }
};

/// mandaat-cli as built.
inline QString cliProgram()
{
    return QStringLiteral(MANDAAT_BINARY_DIR "/app/mandaat-cli");
}

namespace detail {

// Reads what is waiting on the pseudo-terminal \a master, without blocking.
inline void drain(int master, QByteArray* into)
{
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(master, buffer, sizeof buffer);
        if (n <= 0) {
            return;
        }
        into->append(buffer, n);
    }
}

// runInSession, with standard error on the pseudo-terminal whose ends are \a master and
// \a slave when they are given (not -1).
inline CliRun runInSession(
    QStringList command, const QByteArray& input, const QStringList& environment, int timeoutMs, int master, int slave)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"MANDAAT_PASSPHRASE", "MANDAAT_NEW_PASSPHRASE", "MANDAAT_EXPORT_PASSWORD"}) {
        env.remove(QLatin1String(name));
    }
    for (const QString& assignment : environment) {
        env.insert(assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
    }
    process.setProcessEnvironment(env);
    process.setChildProcessModifier([master, slave] {
        ::setsid();
        if (slave >= 0) {
            ::dup2(slave, STDERR_FILENO);
            ::close(slave);
            ::close(master);
        }
    });
    process.start(command.takeFirst(), command);
    if (!process.waitForStarted()) {
        return {};
    }
    process.write(input);
    process.closeWriteChannel();
    CliRun run;
    QByteArray terminal;
    if (master >= 0) {
        // Read as it comes: a full terminal would hold the program up.
        QElapsedTimer waited;
        waited.start();
        while (!process.waitForFinished(20) && waited.elapsed() < scaledTimeout(timeoutMs)) {
            drain(master, &terminal);
        }
        drain(master, &terminal);
    }
    if (process.state() == QProcess::NotRunning) {
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    } else {
        run.exitCode = waitForExitCode(process, timeoutMs);
    }
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = master >= 0 ? QString::fromUtf8(terminal) : QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace detail

/// \a command (the program, then its arguments) in a session of its own, with \a input on its
/// standard input and closed after it, MANDAAT_PASSPHRASE, MANDAAT_NEW_PASSPHRASE and
/// MANDAAT_EXPORT_PASSWORD removed from the environment and \a environment ("NAME=value")
/// added. Waits \a timeoutMs (scaled, waitForExitCode); exitCode stays -1 when it does not start.
inline CliRun runInSession(const QStringList& command,
                           const QByteArray& input = {},
                           const QStringList& environment = {},
                           int timeoutMs = 120000)
{
    return detail::runInSession(command, input, environment, timeoutMs, -1, -1);
}

/// mandaat-cli \a arguments as given (no option added), with \a input on standard input;
/// \a wrapper runs it inside another command.
inline CliRun runCliWith(const QStringList& arguments,
                         const QByteArray& input = {},
                         const QStringList& environment = {},
                         int timeoutMs = 120000,
                         const QStringList& wrapper = {})
{
    return runInSession(wrapper + QStringList{cliProgram()} + arguments, input, environment, timeoutMs);
}

/// mandaat-cli \a arguments followed by --passphrase-stdin, with \a secret as the first line of
/// its standard input, its messages in English.
inline CliRun runCli(const QStringList& arguments, const QString& secret = passphrase(), int timeoutMs = 60000)
{
    QStringList all = arguments;
    all.append(QStringLiteral("--passphrase-stdin"));
    return runCliWith(all, secret.toUtf8() + '\n', {QStringLiteral("LANGUAGE=en")}, timeoutMs);
}

/// runCli with standard error on a pseudo-terminal, as when a user runs it in a terminal with its
/// standard output piped: err is what the terminal received, byte for byte (the terminal is raw).
inline CliRun
runCliOnTerminal(const QStringList& arguments, const QString& secret = passphrase(), int timeoutMs = 60000)
{
    int master = -1;
    int slave = -1;
    if (::openpty(&master, &slave, nullptr, nullptr, nullptr) != 0) {
        return {};
    }
    termios raw{};
    ::tcgetattr(slave, &raw);
    ::cfmakeraw(&raw);
    ::tcsetattr(slave, TCSANOW, &raw);
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
    QStringList all = QStringList{cliProgram()} + arguments;
    all.append(QStringLiteral("--passphrase-stdin"));
    CliRun run =
        detail::runInSession(all, secret.toUtf8() + '\n', {QStringLiteral("LANGUAGE=en")}, timeoutMs, master, slave);
    ::close(slave);
    ::close(master);
    return run;
}

} // namespace mandaat::test
