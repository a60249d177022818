#pragma once

#include "util/SecureBytes.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <map>
#include <memory>

namespace mandaat {

class VaultJob;

/// Runs the slow Argon2id key derivation (docs/architecture.md, Keys) on a VaultJob of its own
/// (no key, no connection: only its thread) and reports back on the thread that owns this
/// object, so the window stays responsive. The vault itself
/// is then opened on the GUI thread with the key: a database connection belongs to the thread
/// that made it.
class KeyDerivationJob : public QObject
{
    Q_OBJECT

public:
    explicit KeyDerivationJob(QObject* parent = nullptr);
    /// Waits for derivations still running (a fraction of a second); their results are dropped.
    ~KeyDerivationJob() override;

    /// Starts deriving the key of \a passphrase with \a salt. A derivation still running is
    /// cancelled first.
    void start(const QString& passphrase, const QByteArray& salt);
    /// Drops the result of the running derivation, if any.
    void cancel();
    bool isRunning() const { return m_current != 0; }

Q_SIGNALS:
    /// The key, or an empty key and the reason (Argon2 ran out of memory). Delivered only
    /// through direct connections: SecureBytes is not a queued type.
    void finished(const mandaat::SecureBytes& key, const QString& error);

private:
    struct Result;
    void collect(quint64 id);

    quint64 m_lastId = 0;
    quint64 m_current = 0; ///< the derivation whose result is wanted; 0 when none
    std::map<quint64, std::pair<VaultJob*, std::shared_ptr<Result>>> m_running;
};

} // namespace mandaat
