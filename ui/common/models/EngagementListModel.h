#pragma once

#include "common/OpenPractice.h"
#include "common/models/RecordTableModel.h"
#include "repositories/RecordListing.h"

#include <QPointer>

namespace mandaat {

/// Engagements with their parties' names, newest first: all of them, or one client's or one
/// principal's.
class EngagementListModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        ClientColumn,
        PrincipalColumn,
        KindColumn,
        StatusColumn,
        StartColumn,
        EndColumn,
        ColumnCount
    };

    explicit EngagementListModel(QObject* parent = nullptr);
    ~EngagementListModel() override;

    void setPractice(OpenPractice* practice);
    /// Only the engagements of this client or principal (0: all); reloads when loaded.
    void setParty(qint64 clientId, qint64 principalId);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    int rowOf(qint64 id) const override { return indexOfId(m_rows, id); }
    const EngagementSummary& summary(int row) const { return m_rows.at(row); }

protected:
    bool isAttached() const override { return m_practice != nullptr; }
    bool loadRows(QString* error) override;
    void clearRows() override { m_rows.clear(); }
    QVariant displayData(int row, int column) const override;
    QVariant sortData(int row, int column) const override;
    qint64 idAt(int row) const override { return m_rows.at(row).id; }
    void refreshRow(qint64 id) override;

private:
    bool belongs(const EngagementSummary& engagement) const;

    QPointer<OpenPractice> m_practice;
    QList<EngagementSummary> m_rows;
    qint64 m_clientId = 0;
    qint64 m_principalId = 0;
};

} // namespace mandaat
