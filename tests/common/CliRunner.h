#pragma once

// Runs mandaat-cli as a user would from a terminal of its own: the passphrase on standard input
// (--passphrase-stdin), MANDAAT_PASSPHRASE removed from the environment, its own session (no
// controlling terminal to prompt on), English messages.

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
};

/// mandaat-cli \a arguments followed by --passphrase-stdin, with \a secret as the first line of
/// its standard input.
inline CliRun runCli(const QStringList& arguments, const QString& secret = passphrase(), int timeoutMs = 60000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("MANDAAT_PASSPHRASE"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.setChildProcessModifier([] { ::setsid(); });
    QStringList all = arguments;
    all.append(QStringLiteral("--passphrase-stdin"));
    process.start(QStringLiteral(MANDAAT_BINARY_DIR "/app/mandaat-cli"), all);
    if (!process.waitForStarted()) {
        return {};
    }
    process.write(secret.toUtf8() + '\n');
    process.closeWriteChannel();
    CliRun run;
    run.exitCode = waitForExitCode(process, timeoutMs);
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace mandaat::test
