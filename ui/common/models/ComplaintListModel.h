#pragma once

#include "common/OpenPractice.h"
#include "common/models/RecordTableModel.h"
#include "domain/ComplianceRecord.h"

#include <QHash>
#include <QPointer>

namespace mandaat {

/// The complaints register (CMI-17): open ones first, by the date they must be settled.
class ComplaintListModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column {
        ReceivedColumn,
        ClientColumn,
        ComplainantColumn,
        StatusColumn,
        DueColumn,
        SummaryColumn,
        ColumnCount
    };

    explicit ComplaintListModel(QObject* parent = nullptr);
    ~ComplaintListModel() override;

    void setPractice(OpenPractice* practice);
    /// Only the complaints still open (received, acknowledged, in progress).
    void setOpenOnly(bool openOnly);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    int rowOf(qint64 id) const override { return indexOfId(m_rows, id); }
    const Complaint& complaint(int row) const { return m_rows.at(row); }
    /// The engagement's client and title, as the list shows them.
    QString engagementText(qint64 engagementId) const { return m_engagements.value(engagementId); }

protected:
    bool isAttached() const override { return m_practice != nullptr; }
    bool loadRows(QString* error) override;
    void clearRows() override;
    QVariant displayData(int row, int column) const override;
    QVariant sortData(int row, int column) const override;
    QVariant otherData(int row, int column, int role) const override;
    qint64 idAt(int row) const override { return m_rows.at(row).id; }

private:
    QPointer<OpenPractice> m_practice;
    QList<Complaint> m_rows;
    QHash<qint64, QString> m_engagements;
    bool m_openOnly = false;
};

} // namespace mandaat
