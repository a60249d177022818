#pragma once

// Runs mandaat-cli as a user would from a terminal of its own: the passphrase on standard input
// (--passphrase-stdin), MANDAAT_PASSPHRASE removed from the environment, its own session (no
// controlling terminal to prompt on), English messages. runCliOnTerminal puts its standard error
// on a pseudo-terminal (openpty: link util).

#include "TestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <QElapsedTimer>

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
};

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

// runCli, with standard error on the pseudo-terminal whose ends are \a master and \a slave
// when they are given (not -1).
inline CliRun runCli(const QStringList& arguments, const QString& secret, int timeoutMs, int master, int slave)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("MANDAAT_PASSPHRASE"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.setChildProcessModifier([master, slave] {
        ::setsid();
        if (slave >= 0) {
            ::dup2(slave, STDERR_FILENO);
            ::close(slave);
            ::close(master);
        }
    });
    QStringList all = arguments;
    all.append(QStringLiteral("--passphrase-stdin"));
    process.start(QStringLiteral(MANDAAT_BINARY_DIR "/app/mandaat-cli"), all);
    if (!process.waitForStarted()) {
        return {};
    }
    process.write(secret.toUtf8() + '\n');
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

/// mandaat-cli \a arguments followed by --passphrase-stdin, with \a secret as the first line of
/// its standard input.
inline CliRun runCli(const QStringList& arguments, const QString& secret = passphrase(), int timeoutMs = 60000)
{
    return detail::runCli(arguments, secret, timeoutMs, -1, -1);
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
    CliRun run = detail::runCli(arguments, secret, timeoutMs, master, slave);
    ::close(slave);
    ::close(master);
    return run;
}

} // namespace mandaat::test
