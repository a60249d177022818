#include "AgendaPage.h"

#include "agenda/CalendarExportDialog.h"
#include "agenda/PlanSessionDialog.h"
#include "common/Formats.h"
#include "common/OpenPractice.h"
#include "repositories/Records.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mandaat {

void AgendaModel::setItems(const QList<AgendaItem>& items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int AgendaModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int AgendaModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgendaModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size()) {
        return {};
    }
    const AgendaItem& item = m_items.at(index.row());
    if (role == Qt::UserRole) {
        return item.session.engagementId;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    const QDateTime start = item.localStart();
    switch (index.column()) {
    case WeekColumn:
        return tr("Week %1").arg(start.date().weekNumber());
    case DayColumn:
        return QStringLiteral("%1 %2").arg(QLocale().dayName(start.date().dayOfWeek(), QLocale::ShortFormat),
                                           formats::shortDate(start.date()));
    case TimeColumn:
        return tr("%1–%2").arg(formats::time(item.session.startsAt),
                               formats::time(item.session.startsAt.addSecs(qint64(item.session.durationMinutes) * 60)));
    case ClientColumn:
        return item.clientName;
    case EngagementColumn:
        return item.engagementTitle;
    case KindColumn:
        return item.session.location.trimmed().isEmpty()
            ? Agenda::kindText(item.session)
            : tr("%1, %2").arg(Agenda::kindText(item.session), item.session.location.trimmed());
    default:
        return {};
    }
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case WeekColumn:
        return tr("Week");
    case DayColumn:
        return tr("Day");
    case TimeColumn:
        return tr("Time");
    case ClientColumn:
        return tr("Client");
    case EngagementColumn:
        return tr("Engagement");
    case KindColumn:
        return tr("Kind and place");
    default:
        return {};
    }
}

void AgendaModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_items.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

AgendaPage::AgendaPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new AgendaModel(this))
    , m_view(new QTableView(this))
    , m_titleLabel(new QLabel(this))
    , m_rangeLabel(new QLabel(this))
    , m_emptyLabel(new QLabel(this))
    , m_earlierButton(new QPushButton(this))
    , m_todayButton(new QPushButton(this))
    , m_laterButton(new QPushButton(this))
    , m_planButton(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("AgendaPage"));
    m_view->setObjectName(QStringLiteral("agendaTableView"));
    m_earlierButton->setObjectName(QStringLiteral("earlierButton"));
    m_todayButton->setObjectName(QStringLiteral("thisWeekButton"));
    m_laterButton->setObjectName(QStringLiteral("laterButton"));
    m_planButton->setObjectName(QStringLiteral("planSessionButton"));
    m_exportButton->setObjectName(QStringLiteral("exportCalendarButton"));
    m_rangeLabel->setObjectName(QStringLiteral("rangeLabel"));
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));

    QFont title = m_titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_titleLabel->setFont(title);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setVisible(false);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(AgendaModel::KindColumn, QHeaderView::Stretch);

    auto* weeks = new QHBoxLayout;
    weeks->addWidget(m_earlierButton);
    weeks->addWidget(m_todayButton);
    weeks->addWidget(m_laterButton);
    weeks->addSpacing(12);
    weeks->addWidget(m_rangeLabel, 1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_planButton);
    actions->addWidget(m_exportButton);
    actions->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addLayout(weeks);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_emptyLabel);
    layout->addLayout(actions);

    connect(m_earlierButton, &QPushButton::clicked, this, [this]() { showWeeks(m_first.addDays(-7 * WeeksShown)); });
    connect(m_laterButton, &QPushButton::clicked, this, [this]() { showWeeks(m_first.addDays(7 * WeeksShown)); });
    connect(
        m_todayButton, &QPushButton::clicked, this, [this]() { showWeeks(Agenda::weekStart(QDate::currentDate())); });
    connect(m_planButton, &QPushButton::clicked, this, [this]() {
        const QModelIndex current = m_view->currentIndex();
        planSession(current.isValid() ? current.data(Qt::UserRole).toLongLong() : 0);
    });
    connect(m_exportButton, &QPushButton::clicked, this, &AgendaPage::exportCalendar);
    connect(m_view, &QTableView::activated, this, &AgendaPage::activate);

    m_first = Agenda::weekStart(QDate::currentDate());
    retranslate();
    setPractice(nullptr);
}

void AgendaPage::setPractice(OpenPractice* practice)
{
    if (m_practice) {
        disconnect(&m_practice->records(), nullptr, this, nullptr);
    }
    m_practice = practice;
    if (m_practice) {
        connect(&m_practice->records(), &Records::changed, this, [this](RecordKind kind, qint64) {
            if (kind == RecordKind::Session || kind == RecordKind::Engagement || kind == RecordKind::Client) {
                reload();
            }
        });
        m_first = Agenda::weekStart(QDate::currentDate());
    }
    for (QPushButton* button : {m_earlierButton, m_todayButton, m_laterButton, m_planButton, m_exportButton}) {
        button->setEnabled(m_practice != nullptr);
    }
    reload();
}

void AgendaPage::showWeeks(QDate first)
{
    m_first = Agenda::weekStart(first);
    reload();
}

void AgendaPage::reload()
{
    const QDate last = m_first.addDays(7 * WeeksShown - 1);
    m_rangeLabel->setText(tr("Week %1 to week %2: %3 to %4")
                              .arg(m_first.weekNumber())
                              .arg(last.weekNumber())
                              .arg(formats::shortDate(m_first), formats::shortDate(last)));
    if (!m_practice) {
        m_model->setItems({});
        m_emptyLabel->setVisible(false);
        return;
    }
    RecordError error;
    const std::optional<QList<AgendaItem>> items =
        Agenda::items(m_practice->records(), m_practice->listing(), m_first, last, &error);
    m_model->setItems(items.value_or(QList<AgendaItem>()));
    m_exportButton->setEnabled(items && !items->isEmpty());
    if (!items) {
        m_emptyLabel->setText(tr("The agenda could not be read: %1").arg(error.message));
    } else if (items->isEmpty()) {
        m_emptyLabel->setText(tr("No sessions in these weeks. Plan one with “Plan a session…”, or look at "
                                 "other weeks."));
    }
    m_emptyLabel->setVisible(!items || items->isEmpty());
}

void AgendaPage::planSession(qint64 engagementId)
{
    if (!m_practice) {
        return;
    }
    // Window-modal and not blocking: the rest of the window stays drawn while it is open.
    auto* dialog = new PlanSessionDialog(*m_practice, engagementId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        // The weeks of the planned session, with it selected.
        const Session planned = dialog->plannedSession();
        const QDate day = planned.startsAt.toLocalTime().date();
        if (day < m_first || day > m_first.addDays(7 * WeeksShown - 1)) {
            showWeeks(day);
        } else {
            reload();
        }
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->items().at(row).session.id == planned.id) {
                m_view->selectRow(row);
                m_view->scrollTo(m_model->index(row, 0));
            }
        }
    });
    dialog->open();
}

void AgendaPage::exportCalendar()
{
    if (!m_practice || m_model->rowCount() == 0) {
        return;
    }
    auto* dialog = new CalendarExportDialog(m_model->items(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AgendaPage::activate(const QModelIndex& index)
{
    if (index.isValid()) {
        Q_EMIT engagementActivated(index.data(Qt::UserRole).toLongLong());
    }
}

void AgendaPage::retranslate()
{
    m_titleLabel->setText(tr("Agenda"));
    m_earlierButton->setText(tr("← &Earlier"));
    m_earlierButton->setToolTip(tr("The %n weeks before", nullptr, WeeksShown));
    m_todayButton->setText(tr("This &week"));
    m_laterButton->setText(tr("La&ter →"));
    m_laterButton->setToolTip(tr("The %n weeks after", nullptr, WeeksShown));
    m_planButton->setText(tr("Plan a &session…"));
    m_exportButton->setText(tr("Export to a calen&dar (.ics)…"));
    m_exportButton->setToolTip(tr("The sessions of these weeks as a calendar file, by default with initials "
                                  "and the kind of session only"));
    m_view->setAccessibleName(tr("Sessions of these weeks"));
    m_model->retranslate();
    reload();
}

void AgendaPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace mandaat
