#pragma once

#include <QString>
#include <QStringList>

#include <cstddef>
#include <random>

namespace mandaat {

/// The demo's own random numbers: std::mt19937_64 is specified bit for bit by the standard,
/// and the ranges below are plain arithmetic on its output (unlike the standard library's
/// distributions, whose results differ between implementations), so the same seed gives the
/// same practice everywhere.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
        : m_engine(seed)
    { }

    /// 0 .. n - 1; 0 when n < 2.
    int below(int n) { return n < 2 ? 0 : static_cast<int>(m_engine() % static_cast<quint64>(n)); }
    /// low .. high, both included.
    int between(int low, int high) { return high <= low ? low : low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }

    template <typename T, std::size_t N>
    const T& pick(const T (&items)[N])
    {
        return items[below(static_cast<int>(N))];
    }
    QString pick(const QStringList& items) { return items.isEmpty() ? QString() : items.at(below(items.size())); }

private:
    std::mt19937_64 m_engine;
};

} // namespace mandaat
