#pragma once

#include "agenda/Agenda.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace mandaat {

class OpenPractice;

/// The rows of the agenda: one session each, in order of their start.
class AgendaModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WeekColumn, DayColumn, TimeColumn, ClientColumn, EngagementColumn, KindColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setItems(const QList<AgendaItem>& items);
    const QList<AgendaItem>& items() const { return m_items; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The headers again in the language now in force.
    void retranslate();

private:
    QList<AgendaItem> m_items;
};

/// The agenda (issue 15): the sessions of this week and the next weeks across all engagements,
/// a session planned from it, and the calendar file (.ics) that shows only initials and the kind
/// of session unless the user chooses otherwise. Double-click or Return opens the engagement.
class AgendaPage : public QWidget
{
    Q_OBJECT

public:
    /// How many weeks the page shows from the first one.
    static constexpr int WeeksShown = 4;

    explicit AgendaPage(QWidget* parent = nullptr);

    void setPractice(OpenPractice* practice);
    /// The Monday of the first week shown.
    QDate firstWeek() const { return m_first; }
    AgendaModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    /// Reads the sessions of the weeks shown again.
    void reload();
    /// The plan-a-session dialog; the engagement \a engagementId chosen when it is one.
    void planSession(qint64 engagementId = 0);
    /// The calendar export dialog for the weeks shown.
    void exportCalendar();

Q_SIGNALS:
    /// A session was opened: show its engagement's sessions.
    void engagementActivated(qint64 engagementId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showWeeks(QDate first);
    void retranslate();
    void activate(const QModelIndex& index);

    OpenPractice* m_practice = nullptr;
    AgendaModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_rangeLabel = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QPushButton* m_earlierButton = nullptr;
    QPushButton* m_todayButton = nullptr;
    QPushButton* m_laterButton = nullptr;
    QPushButton* m_planButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QDate m_first;
};

} // namespace mandaat
