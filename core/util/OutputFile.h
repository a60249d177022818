#pragma once

#include "util/Error.h"
#include <QCoreApplication>
#include <QString>

namespace mandaat {

/// Every file Mandaat writes where the user said (a letter, an export, a backup, a restored
/// vault, the emergency sheet, a calendar file) goes through this class (issue 16, item 2):
/// - never over the vault itself or any vault open in this process, compared by device and
///   inode so that a symlink or another spelling of the path does not hide it, nor over its
///   journal;
/// - never over a folder or anything that is not a regular file;
/// - never over an existing file unless the caller says the user confirmed it (Replace);
/// - written to a temporary file in the same folder, readable by its owner only (0600,
///   whatever the umask), flushed to disk, then renamed into place: a file that is there is
///   complete, and a failure leaves the old file as it was.
/// A temporary file is "NAME.XXXXXX.partial", locked (flock) while it is written, so that
/// removeStalePartials() can tell a killed writer's leftovers from a running one's.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    enum class Existing {
        Refuse, ///< an existing file is never replaced
        Replace, ///< the user confirmed that an existing regular file may be replaced
    };

    /// \a path is where the file goes once complete.
    OutputFile(const QString& path, Existing existing);
    /// Removes the temporary file unless commit() succeeded.
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    /// Checks the destination and creates the temporary file beside it (0600). False with a
    /// translated reason when the destination may not be written; nothing is then created.
    bool open(Error* error);
    /// Like open(), but leaves the temporary name free for a writer that must create the file
    /// itself (Vault::create); call lockTemporary() once it has.
    bool reserve(Error* error);
    /// Locks the temporary file a writer created after reserve(), so that it counts as running.
    void lockTemporary();
    /// The temporary file: for writers that open a file by name (SQLite, libzip).
    QString temporaryPath() const { return m_temporary; }
    /// Appends \a bytes to the temporary file.
    bool write(const QByteArray& bytes, Error* error);
    /// Checks the destination again, flushes the temporary file to disk, sets it to 0600 and
    /// renames it to the destination (without replacing anything under Refuse).
    bool commit(Error* error);
    /// The absolute destination (a symlink to a file being replaced is followed).
    QString path() const { return m_path; }

    /// open(), write(), commit() in one: the usual way to write a PDF or a small file.
    static bool writeAll(const QString& path, const QByteArray& bytes, Existing existing, Error* error);
    /// Empty when \a path may be written under \a existing, else the translated reason.
    static QString refusal(const QString& path, Existing existing);
    /// Whether \a path is the file of a vault open in this process or its journal (device and
    /// inode, through symlinks).
    static bool isOpenVault(const QString& path);

    /// Vault registers every file it opens, and forgets it when it closes.
    static void noteOpenVault(const void* owner, const QString& path);
    static void forgetOpenVault(const void* owner);

    /// Removes this class's temporary files ("NAME.XXXXXX.partial", the user's own) in \a folder,
    /// and their journals, that no running writer holds: what a killed backup, export or demo
    /// left. Returns how many were removed.
    static int removeStalePartials(const QString& folder);

private:
    void discard();

    QString m_path;
    Existing m_existing;
    QString m_temporary;
    int m_fd = -1;
    bool m_committed = false;
};

} // namespace mandaat
