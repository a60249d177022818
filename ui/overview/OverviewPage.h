#pragma once

#include "models/ObligationListModel.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class OverviewPage;
}

namespace mandaat {

class OpenPractice;

/// The first page after unlock: what is due, most urgent first, from the compliance rules
/// (ComplianceEngine::openObligations: complaints to settle, signed confirmations missing,
/// long interruptions, expiring certifications…). Worked out just after the page shows and
/// again when records change, so that unlocking never waits for it.
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
    /// Works the list out again now.
    void refresh();

Q_SIGNALS:
    void engagementActivated(qint64 engagementId);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void scheduleRefresh();
    void updateTexts();

    std::unique_ptr<Ui::OverviewPage> m_ui;
    ObligationListModel* m_model = nullptr;
    QPointer<OpenPractice> m_practice;
    QTimer m_refreshTimer;
    QList<QMetaObject::Connection> m_connections;
    int m_activeEngagements = 0;
    bool m_stale = true;
};

} // namespace mandaat
