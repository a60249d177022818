#include "Progress.h"

#include <algorithm>

namespace mandaat {

Progress::Progress(Observer observer)
    : m_observer(std::move(observer))
{ }

Progress::Progress(Progress* whole, qint64 from, qint64 to, qint64 of, Observer observer)
    : m_observer(std::move(observer))
    , m_whole(whole)
    , m_from(from)
    , m_to(to)
    , m_of(of)
{ }

bool Progress::report(qint64 done, qint64 total)
{
    m_done = done;
    m_total = total;
    if (m_observer) {
        m_observer(*this);
    }
    if (m_whole) {
        const qint64 share = total > 0 ? (m_to - m_from) * std::clamp<qint64>(done, 0, total) / total : 0;
        m_whole->report(m_from + share, m_of);
    }
    return !isCancelled();
}

bool Progress::report(const QString& step, qint64 done, qint64 total)
{
    {
        const std::lock_guard<std::mutex> guard(m_stepMutex);
        m_step = step;
    }
    return report(done, total);
}

int Progress::percent() const
{
    const qint64 total = m_total.load();
    if (total <= 0) {
        return -1;
    }
    return static_cast<int>(std::clamp<qint64>(m_done.load() * 100 / total, 0, 100));
}

QString Progress::step() const
{
    const std::lock_guard<std::mutex> guard(m_stepMutex);
    return m_step;
}

} // namespace mandaat
