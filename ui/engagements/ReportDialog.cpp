#include "ReportDialog.h"
#include "ui_ReportDialog.h"

#include "common/Appearance.h"
#include "common/OpenPractice.h"
#include "common/forms/FormSupport.h"
#include "common/forms/InlineErrors.h"
#include "compliance/ComplianceEngine.h"
#include "domain/Validation.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/Records.h"

#include <QEvent>
#include <QPushButton>

namespace mandaat {

ReportDialog::ReportDialog(OpenPractice* practice, qint64 engagementId, QWidget* parent)
    : RecordDialog(practice, parent)
    , m_ui(std::make_unique<Ui::ReportDialog>())
    , m_engagementId(engagementId)
{
    m_ui->setupUi(this);
    appearance::makeSecondary(m_ui->introLabel);
    forms::fillCombo<ReportKind>(m_ui->kindComboBox);
    forms::fillCombo<Channel>(m_ui->channelComboBox);
    forms::setComboValue(m_ui->channelComboBox, Channel::Email);
    m_ui->sentOnDateEdit->setDate(QDate::currentDate());
    errors().add(QStringLiteral("kind"), m_ui->kindComboBox);
    errors().add(QStringLiteral("title"), m_ui->titleLineEdit);
    errors().add(QStringLiteral("summary"), m_ui->summaryPlainTextEdit);
    errors().add(QStringLiteral("sentOn"), m_ui->sentOnDateEdit);
    errors().add(QStringLiteral("channel"), m_ui->channelComboBox);
    setUpForm(m_ui->buttonBox, m_ui->errorLabel);
    retranslate();
}

ReportDialog::~ReportDialog() = default;

PrincipalReport ReportDialog::collect() const
{
    PrincipalReport report;
    report.engagementId = m_engagementId;
    report.kind = forms::comboValue<ReportKind>(m_ui->kindComboBox);
    report.title = m_ui->titleLineEdit->text().trimmed();
    report.summary = m_ui->summaryPlainTextEdit->toPlainText().trimmed();
    report.sentOn = m_ui->sentOnDateEdit->date();
    report.channel = forms::comboValue<Channel>(m_ui->channelComboBox);
    return report;
}

ValidationIssues ReportDialog::validateFields() const
{
    return validate(collect());
}

bool ReportDialog::store(RecordError* error)
{
    PrincipalReport report = collect();
    // CMI-8: only within the client's consent.
    const std::optional<ReportDecision> decision = ComplianceEngine(practice()->records()).checkReport(report, error);
    if (!decision) {
        return false;
    }
    if (!decision->allowed) {
        setRecordError(error, RecordError::make(RecordError::Kind::Refused, decision->reason));
        return false;
    }
    report.consentId = decision->consentId;
    return practice()->records().compliance().save(report, error);
}

void ReportDialog::retranslate()
{
    forms::retranslateCombo<ReportKind>(m_ui->kindComboBox);
    forms::retranslateCombo<Channel>(m_ui->channelComboBox);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Record the report"));
}

void ReportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace mandaat
