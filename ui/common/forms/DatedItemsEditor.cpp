#include "DatedItemsEditor.h"

#include "common/forms/DateEdit.h"
#include "common/forms/FormSupport.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mandaat {

namespace {

enum Column { KindColumn, DescriptionColumn, FromColumn, UntilColumn, ColumnCount };

} // namespace

DatedItemsEditor::DatedItemsEditor(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_addButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 6);
    connect(m_addButton, &QPushButton::clicked, this, [this]() {
        Item item;
        item.from = QDate::currentDate();
        item.kindId = m_kinds.isEmpty() ? QString() : m_kinds.last().first;
        addRow(item);
        m_table->setCurrentCell(m_table->rowCount() - 1, DescriptionColumn);
        m_table->cellWidget(m_table->rowCount() - 1, DescriptionColumn)->setFocus();
        Q_EMIT edited();
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this]() {
        const int row = m_table->currentRow();
        if (row >= 0) {
            m_table->removeRow(row);
            Q_EMIT edited();
        }
    });
    m_removeButton->setText(tr("Remo&ve the chosen line"));
}

DatedItemsEditor::~DatedItemsEditor() = default;

void DatedItemsEditor::setKinds(const QList<QPair<QString, QString>>& kinds)
{
    m_kinds = kinds;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, KindColumn));
        for (int i = 0; combo && i < combo->count(); ++i) {
            for (const auto& [id, name] : kinds) {
                if (combo->itemData(i).toString() == id) {
                    combo->setItemText(i, name);
                }
            }
        }
    }
    retranslateHeader();
}

void DatedItemsEditor::setTexts(const QString& fromTitle, const QString& untilTitle, const QString& addText)
{
    m_fromTitle = fromTitle;
    m_untilTitle = untilTitle;
    m_addButton->setText(addText);
    m_removeButton->setText(tr("Remo&ve the chosen line"));
    retranslateHeader();
}

void DatedItemsEditor::retranslateHeader()
{
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Description"), m_fromTitle, m_untilTitle});
}

void DatedItemsEditor::setItems(const QList<Item>& items)
{
    m_table->setRowCount(0);
    for (const Item& item : items) {
        addRow(item);
    }
}

void DatedItemsEditor::addRow(const Item& item)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* kind = new QComboBox;
    for (const auto& [id, name] : std::as_const(m_kinds)) {
        kind->addItem(name, id);
    }
    kind->setCurrentIndex(std::max(kind->findData(item.kindId), 0));
    auto* description = new QLineEdit(item.description);
    auto* from = new DateEdit;
    from->setDate(item.from.isValid() ? item.from : QDate::currentDate());
    auto* until = new DateEdit;
    until->setOptional(true);
    until->setDate(item.until);
    kind->setAccessibleName(tr("Kind"));
    description->setAccessibleName(tr("Description"));
    from->setAccessibleName(m_fromTitle);
    until->setAccessibleName(m_untilTitle);
    m_table->setCellWidget(row, KindColumn, kind);
    m_table->setCellWidget(row, DescriptionColumn, description);
    m_table->setCellWidget(row, FromColumn, from);
    m_table->setCellWidget(row, UntilColumn, until);
    auto* idItem = new QTableWidgetItem;
    idItem->setData(Qt::UserRole, item.id);
    m_table->setItem(row, KindColumn, idItem); // last: it signals a change, and the row is whole now
    connect(kind, &QComboBox::activated, this, &DatedItemsEditor::edited);
    connect(description, &QLineEdit::textEdited, this, &DatedItemsEditor::edited);
    connect(from, &DateEdit::dateChanged, this, &DatedItemsEditor::edited);
    connect(until, &DateEdit::dateChanged, this, &DatedItemsEditor::edited);
}

QList<DatedItemsEditor::Item> DatedItemsEditor::items() const
{
    QList<Item> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto* kind = qobject_cast<QComboBox*>(m_table->cellWidget(row, KindColumn));
        auto* description = qobject_cast<QLineEdit*>(m_table->cellWidget(row, DescriptionColumn));
        auto* from = qobject_cast<DateEdit*>(m_table->cellWidget(row, FromColumn));
        auto* until = qobject_cast<DateEdit*>(m_table->cellWidget(row, UntilColumn));
        if (!kind || !description || !from || !until) {
            continue; // a row being built
        }
        Item item;
        item.id = m_table->item(row, KindColumn) ? m_table->item(row, KindColumn)->data(Qt::UserRole).toLongLong() : 0;
        item.kindId = kind->currentData().toString();
        item.description = description->text().trimmed();
        item.from = from->date();
        item.until = until->date();
        result.append(item);
    }
    return result;
}

} // namespace mandaat
