#include "RecordListPane.h"
#include "ui_RecordListPane.h"

#include "common/models/FilterProxyModel.h"
#include "common/models/RecordTableModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>

namespace mandaat {

RecordListPane::RecordListPane(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RecordListPane>())
    , m_proxy(new FilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_ui->tableView->setModel(m_proxy);
    m_ui->tableView->horizontalHeader()->setSectionsMovable(false);
    m_ui->tableView->horizontalHeader()->setResizeContentsPrecision(200);
    m_ui->tableView->verticalHeader()->setDefaultSectionSize(m_ui->tableView->fontMetrics().height() + 8);
    connect(m_ui->filterLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterText(text);
        updateCount();
    });
    connect(m_ui->newButton, &QPushButton::clicked, this, &RecordListPane::newRequested);
    // The selection, not the current index: a mouse press moves the current index before it
    // selects the row (QAbstractItemView::mousePressEvent), so following currentRowChanged saw
    // no record on a click, and the click on another row cleared the form (issue 15).
    connect(m_ui->tableView->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &RecordListPane::followSelection);
    // A double-click or Return opens the row too, whatever the row shown before.
    connect(m_ui->tableView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        followSelection();
        if (const qint64 id = index.data(RecordTableModel::IdRole).toLongLong(); id > 0 && id == m_currentId) {
            Q_EMIT activated(id);
        }
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RecordListPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RecordListPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this]() {
        updateCount();
        fitColumns();
        m_currentId = 0;
    });
    // Down from the filter goes into the list.
    m_ui->filterLineEdit->installEventFilter(this);
}

RecordListPane::~RecordListPane() = default;

QTableView* RecordListPane::view() const
{
    return m_ui->tableView;
}

void RecordListPane::setModel(RecordTableModel* model, int sortColumn, Qt::SortOrder order)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    m_ui->tableView->sortByColumn(sortColumn, order);
    updateCount();
}

void RecordListPane::setTexts(const QString& newText, const QString& listName)
{
    m_ui->newButton->setText(newText);
    m_ui->tableView->setAccessibleName(listName);
    m_ui->filterLineEdit->setAccessibleName(tr("Filter %1").arg(listName));
}

void RecordListPane::setNewEnabled(bool enabled)
{
    m_ui->newButton->setEnabled(enabled);
}

qint64 RecordListPane::currentId() const
{
    const QModelIndexList rows = m_ui->tableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(RecordTableModel::IdRole).toLongLong();
}

void RecordListPane::followSelection()
{
    const qint64 id = currentId();
    // No row selected (a filter hid it, a Ctrl+click let go of it): the record shown stays
    // shown; only clearSelection() or another row changes it.
    if (id > 0 && id != m_currentId) {
        m_currentId = id;
        Q_EMIT currentChanged(id);
    }
}

bool RecordListPane::select(qint64 id)
{
    if (!m_model) {
        return false;
    }
    if (m_model->canFetchMore({})) {
        m_model->fetchMore({});
    }
    m_model->applyPendingChanges();
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return false;
    }
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_ui->filterLineEdit->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_ui->tableView->selectionModel()->setCurrentIndex(index,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->tableView->scrollTo(index);
    return true;
}

void RecordListPane::clearSelection()
{
    m_ui->tableView->selectionModel()->clear();
    if (m_currentId != 0) {
        m_currentId = 0;
        Q_EMIT currentChanged(0);
    }
}

void RecordListPane::focusFilter()
{
    m_ui->filterLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterLineEdit->selectAll();
}

bool RecordListPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->filterLineEdit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down) {
        m_ui->tableView->setFocus(Qt::TabFocusReason);
        if (!m_ui->tableView->currentIndex().isValid() && m_proxy->rowCount() > 0) {
            m_ui->tableView->selectRow(0);
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void RecordListPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_model && m_model->canFetchMore({})) {
        m_model->fetchMore({});
    }
}

void RecordListPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateCount();
    }
    QWidget::changeEvent(event);
}

void RecordListPane::updateCount()
{
    if (!m_model) {
        return;
    }
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    m_ui->countLabel->setText(shown == all
                                  ? tr("%1 in the list").arg(QLocale().toString(all))
                                  : tr("%1 of %2 shown").arg(QLocale().toString(shown), QLocale().toString(all)));
}

void RecordListPane::fitColumns()
{
    QHeaderView* header = m_ui->tableView->horizontalHeader();
    const int columns = m_proxy->columnCount();
    for (int column = 0; column + 1 < columns; ++column) {
        // Measured on a sample of rows (resizeContentsPrecision): fast for thousands of rows.
        m_ui->tableView->resizeColumnToContents(column);
        header->resizeSection(column, std::min(header->sectionSize(column) + 12, 260));
    }
}

} // namespace mandaat
