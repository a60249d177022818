#include "PrincipalListModel.h"

#include "common/OpenPractice.h"
#include "repositories/EngagementRepository.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/Records.h"

#include <QLocale>

namespace mandaat {

PrincipalListModel::PrincipalListModel(QObject* parent)
    : RecordTableModel(parent)
{ }

PrincipalListModel::~PrincipalListModel() = default;

void PrincipalListModel::setPractice(OpenPractice* practice)
{
    m_practice = nullptr; // first: detach() must not load again
    detach();
    m_practice = practice;
    if (!practice) {
        return;
    }
    Records& records = practice->records();
    track(connect(&records.principals(), &PrincipalRepository::principalChanged, this, [this](qint64 id) {
        scheduleRefresh(id);
    }));
    track(connect(&records.principals(), &PrincipalRepository::principalRemoved, this, [this](qint64 id) {
        scheduleRefresh(id);
    }));
    // The number of engagements: a new engagement changes its principal's row.
    track(connect(
        &records.engagements(), &EngagementRepository::engagementsChanged, this, [this]() { scheduleRefresh(); }));
    track(connect(&records, &Records::batchRolledBack, this, [this]() { scheduleRefresh(); }));
}

int PrincipalListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PrincipalListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PrincipalListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return RecordTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case OrganisationColumn:
        return tr("Organisation");
    case ContactColumn:
        return tr("Contact person");
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

bool PrincipalListModel::loadRows(QString* error)
{
    RecordError problem;
    std::optional<QList<PrincipalSummary>> rows = m_practice->listing().principals(&problem);
    if (!rows) {
        *error = problem.message;
        return false;
    }
    m_rows = std::move(*rows);
    return true;
}

QVariant PrincipalListModel::displayData(int row, int column) const
{
    const PrincipalSummary& principal = m_rows.at(row);
    switch (column) {
    case OrganisationColumn:
        return principal.organisation;
    case ContactColumn:
        return principal.contactName;
    case CityColumn:
        return principal.city;
    case EmailColumn:
        return principal.email;
    case EngagementsColumn:
        return QLocale().toString(principal.engagementCount);
    default:
        return {};
    }
}

QVariant PrincipalListModel::sortData(int row, int column) const
{
    if (column == EngagementsColumn) {
        return m_rows.at(row).engagementCount;
    }
    return displayData(row, column);
}

void PrincipalListModel::refreshRow(qint64 id)
{
    RecordError error;
    std::optional<PrincipalSummary> value = m_practice->listing().principal(id, &error);
    if (!value && error.kind != RecordError::Kind::NotFound) {
        Q_EMIT loadFailed(error.message);
        return;
    }
    applyRow(m_rows, id, value);
}

} // namespace mandaat
