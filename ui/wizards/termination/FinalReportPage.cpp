#include "wizards/termination/FinalReportPage.h"

#include "compliance/ComplianceEngine.h"
#include "domain/DisplayNames.h"
#include "ui_FinalReportPage.h"
#include "wizards/termination/TerminationWizard.h"

namespace mandaat {

FinalReportPage::FinalReportPage(TerminationWizard* wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<Ui::FinalReportPage>())
    , m_wizard(wizard)
{
    m_ui->setupUi(this);
    setTitle(tr("Final report"));
    setSubTitle(tr("A last report to the principal, only within the client's consent."));
    for (const ReportKind kind : {ReportKind::Progress, ReportKind::Report, ReportKind::EvaluationReport}) {
        m_ui->kindComboBox->addItem(displayName(kind), static_cast<int>(kind));
    }
    m_ui->messageLabel->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    connect(m_ui->reportGroupBox, &QGroupBox::toggled, this, &FinalReportPage::update);
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, &FinalReportPage::update);
    connect(m_ui->titleLineEdit, &QLineEdit::textChanged, this, &FinalReportPage::update);
    connect(m_ui->summaryPlainTextEdit, &QPlainTextEdit::textChanged, this, &FinalReportPage::update);
    connect(m_ui->sentOnDateEdit, &DateEdit::dateChanged, this, &FinalReportPage::update);
}

FinalReportPage::~FinalReportPage() = default;

void FinalReportPage::initializePage()
{
    const bool principal = m_wizard->engagement().principalId != 0;
    m_ui->introLabel->setText(principal ? tr("Leave the box unticked when no final report goes to the principal.")
                                        : tr("This client pays for the guidance: there is no principal to report to."));
    m_ui->reportGroupBox->setEnabled(principal);
    if (!principal) {
        m_ui->reportGroupBox->setChecked(false);
    }
    m_ui->sentOnDateEdit->setDate(m_wizard->plan().endDate);
    update();
}

void FinalReportPage::update()
{
    TerminationPlan& plan = m_wizard->plan();
    plan.finalReport.reset();
    m_allowed = true;
    QString message;
    if (m_ui->reportGroupBox->isChecked()) {
        PrincipalReport report;
        report.engagementId = m_wizard->engagement().id;
        report.kind = static_cast<ReportKind>(m_ui->kindComboBox->currentData().toInt());
        report.title = m_ui->titleLineEdit->text().trimmed();
        report.summary = m_ui->summaryPlainTextEdit->toPlainText().trimmed();
        report.sentOn = m_ui->sentOnDateEdit->date();
        report.channel = Channel::Email;
        RecordError error;
        const auto decision = m_wizard->engine().checkReport(report, &error);
        if (report.title.isEmpty()) {
            m_allowed = false;
            message = tr("Give the report a title.");
        } else if (!decision) {
            m_allowed = false;
            message = error.message;
        } else if (!decision->allowed) {
            m_allowed = false;
            message = decision->reason; // CMI-8: beyond the consent
        } else {
            report.consentId = decision->consentId;
            plan.finalReport = report;
        }
    }
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
    Q_EMIT completeChanged();
}

bool FinalReportPage::isComplete() const
{
    return m_allowed;
}

} // namespace mandaat
