#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "common/Appearance.h"
#include "common/Formats.h"
#include "common/OpenPractice.h"
#include "common/forms/FormSupport.h"
#include "common/forms/InlineErrors.h"
#include "domain/Validation.h"
#include "repositories/PracticeRepository.h"
#include "repositories/Records.h"
#include "util/Settings.h"

#include <QEvent>
#include <QPushButton>

namespace mandaat {

SettingsDialog::SettingsDialog(Settings& settings, OpenPractice* practice, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
    , m_practice(practice)
    , m_errors(new InlineErrors(this))
    , m_recent(settings.recentVaults())
{
    m_ui->setupUi(this);
    appearance::makeSecondary(m_ui->closedLabel);
    appearance::makeErrorText(m_ui->errorLabel);
    m_ui->errorLabel->hide();
    forms::fillCombo<Language>(m_ui->letterLanguageComboBox);
    m_errors->add(QStringLiteral("idleLockMinutes"), m_ui->idleLockSpinBox);
    m_errors->add(QStringLiteral("letterLanguage"), m_ui->letterLanguageComboBox);
    m_errors->add(QStringLiteral("dossierRetentionMonths"), m_ui->dossierRetentionSpinBox);
    m_errors->add(QStringLiteral("financialRetentionYears"), m_ui->financialRetentionSpinBox);
    m_errors->add(QStringLiteral("backupIntervalDays"), m_ui->backupIntervalSpinBox);
    m_errors->setGeneralLabel(m_ui->errorLabel);
    forms::watchEdits(m_ui->practiceGroupBox, this, [this](QWidget* widget) {
        m_errors->touch(widget);
        m_errors->show(validate(collect()));
    });
    connect(m_ui->forgetButton, &QPushButton::clicked, this, [this]() {
        const int row = m_ui->recentListWidget->currentRow();
        if (row >= 0) {
            m_recent.removeAt(row);
            fillRecent();
        }
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    fillLanguages();
    fillRecent();
    m_ui->practiceGroupBox->setEnabled(m_practice != nullptr);
    if (m_practice) {
        m_policy = m_practice->records().practice().policy();
        m_ui->idleLockSpinBox->setValue(m_policy.idleLockMinutes);
        forms::setComboValue(m_ui->letterLanguageComboBox, m_policy.letterLanguage);
        m_ui->dossierRetentionSpinBox->setValue(m_policy.dossierRetentionMonths);
        m_ui->financialRetentionSpinBox->setValue(m_policy.financialRetentionYears);
        m_ui->backupIntervalSpinBox->setValue(m_policy.backupIntervalDays);
    }
    retranslate();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillLanguages()
{
    const int current = m_ui->languageComboBox->count() > 0 ? m_ui->languageComboBox->currentIndex()
                                                            : static_cast<int>(m_settings.interfaceLanguage());
    m_ui->languageComboBox->clear();
    // The languages by their own names, as language menus show them.
    m_ui->languageComboBox->addItem(tr("Follow the system"), static_cast<int>(Settings::Language::System));
    m_ui->languageComboBox->addItem(QStringLiteral("Nederlands"), static_cast<int>(Settings::Language::Dutch));
    m_ui->languageComboBox->addItem(QStringLiteral("English"), static_cast<int>(Settings::Language::English));
    m_ui->languageComboBox->setCurrentIndex(current);
}

void SettingsDialog::fillRecent()
{
    m_ui->recentListWidget->clear();
    for (const QString& path : std::as_const(m_recent)) {
        m_ui->recentListWidget->addItem(formats::displayPath(path));
    }
    m_ui->forgetButton->setEnabled(!m_recent.isEmpty());
}

PracticePolicy SettingsDialog::collect() const
{
    PracticePolicy policy = m_policy;
    policy.idleLockMinutes = m_ui->idleLockSpinBox->value();
    policy.letterLanguage = forms::comboValue<Language>(m_ui->letterLanguageComboBox);
    policy.dossierRetentionMonths = m_ui->dossierRetentionSpinBox->value();
    policy.financialRetentionYears = m_ui->financialRetentionSpinBox->value();
    policy.backupIntervalDays = m_ui->backupIntervalSpinBox->value();
    return policy;
}

void SettingsDialog::accept()
{
    if (m_practice) {
        const PracticePolicy policy = collect();
        m_errors->touchAll();
        if (QWidget* invalid = m_errors->show(validate(policy))) {
            invalid->setFocus(Qt::OtherFocusReason);
            return;
        }
        RecordError error;
        if (policy != m_policy && !m_practice->records().practice().savePolicy(policy, &error)) {
            m_ui->errorLabel->setText(error.message);
            m_ui->errorLabel->show();
            return;
        }
    }
    for (const QString& path : m_settings.recentVaults()) {
        if (!m_recent.contains(path)) {
            m_settings.removeRecentVault(path);
        }
    }
    // Last: the new language retranslates every window, this one included.
    m_settings.setInterfaceLanguage(static_cast<Settings::Language>(m_ui->languageComboBox->currentData().toInt()));
    QDialog::accept();
}

void SettingsDialog::retranslate()
{
    fillLanguages();
    forms::retranslateCombo<Language>(m_ui->letterLanguageComboBox);
    m_ui->idleLockSpinBox->setSuffix(tr(" min"));
    m_ui->dossierRetentionSpinBox->setSuffix(tr(" months"));
    m_ui->financialRetentionSpinBox->setSuffix(tr(" years"));
    m_ui->backupIntervalSpinBox->setSuffix(tr(" days"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_ui->closedLabel->setText(m_practice ? tr("The language changes at once. The idle time counts from the next "
                                               "input.")
                                          : tr("Open a vault to change the settings of its practice."));
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace mandaat
