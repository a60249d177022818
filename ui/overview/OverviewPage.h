#pragma once

#include "common/models/ObligationListModel.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class OverviewPage;
}

namespace mandaat {

class ObligationCache;
class OpenPractice;
class VaultJob;

/// The first page after unlock: what is due, most urgent first, from the compliance rules
/// (ComplianceEngine::openObligations: complaints to settle, signed confirmations missing,
/// long interruptions, expiring certifications…). Worked out on a worker thread over a
/// read-only connection of its own, when the page shows and again when records change, so
/// that a large practice unlocks as fast as a small one; a lock waits for a running worker,
/// so that its copy of the key is wiped before the lock completes.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(QWidget* parent = nullptr);
    ~OverviewPage() override;

    void setPractice(OpenPractice* practice);
    /// Replaces what is listed (the engine's answer, or a test's).
    void setObligations(const QList<Obligation>& obligations);
    ObligationListModel* model() const { return m_model; }
    /// Starts working the list out again (again once more when one is running).
    void refresh();
    bool isWorking() const { return m_worker != nullptr; }
    /// For tests (CONTRIBUTING.md, point 16): the date "today" for the rules, the backup reminder and the
    /// retention dates; nullptr restores the system date.
    void setClock(std::function<QDate()> clock);

Q_SIGNALS:
    void engagementActivated(qint64 engagementId);
    /// The backup reminder's button: the last backup is older than the practice's interval.
    void backupRequested();
    /// A retention row's button: the destruction flow for \a engagementId, judged at \a at.
    void destructionRequested(qint64 engagementId, QDate at);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Result;
    void scheduleRefresh();
    void collect(const std::shared_ptr<Result>& result, quint64 generation);
    void stopWorker();
    void updateTexts();
    void placeButtons();
    void act(int row);

    std::unique_ptr<Ui::OverviewPage> m_ui;
    ObligationListModel* m_model = nullptr;
    QPointer<OpenPractice> m_practice;
    QTimer m_refreshTimer;
    QList<QMetaObject::Connection> m_connections;
    VaultJob* m_worker = nullptr;
    quint64 m_generation = 0; ///< results of an earlier practice or refresh are dropped
    bool m_refreshAgain = false;
    int m_activeEngagements = 0;
    bool m_stale = true;
    std::function<QDate()> m_clock;
    QDate m_today; ///< the date the list was worked out for
    /// Each engagement's obligations between refreshes: a write weighs again only its engagement.
    std::shared_ptr<ObligationCache> m_cache;
};

} // namespace mandaat
