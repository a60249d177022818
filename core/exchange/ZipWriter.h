#pragma once

#include "util/Error.h"
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
    void setProgressHandler(std::function<void(double)> handler) { m_progress = std::move(handler); }
    /// Asked during commit(); true stops it.
    void setCancelCheck(std::function<bool()> check) { m_cancel = std::move(check); }

    bool addFile(const QString& name, const QByteArray& bytes, Error* error);
    bool addFile(const QString& name, Loader loader, Error* error);

    /// Writes the archive. \a cancelled says whether it stopped on request.
    bool commit(Error* error, bool* cancelled);
    /// Forgets the archive without writing it.
    void discard();

private:
    bool addSource(const QString& name, void* source, Error* error);
    QString lastError() const;

    zip* m_zip = nullptr;
    QString m_path;
    QByteArray m_password;
    QList<QByteArray> m_buffers; // kept alive until the archive is written
    std::function<void(double)> m_progress;
    std::function<bool()> m_cancel;
    Error m_loadError;
};

} // namespace mandaat
