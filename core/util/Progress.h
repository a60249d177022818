#pragma once

#include <QString>
#include <QtGlobal>

#include <atomic>
#include <functional>
#include <mutex>

namespace mandaat {

/// How far a long piece of work is, and whether it was asked to stop: the one progress and
/// cancel type of backup, restore, export, import, destruction and the demo
/// (docs/architecture.md, Locking and threads). The work calls report() as it goes and stops
/// where it can once isCancelled(); anyone, on any thread, may call cancel(). The observer is
/// called on the working thread with every report: keep it cheap (post to another thread, or
/// print a line); it may cancel. A part of a larger piece of work (the archive of an export)
/// reports into its share of the whole, and stops when the whole is cancelled.
class Progress
{
public:
    using Observer = std::function<void(Progress& progress)>;

    Progress() = default;
    explicit Progress(Observer observer);
    /// A part of \a whole (may be null: then a Progress of its own): done of total here reaches
    /// \a whole as from + (to - from) * done / total, of \a of.
    Progress(Progress* whole, qint64 from, qint64 to, qint64 of, Observer observer = {});
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    /// Set before the work starts.
    void setObserver(Observer observer) { m_observer = std::move(observer); }

    /// \a done of \a total (total 0: not measured, the work only says it is alive). Returns
    /// false once cancelled.
    bool report(qint64 done, qint64 total);
    /// A new step, as a translated sentence ("Checking the backup…"), then report(done, total).
    bool report(const QString& step, qint64 done, qint64 total);
    /// Reports nothing new: whether to go on.
    bool keepGoing() const { return !isCancelled(); }

    /// Asks the work to stop; it does so at its next report or check.
    void cancel() { m_cancelled = true; }
    /// Cancelled, itself or the whole it is a part of.
    bool isCancelled() const { return m_cancelled.load() || (m_whole && m_whole->isCancelled()); }

    qint64 done() const { return m_done.load(); }
    qint64 total() const { return m_total.load(); }
    /// done of total as 0..100; -1 while not measured.
    int percent() const;
    QString step() const;

private:
    Observer m_observer;
    Progress* m_whole = nullptr;
    qint64 m_from = 0;
    qint64 m_to = 0;
    qint64 m_of = 0;
    std::atomic<bool> m_cancelled{false};
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    mutable std::mutex m_stepMutex;
    QString m_step;
};

/// For the functions that take a Progress* that may be null: reports to \a progress when there
/// is one; whether to go on.
inline bool reportProgress(Progress* progress, qint64 done, qint64 total)
{
    return !progress || progress->report(done, total);
}

} // namespace mandaat
