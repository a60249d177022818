#pragma once

#include "search/SearchHit.h"

#include <QWidget>

#include <memory>

namespace Ui {
class PracticeView;
}

namespace mandaat {

class AgendaPage;
class ClientListModel;
class ComplaintListModel;
class EngagementListModel;
class EngagementPage;
class OpenPractice;
class OverviewPage;
class PrincipalListModel;
class RecordPage;
class SearchPage;
class Vault;

/// An unlocked practice (docs/journey.md, "What the main window looks like"): the navigation on
/// the left (Overview, Clients, Principals, Engagements, Complaints, Search, Agenda) and the page on
/// the right, the Overview first. Holds everything of the open vault (OpenPractice) and lets go
/// of it on close(), after writing the note drafts.
class PracticeView : public QWidget
{
    Q_OBJECT

public:
    enum class Page { Overview, Clients, Principals, Engagements, Complaints, Search, Agenda };
    Q_ENUM(Page)

    /// Where the user is: the page, the record shown on it and the engagement's tab. Ids only:
    /// kept over a lock, nothing of the record itself.
    struct Place
    {
        Page page = Page::Overview;
        qint64 recordId = 0;
        int tab = 0;
    };

    explicit PracticeView(QWidget* parent = nullptr);
    ~PracticeView() override;

    /// Shows the practice in \a vault, the Overview first.
    void open(Vault& vault);
    /// Writes the drafts, clears every page and lets go of the vault (a lock, a quit).
    void close();
    /// Writes the note being typed as a draft now.
    void flushDrafts();
    OpenPractice* practice() const { return m_practice.get(); }

    void showPage(Page page);
    Page currentPage() const;
    Place place() const;
    /// Back to \a place after an unlock; the Overview when its record is gone.
    void goTo(const Place& place);
    /// Saves the changes of the record shown; false, with the problems in view, when it cannot.
    bool leave();
    void showClient(qint64 id);
    void showPrincipal(qint64 id);
    void showEngagement(qint64 id);
    void showComplaint(qint64 id);
    /// Opens a new record on the current page (the New button of its list).
    void newRecord();
    /// The export dialog for what is shown: the engagement, everything about the client (GDPR
    /// art. 15 and 20), or else the whole practice.
    void exportCurrent();
    /// The practice's name from its profile, or empty.
    QString practiceName() const;

    OverviewPage* overviewPage() const { return m_overview; }
    RecordPage* clientsPage() const { return m_clients; }
    RecordPage* principalsPage() const { return m_principals; }
    RecordPage* engagementsPage() const { return m_engagements; }
    RecordPage* complaintsPage() const { return m_complaints; }
    EngagementPage* engagementPage() const { return m_engagement; }
    SearchPage* searchPage() const { return m_search; }
    AgendaPage* agendaPage() const { return m_agenda; }

Q_SIGNALS:
    void lockRequested();
    /// The practice's name changed (the window title shows it).
    void practiceNameChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    bool leaveCurrentPage();
    void openHit(const SearchHit& hit);
    RecordPage* recordPage(Page page) const;

    std::unique_ptr<Ui::PracticeView> m_ui;
    std::unique_ptr<OpenPractice> m_practice;
    ClientListModel* m_clientModel = nullptr;
    PrincipalListModel* m_principalModel = nullptr;
    EngagementListModel* m_engagementModel = nullptr;
    ComplaintListModel* m_complaintModel = nullptr;
    OverviewPage* m_overview = nullptr;
    RecordPage* m_clients = nullptr;
    RecordPage* m_principals = nullptr;
    RecordPage* m_engagements = nullptr;
    RecordPage* m_complaints = nullptr;
    EngagementPage* m_engagement = nullptr;
    SearchPage* m_search = nullptr;
    AgendaPage* m_agenda = nullptr;
    int m_shownPage = 0;
};

} // namespace mandaat
