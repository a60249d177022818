#pragma once

// What CrashWriter writes for sequence number n, in one transaction: an engagement titled
// "crash n", a note on it and an attachment whose size varies from a few bytes to several
// pages (overflow pages), so that a kill can land in the middle of any of them.

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

namespace mandaat::test::crash {

inline QString title(int n)
{
    return QStringLiteral("crash %1").arg(n);
}

inline QString noteText(int n)
{
    return QStringLiteral("crash note %1 ").arg(n) + QString(n % 7 * 300, QLatin1Char('n'));
}

inline QString fileName(int n)
{
    return QStringLiteral("crash-%1.bin").arg(n);
}

inline QByteArray content(int n)
{
    const int size = 50 + (n * 7919) % 20000;
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 state = static_cast<quint32>(n) * 2654435761u + 1u;
    for (int i = 0; i < size; ++i) {
        state = state * 1664525u + 1013904223u;
        bytes[i] = static_cast<char>(state >> 24);
    }
    return bytes;
}

inline QString contentHash(int n)
{
    return QString::fromLatin1(QCryptographicHash::hash(content(n), QCryptographicHash::Sha256).toHex());
}

} // namespace mandaat::test::crash
