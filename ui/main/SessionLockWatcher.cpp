#include "SessionLockWatcher.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>

namespace mandaat {

Q_LOGGING_CATEGORY(lockLog, "mandaat.lock")

namespace {

const QString Login1Service = QStringLiteral("org.freedesktop.login1");
const QString Login1Path = QStringLiteral("/org/freedesktop/login1");
const QString Login1Manager = QStringLiteral("org.freedesktop.login1.Manager");

bool s_sleepOnSessionBus = false;

} // namespace

void SessionLockWatcher::watchSleepOnSessionBusForTesting(bool sessionBus)
{
    s_sleepOnSessionBus = sessionBus;
}

QDBusConnection SessionLockWatcher::sleepBus()
{
    return s_sleepOnSessionBus ? QDBusConnection::sessionBus() : QDBusConnection::systemBus();
}

SessionLockWatcher::SessionLockWatcher(QObject* parent)
    : QObject(parent)
{
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected()) {
        // Any sender: the freedesktop interface is implemented by several desktops under
        // their own names.
        const struct
        {
            const char* path;
            const char* interface;
        } screenSavers[] = {{"/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"},
                            {"/ScreenSaver", "org.freedesktop.ScreenSaver"},
                            {"/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"}};
        for (const auto& screenSaver : screenSavers) {
            session.connect(QString(),
                            QString::fromLatin1(screenSaver.path),
                            QString::fromLatin1(screenSaver.interface),
                            QStringLiteral("ActiveChanged"),
                            this,
                            SLOT(screenSaverActiveChanged(bool)));
        }
    } else {
        qCDebug(lockLog) << "No session bus: the vault is not locked with the screen.";
    }
    QDBusConnection system = sleepBus();
    m_systemBus = system.isConnected();
    if (m_systemBus) {
        system.connect(Login1Service,
                       Login1Path,
                       Login1Manager,
                       QStringLiteral("PrepareForSleep"),
                       this,
                       SLOT(prepareForSleep(bool)));
    } else {
        qCDebug(lockLog) << "No system bus: the vault is not locked before the machine sleeps.";
    }
}

SessionLockWatcher::~SessionLockWatcher() = default;

void SessionLockWatcher::setArmed(bool armed)
{
    m_armed = armed;
    if (armed) {
        takeInhibitor();
    } else {
        releaseInhibitor();
    }
}

void SessionLockWatcher::screenSaverActiveChanged(bool active)
{
    if (active) {
        Q_EMIT screenLocked();
    }
}

void SessionLockWatcher::prepareForSleep(bool sleeping)
{
    if (sleeping) {
        Q_EMIT aboutToSleep();
        // Locked now (the connection is direct); let the machine sleep.
        releaseInhibitor();
    } else if (m_armed) {
        takeInhibitor();
    }
}

void SessionLockWatcher::takeInhibitor()
{
    if (!m_systemBus || m_inhibitor.isValid() || m_inhibitorPending) {
        return;
    }
    QDBusMessage call =
        QDBusMessage::createMethodCall(Login1Service, Login1Path, Login1Manager, QStringLiteral("Inhibit"));
    call << QStringLiteral("sleep") << QStringLiteral("Mandaat") << tr("Locking the vault") << QStringLiteral("delay");
    m_inhibitorPending = true;
    auto* watcher = new QDBusPendingCallWatcher(sleepBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* call) {
        call->deleteLater();
        m_inhibitorPending = false;
        const QDBusPendingReply<QDBusUnixFileDescriptor> reply = *call;
        if (reply.isError()) {
            qCDebug(lockLog) << "No sleep inhibitor:" << reply.error().message();
            return;
        }
        if (m_armed) {
            m_inhibitor = reply.value();
        } // else dropping the descriptor releases it at once
    });
}

void SessionLockWatcher::releaseInhibitor()
{
    // Closing our descriptor releases the inhibitor.
    m_inhibitor = QDBusUnixFileDescriptor();
}

} // namespace mandaat
