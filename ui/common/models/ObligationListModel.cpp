#include "ObligationListModel.h"

#include "common/Formats.h"

#include <QApplication>
#include <QBrush>
#include <QStyle>

#include <algorithm>

namespace mandaat {

ObligationListModel::ObligationListModel(QObject* parent)
    : RecordTableModel(parent)
{
    reload();
}

ObligationListModel::~ObligationListModel() = default;

void ObligationListModel::setObligations(QList<Obligation> obligations)
{
    // CMI-17: overdue complaints stand at the top (docs/codes.md); then by due date.
    const QDate today = m_today;
    const auto overdueComplaint = [today](const Obligation& o) {
        return o.kind == Obligation::Kind::Complaint && o.dueOn.isValid() && o.dueOn < today;
    };
    std::stable_sort(obligations.begin(), obligations.end(), [&](const Obligation& a, const Obligation& b) {
        if (overdueComplaint(a) != overdueComplaint(b)) {
            return overdueComplaint(a);
        }
        if (a.dueOn.isValid() != b.dueOn.isValid()) {
            return a.dueOn.isValid();
        }
        return a.dueOn < b.dueOn;
    });
    beginResetModel();
    m_rows.clear();
    for (const Obligation& obligation : std::as_const(obligations)) {
        Row row;
        static_cast<Obligation&>(row) = obligation;
        row.id = obligation.recordId;
        m_rows.append(row);
    }
    endResetModel();
}

void ObligationListModel::setToday(QDate today)
{
    m_today = today;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int ObligationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ObligationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ObligationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return RecordTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TextColumn:
        return tr("What");
    case ArticleColumn:
        return tr("Article");
    case DueColumn:
        return tr("Due");
    case ActionColumn:
        return QString(); // the rows' buttons say what they do
    default:
        return {};
    }
}

QString ObligationListModel::dueText(QDate due) const
{
    if (!due.isValid()) {
        return {};
    }
    const qint64 days = m_today.daysTo(due);
    if (days == 0) {
        return tr("today");
    }
    if (days < 0) {
        return tr("%n day(s) ago", nullptr, static_cast<int>(-days));
    }
    if (days <= 31) {
        return tr("in %n day(s)", nullptr, static_cast<int>(days));
    }
    return formats::shortDate(due);
}

QVariant ObligationListModel::displayData(int row, int column) const
{
    const Row& obligation = m_rows.at(row);
    switch (column) {
    case TextColumn:
        return obligation.text;
    case ArticleColumn:
        return obligation.articleId;
    case DueColumn:
        return dueText(obligation.dueOn);
    case ActionColumn:
        return QString(); // a button over the cell (OverviewPage)
    default:
        return {};
    }
}

QVariant ObligationListModel::sortData(int row, int column) const
{
    return column == DueColumn ? QVariant(m_rows.at(row).dueOn) : displayData(row, column);
}

QVariant ObligationListModel::otherData(int row, int column, int role) const
{
    const Row& obligation = m_rows.at(row);
    const bool overdue = obligation.dueOn.isValid() && obligation.dueOn < m_today;
    if (role == Qt::DecorationRole && column == TextColumn) {
        return QApplication::style()->standardIcon(overdue ? QStyle::SP_MessageBoxWarning
                                                           : QStyle::SP_MessageBoxInformation);
    }
    if (role == Qt::ToolTipRole && column == DueColumn) {
        return formats::longDate(obligation.dueOn);
    }
    if (role == Qt::ForegroundRole && column == DueColumn && overdue) {
        return QBrush(QColor(0xb3, 0x26, 0x1e));
    }
    return {};
}

} // namespace mandaat
