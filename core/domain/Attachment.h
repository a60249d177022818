#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace mandaat {

/// A file kept inside the vault (docs/architecture.md, Storage): never written to disk in plaintext
/// implicitly. engagementId is 0 for the practice's own files (logo, the official codes).
struct Attachment
{
    static constexpr qint64 MaxBytes = 25 * 1024 * 1024;

    qint64 id = 0;
    qint64 engagementId = 0;
    QString fileName;
    QString mimeType;
    QString description;
    QByteArray content; // empty in listings, which leave the bytes in the vault
    qint64 size = 0;
    QString sha256; // lowercase hex, computed on insert
    QDateTime createdAt;

    bool operator==(const Attachment&) const = default;
};

} // namespace mandaat
