#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class QMenu;

namespace Ui {
class EngagementPage;
}

namespace mandaat {

class AttachmentsPanel;
class EngagementTermsForm;
class OpenPractice;
class RecordsPanel;
class SessionsPanel;

/// One engagement: its parties and status at the top, and tabs for its terms, its sessions
/// with their notes, and its files. The terms form is the page's RecordForm: the Engagements
/// page shows a record through it, and this page follows.
class EngagementPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab { TermsTab, SessionsTab, RecordsTab, AttachmentsTab };

    explicit EngagementPage(QWidget* parent = nullptr);
    ~EngagementPage() override;

    void setPractice(OpenPractice* practice);
    EngagementTermsForm* termsForm() const { return m_terms; }
    SessionsPanel* sessionsPanel() const { return m_sessions; }
    AttachmentsPanel* attachmentsPanel() const { return m_attachments; }
    RecordsPanel* recordsPanel() const { return m_records; }
    void showTab(Tab tab);
    Tab currentTab() const;

    /// Writes the pending note draft and saves the session form if it can (a switch of record).
    bool leave();
    /// Writes the pending note draft (a lock, a quit).
    void flushDrafts();
    /// The export dialog for the engagement shown (issue 7).
    void exportEngagement();

Q_SIGNALS:
    void clientActivated(qint64 clientId);
    void principalActivated(qint64 principalId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void recordChanged(qint64 id);
    void updateHeader();
    void fillStatusMenu();
    void transition(int to, int reason);

    std::unique_ptr<Ui::EngagementPage> m_ui;
    QPointer<OpenPractice> m_practice;
    EngagementTermsForm* m_terms = nullptr;
    SessionsPanel* m_sessions = nullptr;
    RecordsPanel* m_records = nullptr;
    AttachmentsPanel* m_attachments = nullptr;
    QMenu* m_statusMenu = nullptr;
};

} // namespace mandaat
