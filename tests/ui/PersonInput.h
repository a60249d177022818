#pragma once

// Input as a person gives it (issue 15): mouse clicks on what is visible (a button, a list row's
// rectangle, a tab, a combo box's entry in its popup, a menu entry), typed keys and the wheel.
// Nothing here calls a slot, setCurrentIndex or setText: each helper sends the events the X
// server would and lets the widgets do what they do with them.

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>
#include <QWindow>

#include <functional>

namespace mandaat::test::person {

/// Makes \a window the active window, as the window manager does when a person clicks it. The
/// offscreen platform does not, and it leaves the focus on a closed popup's window (a combo
/// box's list), which QWindow::isActive() counts as its parent's, so QWidget::activateWindow()
/// does nothing: the activation is requested from the window itself, then waited for.
inline void activate(QWidget* window)
{
    if (window && window != QApplication::activeWindow() && window->isVisible() && window->windowType() != Qt::Popup &&
        window->windowType() != Qt::ToolTip && window->windowHandle()) {
        window->windowHandle()->requestActivate();
        (void)QTest::qWaitFor([window]() { return QApplication::activeWindow() == window; }, 1000);
    }
}

/// A click in the middle of \a widget (or at \a at, in its coordinates); on a check box or a
/// radio button, on its box, where a person aims (a wide one's middle can lie past its text,
/// where a click toggles nothing).
inline void click(QWidget* widget, QPoint at = {})
{
    if (!widget) {
        qWarning("person: nothing to click");
        return;
    }
    activate(widget->window());
    if (at.isNull() && (qobject_cast<QCheckBox*>(widget) || qobject_cast<QRadioButton*>(widget))) {
        QStyleOptionButton option;
        option.initFrom(widget);
        const QStyle::SubElement indicator =
            qobject_cast<QCheckBox*>(widget) ? QStyle::SE_CheckBoxIndicator : QStyle::SE_RadioButtonIndicator;
        at = widget->style()->subElementRect(indicator, &option, widget).center();
    }
    QTest::mouseClick(widget, Qt::LeftButton, {}, at.isNull() ? widget->rect().center() : at);
}

inline void doubleClick(QWidget* widget, QPoint at)
{
    // A person's double-click is a press, release and a second press whose release follows.
    QTest::mouseClick(widget, Qt::LeftButton, {}, at);
    QTest::mouseDClick(widget, Qt::LeftButton, {}, at);
}

/// The row of \a view whose \a column shows \a text (Qt::DisplayRole), or an invalid index.
inline QModelIndex rowShowing(QAbstractItemView* view, const QString& text, int column = 0)
{
    const QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(view->rootIndex()); ++row) {
        const QModelIndex index = model->index(row, column, view->rootIndex());
        if (index.data().toString() == text) {
            return index;
        }
    }
    return {};
}

/// A click on \a index where it is drawn: scrolled into view first, as a person would scroll.
inline bool clickItem(QAbstractItemView* view, const QModelIndex& index, bool twice = false)
{
    if (!view || !index.isValid()) {
        qWarning("person: no such row to click");
        return false;
    }
    view->scrollTo(index);
    QApplication::processEvents();
    const QRect rect = view->visualRect(index);
    if (!view->viewport()->rect().intersects(rect)) {
        qWarning("person: the row is not visible");
        return false;
    }
    const QPoint at = rect.center();
    if (twice) {
        doubleClick(view->viewport(), at);
    } else {
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    }
    return true;
}

/// Where the keys typed after a click on \a field go: the focus widget when the click put the
/// focus in the field (or a part of it, as a spin box's line edit), else the field itself (the
/// offscreen platform does not always activate a new dialog's window as a window manager does).
inline QWidget* keyTarget(QWidget* field)
{
    QWidget* focus = QApplication::focusWidget();
    return focus && (focus == field || field->isAncestorOf(focus)) ? focus : field;
}

/// Types \a text into \a target key by key; a newline is the Return key.
inline void typeKeys(QWidget* target, const QString& text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('\n')) {
            QTest::keyClick(target, Qt::Key_Return);
        } else if (c.unicode() < 0x80) {
            QTest::keyClick(target, static_cast<char>(c.unicode()));
        } else {
            QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

/// Focuses \a field with a click, selects what it holds (Ctrl+A) and types \a text; a newline
/// is the Return key.
inline void typeInto(QWidget* field, const QString& text)
{
    if (!field) {
        qWarning("person: no field to type into");
        return;
    }
    click(field, QPoint(std::min(8, field->width() / 2), std::min(8, field->height() / 2)));
    QWidget* target = keyTarget(field);
    QTest::keyClick(target, Qt::Key_A, Qt::ControlModifier);
    typeKeys(target, text);
}

/// Types at the end of what \a field holds (a click at its end, Ctrl+End, then the text).
inline void appendTo(QWidget* field, const QString& text)
{
    click(field);
    QWidget* target = keyTarget(field);
    QTest::keyClick(target, Qt::Key_End, Qt::ControlModifier);
    typeKeys(target, text);
}

/// Opens \a combo with a click and clicks the entry whose data is \a data (or, when no entry
/// has it, whose text is \a data's text) in the popup.
inline bool choose(QComboBox* combo, const QVariant& data)
{
    if (!combo) {
        qWarning("person: no combo box");
        return false;
    }
    int row = combo->findData(data);
    if (row < 0) {
        row = combo->findText(data.toString());
    }
    if (row < 0) {
        qWarning("person: %s is not offered", qPrintable(data.toString()));
        return false;
    }
    click(combo);
    QAbstractItemView* list = combo->view();
    if (!QTest::qWaitFor([list]() { return list->isVisible(); }, 2000)) {
        qWarning("person: the list of the combo box did not open");
        return false;
    }
    // The popup ignores a release that comes sooner than a double-click after it opened (the
    // release of the click that opened it); a person's second click comes later.
    QTest::qWait(QApplication::doubleClickInterval() + 50);
    const bool clicked = clickItem(list, combo->model()->index(row, combo->modelColumn()));
    (void)QTest::qWaitFor([list]() { return !list->isVisible(); }, 2000);
    return clicked && combo->currentIndex() == row;
}

/// Clicks the tab of \a tabs whose page is \a page.
inline void showTab(QTabWidget* tabs, QWidget* page)
{
    QTabBar* bar = tabs->tabBar();
    const int index = tabs->indexOf(page);
    if (index < 0) {
        qWarning("person: no such tab");
        return;
    }
    click(bar, bar->tabRect(index).center());
}

/// The entry of the menu that \a opener pops up whose action is named \a actionName (or
/// whose text, less its '&', is \a text): the opener is clicked (at \a at, in its coordinates,
/// as a menu's title in a menu bar; else in its middle) and, once the menu is up, the entry.
/// QMenu::exec runs its own loop, so the second click is scheduled first.
inline bool chooseFromMenu(QWidget* opener, const std::function<bool(QAction*)>& which, QPoint at = {})
{
    // The window first: click() waits for its activation, and the menu's watcher must not run
    // before the menu is up.
    activate(opener->window());
    bool chosen = false;
    QTimer::singleShot(0, [&chosen, which]() {
        QMenu* menu = nullptr;
        (void)QTest::qWaitFor(
            [&menu]() {
                menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
                return menu && menu->isVisible();
            },
            3000);
        if (!menu) {
            qWarning("person: no menu opened");
            return;
        }
        for (QAction* action : menu->actions()) {
            if (action->isVisible() && action->isEnabled() && which(action)) {
                QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
                chosen = true;
                return;
            }
        }
        qWarning("person: the menu has no such entry");
        menu->close();
    });
    click(opener, at);
    (void)QTest::qWaitFor([&chosen]() { return chosen; }, 3000);
    return chosen;
}

/// One notch of the mouse wheel over \a widget at \a at (down when \a notches < 0).
inline void wheel(QWidget* widget, QPoint at, int notches)
{
    const QPoint global = widget->mapToGlobal(at);
    QWheelEvent event(QPointF(at),
                      QPointF(global),
                      QPoint(),
                      QPoint(0, 120 * notches),
                      Qt::NoButton,
                      Qt::NoModifier,
                      Qt::NoScrollPhase,
                      false);
    QApplication::sendEvent(widget, &event);
}

} // namespace mandaat::test::person
