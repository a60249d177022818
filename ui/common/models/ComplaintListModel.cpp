#include "ComplaintListModel.h"

#include "common/Formats.h"
#include "common/OpenPractice.h"
#include "domain/DisplayNames.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/RecordListing.h"
#include "repositories/Records.h"

#include <QBrush>
#include <QPalette>

namespace mandaat {

ComplaintListModel::ComplaintListModel(QObject* parent)
    : RecordTableModel(parent)
{ }

ComplaintListModel::~ComplaintListModel() = default;

void ComplaintListModel::setPractice(OpenPractice* practice)
{
    m_practice = nullptr; // first: detach() must not load again
    detach();
    m_practice = practice;
    if (!practice) {
        return;
    }
    Records& records = practice->records();
    track(connect(&records.compliance(), &ComplianceRecords::complaintsChanged, this, [this]() { scheduleRefresh(); }));
    track(connect(
        &records.engagements(), &EngagementRepository::engagementsChanged, this, [this]() { scheduleRefresh(); }));
    track(connect(&records, &Records::batchRolledBack, this, [this]() { scheduleRefresh(); }));
}

void ComplaintListModel::setOpenOnly(bool openOnly)
{
    m_openOnly = openOnly;
    if (isLoaded()) {
        reload();
    }
}

int ComplaintListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ComplaintListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplaintListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return RecordTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case ReceivedColumn:
        return tr("Received");
    case ClientColumn:
        return tr("Engagement");
    case ComplainantColumn:
        return tr("From");
    case StatusColumn:
        return tr("Status");
    case DueColumn:
        return tr("Settle by");
    case SummaryColumn:
        return tr("Summary");
    default:
        return {};
    }
}

bool ComplaintListModel::loadRows(QString* error)
{
    RecordError problem;
    m_rows = m_practice->records().compliance().complaints(m_openOnly, &problem);
    if (problem.kind != RecordError::Kind::None) {
        *error = problem.message;
        return false;
    }
    std::optional<QList<EngagementSummary>> engagements = m_practice->listing().engagements(0, 0, &problem);
    if (!engagements) {
        *error = problem.message;
        return false;
    }
    for (const EngagementSummary& engagement : std::as_const(*engagements)) {
        m_engagements.insert(engagement.id, tr("%1: %2").arg(engagement.clientName, engagement.title));
    }
    return true;
}

void ComplaintListModel::clearRows()
{
    m_rows.clear();
    m_engagements.clear();
}

QVariant ComplaintListModel::displayData(int row, int column) const
{
    const Complaint& complaint = m_rows.at(row);
    switch (column) {
    case ReceivedColumn:
        return formats::shortDate(complaint.receivedOn);
    case ClientColumn:
        return m_engagements.value(complaint.engagementId);
    case ComplainantColumn:
        return displayName(complaint.complainant);
    case StatusColumn:
        return displayName(complaint.status);
    case DueColumn:
        return formats::shortDate(complaint.dueOn());
    case SummaryColumn:
        return complaint.summary.section(QLatin1Char('\n'), 0, 0);
    default:
        return {};
    }
}

QVariant ComplaintListModel::sortData(int row, int column) const
{
    const Complaint& complaint = m_rows.at(row);
    switch (column) {
    case ReceivedColumn:
        return complaint.receivedOn;
    case StatusColumn:
        return static_cast<int>(complaint.status);
    case DueColumn:
        return complaint.dueOn();
    default:
        return displayData(row, column);
    }
}

QVariant ComplaintListModel::otherData(int row, int column, int role) const
{
    const Complaint& complaint = m_rows.at(row);
    const bool open = complaint.status != ComplaintStatus::Settled && complaint.status != ComplaintStatus::Withdrawn;
    // CMI-17: an open complaint past its four weeks is overdue.
    if (role == Qt::ForegroundRole && column == DueColumn && open && complaint.dueOn() < QDate::currentDate()) {
        return QBrush(QColor(0xb3, 0x26, 0x1e));
    }
    return {};
}

} // namespace mandaat
