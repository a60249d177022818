#pragma once

#include "util/Error.h"
#include "util/Progress.h"
#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

struct zip;

namespace mandaat {

/// A ZIP archive written through libzip (docs/architecture.md, Export): every entry encrypted with
/// WinZip AES-256 when a password is set. Entry names are never encrypted in a ZIP. Nothing
/// is written until commit(), which reports progress and can be cancelled; an archive that
/// was not committed leaves no file of libzip's behind.
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(ZipWriter)

public:
    /// Reads an entry's bytes when the archive is written; returns false with a message.
    using Loader = std::function<bool(QByteArray* bytes, Error* error)>;

    ZipWriter();
    ~ZipWriter();
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;

    /// Starts an archive at \a path (replacing what is there when it is committed).
    bool open(const QString& path, Error* error);
    /// Empty: no encryption. Applies to entries added afterwards.
    void setPassword(const QByteArray& utf8Password);
    /// Hears commit()'s progress (of 1000) and stops it once cancelled.
    void setProgress(Progress* progress) { m_progress = progress; }

    bool addFile(const QString& name, const QByteArray& bytes, Error* error);
    bool addFile(const QString& name, Loader loader, Error* error);

    /// Writes the archive. Stopped on request, it writes nothing (the progress says so).
    bool commit(Error* error);
    /// Forgets the archive without writing it.
    void discard();

private:
    bool addSource(const QString& name, void* source, Error* error);
    QString lastError() const;

    zip* m_zip = nullptr;
    QString m_path;
    QByteArray m_password;
    QList<QByteArray> m_buffers; // kept alive until the archive is written
    Progress* m_progress = nullptr;
    Error m_loadError;
};

} // namespace mandaat
