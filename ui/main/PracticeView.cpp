#include "PracticeView.h"
#include "ui_PracticeView.h"

#include "agenda/AgendaPage.h"
#include "clients/ClientForm.h"
#include "common/OpenPractice.h"
#include "common/models/ClientListModel.h"
#include "common/models/ComplaintListModel.h"
#include "common/models/EngagementListModel.h"
#include "common/models/PrincipalListModel.h"
#include "complaints/ComplaintForm.h"
#include "engagements/EngagementPage.h"
#include "engagements/EngagementTermsForm.h"
#include "exchange/ExportDialog.h"
#include "main/RecordListPane.h"
#include "main/RecordPage.h"
#include "overview/OverviewPage.h"
#include "principals/PrincipalForm.h"
#include "repositories/PracticeRepository.h"
#include "repositories/Records.h"
#include "search/SearchPage.h"

#include <QEvent>
#include <QIcon>
#include <QStyle>
#include <QTableView>

namespace mandaat {

namespace {

QIcon navigationIcon(const QWidget* widget, const char* themeName, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(themeName), widget->style()->standardIcon(fallback));
}

} // namespace

PracticeView::PracticeView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PracticeView>())
    , m_clientModel(new ClientListModel(this))
    , m_principalModel(new PrincipalListModel(this))
    , m_engagementModel(new EngagementListModel(this))
    , m_complaintModel(new ComplaintListModel(this))
    , m_overview(new OverviewPage)
    , m_engagement(new EngagementPage)
    , m_search(new SearchPage)
    , m_agenda(new AgendaPage)
{
    m_ui->setupUi(this);
    auto* clientForm = new ClientForm;
    auto* principalForm = new PrincipalForm;
    m_clients = new RecordPage(m_clientModel, clientForm);
    m_principals = new RecordPage(m_principalModel, principalForm);
    m_engagements = new RecordPage(m_engagementModel, m_engagement->termsForm(), m_engagement);
    m_complaints = new RecordPage(m_complaintModel, new ComplaintForm);
    m_engagements->list()->setModel(m_engagementModel, EngagementListModel::StartColumn, Qt::DescendingOrder);
    m_complaints->list()->setModel(m_complaintModel, ComplaintListModel::DueColumn, Qt::AscendingOrder);
    // The lists keep what tells records apart; the rest is in the details on the right.
    m_clients->list()->view()->hideColumn(ClientListModel::EmailColumn);
    m_principals->list()->view()->hideColumn(PrincipalListModel::EmailColumn);
    for (int column : {EngagementListModel::PrincipalColumn,
                       EngagementListModel::KindColumn,
                       EngagementListModel::StartColumn,
                       EngagementListModel::EndColumn}) {
        m_engagements->list()->view()->hideColumn(column);
    }
    m_complaints->list()->view()->hideColumn(ComplaintListModel::SummaryColumn);
    for (QWidget* page : std::initializer_list<QWidget*>{
             m_overview, m_clients, m_principals, m_engagements, m_complaints, m_search, m_agenda}) {
        m_ui->pagesStackedWidget->addWidget(page);
        m_ui->navigationListWidget->addItem(QString());
    }
    const std::pair<const char*, QStyle::StandardPixmap> icons[] = {
        {"go-home", QStyle::SP_ComputerIcon},
        {"system-users", QStyle::SP_DirHomeIcon},
        {"folder", QStyle::SP_DirIcon},
        {"x-office-document", QStyle::SP_FileIcon},
        {"dialog-warning", QStyle::SP_MessageBoxWarning},
        {"edit-find", QStyle::SP_FileDialogContentsView},
        {"x-office-calendar", QStyle::SP_FileDialogDetailedView},
    };
    for (int row = 0; row < m_ui->navigationListWidget->count(); ++row) {
        m_ui->navigationListWidget->item(row)->setIcon(navigationIcon(this, icons[row].first, icons[row].second));
    }
    m_ui->lockButton->setIcon(navigationIcon(this, "system-lock-screen", QStyle::SP_DialogCancelButton));
    m_ui->navigationListWidget->setCurrentRow(0);

    connect(m_ui->navigationListWidget, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == m_shownPage || row < 0) {
            return;
        }
        if (!leaveCurrentPage()) {
            const QSignalBlocker blocker(m_ui->navigationListWidget);
            m_ui->navigationListWidget->setCurrentRow(m_shownPage);
            return;
        }
        m_shownPage = row;
        m_ui->pagesStackedWidget->setCurrentIndex(row);
    });
    connect(m_ui->lockButton, &QPushButton::clicked, this, &PracticeView::lockRequested);
    connect(m_overview, &OverviewPage::engagementActivated, this, &PracticeView::showEngagement);
    connect(clientForm, &ClientForm::engagementActivated, this, &PracticeView::showEngagement);
    connect(clientForm, &ClientForm::newEngagementRequested, this, [this](qint64 clientId) {
        showPage(Page::Engagements);
        if (m_engagements->showRecord(0)) {
            m_engagement->termsForm()->newEngagementFor(clientId);
        }
    });
    connect(principalForm, &PrincipalForm::engagementActivated, this, &PracticeView::showEngagement);
    connect(m_engagement, &EngagementPage::clientActivated, this, &PracticeView::showClient);
    connect(m_engagement, &EngagementPage::principalActivated, this, &PracticeView::showPrincipal);
    connect(m_search, &SearchPage::hitActivated, this, &PracticeView::openHit);
    connect(m_agenda, &AgendaPage::engagementActivated, this, [this](qint64 id) {
        showEngagement(id);
        if (m_engagement->termsForm()->recordId() == id) {
            m_engagement->showTab(EngagementPage::SessionsTab);
        }
    });
    // Leaving an engagement writes its note draft first.
    connect(m_engagement->termsForm(), &RecordForm::recordChanged, this, [this]() { m_engagement->flushDrafts(); });
    retranslate();
    setEnabled(false);
}

PracticeView::~PracticeView()
{
    close();
}

void PracticeView::open(Vault& vault)
{
    close();
    m_practice = std::make_unique<OpenPractice>(vault);
    OpenPractice* practice = m_practice.get();
    m_clientModel->setPractice(practice);
    m_principalModel->setPractice(practice);
    m_engagementModel->setPractice(practice);
    m_complaintModel->setPractice(practice);
    for (RecordPage* page : {m_clients, m_principals, m_complaints}) {
        page->form()->setPractice(practice);
    }
    m_engagement->setPractice(practice);
    m_overview->setPractice(practice);
    m_search->setPractice(practice);
    m_agenda->setPractice(practice);
    connect(&practice->records().practice(), &PracticeRepository::profileChanged, this, [this]() {
        retranslate();
        Q_EMIT practiceNameChanged();
    });
    setEnabled(true);
    m_shownPage = -1;
    showPage(Page::Overview);
    retranslate();
}

void PracticeView::flushDrafts()
{
    if (m_practice) {
        m_engagement->flushDrafts();
    }
}

void PracticeView::close()
{
    if (!m_practice) {
        return;
    }
    // Drafts first, while the vault is open; then every view lets go.
    flushDrafts();
    m_engagement->setPractice(nullptr);
    for (RecordPage* page : {m_clients, m_principals, m_complaints}) {
        page->form()->setPractice(nullptr);
    }
    m_clientModel->setPractice(nullptr);
    m_principalModel->setPractice(nullptr);
    m_engagementModel->setPractice(nullptr);
    m_complaintModel->setPractice(nullptr);
    m_overview->setPractice(nullptr);
    m_search->setPractice(nullptr);
    m_agenda->setPractice(nullptr);
    for (RecordPage* page : {m_clients, m_principals, m_engagements, m_complaints}) {
        page->list()->clearSelection();
    }
    m_practice.reset(); // empties the attachment folder
    setEnabled(false);
    retranslate();
}

bool PracticeView::leaveCurrentPage()
{
    if (RecordPage* page = recordPage(static_cast<Page>(m_shownPage))) {
        if (page == m_engagements && !m_engagement->leave()) {
            return false;
        }
        return page->leave();
    }
    return true;
}

RecordPage* PracticeView::recordPage(Page page) const
{
    switch (page) {
    case Page::Clients:
        return m_clients;
    case Page::Principals:
        return m_principals;
    case Page::Engagements:
        return m_engagements;
    case Page::Complaints:
        return m_complaints;
    default:
        return nullptr;
    }
}

void PracticeView::showPage(Page page)
{
    const int row = static_cast<int>(page);
    if (m_shownPage == row) {
        return;
    }
    if (m_shownPage >= 0 && !leaveCurrentPage()) {
        return;
    }
    m_shownPage = row;
    const QSignalBlocker blocker(m_ui->navigationListWidget);
    m_ui->navigationListWidget->setCurrentRow(row);
    m_ui->pagesStackedWidget->setCurrentIndex(row);
}

PracticeView::Page PracticeView::currentPage() const
{
    return static_cast<Page>(m_ui->pagesStackedWidget->currentIndex());
}

PracticeView::Place PracticeView::place() const
{
    Place place;
    place.page = currentPage();
    if (const RecordPage* page = recordPage(place.page); page && page->form()->isShowing()) {
        place.recordId = page->form()->recordId();
    }
    if (place.page == Page::Engagements) {
        place.tab = m_engagement->currentTab();
    }
    return place;
}

void PracticeView::goTo(const Place& place)
{
    showPage(place.page);
    if (place.recordId <= 0) {
        return;
    }
    switch (place.page) {
    case Page::Clients:
        showClient(place.recordId);
        break;
    case Page::Principals:
        showPrincipal(place.recordId);
        break;
    case Page::Engagements:
        showEngagement(place.recordId);
        if (m_engagement->termsForm()->recordId() == place.recordId) {
            m_engagement->showTab(static_cast<EngagementPage::Tab>(place.tab));
        }
        break;
    case Page::Complaints:
        showComplaint(place.recordId);
        break;
    default:
        break;
    }
}

bool PracticeView::leave()
{
    return !m_practice || leaveCurrentPage();
}

void PracticeView::showClient(qint64 id)
{
    showPage(Page::Clients);
    if (currentPage() == Page::Clients) {
        m_clients->showRecord(id);
    }
}

void PracticeView::showPrincipal(qint64 id)
{
    showPage(Page::Principals);
    if (currentPage() == Page::Principals) {
        m_principals->showRecord(id);
    }
}

void PracticeView::showEngagement(qint64 id)
{
    showPage(Page::Engagements);
    if (currentPage() == Page::Engagements && m_engagement->leave()) {
        m_engagements->showRecord(id);
    }
}

void PracticeView::showComplaint(qint64 id)
{
    showPage(Page::Complaints);
    if (currentPage() == Page::Complaints) {
        m_complaints->showRecord(id);
    }
}

void PracticeView::newRecord()
{
    if (RecordPage* page = recordPage(currentPage())) {
        if (page != m_engagements || m_engagement->leave()) {
            page->showRecord(0);
        }
    }
}

void PracticeView::openHit(const SearchHit& hit)
{
    switch (hit.kind) {
    case SearchHit::Kind::Client:
        showClient(hit.recordId);
        break;
    case SearchHit::Kind::Principal:
        showPrincipal(hit.recordId);
        break;
    case SearchHit::Kind::Engagement:
        showEngagement(hit.recordId);
        break;
    case SearchHit::Kind::Note:
        showEngagement(hit.engagementId);
        m_engagement->showTab(EngagementPage::SessionsTab);
        break;
    }
}

QString PracticeView::practiceName() const
{
    if (!m_practice) {
        return {};
    }
    const PracticeProfile profile = m_practice->records().practice().profile();
    return profile.tradeName.isEmpty() ? profile.consultantName : profile.tradeName;
}

void PracticeView::retranslate()
{
    const QStringList names = {tr("Overview"),
                               tr("Clients"),
                               tr("Principals"),
                               tr("Engagements"),
                               tr("Complaints"),
                               tr("Search"),
                               tr("Agenda")};
    const QList<QKeySequence> keys = {Qt::CTRL | Qt::Key_1,
                                      Qt::CTRL | Qt::Key_2,
                                      Qt::CTRL | Qt::Key_3,
                                      Qt::CTRL | Qt::Key_4,
                                      Qt::CTRL | Qt::Key_5,
                                      Qt::CTRL | Qt::Key_6,
                                      Qt::CTRL | Qt::Key_7};
    for (int row = 0; row < names.size() && row < m_ui->navigationListWidget->count(); ++row) {
        QListWidgetItem* item = m_ui->navigationListWidget->item(row);
        item->setText(names.at(row));
        item->setToolTip(tr("%1 (%2)").arg(names.at(row), keys.at(row).toString(QKeySequence::NativeText)));
    }
    m_ui->navigationListWidget->setAccessibleName(tr("Navigation"));
    m_ui->navigationListWidget->setFixedWidth(std::max(m_ui->navigationListWidget->sizeHintForColumn(0) + 24,
                                                       fontMetrics().horizontalAdvance(QLatin1Char('x')) * 18));
    m_clients->setTexts(tr("&New client"), tr("Clients"));
    m_principals->setTexts(tr("&New principal"), tr("Principals"));
    m_engagements->setTexts(tr("&New engagement"), tr("Engagements"));
    m_complaints->setTexts(tr("&New complaint"), tr("Complaints"));
    m_ui->lockButton->setToolTip(
        tr("Lock the vault (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_L).toString(QKeySequence::NativeText)));
    const QString name = practiceName();
    m_ui->practiceLabel->setText(name);
    m_ui->practiceLabel->setVisible(!name.isEmpty());
}

void PracticeView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void PracticeView::exportCurrent()
{
    if (!m_practice) {
        return;
    }
    const Page page = currentPage();
    if (page == Page::Engagements && m_engagement->termsForm()->isShowing() &&
        m_engagement->termsForm()->recordId() > 0) {
        m_engagement->exportEngagement();
        return;
    }
    RecordForm* client = m_clients->form();
    if (page == Page::Clients && client->isShowing() && client->recordId() > 0) {
        if (client->saveIfDirty()) {
            ExportDialog::openFor(*m_practice, ExportScope::client(client->recordId()), this);
        }
        return;
    }
    ExportDialog::openFor(*m_practice, ExportScope::practice(), this);
}

} // namespace mandaat
