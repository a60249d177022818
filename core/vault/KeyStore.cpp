#include "KeyStore.h"

#include <qt6keychain/keychain.h>

#include <QByteArray>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace mandaat {

namespace {

struct JobResult
{
    bool answered = false; // false: the job was abandoned when the timeout ran out
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
};

void setProblem(Error* error, const QString& message)
{
    setError(error, Error::make(Error::Kind::Failed, message));
}

bool isSaltHex(const QString& saltHex)
{
    return saltHex.size() == 32 && std::all_of(saltHex.cbegin(), saltHex.cend(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

// Overwrites the buffer that \a bytes shares with a QtKeychain job. secureWipe(QByteArray&)
// goes through data(), which would detach and wipe a fresh copy while the job's buffer kept
// the key; writing through constData() reaches the one buffer both hold.
void wipeShared(QByteArray& bytes)
{
    if (!bytes.isEmpty()) {
        secureWipe(const_cast<char*>(bytes.constData()), static_cast<std::size_t>(bytes.size()));
    }
    bytes = QByteArray();
}

// Runs \a job until it finishes or \a timeout runs out. \a takeResult runs only for an answer
// in time; \a cleanUp runs whenever the job finishes, also long after we stopped waiting
// (a locked keyring answers once somebody unlocks it), so key bytes are wiped either way.
//
// On timeout the job is abandoned, never deleted: QtKeychain's libsecret callbacks keep a raw
// pointer to it, so deleting a running job would crash later. It has no parent and deletes
// itself (autoDelete) if it ever finishes. QtKeychain runs one job at a time, so jobs started
// after an abandoned one wait behind it and time out as well until it finishes.
JobResult runJob(QKeychain::Job* job,
                 std::chrono::milliseconds timeout,
                 const std::function<void(QKeychain::Job*)>& takeResult,
                 const std::function<void(QKeychain::Job*)>& cleanUp)
{
    job->setAutoDelete(true);
    // Never a plaintext QSettings file instead of the keychain.
    job->setInsecureFallback(false);

    JobResult result;
    if (!QCoreApplication::instance()) {
        // No event loop can run, so the job could never report back; it was never started.
        delete job;
        result.answered = true;
        result.error = QKeychain::OtherError;
        result.errorString = KeyStore::tr("the application is not running yet");
        return result;
    }
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    // The loop is the context object: when this function returns the connection dies with it,
    // so a late `finished` never reaches `result` or `loop` on a dead stack frame.
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job* finished) {
        result.answered = true;
        result.error = finished->error();
        result.errorString = finished->errorString();
        if (takeResult) {
            takeResult(finished);
        }
        loop.quit();
    });
    // Connected after the loop's slot, so it runs after takeResult has copied the key.
    if (cleanUp) {
        QObject::connect(job, &QKeychain::Job::finished, job, cleanUp);
    }

    job->start();
    timer.start(timeout);
    loop.exec();
    return result;
}

// A write that timed out may still land later, when the keyring finally answers. Queue a
// delete behind it (QtKeychain runs jobs in order) so a key we reported as not remembered
// does not turn up in the keychain afterwards. Nobody waits for this job.
void undoLateWrite(const QString& key)
{
    auto* job = new QKeychain::DeletePasswordJob(QLatin1String(KeyStore::kService));
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->start();
}

bool succeeded(const JobResult& result)
{
    return result.answered && result.error == QKeychain::NoError;
}

// Writes \a bytes under \a key and wipes them, in place, once the job is done with them. They
// must be a heap copy (not a QByteArrayLiteral, which lives in read-only memory).
JobResult writeEntry(const QString& key, QByteArray bytes, std::chrono::milliseconds timeout)
{
    auto* job = new QKeychain::WritePasswordJob(QLatin1String(KeyStore::kService));
    job->setKey(key);
    job->setBinaryData(bytes);
    const JobResult result = runJob(job, timeout, {}, [bytes](QKeychain::Job*) mutable { wipeShared(bytes); });
    if (!result.answered) {
        undoLateWrite(key);
    }
    return result;
}

JobResult deleteEntry(const QString& key, std::chrono::milliseconds timeout)
{
    auto* job = new QKeychain::DeletePasswordJob(QLatin1String(KeyStore::kService));
    job->setKey(key);
    return runJob(job, timeout, {}, {});
}

// Its own key per call, so a probe never meets a vault's entry or another probe's.
QString newProbeKey()
{
    return QStringLiteral("mandaat-probe-%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
}

// Not a secret: only whether a write goes through matters. A heap copy, see writeEntry.
QByteArray probeBytes()
{
    return QByteArray("mandaat-probe");
}

QString describe(const JobResult& result, std::chrono::milliseconds timeout)
{
    if (!result.answered) {
        const auto seconds = std::max<qint64>(1, (timeout.count() + 999) / 1000);
        return KeyStore::tr("no answer within %n second(s); it may be locked and waiting for its password",
                            nullptr,
                            static_cast<int>(seconds));
    }
    switch (result.error) {
    case QKeychain::AccessDeniedByUser:
        return KeyStore::tr("access was refused");
    case QKeychain::AccessDenied:
        return KeyStore::tr("access was denied; the keychain may be locked");
    case QKeychain::NoBackendAvailable:
        return KeyStore::tr("no keychain service is running");
    case QKeychain::NotImplemented:
        return KeyStore::tr("this kind of keychain is not supported");
    default:
        // QtKeychain's own text (from libsecret or D-Bus); untranslated, but it names the cause.
        return result.errorString.isEmpty() ? KeyStore::tr("unknown error") : result.errorString;
    }
}

} // namespace

KeyStore::KeyStore(std::chrono::milliseconds timeout)
    : m_timeout(timeout)
{ }

KeyStore::Availability KeyStore::probe()
{
    auto unavailable = [this](const JobResult& result) {
        const QString detail = describe(result, m_timeout);
        if (result.answered &&
            (result.error == QKeychain::AccessDenied || result.error == QKeychain::AccessDeniedByUser)) {
            return Availability{
                false,
                tr("The keychain on this computer refused to remember keys (%1). Your passphrase still opens the "
                   "vault.")
                    .arg(detail)};
        }
        // No bus, no Secret Service, or no answer in time: to the user all the same.
        return Availability{
            false,
            tr("No keychain answered on this computer (%1). Your passphrase still opens the vault.").arg(detail)};
    };

    const QString probeKey = newProbeKey();
    const JobResult written = writeEntry(probeKey, probeBytes(), m_timeout);
    if (!succeeded(written)) {
        return unavailable(written);
    }
    const JobResult removed = deleteEntry(probeKey, m_timeout);
    if (!succeeded(removed) && !(removed.answered && removed.error == QKeychain::EntryNotFound)) {
        return unavailable(removed);
    }
    return {true, {}};
}

bool KeyStore::store(const QString& saltHex, const SecureBytes& key, Error* error)
{
    if (!isSaltHex(saltHex)) {
        setProblem(error, tr("The vault's salt is not 32 lowercase hexadecimal characters."));
        return false;
    }
    if (key.size() != kKeySize) {
        setProblem(error, tr("The key to remember is not %1 bytes long.").arg(kKeySize));
        return false;
    }

    // The one copy handed to QtKeychain: the job shares this buffer, and writeEntry wipes it
    // once the job is done with it, in time or late (an abandoned job still needs it).
    const JobResult result = writeEntry(
        saltHex, QByteArray(reinterpret_cast<const char*>(key.data()), static_cast<qsizetype>(key.size())), m_timeout);
    if (!succeeded(result)) {
        setProblem(error,
                   tr("Could not remember the key on this computer (%1). Your passphrase still opens the vault.")
                       .arg(describe(result, m_timeout)));
        return false;
    }
    setError(error, {});
    return true;
}

std::optional<SecureBytes> KeyStore::retrieve(const QString& saltHex, Error* error)
{
    if (!isSaltHex(saltHex)) {
        setProblem(error, tr("The vault's salt is not 32 lowercase hexadecimal characters."));
        return std::nullopt;
    }

    std::optional<SecureBytes> key;
    auto* job = new QKeychain::ReadPasswordJob(QLatin1String(kService));
    job->setKey(saltHex);
    const JobResult result = runJob(
        job,
        m_timeout,
        [&key](QKeychain::Job* finished) {
            if (finished->error() != QKeychain::NoError) {
                return;
            }
            const QByteArray bytes = static_cast<QKeychain::ReadPasswordJob*>(finished)->binaryData();
            key = SecureBytes(reinterpret_cast<const unsigned char*>(bytes.constData()),
                              static_cast<std::size_t>(bytes.size()));
        },
        [](QKeychain::Job* finished) {
            QByteArray bytes = static_cast<QKeychain::ReadPasswordJob*>(finished)->binaryData();
            wipeShared(bytes);
        });

    if (result.answered && result.error == QKeychain::EntryNotFound) {
        setError(error, {});
        return std::nullopt;
    }
    if (!result.answered || result.error != QKeychain::NoError) {
        setProblem(error,
                   tr("Could not read the remembered key from the keychain (%1). Enter your passphrase instead.")
                       .arg(describe(result, m_timeout)));
        return std::nullopt;
    }
    if (!key || key->size() != kKeySize) {
        setProblem(error,
                   tr("The key remembered for this vault is damaged. Enter your passphrase; remembering the vault "
                      "again replaces it."));
        return std::nullopt;
    }
    setError(error, {});
    return key;
}

bool KeyStore::forget(const QString& saltHex, Error* error)
{
    if (!isSaltHex(saltHex)) {
        setProblem(error, tr("The vault's salt is not 32 lowercase hexadecimal characters."));
        return false;
    }

    // In a locked keyring whose unlock prompt is dismissed (or cannot be shown), libsecret
    // answers a delete with success and removes nothing. A write there is refused, so write a
    // throw-away entry first: it unlocks the keyring (one prompt at most) or tells us it is
    // locked, and the delete that follows then really happens.
    const QString probeKey = newProbeKey();
    JobResult result = writeEntry(probeKey, probeBytes(), m_timeout);
    if (succeeded(result)) {
        result = deleteEntry(saltHex, m_timeout);
        deleteEntry(probeKey, m_timeout); // A leftover probe entry holds nothing secret.
    }
    if (result.answered && (result.error == QKeychain::NoError || result.error == QKeychain::EntryNotFound)) {
        setError(error, {});
        return true;
    }
    setProblem(error,
               tr("Could not remove the remembered key from the keychain (%1). If this computer remembered the "
                  "key, it can open the vault without the passphrase until the key is removed; try again.")
                   .arg(describe(result, m_timeout)));
    return false;
}

} // namespace mandaat
