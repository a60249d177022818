#include "WheelGuard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QScrollBar>
#include <QWheelEvent>

namespace mandaat {

namespace {

/// A field the wheel changes: spin boxes (and QDateTimeEdit), combo boxes, sliders. Scroll bars
/// are for scrolling and keep the wheel.
bool changesWithWheel(const QWidget* widget)
{
    return qobject_cast<const QAbstractSpinBox*>(widget) || qobject_cast<const QComboBox*>(widget) ||
        (qobject_cast<const QAbstractSlider*>(widget) && !qobject_cast<const QScrollBar*>(widget));
}

bool isInFocus(const QWidget* widget)
{
    const QWidget* focus = QApplication::focusWidget();
    return focus && (focus == widget || widget->isAncestorOf(focus));
}

/// \a widget or the one around it (a spin box around its line edit) that the wheel changes.
QWidget* fieldAt(QWidget* widget)
{
    for (; widget; widget = widget->isWindow() ? nullptr : widget->parentWidget()) {
        if (changesWithWheel(widget)) {
            return widget;
        }
    }
    return nullptr;
}

/// The wheel handed on as if \a field were not there, from parent to parent until one takes
/// it: a scroll area (the page, a table's viewport) scrolls.
void passOn(QWidget* field, const QWheelEvent* wheel)
{
    for (QWidget* parent = field->isWindow() ? nullptr : field->parentWidget(); parent;
         parent = parent->isWindow() ? nullptr : parent->parentWidget()) {
        QWheelEvent passed(parent->mapFromGlobal(wheel->globalPosition()),
                           wheel->globalPosition(),
                           wheel->pixelDelta(),
                           wheel->angleDelta(),
                           wheel->buttons(),
                           wheel->modifiers(),
                           wheel->phase(),
                           wheel->inverted(),
                           wheel->source());
        passed.ignore();
        QApplication::sendEvent(parent, &passed);
        if (passed.isAccepted()) {
            return;
        }
    }
}

} // namespace

WheelGuard::WheelGuard(QObject* parent)
    : QObject(parent)
{ }

void WheelGuard::install(QCoreApplication* app)
{
    if (!app || app->findChild<WheelGuard*>(QString(), Qt::FindDirectChildrenOnly)) {
        return;
    }
    app->installEventFilter(new WheelGuard(app));
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::Wheel) {
        return false;
    }
    const auto* wheel = static_cast<QWheelEvent*>(event);
    QWidget* field = nullptr;
    if (watched->isWindowType()) {
        // The wheel of the mouse reaches the window first: caught here, before Qt gives the
        // focus to a field under the pointer whose focus policy takes it on a wheel.
        field = fieldAt(QApplication::widgetAt(wheel->globalPosition().toPoint()));
    } else if (watched->isWidgetType()) {
        field = fieldAt(static_cast<QWidget*>(watched));
    }
    if (!field || isInFocus(field)) {
        return false;
    }
    passOn(field, wheel);
    event->accept();
    return true;
}

} // namespace mandaat
