// Note: no raw string literals with quotes in this file; moc 6.4 cannot parse them.
//
// KeyStore against three keychains, picked by MANDAAT_TEST_KEYCHAIN (tests/core/CMakeLists.txt):
//   present (default)  a real gnome-keyring, under tests/run-with-keyring.sh; every case fails
//                      when that keyring cannot be reached, because testing it is the point.
//   absent             DBUS_SESSION_BUS_ADDRESS names a socket that does not exist.
//   silent             a bus socket that accepts connections and never answers, like a
//                      keyring waiting for an unlock prompt nobody sees.
// In absent and silent, HOME is a fresh folder, checked afterwards for the key in any form:
// QtKeychain's "insecure fallback" would write it to a QSettings file there.
#include "vault/KeyStore.h"

#include <qt6keychain/keychain.h>

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#include <memory>

using namespace std::chrono_literals;
using mandaat::Error;
using mandaat::KeyStore;
using mandaat::SecureBytes;

namespace {

QString randomSaltHex()
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(salt.data()), 4);
    return QString::fromLatin1(salt.toHex());
}

SecureBytes randomKey()
{
    SecureBytes key(KeyStore::kKeySize);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(key.data()), KeyStore::kKeySize / 4);
    return key;
}

QByteArray raw(const SecureBytes& key)
{
    return QByteArray(reinterpret_cast<const char*>(key.data()), static_cast<qsizetype>(key.size()));
}

// Files under \a root that hold \a key raw, as hex or as base64 (QtKeychain's binary form).
QStringList filesHoldingKey(const QString& root, const SecureBytes& key)
{
    const QByteArray bytes = raw(key);
    const QList<QByteArray> forms{bytes, bytes.toHex(), bytes.toHex().toUpper(), bytes.toBase64()};
    QStringList found;
    // Not QDir::System: the silent test's bus socket lives here and cannot be read.
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly)) {
            found << file.fileName() + QStringLiteral(" (unreadable)");
            continue;
        }
        const QByteArray content = file.readAll();
        for (const QByteArray& form : forms) {
            if (content.contains(form)) {
                found << file.fileName();
                break;
            }
        }
    }
    return found;
}

// A fresh HOME (and XDG folders inside it) for the runs without a keychain. Must run before
// anything creates a QSettings, which caches the paths.
std::unique_ptr<QTemporaryDir> isolatedHome()
{
    auto home = std::make_unique<QTemporaryDir>();
    if (home->isValid()) {
        qputenv("HOME", QFile::encodeName(home->path()));
        qunsetenv("XDG_CONFIG_HOME");
        qunsetenv("XDG_DATA_HOME");
        qunsetenv("XDG_CACHE_HOME");
        qunsetenv("XDG_STATE_HOME");
    }
    return home;
}

} // namespace

// With the real keyring from tests/run-with-keyring.sh.
class KeyStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void probeFindsTheKeyring()
    {
        const KeyStore::Availability availability = KeyStore().probe();
        QVERIFY2(availability.available,
                 qPrintable(QStringLiteral("Keyring not reachable (run under tests/run-with-keyring.sh): ") +
                            availability.reason));
        QVERIFY(availability.reason.isEmpty());
    }

    void storedKeyComesBack()
    {
        KeyStore store;
        const QString salt = randomSaltHex();
        const SecureBytes key = randomKey();
        Error error = Error::make(Error::Kind::Failed, QStringLiteral("stale"));
        QVERIFY2(store.store(salt, key, &error), qPrintable(error.message));
        QVERIFY(error.message.isEmpty());

        const std::optional<SecureBytes> back = store.retrieve(salt, &error);
        QVERIFY2(back.has_value(), qPrintable(error.message));
        QVERIFY(error.message.isEmpty());
        QCOMPARE(back->size(), KeyStore::kKeySize);
        QVERIFY(*back == key);
        QVERIFY(store.forget(salt, &error));
    }

    // What other tools see in the keychain: binary data under service "Mandaat" and the salt.
    void entryIsTheBinaryKeyUnderServiceAndSalt()
    {
        KeyStore store;
        const QString salt = randomSaltHex();
        const SecureBytes key = randomKey();
        Error error;
        QVERIFY2(store.store(salt, key, &error), qPrintable(error.message));

        auto* job = new QKeychain::ReadPasswordJob(QStringLiteral("Mandaat"));
        job->setKey(salt);
        QSignalSpy finished(job, &QKeychain::Job::finished);
        QByteArray stored;
        QKeychain::Error jobError = QKeychain::OtherError;
        connect(job, &QKeychain::Job::finished, this, [&](QKeychain::Job* done) {
            jobError = done->error();
            stored = static_cast<QKeychain::ReadPasswordJob*>(done)->binaryData();
        });
        job->start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(jobError, QKeychain::NoError);
        QCOMPARE(stored, raw(key));
        QVERIFY(store.forget(salt, &error));
    }

    void unknownSaltIsNoEntryAndNoError()
    {
        Error error = Error::make(Error::Kind::Failed, QStringLiteral("stale"));
        QVERIFY(!KeyStore().retrieve(randomSaltHex(), &error).has_value());
        QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
    }

    void secondVaultHasItsOwnEntry()
    {
        KeyStore store;
        const QString saltA = randomSaltHex();
        const QString saltB = randomSaltHex();
        const SecureBytes keyA = randomKey();
        const SecureBytes keyB = randomKey();
        Error error;
        QVERIFY2(store.store(saltA, keyA, &error), qPrintable(error.message));
        QVERIFY2(store.store(saltB, keyB, &error), qPrintable(error.message));

        QVERIFY(store.retrieve(saltA, &error) == keyA);
        QVERIFY(store.retrieve(saltB, &error) == keyB);

        QVERIFY2(store.forget(saltB, &error), qPrintable(error.message));
        QVERIFY(!store.retrieve(saltB, &error).has_value());
        QVERIFY(store.retrieve(saltA, &error) == keyA);
        QVERIFY(store.forget(saltA, &error));
    }

    void forgetRemovesTheEntryAndMayRepeat()
    {
        KeyStore store;
        const QString salt = randomSaltHex();
        Error error;
        QVERIFY2(store.store(salt, randomKey(), &error), qPrintable(error.message));

        QVERIFY2(store.forget(salt, &error), qPrintable(error.message));
        error.message = QStringLiteral("stale");
        QVERIFY(!store.retrieve(salt, &error).has_value());
        QVERIFY2(error.message.isEmpty(), qPrintable(error.message));

        error.message = QStringLiteral("stale");
        QVERIFY2(store.forget(salt, &error), qPrintable(error.message));
        QVERIFY(error.message.isEmpty());
    }

    // A passphrase change stores the new key under the same salt (docs/architecture.md, Keys).
    void storingAgainReplacesTheEntry()
    {
        KeyStore store;
        const QString salt = randomSaltHex();
        const SecureBytes oldKey = randomKey();
        const SecureBytes newKey = randomKey();
        Error error;
        QVERIFY2(store.store(salt, oldKey, &error), qPrintable(error.message));
        QVERIFY2(store.store(salt, newKey, &error), qPrintable(error.message));

        QVERIFY(store.retrieve(salt, &error) == newKey);
        QVERIFY(store.forget(salt, &error));
        QVERIFY(!store.retrieve(salt, &error).has_value());
    }

    void malformedInputIsRefused()
    {
        KeyStore store;
        Error error;
        QVERIFY(!store.store(randomSaltHex().toUpper(), randomKey(), &error));
        QVERIFY(!error.message.isEmpty());
        error = {};
        QVERIFY(!store.store(QStringLiteral("00ff"), randomKey(), &error));
        QVERIFY(!error.message.isEmpty());
        error = {};
        QVERIFY(!store.store(randomSaltHex(), SecureBytes(16), &error));
        QVERIFY(!error.message.isEmpty());
        error = {};
        QVERIFY(!store.retrieve(QStringLiteral("not hex"), &error).has_value());
        QVERIFY(!error.message.isEmpty());
        error = {};
        QVERIFY(!store.forget(QString(), &error));
        QVERIFY(!error.message.isEmpty());
    }

    // Last, because the keyring stays locked: without a display its unlock prompt fails at
    // once. A delete there "succeeds" in libsecret without removing anything, so forget()
    // must report the failure rather than claim the key is gone.
    void lockedKeyringIsNotReportedAsForgotten()
    {
        KeyStore store(5s);
        const QString salt = randomSaltHex();
        const SecureBytes key = randomKey();
        Error error;
        QVERIFY2(store.store(salt, key, &error), qPrintable(error.message));

        QProcess lock;
        lock.start(QStringLiteral("dbus-send"),
                   {QStringLiteral("--session"),
                    QStringLiteral("--print-reply"),
                    QStringLiteral("--dest=org.freedesktop.secrets"),
                    QStringLiteral("/org/freedesktop/secrets"),
                    QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                    QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")});
        QVERIFY2(lock.waitForFinished(10000) && lock.exitCode() == 0, lock.readAllStandardError().constData());

        const KeyStore::Availability availability = store.probe();
        QVERIFY(!availability.available);
        QVERIFY2(availability.reason.contains(QStringLiteral("locked")), qPrintable(availability.reason));

        QVERIFY(!store.forget(salt, &error));
        QVERIFY(!error.message.isEmpty());
        qInfo("forget while locked: %s", qPrintable(error.message));

        // Documented limit: libsecret gives "not found" here, so this is no key and no error.
        QVERIFY(!store.retrieve(salt, &error).has_value());
    }
};

// Nothing answers: the bus socket does not exist.
class KeyStoreAbsentTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Set here as well as in CTest, so running the binary by hand never reaches a real keyring.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
        m_home = isolatedHome();
        QVERIFY(m_home->isValid());
    }

    void probeSaysWhyQuickly()
    {
        QElapsedTimer clock;
        clock.start();
        const KeyStore::Availability availability = KeyStore(2s).probe();
        QVERIFY(!availability.available);
        QVERIFY(!availability.reason.isEmpty());
        QVERIFY2(availability.reason.contains(QStringLiteral("passphrase")), qPrintable(availability.reason));
        // Nothing to wait for: a missing bus fails at once, well inside the timeout.
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        qInfo("reason: %s", qPrintable(availability.reason));
    }

    void callsFailWithAMessage()
    {
        KeyStore store(2s);
        const QString salt = randomSaltHex();
        Error error;
        QVERIFY(!store.store(salt, m_key, &error));
        QVERIFY(!error.message.isEmpty());
        qInfo("store: %s", qPrintable(error.message));

        error = {};
        QVERIFY(!store.retrieve(salt, &error).has_value());
        QVERIFY2(!error.message.isEmpty(), "a failing keychain must not look like a missing entry");

        error = {};
        QVERIFY(!store.forget(salt, &error));
        QVERIFY(!error.message.isEmpty());
    }

    void nothingIsWrittenInPlaintext()
    {
        const QStringList files = filesHoldingKey(m_home->path(), m_key);
        QVERIFY2(files.isEmpty(), qPrintable(files.join(QStringLiteral(", "))));
        QVERIFY(!QFile::exists(m_home->filePath(QStringLiteral(".config/Mandaat.conf"))));
    }

private:
    std::unique_ptr<QTemporaryDir> m_home;
    const SecureBytes m_key = randomKey();
};

// A bus that accepts the connection and never says a word: every job has to time out, and
// the abandoned jobs must be harmless when they finish late.
class KeyStoreSilentTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Desktop hints could steer QtKeychain to KWallet, whose synchronous QtDBus connect
        // would block this test; the silent Secret Service path is the one under test.
        for (const char* name : {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_SESSION_VERSION", "KDE_FULL_SESSION"}) {
            qunsetenv(name);
        }
        m_home = isolatedHome();
        QVERIFY(m_home->isValid());
        const QByteArray path = QFile::encodeName(m_home->filePath(QStringLiteral("silent-bus")));
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        QVERIFY(static_cast<std::size_t>(path.size()) < sizeof(address.sun_path));
        std::memcpy(address.sun_path, path.constData(), static_cast<std::size_t>(path.size()));
        m_socket = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(m_socket >= 0);
        // Connections wait in the backlog, never accepted: the client's handshake hangs.
        QCOMPARE(::bind(m_socket, reinterpret_cast<const sockaddr*>(&address), sizeof(address)), 0);
        QCOMPARE(::listen(m_socket, 16), 0);
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + path);
    }

    void probeGivesUpAfterItsTimeout()
    {
        QElapsedTimer clock;
        clock.start();
        const KeyStore::Availability availability = KeyStore(1s).probe();
        QVERIFY(!availability.available);
        QVERIFY2(availability.reason.contains(QStringLiteral("No keychain answered")), qPrintable(availability.reason));
        QVERIFY2(clock.elapsed() >= 900 && clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        qInfo("reason: %s", qPrintable(availability.reason));
    }

    void callsTimeOutWithAMessage()
    {
        KeyStore store(1s);
        const QString salt = randomSaltHex();
        Error error;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!store.store(salt, m_key, &error));
        QVERIFY(!error.message.isEmpty());
        qInfo("store: %s", qPrintable(error.message));

        error = {};
        QVERIFY(!store.retrieve(salt, &error).has_value());
        QVERIFY2(!error.message.isEmpty(), "a keychain that does not answer must not look like a missing entry");

        error = {};
        QVERIFY(!store.forget(salt, &error));
        QVERIFY(!error.message.isEmpty());
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    }

    // Closing the socket makes the hung handshakes fail, so every abandoned job now finishes
    // with nobody waiting for it; that must neither crash nor touch freed memory.
    void lateAnswersAreHarmless()
    {
        QCOMPARE(::close(m_socket), 0);
        m_socket = -1;
        QTest::qWait(1000);
        const KeyStore::Availability availability = KeyStore(2s).probe();
        QVERIFY(!availability.available);
        qInfo("after close: %s", qPrintable(availability.reason));
    }

    void nothingIsWrittenInPlaintext()
    {
        const QStringList files = filesHoldingKey(m_home->path(), m_key);
        QVERIFY2(files.isEmpty(), qPrintable(files.join(QStringLiteral(", "))));
        QVERIFY(!QFile::exists(m_home->filePath(QStringLiteral(".config/Mandaat.conf"))));
    }

    void cleanupTestCase()
    {
        if (m_socket >= 0) {
            ::close(m_socket);
        }
    }

private:
    std::unique_ptr<QTemporaryDir> m_home;
    int m_socket = -1;
    const SecureBytes m_key = randomKey();
};

// QTEST_GUILESS_MAIN runs one class; this main picks one of three by the keychain at hand,
// so each CTest entry runs only its own cases instead of skipping the others.
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray mode = qgetenv("MANDAAT_TEST_KEYCHAIN");
    if (mode == "absent") {
        KeyStoreAbsentTest test;
        return QTest::qExec(&test, argc, argv);
    }
    if (mode == "silent") {
        KeyStoreSilentTest test;
        return QTest::qExec(&test, argc, argv);
    }
    if (!mode.isEmpty() && mode != "present") {
        qCritical("Unknown MANDAAT_TEST_KEYCHAIN=%s (present, absent or silent)", mode.constData());
        return 2;
    }
    KeyStoreTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "KeyStoreTest.moc"
