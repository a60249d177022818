#pragma once

#include <QVariant>

class QWidget;

namespace mandaat::forms {

/// What a field holds, as the user left it: a line or text edit's text and cursor, a combo's
/// choice, a spin box's value, a date, a check box, a table's cells. For a form that reloads a
/// record another window changed and puts the user's unsaved edits back (issue 15).
QVariant fieldValue(const QWidget* field);
/// Puts back what fieldValue() took from the same field.
void setFieldValue(QWidget* field, const QVariant& value);

} // namespace mandaat::forms
