#pragma once

#include <QDBusConnection>
#include <QDBusUnixFileDescriptor>
#include <QObject>

namespace mandaat {

/// Tells when the session's screen locks or the machine is about to sleep (docs/architecture.md, Locking and threads):
/// the freedesktop and GNOME screensavers' ActiveChanged(bool) on the session bus, logind's
/// PrepareForSleep(bool) on the system bus. While armed it holds a logind "delay" inhibitor,
/// so the vault is locked before the machine sleeps. Without a bus it does nothing.
class SessionLockWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SessionLockWatcher(QObject* parent = nullptr);
    ~SessionLockWatcher() override;

    /// Holds the sleep inhibitor while \a armed (a vault is open).
    void setArmed(bool armed);

    /// For tests on a private bus (dbus-run-session): logind's signals and inhibitor are looked
    /// for on the session bus instead of the system bus. Affects watchers made afterwards.
    static void watchSleepOnSessionBusForTesting(bool sessionBus);

Q_SIGNALS:
    void screenLocked();
    void aboutToSleep();

private Q_SLOTS:
    // Slots by name: QDBusConnection::connect takes no function pointers.
    void screenSaverActiveChanged(bool active);
    void prepareForSleep(bool sleeping);

private:
    void takeInhibitor();
    void releaseInhibitor();

    static QDBusConnection sleepBus();

    bool m_armed = false;
    bool m_systemBus = false; ///< the bus with logind (the system bus, or a test's) is connected
    bool m_inhibitorPending = false;
    QDBusUnixFileDescriptor m_inhibitor;
};

} // namespace mandaat
