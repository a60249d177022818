#include "common/VaultJob.h"

#include <QList>

#include <algorithm>
#include <memory>

namespace mandaat {

namespace {

// Every job alive, for stopAll() and the tests; jobs are made and deleted on the GUI thread,
// the tests' questions may come from a worker.
std::mutex& registryMutex()
{
    static std::mutex mutex;
    return mutex;
}

QList<VaultJob*>& registry()
{
    static QList<VaultJob*> jobs;
    return jobs;
}

std::mutex& probeMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::shared_ptr<VaultJob::Probe>& probeHook()
{
    static std::shared_ptr<VaultJob::Probe> hook;
    return hook;
}

} // namespace

VaultJob::VaultJob(QObject* parent)
    : QObject(parent)
{
    const std::lock_guard<std::mutex> guard(registryMutex());
    registry().append(this);
}

VaultJob::~VaultJob()
{
    cancel();
    wait();
    delete m_thread;
    wipeKeys();
    const std::lock_guard<std::mutex> guard(registryMutex());
    registry().removeOne(this);
}

void VaultJob::start(const QString& path, const SecureBytes& key, Vault::Access access, Work work, OpenFailed failed)
{
    {
        const std::lock_guard<std::mutex> guard(m_keyMutex);
        m_keys = {key};
    }
    launch([this, path, access, work = std::move(work), failed = std::move(failed)]() {
        openAndRun(path, access, work, failed);
    });
}

void VaultJob::startWithPassphrase(
    const QString& path, const QString& passphrase, Vault::Access access, Work work, OpenFailed failed)
{
    // A copy of its own characters, so that wiping it leaves the caller's string alone.
    m_passphrase = QString(passphrase.constData(), passphrase.size());
    launch([this, path, access, work = std::move(work), failed = std::move(failed)]() {
        openAndRun(path, access, work, failed);
    });
}

void VaultJob::startWithKeys(std::vector<SecureBytes> keys, KeyWork work)
{
    {
        const std::lock_guard<std::mutex> guard(m_keyMutex);
        m_keys = std::move(keys);
    }
    launch([this, work = std::move(work)]() {
        probe(Stage::Working);
        work(m_keys, m_progress);
        wipeKeys();
    });
}

void VaultJob::startPlain(PlainWork work)
{
    launch([this, work = std::move(work)]() {
        probe(Stage::Working);
        work(m_progress);
    });
}

void VaultJob::launch(std::function<void()> body)
{
    Q_ASSERT(!m_thread);
    m_name = objectName();
    m_thread = QThread::create([this, body = std::move(body)]() {
        probe(Stage::Started);
        body();
    });
    // QThread::finished comes from the worker; with this object as the context it is queued to
    // the owner's thread.
    connect(m_thread, &QThread::finished, this, [this]() {
        m_thread->wait();
        Q_EMIT finished();
    });
    m_thread->start(m_priority);
}

void VaultJob::openAndRun(const QString& path, Vault::Access access, const Work& work, const OpenFailed& failed)
{
    VaultError error;
    std::unique_ptr<Vault> vault;
    if (!isCancelled()) {
        if (!m_passphrase.isEmpty()) {
            vault = Vault::open(path, m_passphrase, access, &error);
        } else {
            const std::lock_guard<std::mutex> guard(m_keyMutex);
            if (!m_keys.empty() && !m_keys.front().isEmpty()) {
                vault = Vault::openWithKey(path, m_keys.front(), access, &error);
            }
        }
    } else {
        error.kind = VaultError::Kind::Cancelled;
    }
    // The connection holds the key now (Vault::key(), wiped by Vault::close()): the copy goes.
    wipeKeys();
    secureWipe(m_passphrase);
    if (!vault) {
        if (failed) {
            failed(error);
        }
        return;
    }
    probe(Stage::Working);
    work(*vault, m_progress);
    vault->close();
}

void VaultJob::wipeKeys()
{
    const std::lock_guard<std::mutex> guard(m_keyMutex);
    for (SecureBytes& key : m_keys) {
        key.clear();
    }
}

int VaultJob::keysHeldByThis() const
{
    const std::lock_guard<std::mutex> guard(m_keyMutex);
    return static_cast<int>(
        std::count_if(m_keys.cbegin(), m_keys.cend(), [](const SecureBytes& key) { return !key.isWiped(); }));
}

bool VaultJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void VaultJob::wait()
{
    if (m_thread) {
        m_thread->wait();
    }
}

void VaultJob::stopAll()
{
    QList<VaultJob*> jobs;
    {
        const std::lock_guard<std::mutex> guard(registryMutex());
        jobs = registry();
    }
    for (VaultJob* job : std::as_const(jobs)) {
        job->cancel();
    }
    for (VaultJob* job : std::as_const(jobs)) {
        job->wait();
    }
}

int VaultJob::runningCount()
{
    const std::lock_guard<std::mutex> guard(registryMutex());
    return static_cast<int>(
        std::count_if(registry().cbegin(), registry().cend(), [](const VaultJob* job) { return job->isRunning(); }));
}

int VaultJob::keysHeld()
{
    const std::lock_guard<std::mutex> guard(registryMutex());
    int keys = 0;
    for (const VaultJob* job : std::as_const(registry())) {
        keys += job->keysHeldByThis();
    }
    return keys;
}

void VaultJob::setProbeForTesting(Probe probe)
{
    const std::lock_guard<std::mutex> guard(probeMutex());
    probeHook() = probe ? std::make_shared<Probe>(std::move(probe)) : nullptr;
}

void VaultJob::probe(Stage stage) const
{
    std::shared_ptr<Probe> hook;
    {
        const std::lock_guard<std::mutex> guard(probeMutex());
        hook = probeHook();
    }
    if (hook) {
        (*hook)(*this, stage);
    }
}

} // namespace mandaat
