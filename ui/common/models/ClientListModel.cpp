#include "ClientListModel.h"

#include "common/OpenPractice.h"
#include "domain/DisplayNames.h"
#include "repositories/ClientRepository.h"
#include "repositories/EngagementRepository.h"
#include "repositories/Records.h"

#include <QLocale>

namespace mandaat {

ClientListModel::ClientListModel(QObject* parent)
    : RecordTableModel(parent)
{ }

ClientListModel::~ClientListModel() = default;

void ClientListModel::setPractice(OpenPractice* practice)
{
    m_practice = nullptr; // first: detach() must not load again
    detach();
    m_practice = practice;
    if (!practice) {
        return;
    }
    Records& records = practice->records();
    track(connect(
        &records.clients(), &ClientRepository::clientChanged, this, [this](qint64 id) { scheduleRefresh(id); }));
    track(connect(
        &records.clients(), &ClientRepository::clientRemoved, this, [this](qint64 id) { scheduleRefresh(id); }));
    // The number of engagements: a new engagement changes its client's row.
    track(connect(
        &records.engagements(), &EngagementRepository::engagementsChanged, this, [this]() { scheduleRefresh(); }));
    track(connect(&records, &Records::batchRolledBack, this, [this]() { scheduleRefresh(); }));
}

int ClientListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ClientListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return RecordTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case CityColumn:
        return tr("City");
    case EmailColumn:
        return tr("E-mail");
    case EngagementsColumn:
        return tr("Engagements");
    default:
        return {};
    }
}

bool ClientListModel::loadRows(QString* error)
{
    RecordError problem;
    std::optional<QList<ClientSummary>> rows = m_practice->listing().clients(&problem);
    if (!rows) {
        *error = problem.message;
        return false;
    }
    m_rows = std::move(*rows);
    return true;
}

QVariant ClientListModel::displayData(int row, int column) const
{
    const ClientSummary& client = m_rows.at(row);
    switch (column) {
    case NameColumn:
        return client.name;
    case KindColumn:
        return displayName(client.kind);
    case CityColumn:
        return client.city;
    case EmailColumn:
        return client.email;
    case EngagementsColumn:
        return QLocale().toString(client.engagementCount);
    default:
        return {};
    }
}

QVariant ClientListModel::sortData(int row, int column) const
{
    if (column == EngagementsColumn) {
        return m_rows.at(row).engagementCount;
    }
    return displayData(row, column);
}

void ClientListModel::refreshRow(qint64 id)
{
    RecordError error;
    std::optional<ClientSummary> value = m_practice->listing().client(id, &error);
    if (!value && error.kind != RecordError::Kind::NotFound) {
        Q_EMIT loadFailed(error.message);
        return;
    }
    applyRow(m_rows, id, value);
}

} // namespace mandaat
