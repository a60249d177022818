#pragma once

#include "common/OpenPractice.h"
#include "common/models/RecordTableModel.h"
#include "domain/Attachment.h"

#include <QPointer>

namespace mandaat {

/// The files kept in the vault for one engagement, or the practice's own (engagement 0);
/// names and sizes only, the bytes stay in the vault.
class AttachmentListModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, DescriptionColumn, SizeColumn, AddedColumn, ColumnCount };

    explicit AttachmentListModel(QObject* parent = nullptr);
    ~AttachmentListModel() override;

    void setPractice(OpenPractice* practice);
    void setEngagement(qint64 engagementId);
    qint64 engagementId() const { return m_engagementId; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    int rowOf(qint64 id) const override { return indexOfId(m_rows, id); }
    const Attachment& attachment(int row) const { return m_rows.at(row); }

protected:
    bool isAttached() const override { return m_practice != nullptr; }
    bool loadRows(QString* error) override;
    void clearRows() override { m_rows.clear(); }
    QVariant displayData(int row, int column) const override;
    QVariant sortData(int row, int column) const override;
    qint64 idAt(int row) const override { return m_rows.at(row).id; }

private:
    QPointer<OpenPractice> m_practice;
    qint64 m_engagementId = 0;
    QList<Attachment> m_rows;
};

} // namespace mandaat
