#include "ComplaintForm.h"
#include "ui_ComplaintForm.h"

#include "common/Appearance.h"
#include "common/Formats.h"
#include "common/forms/FormSupport.h"
#include "common/forms/InlineErrors.h"
#include "documents/LetterService.h"
#include "domain/Validation.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/PracticeRepository.h"
#include "repositories/RecordListing.h"
#include "repositories/Records.h"
#include "util/OutputFile.h"

#include <QFile>
#include <QFileDialog>
#include <QPushButton>

namespace mandaat {

ComplaintForm::ComplaintForm(QWidget* parent)
    : RecordForm(parent)
    , m_ui(std::make_unique<Ui::ComplaintForm>())
    , m_letterDate(QDate::currentDate())
{
    m_ui->setupUi(this);
    appearance::makeTitle(m_ui->titleLabel);
    appearance::makeSecondary(m_ui->dueLabel);
    forms::fillCombo<Party>(m_ui->complainantComboBox);
    forms::fillCombo<ComplaintStatus>(m_ui->statusComboBox);
    m_ui->acknowledgedDateEdit->setOptional(true);
    m_ui->settledDateEdit->setOptional(true);
    retranslate();
    followChanges(RecordKind::Complaint);
    setUpButtons(m_ui->saveButton, m_ui->revertButton, nullptr, m_ui->generalErrorLabel);
    errors().add(QStringLiteral("engagementId"), m_ui->engagementComboBox);
    errors().add(QStringLiteral("complainant"), m_ui->complainantComboBox);
    errors().add(QStringLiteral("receivedOn"), m_ui->receivedDateEdit);
    errors().add(QStringLiteral("summary"), m_ui->summaryPlainTextEdit);
    errors().add(QStringLiteral("acknowledgedOn"), m_ui->acknowledgedDateEdit);
    errors().add(QStringLiteral("status"), m_ui->statusComboBox);
    errors().add(QStringLiteral("handlingNotes"), m_ui->handlingPlainTextEdit);
    errors().add(QStringLiteral("outcome"), m_ui->outcomePlainTextEdit);
    errors().add(QStringLiteral("settledOn"), m_ui->settledDateEdit);
    watchFields();
    connect(m_ui->receivedDateEdit, &DateEdit::dateChanged, this, &ComplaintForm::updateDue);
    connect(m_ui->acknowledgeButton, &QPushButton::clicked, this, [this]() {
        if (printAcknowledgement()) {
            offerToSave();
        }
    });
    connect(this, &RecordForm::dirtyChanged, this, &ComplaintForm::updateAcknowledge);
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

void ComplaintForm::fixEngagement(qint64 engagementId)
{
    m_fixedEngagement = engagementId;
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
    m_ui->engagementComboBox->setEnabled(complaint.id == 0 && m_fixedEngagement == 0);
    forms::setComboValue(m_ui->complainantComboBox, complaint.complainant);
    m_ui->receivedDateEdit->setDate(complaint.receivedOn);
    m_ui->summaryPlainTextEdit->setPlainText(complaint.summary);
    m_ui->acknowledgedDateEdit->setDate(complaint.acknowledgedOn);
    m_ui->advisoryBoardCheckBox->setChecked(complaint.advisoryBoardInvolved);
    forms::setComboValue(m_ui->statusComboBox, complaint.status);
    m_ui->handlingPlainTextEdit->setPlainText(complaint.handlingNotes);
    m_ui->outcomePlainTextEdit->setPlainText(complaint.outcome);
    m_ui->settledDateEdit->setDate(complaint.settledOn);
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
    complaint.receivedOn = m_ui->receivedDateEdit->date();
    complaint.summary = m_ui->summaryPlainTextEdit->toPlainText().trimmed();
    complaint.acknowledgedOn = m_ui->acknowledgedDateEdit->date();
    complaint.advisoryBoardInvolved = m_ui->advisoryBoardCheckBox->isChecked();
    complaint.status = forms::comboValue<ComplaintStatus>(m_ui->statusComboBox);
    complaint.handlingNotes = m_ui->handlingPlainTextEdit->toPlainText().trimmed();
    complaint.outcome = m_ui->outcomePlainTextEdit->toPlainText().trimmed();
    complaint.settledOn = m_ui->settledDateEdit->date();
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
    // CMI-17: the external complaints body of the profile, by name.
    const QString body = practice() ? practice()->records().practice().profile().complaintsBody : QString();
    m_ui->advisoryBoardCheckBox->setText(body.isEmpty() ? tr("An external complaints body") : body);
    m_ui->advisoryBoardCheckBox->setToolTip(
        tr("The complaint went to the external complaints body named in the profile."));
    updateAcknowledge();
    // Only for a complaint on screen: in the empty, disabled form it would read as content.
    m_ui->handlingPlainTextEdit->setPlaceholderText(
        isShowing() ? tr("What was done to handle the complaint: conversations, steps, letters.") : QString());
    m_ui->titleLabel->setText(!isShowing() ? tr("No complaint chosen")
                                  : recordId() > 0
                                  ? tr("Complaint of %1").arg(formats::longDate(m_complaint.receivedOn))
                                  : tr("New complaint"));
}

void ComplaintForm::updateDue()
{
    Complaint complaint;
    complaint.receivedOn = m_ui->receivedDateEdit->date();
    // CMI-17: settled within four weeks of receipt.
    m_ui->dueLabel->setText(
        isShowing() && complaint.dueOn().isValid()
            ? tr("To be settled by %1 (within four weeks of receipt).").arg(formats::longDate(complaint.dueOn()))
            : QString());
}

void ComplaintForm::updateAcknowledge()
{
    // A saved complaint, or a new one that can be saved first.
    m_ui->acknowledgeButton->setEnabled(isShowing() && (recordId() > 0 || isDirty()));
    m_ui->acknowledgeButton->setToolTip(
        tr("Prints the written acknowledgement of receipt, stores it with the engagement and marks the "
           "complaint acknowledged."));
}

bool ComplaintForm::printAcknowledgement()
{
    if (!practice() || !isShowing()) {
        return false;
    }
    if ((isDirty() || recordId() == 0) && !save()) {
        return false;
    }
    Error error;
    const auto letter = LetterService::issueComplaintAcknowledgement(
        practice()->records(), recordId(), std::nullopt, m_letterDate, &error);
    if (!letter) {
        showError(error.message);
        return false;
    }
    m_pdf = letter->pdf;
    const qint64 id = recordId();
    showRecord(id); // acknowledged on the letter's date
    Q_EMIT acknowledged(id);
    return true;
}

void ComplaintForm::offerToSave()
{
    auto* dialog = new QFileDialog(this, tr("Save the acknowledgement"));
    dialog->setObjectName(QStringLiteral("saveAcknowledgementDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setNameFilter(tr("PDF documents (*.pdf)"));
    const QByteArray pdf = m_pdf;
    connect(dialog, &QFileDialog::fileSelected, this, [this, pdf](const QString& path) {
        // The dialog asked before replacing a file; never a vault or a folder, owner-only.
        Error error;
        if (!OutputFile::writeAll(path, pdf, OutputFile::Existing::Replace, &error)) {
            showError(tr("The letter could not be saved: %1").arg(error.message));
        }
    });
    dialog->open();
}

} // namespace mandaat
