#pragma once

// Small helpers shared by the tests: file hashes, byte flips, canary scans.

#include <QByteArray>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace mandaat::test {

/// A passphrase that meets the policy and has non-ASCII characters, so NFC and UTF-8 matter.
inline QString passphrase()
{
    return QStringLiteral("Zo\u00eb schrijft een lange geheime zin");
}

inline QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

/// The text of \a pdf as pdftotext reads it (from standard input: no copy on disk), its runs of
/// white space made one space; empty when pdftotext fails.
inline QString printedText(const QByteArray& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-"), QStringLiteral("-")});
    if (!process.waitForStarted(30000)) {
        return {};
    }
    process.write(pdf);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

/// XORs the byte at \a offset with 0xff.
inline bool flipByte(const QString& path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset)) {
        return false;
    }
    char byte = 0;
    if (file.read(&byte, 1) != 1 || !file.seek(offset)) {
        return false;
    }
    byte = static_cast<char>(byte ^ 0xff);
    return file.write(&byte, 1) == 1;
}

/// Every file below \a folder whose bytes contain \a canary as UTF-8 or as UTF-16 (either byte
/// order).
inline QStringList filesContaining(const QString& folder, const QString& canary)
{
    const QByteArray utf8 = canary.toUtf8();
    QByteArray utf16le(reinterpret_cast<const char*>(canary.utf16()), canary.size() * 2);
    QByteArray utf16be;
    for (const QChar c : canary) {
        utf16be.append(static_cast<char>(c.unicode() >> 8));
        utf16be.append(static_cast<char>(c.unicode() & 0xff));
    }
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly)) {
            found << file.fileName() + QStringLiteral(" (unreadable)");
            continue;
        }
        const QByteArray bytes = file.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16le) || bytes.contains(utf16be)) {
            found << file.fileName();
        }
    }
    return found;
}

/// \a milliseconds as long as a sanitizer build needs: times MANDAAT_TEST_TIMEOUT_FACTOR (4 in
/// make test-asan), the same factor as the tests' own TIMEOUT.
inline int scaledTimeout(int milliseconds)
{
    return milliseconds * MANDAAT_TEST_TIMEOUT_FACTOR;
}

/// Waits for \a process to finish within scaledTimeout(\a milliseconds). Its exit code; -2 for a
/// crash (a signal is never an answer); -3 when it did not finish in time, after killing it, so a
/// command that hangs or is slow never passes for one that exited with 0.
inline int waitForExitCode(QProcess& process, int milliseconds)
{
    if (!process.waitForFinished(scaledTimeout(milliseconds))) {
        process.kill();
        process.waitForFinished();
        return -3;
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

/// What \a program prints on its standard output for \a arguments, or a null string when it could
/// not be run or did not exit with 0 within \a timeout milliseconds.
inline QString programOutput(const QString& program, const QStringList& arguments, int timeout = 120000)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted() || !process.waitForFinished(scaledTimeout(timeout)) ||
        process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return QString();
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace mandaat::test
