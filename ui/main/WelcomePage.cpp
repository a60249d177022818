#include "WelcomePage.h"
#include "ui_WelcomePage.h"

#include "common/Appearance.h"
#include "common/Formats.h"

#include <QDir>
#include <QEvent>
#include <QListWidgetItem>

namespace mandaat {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WelcomePage>())
{
    m_ui->setupUi(this);
    appearance::makeTitle(m_ui->titleLabel);
    appearance::makeSecondary(m_ui->demoLabel);
    m_ui->recentListWidget->setAccessibleName(tr("Recent vaults"));
    connect(m_ui->createButton, &QPushButton::clicked, this, &WelcomePage::createRequested);
    connect(m_ui->openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_ui->demoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);
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
        auto* item = new QListWidgetItem(formats::displayPath(path), m_ui->recentListWidget);
        item->setData(Qt::UserRole, path);
        item->setToolTip(formats::displayPath(path));
    }
    m_ui->recentLabel->setVisible(!paths.isEmpty());
    m_ui->recentListWidget->setVisible(!paths.isEmpty());
}

} // namespace mandaat

namespace mandaat {

void WelcomePage::setDemoBusy(bool busy)
{
    m_demoBusy = busy;
    m_ui->demoButton->setEnabled(!busy);
    m_ui->demoButton->setText(busy ? tr("Making the demo practice…") : tr("Try the &demo practice"));
}

void WelcomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->recentListWidget->setAccessibleName(tr("Recent vaults"));
        setDemoBusy(m_demoBusy);
    }
    QWidget::changeEvent(event);
}

} // namespace mandaat
