#pragma once

// Helpers for the tests that drive the main window: typing, finding widgets by name inside one
// part of the window, and waiting for the Argon2 derivation.

#include <QAbstractButton>
#include <QApplication>
#include <QFileDialog>
#include <QString>
#include <QTest>
#include <QWidget>

namespace mandaat::test {

constexpr int DerivationTimeout = 60000; // Argon2id on a busy machine

// QTest::keyClicks takes Latin-1 only; names and passphrases have letters beyond ASCII.
inline void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80 && c != QLatin1Char('\n')) {
            QTest::keyClick(widget, static_cast<char>(c.unicode()));
        } else if (c == QLatin1Char('\n')) {
            QTest::keyClick(widget, Qt::Key_Return);
        } else {
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

/// The child of \a parent named \a name; a failed test when there is none.
template <typename T = QWidget>
T* named(const QObject* parent, const char* name)
{
    T* child = parent ? parent->findChild<T*>(QString::fromLatin1(name)) : nullptr;
    if (!child) {
        qWarning("no child %s", name);
    }
    return child;
}

inline void click(QAbstractButton* button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(4, button->height() / 2));
}

/// The visible dialog of type T, once it is shown.
template <typename T>
T* waitForDialog(int timeout = 5000)
{
    T* found = nullptr;
    (void)QTest::qWaitFor(
        [&found]() {
            for (QWidget* window : QApplication::topLevelWidgets()) {
                if (auto* dialog = qobject_cast<T*>(window); dialog && dialog->isVisible()) {
                    found = dialog;
                    return true;
                }
            }
            return false;
        },
        timeout);
    return found;
}

/// Answers the open file dialog named \a dialogName with \a path, as its Save or Open button does;
/// false when no such dialog shows.
inline bool chooseFile(const char* dialogName, const QString& path)
{
    auto* dialog = waitForDialog<QFileDialog>();
    if (!dialog || dialog->objectName() != QLatin1String(dialogName)) {
        return false;
    }
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept, as the Save button does
    return true;
}

} // namespace mandaat::test
