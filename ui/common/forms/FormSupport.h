#pragma once

#include "domain/DisplayNames.h"
#include "domain/EnumIds.h"

#include <QComboBox>
#include <QDate>
#include <QString>

#include <functional>

class QWidget;

/// Small helpers the edit forms share.
namespace mandaat::forms {

/// Calls \a onEdit(widget) whenever the user changes an input below \a root (line and text
/// edits, combo boxes, spin boxes, date fields, check boxes, table cells).
void watchEdits(QWidget* root, QObject* context, const std::function<void(QWidget*)>& onEdit);

/// Fills \a combo with the translated names of \a values, the stored ids as item data.
template <typename E>
void fillCombo(QComboBox* combo, const QList<E>& values = allValues<E>())
{
    const QString current = combo->currentData().toString();
    const bool blocked = combo->blockSignals(true);
    combo->clear();
    for (const E value : values) {
        combo->addItem(displayName(value), toId(value));
    }
    const int index = combo->findData(current);
    combo->setCurrentIndex(index >= 0 ? index : 0);
    combo->blockSignals(blocked);
}

/// The names again, in the interface language now in force.
template <typename E>
void retranslateCombo(QComboBox* combo)
{
    for (int i = 0; i < combo->count(); ++i) {
        if (const std::optional<E> value = fromId<E>(combo->itemData(i).toString())) {
            combo->setItemText(i, displayName(*value));
        }
    }
}

template <typename E>
E comboValue(const QComboBox* combo, E fallback = E{})
{
    return fromId<E>(combo->currentData().toString()).value_or(fallback);
}

template <typename E>
void setComboValue(QComboBox* combo, E value)
{
    const int index = combo->findData(toId(value));
    if (index >= 0) {
        combo->setCurrentIndex(index);
    }
}

} // namespace mandaat::forms
