#include "wizards/termination/RetentionPage.h"

#include "common/Formats.h"
#include "repositories/PracticeRepository.h"
#include "repositories/Records.h"
#include "ui_RetentionPage.h"
#include "wizards/termination/TerminationWizard.h"

namespace mandaat {

RetentionPage::RetentionPage(TerminationWizard* wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<Ui::RetentionPage>())
    , m_wizard(wizard)
{
    m_ui->setupUi(this);
    setTitle(tr("How long are the records kept?"));
    setSubTitle(tr("After these dates the Overview proposes to destroy the records."));
    m_ui->messageLabel->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    connect(m_ui->dossierDateEdit, &DateEdit::dateChanged, this, &RetentionPage::collect);
    connect(m_ui->financialDateEdit, &DateEdit::dateChanged, this, &RetentionPage::collect);
}

RetentionPage::~RetentionPage() = default;

void RetentionPage::initializePage()
{
    m_wizard->ensureRetention();
    const PracticePolicy policy = m_wizard->records().practice().policy();
    m_ui->policyLabel->setText(tr("Your practice policy keeps the dossier %n month(s) after the end, ",
                                  nullptr,
                                  policy.dossierRetentionMonths) +
                               tr("and the financial records %n year(s).", nullptr, policy.financialRetentionYears));
    const TerminationPlan plan = m_wizard->plan();
    for (DateEdit* edit : {m_ui->dossierDateEdit, m_ui->financialDateEdit}) {
        edit->setMinimumDate(plan.endDate);
    }
    m_ui->dossierDateEdit->setDate(plan.dossierUntil);
    m_ui->financialDateEdit->setDate(plan.financialUntil);
    collect();
}

void RetentionPage::collect()
{
    TerminationPlan& plan = m_wizard->plan();
    plan.dossierUntil = m_ui->dossierDateEdit->date();
    plan.financialUntil = m_ui->financialDateEdit->date();
    const bool early = plan.dossierUntil < plan.endDate || plan.financialUntil < plan.endDate;
    m_ui->messageLabel->setText(
        early ? tr("The records are kept at least until the end date, %1.").arg(formats::longDate(plan.endDate))
              : QString());
    m_ui->messageLabel->setVisible(early);
    Q_EMIT completeChanged();
}

bool RetentionPage::isComplete() const
{
    const TerminationPlan& plan = m_wizard->plan();
    return plan.dossierUntil >= plan.endDate && plan.financialUntil >= plan.endDate;
}

} // namespace mandaat
