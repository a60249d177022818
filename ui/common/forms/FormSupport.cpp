#include "FormSupport.h"

#include "common/forms/DateEdit.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>

namespace mandaat::forms {

void watchEdits(QWidget* root, QObject* context, const std::function<void(QWidget*)>& onEdit)
{
    for (QLineEdit* edit : root->findChildren<QLineEdit*>()) {
        if (qobject_cast<QAbstractSpinBox*>(edit->parentWidget()) || qobject_cast<QComboBox*>(edit->parentWidget()) ||
            qobject_cast<DateEdit*>(edit)) {
            continue; // a spin box's or combo box's own line edit, a date: watched through its value
        }
        QObject::connect(edit, &QLineEdit::textEdited, context, [onEdit, edit]() { onEdit(edit); });
    }
    for (QPlainTextEdit* edit : root->findChildren<QPlainTextEdit*>()) {
        QObject::connect(edit, &QPlainTextEdit::textChanged, context, [onEdit, edit]() { onEdit(edit); });
    }
    for (QComboBox* combo : root->findChildren<QComboBox*>()) {
        QObject::connect(combo, &QComboBox::activated, context, [onEdit, combo]() { onEdit(combo); });
        if (combo->isEditable()) {
            QObject::connect(combo, &QComboBox::editTextChanged, context, [onEdit, combo]() { onEdit(combo); });
        }
    }
    for (QSpinBox* spin : root->findChildren<QSpinBox*>()) {
        QObject::connect(spin, &QSpinBox::valueChanged, context, [onEdit, spin]() { onEdit(spin); });
    }
    for (QDoubleSpinBox* spin : root->findChildren<QDoubleSpinBox*>()) {
        QObject::connect(spin, &QDoubleSpinBox::valueChanged, context, [onEdit, spin]() { onEdit(spin); });
    }
    for (DateEdit* edit : root->findChildren<DateEdit*>()) {
        QObject::connect(edit, &DateEdit::dateChanged, context, [onEdit, edit]() { onEdit(edit); });
    }
    for (QDateTimeEdit* edit : root->findChildren<QDateTimeEdit*>()) {
        QObject::connect(edit, &QDateTimeEdit::dateTimeChanged, context, [onEdit, edit]() { onEdit(edit); });
    }
    for (QCheckBox* box : root->findChildren<QCheckBox*>()) {
        QObject::connect(box, &QCheckBox::toggled, context, [onEdit, box]() { onEdit(box); });
    }
    for (QTableWidget* table : root->findChildren<QTableWidget*>()) {
        QObject::connect(table, &QTableWidget::itemChanged, context, [onEdit, table]() { onEdit(table); });
    }
}

} // namespace mandaat::forms
