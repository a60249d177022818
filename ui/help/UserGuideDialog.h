#pragma once

#include <QDialog>
#include <QLocale>
#include <QUrl>

#include <memory>

namespace Ui {
class UserGuideDialog;
}

namespace mandaat {

/// Help → User guide (issue 15): the guide of docs/user-guide.<language>.md, bundled in the
/// application, in the interface's language. Links to the web open in the browser.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(const QLocale& locale, QWidget* parent = nullptr);
    ~UserGuideDialog() override;

    /// The bundled guide for \a locale: Dutch for Dutch, else English.
    static QUrl guideFor(const QLocale& locale);

protected:
    void changeEvent(QEvent* event) override;

private:
    std::unique_ptr<Ui::UserGuideDialog> m_ui;
};

} // namespace mandaat
