#pragma once

#include "common/models/RecordTableModel.h"

#include <QDate>

namespace mandaat {

/// Something the consultant must do, as the Overview lists it: from the complaints register
/// now, and from the compliance rules (core/compliance) when they report open obligations.
struct Obligation
{
    enum class Kind { Complaint, Engagement, Practice, Backup, Retention };

    Kind kind = Kind::Engagement;
    qint64 recordId = 0; // the complaint or engagement; 0 for the practice
    qint64 engagementId = 0;
    QString text; // translated: "Complaint from the client (K. Smets): settle"
    QString articleId; // "CMI-17"; empty when no article demands it
    QDate dueOn; // invalid: no date

    bool operator==(const Obligation&) const = default;
};

/// The Overview's list of what is due, soonest first.
class ObligationListModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, ArticleColumn, DueColumn, ActionColumn, ColumnCount };

    explicit ObligationListModel(QObject* parent = nullptr);
    ~ObligationListModel() override;

    /// Replaces the list: overdue complaints first (CMI-17), then by due date, undated last.
    /// Overdue is counted from the date setToday() gave before.
    void setObligations(QList<Obligation> obligations);
    /// The date "overdue" and "in 3 days" are counted from.
    void setToday(QDate today);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    int rowOf(qint64 id) const override { return indexOfId(m_rows, id); }
    const Obligation& obligation(int row) const { return m_rows.at(row); }

protected:
    bool isAttached() const override { return true; }
    bool loadRows(QString*) override { return true; }
    void clearRows() override { m_rows.clear(); }
    QVariant displayData(int row, int column) const override;
    QVariant sortData(int row, int column) const override;
    QVariant otherData(int row, int column, int role) const override;
    qint64 idAt(int row) const override { return m_rows.at(row).recordId; }

private:
    struct Row : Obligation
    {
        qint64 id = 0; // for indexOfId
    };
    QString dueText(QDate due) const;

    QList<Row> m_rows;
    QDate m_today = QDate::currentDate();
};

} // namespace mandaat
