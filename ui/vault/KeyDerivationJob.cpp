#include "KeyDerivationJob.h"

#include "vault/KeyDerivation.h"

#include <QThread>

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
    // A QThread must not be destroyed while it runs; the derivation cannot be interrupted.
    for (auto& [id, running] : m_running) {
        running.first->wait();
        delete running.first;
    }
}

void KeyDerivationJob::start(const QString& passphrase, const QByteArray& salt)
{
    cancel();
    const quint64 id = ++m_lastId;
    auto result = std::make_shared<Result>();
    QThread* thread = QThread::create(
        [passphrase, salt, result]() { result->key = KeyDerivation::deriveKey(passphrase, salt, &result->error); });
    // QThread::finished is emitted on the worker thread; with this object as the context the
    // lambda runs queued on this object's thread.
    connect(thread, &QThread::finished, this, [this, id]() { collect(id); });
    m_running.emplace(id, std::make_pair(thread, result));
    m_current = id;
    thread->start();
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
    QThread* thread = it->second.first;
    const std::shared_ptr<Result> result = it->second.second;
    m_running.erase(it);
    thread->wait();
    delete thread;
    if (id != m_current) {
        return;
    }
    m_current = 0;
    Q_EMIT finished(result->key, result->error.message);
    result->key.clear();
}

} // namespace mandaat
