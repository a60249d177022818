#include "EngagementListModel.h"

#include "common/Formats.h"
#include "common/OpenPractice.h"
#include "domain/DisplayNames.h"
#include "repositories/ClientRepository.h"
#include "repositories/EngagementRepository.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/Records.h"

namespace mandaat {

EngagementListModel::EngagementListModel(QObject* parent)
    : RecordTableModel(parent)
{ }

EngagementListModel::~EngagementListModel() = default;

void EngagementListModel::setPractice(OpenPractice* practice)
{
    m_practice = nullptr; // first: detach() must not load again
    detach();
    m_practice = practice;
    if (!practice) {
        return;
    }
    Records& records = practice->records();
    track(connect(&records.engagements(), &EngagementRepository::engagementChanged, this, [this](qint64 id) {
        scheduleRefresh(id);
    }));
    track(connect(&records.engagements(), &EngagementRepository::engagementRemoved, this, [this](qint64 id) {
        scheduleRefresh(id);
    }));
    // A party's new name shows in every row that names it.
    track(connect(&records.clients(), &ClientRepository::clientChanged, this, [this]() { scheduleRefresh(); }));
    track(
        connect(&records.principals(), &PrincipalRepository::principalChanged, this, [this]() { scheduleRefresh(); }));
    track(connect(&records, &Records::batchRolledBack, this, [this]() { scheduleRefresh(); }));
}

void EngagementListModel::setParty(qint64 clientId, qint64 principalId)
{
    m_clientId = clientId;
    m_principalId = principalId;
    if (isLoaded()) {
        reload();
    }
}

int EngagementListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EngagementListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EngagementListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return RecordTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TitleColumn:
        return tr("Engagement");
    case ClientColumn:
        return tr("Client");
    case PrincipalColumn:
        return tr("Principal");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    default:
        return {};
    }
}

bool EngagementListModel::loadRows(QString* error)
{
    RecordError problem;
    std::optional<QList<EngagementSummary>> rows =
        m_practice->listing().engagements(m_clientId, m_principalId, &problem);
    if (!rows) {
        *error = problem.message;
        return false;
    }
    m_rows = std::move(*rows);
    return true;
}

QVariant EngagementListModel::displayData(int row, int column) const
{
    const EngagementSummary& engagement = m_rows.at(row);
    switch (column) {
    case TitleColumn:
        return engagement.title;
    case ClientColumn:
        return engagement.clientName;
    case PrincipalColumn:
        return engagement.principalName;
    case KindColumn:
        return displayName(engagement.kind);
    case StatusColumn:
        return displayName(engagement.status);
    case StartColumn:
        return formats::shortDate(engagement.plannedStart);
    case EndColumn:
        return formats::shortDate(engagement.plannedEnd);
    default:
        return {};
    }
}

QVariant EngagementListModel::sortData(int row, int column) const
{
    const EngagementSummary& engagement = m_rows.at(row);
    switch (column) {
    case StatusColumn:
        return static_cast<int>(engagement.status);
    case StartColumn:
        return engagement.plannedStart;
    case EndColumn:
        return engagement.plannedEnd;
    default:
        return displayData(row, column);
    }
}

bool EngagementListModel::belongs(const EngagementSummary& engagement) const
{
    return (m_clientId == 0 || engagement.clientId == m_clientId) &&
        (m_principalId == 0 || engagement.principalId == m_principalId);
}

void EngagementListModel::refreshRow(qint64 id)
{
    RecordError error;
    std::optional<EngagementSummary> value = m_practice->listing().engagement(id, &error);
    if (!value && error.kind != RecordError::Kind::NotFound) {
        Q_EMIT loadFailed(error.message);
        return;
    }
    if (value && !belongs(*value)) {
        value.reset();
    }
    // A new engagement goes on top: the list is newest first.
    if (value && rowOf(id) < 0) {
        beginInsertRows({}, 0, 0);
        m_rows.prepend(*value);
        endInsertRows();
        return;
    }
    applyRow(m_rows, id, value);
}

} // namespace mandaat
