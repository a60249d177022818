#include "AttachmentFolder.h"

#include "domain/Attachment.h"
#include "util/SecureBytes.h"

#include <QDesktopServices>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace mandaat {

namespace {

AttachmentFolder::Opener& opener()
{
    static AttachmentFolder::Opener value;
    return value;
}

// A file name without folders or characters that file systems refuse.
QString safeName(const QString& name)
{
    QString safe = QFileInfo(name).fileName();
    static const QString refused = QStringLiteral("/\\:*?\"<>|");
    for (QChar& c : safe) {
        if (refused.contains(c) || c.unicode() < 0x20) {
            c = QLatin1Char('_');
        }
    }
    if (safe.isEmpty() || safe.startsWith(QLatin1Char('.'))) {
        safe.prepend(QStringLiteral("attachment"));
    }
    return safe;
}

} // namespace

AttachmentFolder::AttachmentFolder() = default;

AttachmentFolder::~AttachmentFolder()
{
    empty();
}

QString AttachmentFolder::baseFolder()
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir()) {
        return runtime;
    }
    return QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
}

void AttachmentFolder::setOpenerForTesting(Opener value)
{
    opener() = std::move(value);
}

QString AttachmentFolder::path() const
{
    return m_folder ? m_folder->path() : QString();
}

QString AttachmentFolder::write(const Attachment& attachment, QString* error)
{
    if (!m_folder) {
        // QTemporaryDir makes the folder readable by its owner only (0700).
        m_folder = std::make_unique<QTemporaryDir>(QDir(baseFolder()).filePath(QStringLiteral("mandaat-XXXXXX")));
        if (!m_folder->isValid()) {
            *error = tr("No private folder could be made for viewing: %1").arg(m_folder->errorString());
            m_folder.reset();
            return {};
        }
    }
    // One subfolder per attachment, so that two files of the same name do not collide.
    const QString folder = QDir(m_folder->path()).filePath(QString::number(attachment.id));
    if (!QDir().mkpath(folder)) {
        *error = tr("No private folder could be made for viewing.");
        return {};
    }
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString path = QDir(folder).filePath(safeName(attachment.fileName));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = tr("%1 could not be written for viewing: %2").arg(attachment.fileName, file.errorString());
        return {};
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(attachment.content) != attachment.content.size() || !file.flush()) {
        *error = tr("%1 could not be written for viewing: %2").arg(attachment.fileName, file.errorString());
        file.close();
        QFile::remove(path);
        return {};
    }
    return path;
}

bool AttachmentFolder::view(const Attachment& attachment, QString* error)
{
    const QString path = write(attachment, error);
    if (path.isEmpty()) {
        return false;
    }
    const QUrl url = QUrl::fromLocalFile(path);
    const bool opened = opener() ? opener()(url) : QDesktopServices::openUrl(url);
    if (!opened) {
        *error = tr("No program on this computer opens %1.").arg(attachment.fileName);
    }
    return opened;
}

void AttachmentFolder::empty()
{
    if (!m_folder) {
        return;
    }
    // Overwritten before removal: on a disk (not a tmpfs) the bytes would otherwise remain.
    QDirIterator files(m_folder->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadWrite)) {
            const QByteArray zeros(static_cast<int>(std::min<qint64>(file.size(), 64 * 1024)), '\0');
            for (qint64 written = 0; written < file.size();) {
                const qint64 n = file.write(zeros.constData(), std::min<qint64>(zeros.size(), file.size() - written));
                if (n <= 0) {
                    break;
                }
                written += n;
            }
            file.close();
        }
    }
    m_folder->remove();
    m_folder.reset();
}

} // namespace mandaat
