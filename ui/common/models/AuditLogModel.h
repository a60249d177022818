#pragma once

#include "common/models/RecordTableModel.h"
#include "domain/AuditEntry.h"

#include <QSet>

namespace mandaat {

class Records;

/// The audit log's entries for the viewer (Practice > Audit log…): position, time, action, the
/// engagement it names and its summary, which names ids, not clients. Entries a check found
/// altered are marked.
class AuditLogModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { PositionColumn, TimeColumn, ActionColumn, RecordColumn, SummaryColumn, ColumnCount };

    explicit AuditLogModel(QObject* parent = nullptr);
    ~AuditLogModel() override;

    /// The log of \a records; nullptr lets go of it.
    void setRecords(Records* records);
    /// Marks the entries at \a positions (a verification's findings).
    void setFlagged(const QSet<qint64>& positions);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    int rowOf(qint64 id) const override { return indexOfId(m_rows, id); }

protected:
    bool isAttached() const override { return m_records != nullptr; }
    bool loadRows(QString* error) override;
    void clearRows() override { m_rows.clear(); }
    QVariant displayData(int row, int column) const override;
    QVariant sortData(int row, int column) const override;
    QVariant otherData(int row, int column, int role) const override;
    qint64 idAt(int row) const override { return m_rows.at(row).id; }

private:
    Records* m_records = nullptr;
    QList<AuditEntry> m_rows;
    QSet<qint64> m_flagged;
};

} // namespace mandaat
