#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QTemporaryDir;

namespace mandaat {

struct Attachment;

/// The only place an attachment is written to disk unencrypted (docs/architecture.md, Storage): a private
/// folder (0700) under $XDG_RUNTIME_DIR, made when the first file is viewed and emptied when
/// the vault locks and when Mandaat quits. Files are opened in the system's viewer.
class AttachmentFolder
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentFolder)

public:
    using Opener = std::function<bool(const QUrl&)>;

    AttachmentFolder();
    ~AttachmentFolder();
    AttachmentFolder(const AttachmentFolder&) = delete;
    AttachmentFolder& operator=(const AttachmentFolder&) = delete;

    /// Writes \a attachment (with its content) into the folder and returns the file's path,
    /// or an empty text with \a error set.
    QString write(const Attachment& attachment, QString* error);
    /// write() and then open it in the system's viewer.
    bool view(const Attachment& attachment, QString* error);
    /// Overwrites and removes every file written; the folder itself goes too.
    void empty();
    /// The folder, empty before anything was written.
    QString path() const;

    /// Where viewers' folders are made: $XDG_RUNTIME_DIR, or Qt's runtime location.
    static QString baseFolder();
    /// For tests: what opens a file instead of QDesktopServices; nullptr restores it.
    static void setOpenerForTesting(Opener opener);

private:
    std::unique_ptr<QTemporaryDir> m_folder;
};

} // namespace mandaat
