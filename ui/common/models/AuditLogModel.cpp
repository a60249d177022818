#include "AuditLogModel.h"

#include "common/Formats.h"
#include "domain/Phrase.h"
#include "repositories/AuditLog.h"
#include "repositories/Records.h"

#include <QApplication>
#include <QBrush>
#include <QLocale>
#include <QStyle>

namespace mandaat {

AuditLogModel::AuditLogModel(QObject* parent)
    : RecordTableModel(parent)
{ }

AuditLogModel::~AuditLogModel() = default;

void AuditLogModel::setRecords(Records* records)
{
    detach();
    m_records = records;
    m_flagged.clear();
    if (records) {
        track(connect(&records->audit(), &AuditLog::appended, this, [this]() { scheduleRefresh(); }));
        reload();
    }
}

void AuditLogModel::setFlagged(const QSet<qint64>& positions)
{
    m_flagged = positions;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

bool AuditLogModel::loadRows(QString* error)
{
    RecordError recordError;
    m_rows = m_records->audit().entries(0, &recordError);
    if (recordError.kind != RecordError::Kind::None) {
        *error = recordError.message;
        return false;
    }
    return true;
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return RecordTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case PositionColumn:
        return tr("No.");
    case TimeColumn:
        return tr("Time");
    case ActionColumn:
        return tr("Action");
    case RecordColumn:
        return tr("Record");
    case SummaryColumn:
        return tr("Details");
    default:
        return {};
    }
}

QVariant AuditLogModel::displayData(int row, int column) const
{
    const AuditEntry& entry = m_rows.at(row);
    switch (column) {
    case PositionColumn:
        return QLocale().toString(entry.id);
    case TimeColumn:
        return formats::dateTime(entry.at);
    case ActionColumn:
        return entry.kind;
    case RecordColumn:
        return entry.engagementId > 0 ? tr("engagement %1").arg(entry.engagementId) : QString();
    case SummaryColumn:
        return Phrase::render(entry.summary);
    default:
        return {};
    }
}

QVariant AuditLogModel::sortData(int row, int column) const
{
    const AuditEntry& entry = m_rows.at(row);
    switch (column) {
    case PositionColumn:
        return entry.id;
    case TimeColumn:
        return entry.at;
    case RecordColumn:
        return entry.engagementId;
    default:
        return displayData(row, column);
    }
}

QVariant AuditLogModel::otherData(int row, int column, int role) const
{
    const bool flagged = m_flagged.contains(m_rows.at(row).id);
    if (!flagged) {
        return {};
    }
    if (role == Qt::DecorationRole && column == PositionColumn) {
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    }
    if (role == Qt::ForegroundRole) {
        return QBrush(QColor(0xb3, 0x26, 0x1e));
    }
    if (role == Qt::ToolTipRole) {
        return tr("The check found this entry altered, or entries missing here.");
    }
    return {};
}

} // namespace mandaat
