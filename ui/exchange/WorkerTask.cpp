#include "WorkerTask.h"

#include <QThread>

namespace mandaat {

WorkerTask::WorkerTask(std::function<void()> work, QObject* parent)
    : QObject(parent)
    , m_thread(QThread::create(std::move(work)))
{
    connect(m_thread, &QThread::finished, this, &WorkerTask::finished);
}

WorkerTask::~WorkerTask()
{
    wait();
    delete m_thread;
}

void WorkerTask::start()
{
    m_thread->start(QThread::LowPriority);
}

bool WorkerTask::isRunning() const
{
    return m_thread->isRunning();
}

void WorkerTask::wait()
{
    m_thread->wait();
}

} // namespace mandaat
