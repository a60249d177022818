#pragma once

#include <QObject>

#include <functional>

class QThread;

namespace mandaat {

/// One piece of slow work (a backup, a restore, a destruction, an audit check) on a thread of
/// its own; the work opens its own connection to the vault with a copy of the key, as the
/// Overview does, and wipes that copy when it ends. finished() comes on the owner's thread. It
/// cannot be interrupted: wait() (and the destructor) block until it ends, so that a lock never
/// completes while a copy of the key is still in use.
class WorkerTask : public QObject
{
    Q_OBJECT

public:
    explicit WorkerTask(std::function<void()> work, QObject* parent = nullptr);
    ~WorkerTask() override;

    void start();
    bool isRunning() const;
    /// Blocks until the work has ended (finished() still follows, unless this is deleted first).
    void wait();

Q_SIGNALS:
    void finished();

private:
    QThread* m_thread = nullptr;
};

} // namespace mandaat
