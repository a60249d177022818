#pragma once

#include "util/Progress.h"
#include "util/SecureBytes.h"
#include "vault/Vault.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <mutex>
#include <vector>

namespace mandaat {

/// The one way the window does slow work on the vault (docs/architecture.md, Locking and
/// threads): a backup, a restore and its check, an export, a destruction, the audit log's check,
/// the Overview. The job owns the copy of the key, opens a connection of its own on a thread of
/// its own (Vault::openWithKey; a connection belongs to the thread that made it), wipes the key
/// as soon as that connection is open, runs the work, closes the connection, and emits
/// finished() on the owner's thread. cancel() asks the work to stop through progress(); a lock
/// or closing the practice cancels every running job and waits for it (stopAll()), so that no
/// copy of the key outlives the vault's.
class VaultJob : public QObject
{
    Q_OBJECT

public:
    /// Runs on the worker with the job's own connection, which is closed after it.
    using Work = std::function<void(Vault& vault, Progress& progress)>;
    /// Runs on the worker when the connection could not be opened.
    using OpenFailed = std::function<void(const VaultError& error)>;
    /// Runs on the worker with the job's copies of keys, for work that opens the files itself
    /// (a restore replaces the vault file while it is closed). The copies are wiped after it.
    using KeyWork = std::function<void(const std::vector<SecureBytes>& keys, Progress& progress)>;
    /// Runs on the worker with no key at all (the unlock page's key derivation).
    using PlainWork = std::function<void(Progress& progress)>;

    explicit VaultJob(QObject* parent = nullptr);
    /// Cancels the work and waits for it.
    ~VaultJob() override;

    /// Each job runs once: connect finished() first, then call one start.
    /// Opens \a path with a copy of \a key on the worker, then runs \a work.
    void start(const QString& path, const SecureBytes& key, Vault::Access access, Work work, OpenFailed failed);
    /// The same with a passphrase (a backup made before the passphrase changed), derived on the
    /// worker; the job's copy of it is cleared once the connection is open.
    void startWithPassphrase(
        const QString& path, const QString& passphrase, Vault::Access access, Work work, OpenFailed failed);
    void startWithKeys(std::vector<SecureBytes> keys, KeyWork work);
    void startPlain(PlainWork work);

    /// Low by default: the window stays responsive. Set before start.
    void setPriority(QThread::Priority priority) { m_priority = priority; }
    /// The work's progress; set its observer before start. cancel() goes through it.
    Progress& progress() { return m_progress; }
    void cancel() { m_progress.cancel(); }
    bool isCancelled() const { return m_progress.isCancelled(); }
    bool isRunning() const;
    /// The object name when it started (the probe's way to tell jobs apart; read on the worker).
    QString name() const { return m_name; }
    /// Blocks until the work has ended (finished() still follows, unless this is deleted first).
    void wait();

    /// Cancels every running job and waits for each (a lock, closing the practice).
    static void stopAll();
    /// How many jobs are running now.
    static int runningCount();
    /// For tests: how many copies of a key the jobs alive now hold that are not wiped yet
    /// (SecureBytes::isWiped): 0 once each job wiped its buffers.
    static int keysHeld();
    /// For tests: the same for this job.
    int keysHeldByThis() const;
    /// For tests: called on the worker as the work starts (Started: the key copied, nothing
    /// opened) and once the connection is open, just before the work (Working).
    enum class Stage { Started, Working };
    using Probe = std::function<void(const VaultJob& job, Stage stage)>;
    static void setProbeForTesting(Probe probe);

Q_SIGNALS:
    /// The work ended; on the owner's thread.
    void finished();

private:
    void launch(std::function<void()> body);
    void probe(Stage stage) const;
    void openAndRun(const QString& path, Vault::Access access, const Work& work, const OpenFailed& failed);
    void wipeKeys();

    QThread* m_thread = nullptr;
    QString m_name;
    QThread::Priority m_priority = QThread::LowPriority;
    Progress m_progress;
    mutable std::mutex m_keyMutex;
    /// The job's copies, wiped as soon as they have served; the wiped buffers stay until the job
    /// goes, so that a test can see them wiped.
    std::vector<SecureBytes> m_keys;
    QString m_passphrase;
};

} // namespace mandaat
