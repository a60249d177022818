#include "WelcomePage.h"
#include "ui_WelcomePage.h"

#include "main/Appearance.h"

#include <QDir>
#include <QListWidgetItem>

namespace mandaat {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WelcomePage>())
{
    m_ui->setupUi(this);
    appearance::makeTitle(m_ui->titleLabel);
    appearance::makeSecondary(m_ui->demoLabel);
    // No demo generator yet: the button says so instead of pretending.
    m_ui->demoButton->setToolTip(tr("The demo practice comes in a later version."));
    m_ui->recentListWidget->setAccessibleName(tr("Recent vaults"));
    connect(m_ui->createButton, &QPushButton::clicked, this, &WelcomePage::createRequested);
    connect(m_ui->openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_ui->recentListWidget, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT recentVaultChosen(item->data(Qt::UserRole).toString());
    });
    setRecentVaults({});
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::setRecentVaults(const QStringList& paths)
{
    m_ui->recentListWidget->clear();
    for (const QString& path : paths) {
        auto* item = new QListWidgetItem(QDir::toNativeSeparators(path), m_ui->recentListWidget);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_ui->recentLabel->setVisible(!paths.isEmpty());
    m_ui->recentListWidget->setVisible(!paths.isEmpty());
}

} // namespace mandaat
