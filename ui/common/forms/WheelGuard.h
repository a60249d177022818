#pragma once

#include <QObject>

class QCoreApplication;

namespace mandaat {

/// Keeps the mouse wheel from changing a field the user is not in (issue 15: scrolling a form
/// turned VAT from 21 % into 13 %). A wheel over a spin box, a date, a combo box or a slider
/// without the keyboard focus scrolls what holds it (the page, a table) instead; once the user
/// has clicked or tabbed into the field, the wheel changes it as before. One filter for the
/// whole application: every window and dialog, and fields made at run time.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    /// Installs the guard on \a app once; later calls do nothing.
    static void install(QCoreApplication* app);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit WheelGuard(QObject* parent);
};

} // namespace mandaat
