#pragma once

#include <QWidget>

#include <memory>

class QTableView;

namespace Ui {
class RecordListPane;
}

namespace mandaat {

class FilterProxyModel;
class RecordTableModel;

/// A list of records with its instant filter, sortable columns and a "New" button: the left
/// half of the Clients, Principals, Engagements and Complaints pages. Loads its model the first
/// time it is shown.
class RecordListPane : public QWidget
{
    Q_OBJECT

public:
    explicit RecordListPane(QWidget* parent = nullptr);
    ~RecordListPane() override;

    void setModel(RecordTableModel* model, int sortColumn, Qt::SortOrder order = Qt::AscendingOrder);
    RecordTableModel* model() const { return m_model; }
    FilterProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const;

    /// The text of the "New" button ("&New client") and the filter's accessible name.
    void setTexts(const QString& newText, const QString& listName);
    void setNewEnabled(bool enabled);

    qint64 currentId() const;
    /// Selects the record \a id (clearing the filter when it hides it); false when not listed.
    bool select(qint64 id);
    void clearSelection();
    void focusFilter();

Q_SIGNALS:
    /// Another record was chosen (a click, the arrow keys, select()); 0 after clearSelection().
    void currentChanged(qint64 id);
    /// The record chosen was opened with a double-click or Return.
    void activated(qint64 id);
    void newRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void followSelection();
    void updateCount();
    void fitColumns();

    std::unique_ptr<Ui::RecordListPane> m_ui;
    RecordTableModel* m_model = nullptr;
    FilterProxyModel* m_proxy = nullptr;
    qint64 m_currentId = 0;
};

} // namespace mandaat
