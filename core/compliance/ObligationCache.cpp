#include "ObligationCache.h"

#include <QMutexLocker>

namespace mandaat {

bool ObligationCache::Inputs::operator==(const Inputs& other) const
{
    if (engagement != other.engagement || client != other.client || principal != other.principal ||
        codeIds != other.codeIds || others.size() != other.others.size()) {
        return false;
    }
    for (qsizetype i = 0; i < others.size(); ++i) {
        if (others.at(i).engagement != other.others.at(i).engagement ||
            others.at(i).client != other.others.at(i).client) {
            return false;
        }
    }
    return true;
}

void ObligationCache::invalidate(qint64 engagementId)
{
    const QMutexLocker lock(&m_mutex);
    m_entries.remove(engagementId);
    m_invalidatedAt.insert(engagementId, ++m_generation);
}

void ObligationCache::invalidateAll()
{
    const QMutexLocker lock(&m_mutex);
    m_entries.clear(); // names and explanations: nothing of the practice stays after a lock
    m_practice = {};
    m_invalidatedAt.clear();
    m_clearedAt = ++m_generation;
}

quint64 ObligationCache::begin(const PracticeInputs& practice)
{
    const QMutexLocker lock(&m_mutex);
    if (!(practice == m_practice)) {
        m_entries.clear();
        m_practice = practice;
        m_clearedAt = ++m_generation;
    }
    return m_generation;
}

std::optional<QList<ObligationCache::Item>> ObligationCache::lookup(qint64 engagementId, const Inputs& inputs) const
{
    const QMutexLocker lock(&m_mutex);
    const auto found = m_entries.constFind(engagementId);
    if (found == m_entries.cend() || !(found->inputs == inputs)) {
        return std::nullopt;
    }
    return found->items;
}

void ObligationCache::store(qint64 engagementId, quint64 generation, Entry entry)
{
    const QMutexLocker lock(&m_mutex);
    // Worked out from records read before an invalidation: the next run works it out again.
    if (m_clearedAt > generation || m_invalidatedAt.value(engagementId) > generation) {
        return;
    }
    m_entries.insert(engagementId, std::move(entry));
}

qsizetype ObligationCache::size() const
{
    const QMutexLocker lock(&m_mutex);
    return m_entries.size();
}

} // namespace mandaat
