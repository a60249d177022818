#include "AttachmentListModel.h"

#include "common/Formats.h"
#include "common/OpenPractice.h"
#include "repositories/AttachmentRepository.h"
#include "repositories/Records.h"

namespace mandaat {

AttachmentListModel::AttachmentListModel(QObject* parent)
    : RecordTableModel(parent)
{ }

AttachmentListModel::~AttachmentListModel() = default;

void AttachmentListModel::setPractice(OpenPractice* practice)
{
    m_practice = nullptr; // first: detach() must not load again
    detach();
    m_practice = practice;
    m_engagementId = 0;
    if (!practice) {
        return;
    }
    track(connect(&practice->records().attachments(),
                  &AttachmentRepository::attachmentsChanged,
                  this,
                  [this](qint64 engagementId) {
                      // A removal reports engagement 0: it may have been any list's.
                      if (engagementId == m_engagementId || engagementId == 0) {
                          scheduleRefresh();
                      }
                  }));
}

void AttachmentListModel::setEngagement(qint64 engagementId)
{
    m_engagementId = engagementId;
    reload();
}

int AttachmentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AttachmentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttachmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return RecordTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("File");
    case DescriptionColumn:
        return tr("Description");
    case SizeColumn:
        return tr("Size");
    case AddedColumn:
        return tr("Added");
    default:
        return {};
    }
}

bool AttachmentListModel::loadRows(QString* error)
{
    RecordError problem;
    m_rows = m_practice->records().attachments().attachmentsFor(m_engagementId, &problem);
    if (problem.kind != RecordError::Kind::None) {
        *error = problem.message;
        return false;
    }
    return true;
}

QVariant AttachmentListModel::displayData(int row, int column) const
{
    const Attachment& attachment = m_rows.at(row);
    switch (column) {
    case NameColumn:
        return attachment.fileName;
    case DescriptionColumn:
        return attachment.description;
    case SizeColumn:
        return formats::size(attachment.size);
    case AddedColumn:
        return formats::dateTime(attachment.createdAt);
    default:
        return {};
    }
}

QVariant AttachmentListModel::sortData(int row, int column) const
{
    const Attachment& attachment = m_rows.at(row);
    switch (column) {
    case SizeColumn:
        return attachment.size;
    case AddedColumn:
        return attachment.createdAt;
    default:
        return displayData(row, column);
    }
}

} // namespace mandaat
