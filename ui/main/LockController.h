#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace mandaat {

class SessionLockWatcher;

/// Decides when the open vault locks (docs/architecture.md, Locking and threads): after a period without keyboard or
/// mouse input, when the screen locks, before the machine sleeps, and when asked. It only asks;
/// the main window does the locking.
class LockController : public QObject
{
    Q_OBJECT

public:
    enum class Reason { Requested, Idle, ScreenLocked, Sleep };
    Q_ENUM(Reason)

    static constexpr std::chrono::milliseconds DefaultIdleTimeout = std::chrono::minutes(10);

    explicit LockController(QObject* parent = nullptr);
    ~LockController() override;

    /// Watches for input and the session while \a active (a vault is open).
    void setActive(bool active);
    bool isActive() const { return m_active; }

    /// The idle period; zero or less never locks for idleness. The per-vault policy sets this.
    void setIdleTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds idleTimeout() const { return m_idleTimeout; }

    /// Locks now (the menu, Ctrl+L, the lock button).
    void requestLock();

Q_SIGNALS:
    void lockRequested(mandaat::LockController::Reason reason);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void idleTimerFired();
    void restartIdleTimer(std::chrono::milliseconds delay);
    void fire(Reason reason);

    bool m_active = false;
    std::chrono::milliseconds m_idleTimeout = DefaultIdleTimeout;
    QTimer m_idleTimer;
    QElapsedTimer m_sinceInput;
    SessionLockWatcher* m_session = nullptr;
};

} // namespace mandaat
