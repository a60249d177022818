#include "FormSupport.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>

namespace mandaat::forms {

namespace {

const QDate NotSet(1900, 1, 1);

} // namespace

void watchEdits(QWidget* root, QObject* context, const std::function<void(QWidget*)>& onEdit)
{
    for (QLineEdit* edit : root->findChildren<QLineEdit*>()) {
        if (qobject_cast<QAbstractSpinBox*>(edit->parentWidget()) || qobject_cast<QComboBox*>(edit->parentWidget())) {
            continue; // a spin box's or combo box's own line edit: watched through its owner
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

void makeOptional(QDateEdit* edit)
{
    edit->setMinimumDate(NotSet);
    edit->setSpecialValueText(QCoreApplication::translate("Forms", "not set"));
    edit->setCalendarPopup(true);
    edit->setDate(NotSet);
}

void setDate(QDateEdit* edit, QDate date)
{
    edit->setDate(date.isValid() ? date : (edit->minimumDate() == NotSet ? NotSet : QDate::currentDate()));
}

QDate date(const QDateEdit* edit)
{
    const QDate value = edit->date();
    return edit->minimumDate() == NotSet && value == NotSet ? QDate() : value;
}

} // namespace mandaat::forms
