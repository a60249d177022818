#include "UserGuideDialog.h"
#include "ui_UserGuideDialog.h"

#include <QEvent>
#include <QUrl>

namespace mandaat {

UserGuideDialog::UserGuideDialog(const QLocale& locale, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UserGuideDialog>())
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The guide's link to the other language is relative, so it opens here too.
    m_ui->guideTextBrowser->setSource(guideFor(locale), QTextDocument::MarkdownResource);
    m_ui->guideTextBrowser->setAccessibleName(windowTitle());
}

UserGuideDialog::~UserGuideDialog() = default;

QUrl UserGuideDialog::guideFor(const QLocale& locale)
{
    return QUrl(locale.language() == QLocale::Dutch ? QStringLiteral("qrc:/mandaat/guide/user-guide.nl.md")
                                                    : QStringLiteral("qrc:/mandaat/guide/user-guide.en.md"));
}

void UserGuideDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->guideTextBrowser->setAccessibleName(windowTitle());
    }
    QDialog::changeEvent(event);
}

} // namespace mandaat
