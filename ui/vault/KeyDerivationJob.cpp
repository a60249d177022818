#include "KeyDerivationJob.h"

#include "common/VaultJob.h"
#include "vault/KeyDerivation.h"

namespace mandaat {

struct KeyDerivationJob::Result
{
    SecureBytes key;
    Error error;
};

KeyDerivationJob::KeyDerivationJob(QObject* parent)
    : QObject(parent)
{ }

KeyDerivationJob::~KeyDerivationJob()
{
    // The derivation cannot be interrupted: deleting its job waits for it.
    for (auto& [id, running] : m_running) {
        delete running.first;
    }
}

void KeyDerivationJob::start(const QString& passphrase, const QByteArray& salt)
{
    cancel();
    const quint64 id = ++m_lastId;
    auto result = std::make_shared<Result>();
    auto* job = new VaultJob(this);
    job->setObjectName(QStringLiteral("keyDerivationJob"));
    // Not low: the user waits for it.
    job->setPriority(QThread::InheritPriority);
    connect(job, &VaultJob::finished, this, [this, id]() { collect(id); });
    m_running.emplace(id, std::make_pair(job, result));
    m_current = id;
    job->startPlain([passphrase, salt, result](Progress&) {
        result->key = KeyDerivation::deriveKey(passphrase, salt, &result->error);
    });
}

void KeyDerivationJob::cancel()
{
    m_current = 0;
}

void KeyDerivationJob::collect(quint64 id)
{
    const auto it = m_running.find(id);
    if (it == m_running.end()) {
        return;
    }
    VaultJob* job = it->second.first;
    const std::shared_ptr<Result> result = it->second.second;
    m_running.erase(it);
    job->deleteLater(); // its finished() is still being delivered
    if (id != m_current) {
        return;
    }
    m_current = 0;
    Q_EMIT finished(result->key, result->error.message);
    result->key.clear();
}

} // namespace mandaat
