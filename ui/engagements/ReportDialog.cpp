#include "ReportDialog.h"
#include "ui_ReportDialog.h"

#include "compliance/ComplianceEngine.h"
#include "domain/Validation.h"
#include "forms/FormSupport.h"
#include "forms/InlineErrors.h"
#include "main/Appearance.h"
#include "main/OpenPractice.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/Records.h"

#include <QEvent>
#include <QPushButton>

namespace mandaat {

ReportDialog::ReportDialog(OpenPractice* practice, qint64 engagementId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReportDialog>())
    , m_practice(practice)
    , m_errors(new InlineErrors(this))
    , m_engagementId(engagementId)
{
    m_ui->setupUi(this);
    appearance::makeSecondary(m_ui->introLabel);
    forms::fillCombo<ReportKind>(m_ui->kindComboBox);
    forms::fillCombo<Channel>(m_ui->channelComboBox);
    forms::setComboValue(m_ui->channelComboBox, Channel::Email);
    forms::setDate(m_ui->sentOnDateEdit, QDate::currentDate());
    m_errors->add(QStringLiteral("kind"), m_ui->kindComboBox);
    m_errors->add(QStringLiteral("title"), m_ui->titleLineEdit);
    m_errors->add(QStringLiteral("summary"), m_ui->summaryPlainTextEdit);
    m_errors->add(QStringLiteral("sentOn"), m_ui->sentOnDateEdit);
    m_errors->add(QStringLiteral("channel"), m_ui->channelComboBox);
    m_errors->setGeneralLabel(m_ui->errorLabel);
    forms::watchEdits(this, this, [this](QWidget* widget) {
        m_errors->touch(widget);
        m_errors->show(validate(collect()));
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ReportDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
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
    report.sentOn = forms::date(m_ui->sentOnDateEdit);
    report.channel = forms::comboValue<Channel>(m_ui->channelComboBox);
    return report;
}

void ReportDialog::accept()
{
    if (!m_practice) {
        reject();
        return;
    }
    PrincipalReport report = collect();
    m_errors->touchAll();
    if (QWidget* invalid = m_errors->show(validate(report))) {
        invalid->setFocus(Qt::OtherFocusReason);
        return;
    }
    RecordError error;
    // CMI-8: only within the client's consent.
    const std::optional<ReportDecision> decision = ComplianceEngine(m_practice->records()).checkReport(report, &error);
    if (!decision) {
        m_ui->errorLabel->setText(error.message);
        m_ui->errorLabel->show();
        return;
    }
    if (!decision->allowed) {
        m_ui->errorLabel->setText(decision->reason);
        m_ui->errorLabel->show();
        return;
    }
    report.consentId = decision->consentId;
    if (!m_practice->records().compliance().save(report, &error)) {
        m_ui->errorLabel->setText(error.message);
        m_ui->errorLabel->show();
        return;
    }
    QDialog::accept();
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
