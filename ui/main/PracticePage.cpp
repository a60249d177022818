#include "PracticePage.h"
#include "ui_PracticePage.h"

#include "main/Appearance.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFileInfo>

namespace mandaat {

PracticePage::PracticePage(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PracticePage>())
{
    m_ui->setupUi(this);
    appearance::makeTitle(m_ui->nameLabel);
    connect(m_ui->lockButton, &QPushButton::clicked, this, &PracticePage::lockRequested);
}

PracticePage::~PracticePage() = default;

void PracticePage::showVault(const Vault& vault)
{
    const QFileInfo info(vault.path());
    m_ui->nameLabel->setText(info.fileName());
    m_ui->pathLabel->setText(QDir::toNativeSeparators(info.absoluteFilePath()));
    m_ui->schemaLabel->setText(QLocale().toString(vault.schemaVersion()));
}

void PracticePage::clear()
{
    m_ui->nameLabel->clear();
    m_ui->pathLabel->clear();
    m_ui->schemaLabel->clear();
}

} // namespace mandaat
