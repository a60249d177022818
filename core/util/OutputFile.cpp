#include "OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <vector>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mandaat {

namespace {

constexpr mode_t OwnerOnly = S_IRUSR | S_IWUSR;
const char PartialSuffix[] = ".partial";

struct OpenVault
{
    const void* owner = nullptr;
    QString path; ///< canonical when it was opened
    dev_t device = 0;
    ino_t inode = 0;
};

std::mutex& registryMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::vector<OpenVault>& registry()
{
    static std::vector<OpenVault> vaults;
    return vaults;
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

// The path with its folder resolved (symlinks, "..") but not the name itself, so that a file
// that does not exist yet still compares with a vault's journal name.
QString resolvedName(const QString& path)
{
    const QFileInfo info(QFileInfo(path).absoluteFilePath());
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : QDir(folder).filePath(info.fileName());
}

bool sameFile(const struct stat& a, const struct stat& b)
{
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

void syncFolder(const QString& folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// rename(2) that never replaces \a to: renameat2's RENAME_NOREPLACE, or link and unlink where
// the file system lacks it.
int renameNoReplace(const QByteArray& from, const QByteArray& to)
{
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0) {
        return 0;
    }
    if (errno != EINVAL && errno != ENOSYS) {
        return -1;
    }
    if (::link(from.constData(), to.constData()) != 0) {
        return -1;
    }
    ::unlink(from.constData());
    return 0;
}

} // namespace

OutputFile::OutputFile(const QString& path, Existing existing)
    : m_path(path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath())
    , m_existing(existing)
{ }

OutputFile::~OutputFile()
{
    discard();
}

void OutputFile::noteOpenVault(const void* owner, const QString& path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        return;
    }
    const std::lock_guard<std::mutex> lock(registryMutex());
    registry().push_back({owner, QFileInfo(path).canonicalFilePath(), status.st_dev, status.st_ino});
}

void OutputFile::forgetOpenVault(const void* owner)
{
    const std::lock_guard<std::mutex> lock(registryMutex());
    auto& vaults = registry();
    std::erase_if(vaults, [owner](const OpenVault& vault) { return vault.owner == owner; });
}

bool OutputFile::isOpenVault(const QString& path)
{
    struct stat status = {};
    const bool exists = ::stat(QFile::encodeName(path).constData(), &status) == 0;
    const QString name = resolvedName(path);
    const std::lock_guard<std::mutex> lock(registryMutex());
    for (const OpenVault& vault : registry()) {
        if (exists && status.st_dev == vault.device && status.st_ino == vault.inode) {
            return true;
        }
        // SQLite's files beside the vault: writing one would be taken for a hot journal.
        for (const char* suffix : {"-journal", "-wal", "-shm"}) {
            const QString companion = vault.path + QLatin1String(suffix);
            struct stat companionStatus = {};
            if (name == companion ||
                (exists && ::stat(QFile::encodeName(companion).constData(), &companionStatus) == 0 &&
                 sameFile(status, companionStatus))) {
                return true;
            }
        }
    }
    return false;
}

QString OutputFile::refusal(const QString& path, Existing existing)
{
    if (path.isEmpty()) {
        return tr("No file name was given.");
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (isOpenVault(absolute)) {
        return tr("%1 is an open vault (or its journal). Mandaat never writes over a vault; choose another file name.")
            .arg(shown(absolute));
    }
    const QByteArray encoded = QFile::encodeName(absolute);
    struct stat link = {};
    if (::lstat(encoded.constData(), &link) == 0) {
        struct stat status = {};
        const bool resolves = ::stat(encoded.constData(), &status) == 0;
        if (resolves && S_ISDIR(status.st_mode)) {
            return tr("%1 is a folder. Choose a file name inside it.").arg(shown(absolute));
        }
        if (resolves && !S_ISREG(status.st_mode)) {
            return tr("%1 is not an ordinary file; Mandaat writes only ordinary files. Choose another file name.")
                .arg(shown(absolute));
        }
        if (existing == Existing::Refuse || !resolves) {
            return tr("%1 already exists. Choose another name; Mandaat replaces a file only when you confirm it.")
                .arg(shown(absolute));
        }
    }
    const QFileInfo folder(QFileInfo(absolute).absolutePath());
    if (!folder.isDir()) {
        return tr("The folder %1 does not exist.").arg(shown(folder.filePath()));
    }
    return {};
}

bool OutputFile::open(Error* error)
{
    const auto fail = [error](const QString& message) {
        setError(error, Error::make(Error::Kind::Failed, message));
        return false;
    };
    if (m_fd >= 0 || m_committed) {
        return fail(tr("%1 is already being written.").arg(shown(m_path)));
    }
    if (m_existing == Existing::Replace) {
        // Replacing through a symlink replaces the file it names, in that file's folder.
        const QFileInfo info(m_path);
        if (info.isSymLink() && info.exists()) {
            m_path = info.canonicalFilePath();
        }
    }
    const QString reason = refusal(m_path, m_existing);
    if (!reason.isEmpty()) {
        return fail(reason);
    }
    QByteArray pattern = QFile::encodeName(m_path + QStringLiteral(".XXXXXX") + QLatin1String(PartialSuffix));
    const int fd = ::mkostemps(pattern.data(), static_cast<int>(sizeof(PartialSuffix) - 1), O_CLOEXEC);
    if (fd < 0) {
        const int code = errno;
        return fail(tr("%1 cannot be written into %2: %3. Choose a folder you may write to.")
                        .arg(QFileInfo(m_path).fileName(), shown(QFileInfo(m_path).absolutePath()), systemError(code)));
    }
    m_fd = fd;
    m_temporary = QFile::decodeName(pattern);
    // Held until commit or discard: removeStalePartials() leaves a locked file alone.
    ::flock(m_fd, LOCK_EX | LOCK_NB);
    ::fchmod(m_fd, OwnerOnly);
    return true;
}

bool OutputFile::reserve(Error* error)
{
    if (!open(error)) {
        return false;
    }
    ::unlink(QFile::encodeName(m_temporary).constData());
    ::close(m_fd);
    m_fd = -1;
    return true;
}

void OutputFile::lockTemporary()
{
    if (m_fd >= 0 || m_temporary.isEmpty()) {
        return;
    }
    m_fd = ::open(QFile::encodeName(m_temporary).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (m_fd >= 0) {
        ::flock(m_fd, LOCK_EX | LOCK_NB);
    }
}

bool OutputFile::write(const QByteArray& bytes, Error* error)
{
    const char* data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(m_fd, data, static_cast<size_t>(left));
        if (written < 0 && errno == EINTR) {
            continue;
        }
        if (written <= 0) {
            const int code = written < 0 ? errno : ENOSPC;
            setError(error,
                     Error::make(Error::Kind::Failed,
                                 tr("%1 could not be written: %2.").arg(shown(m_path), systemError(code))));
            return false;
        }
        data += written;
        left -= written;
    }
    return true;
}

bool OutputFile::commit(Error* error)
{
    const auto fail = [error](const QString& message) {
        setError(error, Error::make(Error::Kind::Failed, message));
        return false;
    };
    if (m_temporary.isEmpty() || m_committed) {
        return fail(tr("%1 was not opened for writing.").arg(shown(m_path)));
    }
    // Checked again: another vault may have been opened there, or the name taken, meanwhile.
    const QString reason = refusal(m_path, m_existing);
    if (!reason.isEmpty()) {
        return fail(reason);
    }
    // A writer that worked by name (libzip) may have replaced the temporary file: flush and
    // protect the file that is there now.
    const QByteArray temporary = QFile::encodeName(m_temporary);
    const int fd = ::open(temporary.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0 || ::fchmod(fd, OwnerOnly) != 0 || ::fsync(fd) != 0) {
        const int code = errno;
        if (fd >= 0) {
            ::close(fd);
        }
        return fail(tr("%1 could not be written: %2.").arg(shown(m_path), systemError(code)));
    }
    ::close(fd);
    const QByteArray destination = QFile::encodeName(m_path);
    const int renamed = m_existing == Existing::Refuse ? renameNoReplace(temporary, destination)
                                                       : ::rename(temporary.constData(), destination.constData());
    if (renamed != 0) {
        const int code = errno;
        if (code == EEXIST) {
            return fail(refusal(m_path, Existing::Refuse));
        }
        return fail(tr("%1 could not be moved into place: %2.").arg(shown(m_path), systemError(code)));
    }
    m_committed = true;
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    syncFolder(QFileInfo(m_path).absolutePath());
    return true;
}

void OutputFile::discard()
{
    if (!m_committed && !m_temporary.isEmpty()) {
        ::unlink(QFile::encodeName(m_temporary).constData());
        ::unlink(QFile::encodeName(m_temporary + QStringLiteral("-journal")).constData());
    }
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

bool OutputFile::writeAll(const QString& path, const QByteArray& bytes, Existing existing, Error* error)
{
    OutputFile file(path, existing);
    return file.open(error) && file.write(bytes, error) && file.commit(error);
}

int OutputFile::removeStalePartials(const QString& folder)
{
    const QDir dir(folder);
    if (folder.isEmpty() || !dir.exists()) {
        return 0;
    }
    int removed = 0;
    static const QRegularExpression ours(QStringLiteral("^.+\\.[A-Za-z0-9]{6}\\.partial$"));
    const QStringList names = dir.entryList({QStringLiteral("*") + QLatin1String(PartialSuffix)},
                                            QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    for (const QString& name : names) {
        if (!ours.match(name).hasMatch()) {
            continue;
        }
        const QByteArray path = QFile::encodeName(dir.filePath(name));
        const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0) {
            continue;
        }
        struct stat status = {};
        // Only Mandaat's own: the owner's, and no writer holding its lock.
        if (::fstat(fd, &status) == 0 && status.st_uid == ::getuid() && ::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            if (::unlink(path.constData()) == 0) {
                ++removed;
            }
            ::unlink((path + "-journal").constData());
        }
        ::close(fd);
    }
    return removed;
}

} // namespace mandaat
