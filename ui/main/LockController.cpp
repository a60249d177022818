#include "LockController.h"

#include "main/SessionLockWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace mandaat {

LockController::LockController(QObject* parent)
    : QObject(parent)
    , m_session(new SessionLockWatcher(this))
{
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &LockController::idleTimerFired);
    connect(m_session, &SessionLockWatcher::screenLocked, this, [this]() { fire(Reason::ScreenLocked); });
    connect(m_session, &SessionLockWatcher::aboutToSleep, this, [this]() { fire(Reason::Sleep); });
}

LockController::~LockController()
{
    if (m_active && QCoreApplication::instance()) {
        QCoreApplication::instance()->removeEventFilter(this);
    }
}

void LockController::setActive(bool active)
{
    if (active == m_active) {
        return;
    }
    m_active = active;
    m_session->setArmed(active);
    if (active) {
        QCoreApplication::instance()->installEventFilter(this);
        m_sinceInput.start();
        restartIdleTimer(m_idleTimeout);
    } else {
        QCoreApplication::instance()->removeEventFilter(this);
        m_idleTimer.stop();
    }
}

void LockController::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idleTimeout = timeout;
    if (m_active) {
        m_sinceInput.start();
        restartIdleTimer(timeout);
    }
}

void LockController::requestLock()
{
    fire(Reason::Requested);
}

bool LockController::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::InputMethod:
    case QEvent::Shortcut:
        // Input reaches several objects on its way; noting the time is cheap, and the timer
        // catches up when it fires instead of being restarted on every mouse move.
        m_sinceInput.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void LockController::idleTimerFired()
{
    if (!m_active || m_idleTimeout <= std::chrono::milliseconds::zero()) {
        return;
    }
    const std::chrono::milliseconds idle(m_sinceInput.elapsed());
    if (idle < m_idleTimeout) {
        restartIdleTimer(m_idleTimeout - idle);
        return;
    }
    fire(Reason::Idle);
}

void LockController::restartIdleTimer(std::chrono::milliseconds delay)
{
    if (m_idleTimeout <= std::chrono::milliseconds::zero()) {
        m_idleTimer.stop();
        return;
    }
    m_idleTimer.start(delay);
}

void LockController::fire(Reason reason)
{
    if (m_active) {
        Q_EMIT lockRequested(reason);
    }
}

} // namespace mandaat
