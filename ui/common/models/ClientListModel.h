#pragma once

#include "common/OpenPractice.h"
#include "common/models/RecordTableModel.h"
#include "repositories/RecordListing.h"

#include <QPointer>

namespace mandaat {

/// The clients of the open practice: one light row each (RecordListing), kept in step with
/// ClientRepository's signals.
class ClientListModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, CityColumn, EmailColumn, EngagementsColumn, ColumnCount };

    explicit ClientListModel(QObject* parent = nullptr);
    ~ClientListModel() override;

    /// The practice to list; nullptr forgets it (a lock).
    void setPractice(OpenPractice* practice);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    int rowOf(qint64 id) const override { return indexOfId(m_rows, id); }
    const ClientSummary& summary(int row) const { return m_rows.at(row); }

protected:
    bool isAttached() const override { return m_practice != nullptr; }
    bool loadRows(QString* error) override;
    void clearRows() override { m_rows.clear(); }
    QVariant displayData(int row, int column) const override;
    QVariant sortData(int row, int column) const override;
    qint64 idAt(int row) const override { return m_rows.at(row).id; }
    void refreshRow(qint64 id) override;

private:
    QPointer<OpenPractice> m_practice;
    QList<ClientSummary> m_rows;
};

} // namespace mandaat
