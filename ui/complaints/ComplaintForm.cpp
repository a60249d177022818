#include "ComplaintForm.h"
#include "ui_ComplaintForm.h"

#include "domain/Validation.h"
#include "forms/FormSupport.h"
#include "forms/InlineErrors.h"
#include "main/Appearance.h"
#include "main/Formats.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/RecordListing.h"
#include "repositories/Records.h"

namespace mandaat {

ComplaintForm::ComplaintForm(QWidget* parent)
    : RecordForm(parent)
    , m_ui(std::make_unique<Ui::ComplaintForm>())
{
    m_ui->setupUi(this);
    appearance::makeTitle(m_ui->titleLabel);
    appearance::makeSecondary(m_ui->dueLabel);
    forms::fillCombo<Party>(m_ui->complainantComboBox);
    forms::fillCombo<ComplaintStatus>(m_ui->statusComboBox);
    forms::makeOptional(m_ui->acknowledgedDateEdit);
    forms::makeOptional(m_ui->settledDateEdit);
    retranslate();
    setUpButtons(m_ui->saveButton, m_ui->revertButton, nullptr, m_ui->generalErrorLabel);
    errors().add(QStringLiteral("engagementId"), m_ui->engagementComboBox);
    errors().add(QStringLiteral("complainant"), m_ui->complainantComboBox);
    errors().add(QStringLiteral("receivedOn"), m_ui->receivedDateEdit);
    errors().add(QStringLiteral("summary"), m_ui->summaryPlainTextEdit);
    errors().add(QStringLiteral("acknowledgedOn"), m_ui->acknowledgedDateEdit);
    errors().add(QStringLiteral("status"), m_ui->statusComboBox);
    errors().add(QStringLiteral("outcome"), m_ui->outcomePlainTextEdit);
    errors().add(QStringLiteral("settledOn"), m_ui->settledDateEdit);
    watchFields();
    connect(m_ui->receivedDateEdit, &QDateEdit::dateChanged, this, &ComplaintForm::updateDue);
    clear();
}

ComplaintForm::~ComplaintForm() = default;

void ComplaintForm::retranslate()
{
    m_ui->retranslateUi(this);
    forms::retranslateCombo<Party>(m_ui->complainantComboBox);
    forms::retranslateCombo<ComplaintStatus>(m_ui->statusComboBox);
    recordShown();
    updateDue();
}

void ComplaintForm::newComplaintFor(qint64 engagementId)
{
    showRecord(0);
    const int index = m_ui->engagementComboBox->findData(engagementId);
    if (index >= 0) {
        m_ui->engagementComboBox->setCurrentIndex(index);
    }
}

void ComplaintForm::fillEngagements()
{
    m_ui->engagementComboBox->clear();
    m_ui->engagementComboBox->addItem(tr("Choose the engagement"), 0);
    const std::optional<QList<EngagementSummary>> engagements = practice()->listing().engagements();
    for (const EngagementSummary& engagement : engagements.value_or(QList<EngagementSummary>())) {
        m_ui->engagementComboBox->addItem(tr("%1: %2").arg(engagement.clientName, engagement.title), engagement.id);
    }
}

bool ComplaintForm::load(qint64 id, RecordError* error)
{
    if (id == 0) {
        m_complaint = Complaint();
        m_complaint.receivedOn = QDate::currentDate();
    } else {
        std::optional<Complaint> complaint = practice()->records().compliance().complaint(id, error);
        if (!complaint) {
            return false;
        }
        m_complaint = *complaint;
    }
    fillEngagements();
    fill(m_complaint);
    return true;
}

void ComplaintForm::fill(const Complaint& complaint)
{
    const int engagement = m_ui->engagementComboBox->findData(complaint.engagementId);
    m_ui->engagementComboBox->setCurrentIndex(std::max(engagement, 0));
    // A complaint stays with its engagement (ComplianceRecords refuses a move).
    m_ui->engagementComboBox->setEnabled(complaint.id == 0);
    forms::setComboValue(m_ui->complainantComboBox, complaint.complainant);
    forms::setDate(m_ui->receivedDateEdit, complaint.receivedOn);
    m_ui->summaryPlainTextEdit->setPlainText(complaint.summary);
    forms::setDate(m_ui->acknowledgedDateEdit, complaint.acknowledgedOn);
    m_ui->advisoryBoardCheckBox->setChecked(complaint.advisoryBoardInvolved);
    forms::setComboValue(m_ui->statusComboBox, complaint.status);
    m_ui->outcomePlainTextEdit->setPlainText(complaint.outcome);
    forms::setDate(m_ui->settledDateEdit, complaint.settledOn);
    updateDue();
}

void ComplaintForm::clearFields()
{
    m_complaint = Complaint();
    m_ui->engagementComboBox->clear();
    fill(m_complaint);
}

Complaint ComplaintForm::collect() const
{
    Complaint complaint = m_complaint;
    complaint.engagementId = m_ui->engagementComboBox->currentData().toLongLong();
    complaint.complainant = forms::comboValue<Party>(m_ui->complainantComboBox);
    complaint.receivedOn = forms::date(m_ui->receivedDateEdit);
    complaint.summary = m_ui->summaryPlainTextEdit->toPlainText().trimmed();
    complaint.acknowledgedOn = forms::date(m_ui->acknowledgedDateEdit);
    complaint.advisoryBoardInvolved = m_ui->advisoryBoardCheckBox->isChecked();
    complaint.status = forms::comboValue<ComplaintStatus>(m_ui->statusComboBox);
    complaint.outcome = m_ui->outcomePlainTextEdit->toPlainText().trimmed();
    complaint.settledOn = forms::date(m_ui->settledDateEdit);
    return complaint;
}

ValidationIssues ComplaintForm::validateFields() const
{
    ValidationIssues issues = validate(collect());
    if (m_ui->engagementComboBox->currentData().toLongLong() <= 0) {
        issues.prepend({QStringLiteral("engagementId"), tr("Choose the engagement the complaint is about.")});
    }
    return issues;
}

bool ComplaintForm::store(qint64* id, RecordError* error)
{
    Complaint complaint = collect();
    if (!practice()->records().compliance().save(complaint, error)) {
        return false;
    }
    *id = complaint.id;
    return true;
}

void ComplaintForm::recordShown()
{
    m_ui->titleLabel->setText(!isShowing() ? tr("No complaint chosen")
                                  : recordId() > 0
                                  ? tr("Complaint of %1").arg(formats::longDate(m_complaint.receivedOn))
                                  : tr("New complaint"));
}

void ComplaintForm::updateDue()
{
    Complaint complaint;
    complaint.receivedOn = forms::date(m_ui->receivedDateEdit);
    // CMI-17: settled within four weeks of receipt.
    m_ui->dueLabel->setText(isShowing() && complaint.dueOn().isValid()
                                ? tr("To be settled by %1 (CMI-17: within four weeks of receipt).")
                                      .arg(formats::longDate(complaint.dueOn()))
                                : QString());
}

} // namespace mandaat
