#pragma once

// Runs mandaat-cli (or another program) as a user would from a terminal of its own: its own
// session (no controlling terminal to prompt on, as in CI), no passphrase or password in the
// environment, standard input given by the test.

#include "TestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

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

/// \a command (the program, then its arguments) in a session of its own, with \a input on its
/// standard input and closed after it, MANDAAT_PASSPHRASE, MANDAAT_NEW_PASSPHRASE and
/// MANDAAT_EXPORT_PASSWORD removed from the environment and \a environment ("NAME=value")
/// added. Waits \a timeoutMs (scaled, waitForExitCode); exitCode stays -1 when it does not start.
inline CliRun runInSession(QStringList command,
                           const QByteArray& input = {},
                           const QStringList& environment = {},
                           int timeoutMs = 120000)
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
    process.setChildProcessModifier([] { ::setsid(); });
    process.start(command.takeFirst(), command);
    if (!process.waitForStarted()) {
        return {};
    }
    process.write(input);
    process.closeWriteChannel();
    CliRun run;
    run.exitCode = waitForExitCode(process, timeoutMs);
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
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

} // namespace mandaat::test
