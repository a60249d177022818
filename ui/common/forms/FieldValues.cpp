#include "FieldValues.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>

#include <algorithm>

namespace mandaat::forms {

namespace {

QVariant tableValue(const QTableWidget* table)
{
    QVariantList rows;
    for (int row = 0; row < table->rowCount(); ++row) {
        QVariantList cells;
        for (int column = 0; column < table->columnCount(); ++column) {
            const QTableWidgetItem* item = table->item(row, column);
            cells.append(
                QVariant(QVariantList{item ? item->text() : QString(), item ? item->data(Qt::UserRole) : QVariant()}));
        }
        rows.append(QVariant(cells));
    }
    return rows;
}

void setTableValue(QTableWidget* table, const QVariantList& rows)
{
    table->setRowCount(0);
    for (const QVariant& row : rows) {
        const int index = table->rowCount();
        table->insertRow(index);
        const QVariantList cells = row.toList();
        for (int column = 0; column < cells.size() && column < table->columnCount(); ++column) {
            const QVariantList cell = cells.at(column).toList();
            auto* item = new QTableWidgetItem(cell.value(0).toString());
            if (cell.value(1).isValid()) {
                item->setData(Qt::UserRole, cell.value(1));
            }
            table->setItem(index, column, item);
        }
    }
}

} // namespace

QVariant fieldValue(const QWidget* field)
{
    if (const auto* line = qobject_cast<const QLineEdit*>(field)) {
        return QVariantList{line->text(), line->cursorPosition()};
    }
    if (const auto* text = qobject_cast<const QPlainTextEdit*>(field)) {
        return QVariantList{text->toPlainText(), text->textCursor().position()};
    }
    if (const auto* combo = qobject_cast<const QComboBox*>(field)) {
        return combo->isEditable() ? QVariantList{combo->currentText()}
                                   : QVariantList{combo->currentData(), combo->currentIndex()};
    }
    if (const auto* spin = qobject_cast<const QSpinBox*>(field)) {
        return spin->value();
    }
    if (const auto* spin = qobject_cast<const QDoubleSpinBox*>(field)) {
        return spin->value();
    }
    if (const auto* date = qobject_cast<const QDateTimeEdit*>(field)) {
        return date->dateTime();
    }
    if (const auto* box = qobject_cast<const QCheckBox*>(field)) {
        return box->isChecked();
    }
    if (const auto* table = qobject_cast<const QTableWidget*>(field)) {
        return tableValue(table);
    }
    return {};
}

void setFieldValue(QWidget* field, const QVariant& value)
{
    if (!value.isValid()) {
        return;
    }
    if (auto* line = qobject_cast<QLineEdit*>(field)) {
        const QVariantList parts = value.toList();
        line->setText(parts.value(0).toString());
        line->setCursorPosition(parts.value(1).toInt());
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(field)) {
        const QVariantList parts = value.toList();
        text->setPlainText(parts.value(0).toString());
        QTextCursor cursor = text->textCursor();
        cursor.setPosition(std::min(parts.value(1).toInt(), text->document()->characterCount() - 1));
        text->setTextCursor(cursor);
    } else if (auto* combo = qobject_cast<QComboBox*>(field)) {
        const QVariantList parts = value.toList();
        if (combo->isEditable()) {
            combo->setEditText(parts.value(0).toString());
        } else {
            // By the value chosen; by the position only when the entries carry no values.
            const int index = parts.value(0).isValid() ? combo->findData(parts.value(0)) : parts.value(1).toInt();
            if (index >= 0) {
                combo->setCurrentIndex(index);
            }
        }
    } else if (auto* spin = qobject_cast<QSpinBox*>(field)) {
        spin->setValue(value.toInt());
    } else if (auto* spin = qobject_cast<QDoubleSpinBox*>(field)) {
        spin->setValue(value.toDouble());
    } else if (auto* date = qobject_cast<QDateTimeEdit*>(field)) {
        date->setDateTime(value.toDateTime());
    } else if (auto* box = qobject_cast<QCheckBox*>(field)) {
        box->setChecked(value.toBool());
    } else if (auto* table = qobject_cast<QTableWidget*>(field)) {
        setTableValue(table, value.toList());
    }
}

} // namespace mandaat::forms
