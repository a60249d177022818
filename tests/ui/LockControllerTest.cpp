// LockController: when the vault locks. Runs on a private session bus (dbus-run-session), where
// the test itself sends the screensavers' ActiveChanged signals.
#include "main/LockController.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

using namespace mandaat;
using namespace std::chrono_literals;

class LockControllerTest : public QObject
{
    Q_OBJECT

private:
    static bool sendActiveChanged(const char* path, const char* interface, bool active)
    {
        QDBusMessage signal = QDBusMessage::createSignal(
            QString::fromLatin1(path), QString::fromLatin1(interface), QStringLiteral("ActiveChanged"));
        signal << active;
        return QDBusConnection::sessionBus().send(signal);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run under dbus-run-session"); }

    void requestOnlyWhileActive()
    {
        LockController controller;
        QSignalSpy spy(&controller, &LockController::lockRequested);
        controller.requestLock();
        QCOMPARE(spy.count(), 0);
        controller.setActive(true);
        controller.requestLock();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<LockController::Reason>(), LockController::Reason::Requested);
    }

    void idleTime()
    {
        LockController controller;
        QCOMPARE(controller.idleTimeout(), LockController::DefaultIdleTimeout);
        QCOMPARE(controller.idleTimeout(), std::chrono::milliseconds(10min));
        QSignalSpy spy(&controller, &LockController::lockRequested);
        controller.setIdleTimeout(300ms);
        controller.setActive(true);
        QWidget widget;
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        // Typing keeps it open.
        for (int i = 0; i < 5; ++i) {
            QTest::qWait(120);
            QTest::keyClick(&widget, Qt::Key_A);
        }
        QCOMPARE(spy.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 3000);
        QCOMPARE(spy.at(0).at(0).value<LockController::Reason>(), LockController::Reason::Idle);
    }

    void inactiveDoesNotLockForIdleness()
    {
        LockController controller;
        QSignalSpy spy(&controller, &LockController::lockRequested);
        controller.setIdleTimeout(100ms);
        controller.setActive(true);
        controller.setActive(false);
        QTest::qWait(300);
        QCOMPARE(spy.count(), 0);
    }

    void screenLock_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("interface");
        QTest::newRow("freedesktop") << QByteArray("/org/freedesktop/ScreenSaver")
                                     << QByteArray("org.freedesktop.ScreenSaver");
        QTest::newRow("gnome") << QByteArray("/org/gnome/ScreenSaver") << QByteArray("org.gnome.ScreenSaver");
    }

    void screenLock()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, interface);
        LockController controller;
        QSignalSpy spy(&controller, &LockController::lockRequested);
        controller.setActive(true);
        QVERIFY(sendActiveChanged(path.constData(), interface.constData(), false));
        QTest::qWait(200);
        QCOMPARE(spy.count(), 0); // the screen unlocking locks nothing
        QVERIFY(sendActiveChanged(path.constData(), interface.constData(), true));
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<LockController::Reason>(), LockController::Reason::ScreenLocked);

        // Without an open vault there is nothing to lock.
        controller.setActive(false);
        QVERIFY(sendActiveChanged(path.constData(), interface.constData(), true));
        QTest::qWait(200);
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_MAIN(LockControllerTest)
#include "LockControllerTest.moc"
