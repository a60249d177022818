#include "complaints/ComplaintDialog.h"

#include "documents/LetterService.h"
#include "domain/DisplayNames.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/Records.h"
#include "ui_ComplaintDialog.h"

#include <QFile>
#include <QFileDialog>
#include <QPushButton>

namespace mandaat {

ComplaintDialog::ComplaintDialog(Records& records, qint64 engagementId, qint64 complaintId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ComplaintDialog>())
    , m_records(records)
    , m_letterDate(QDate::currentDate())
{
    m_ui->setupUi(this);
    for (const Party party : {Party::Client, Party::Principal, Party::Payer}) {
        m_ui->complainantComboBox->addItem(displayName(party), static_cast<int>(party));
    }
    for (const ComplaintStatus status : {ComplaintStatus::Received,
                                         ComplaintStatus::Acknowledged,
                                         ComplaintStatus::InProgress,
                                         ComplaintStatus::Settled,
                                         ComplaintStatus::Withdrawn}) {
        m_ui->statusComboBox->addItem(displayName(status), static_cast<int>(status));
    }
    const QString body = records.practice().profile().complaintsBody;
    m_ui->advisoryBoardCheckBox->setText(body.isEmpty() ? tr("Referred to an external complaints body")
                                                        : tr("Referred to the external complaints body: %1").arg(body));
    m_acknowledgeButton = m_ui->buttonBox->addButton(tr("&Print acknowledgement…"), QDialogButtonBox::ActionRole);
    m_acknowledgeButton->setObjectName(QStringLiteral("acknowledgePushButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("savePushButton"));
    connect(m_acknowledgeButton, &QPushButton::clicked, this, [this] {
        if (printAcknowledgement()) {
            offerToSave();
        }
    });
    connect(m_ui->buttonBox->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &ComplaintDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->receivedOnDateEdit, &QDateEdit::dateChanged, this, &ComplaintDialog::updateDue);

    m_complaint.engagementId = engagementId;
    m_complaint.receivedOn = QDate::currentDate();
    if (complaintId != 0) {
        if (const auto stored = records.compliance().complaint(complaintId)) {
            m_complaint = *stored;
        }
    }
    if (const auto engagement = records.engagements().engagement(m_complaint.engagementId)) {
        setWindowTitle(tr("Complaint: %1").arg(engagement->title));
    }
    fill();
    resize(600, 560);
}

ComplaintDialog::~ComplaintDialog() = default;

void ComplaintDialog::fill()
{
    m_ui->receivedOnDateEdit->setDate(m_complaint.receivedOn);
    m_ui->complainantComboBox->setCurrentIndex(
        m_ui->complainantComboBox->findData(static_cast<int>(m_complaint.complainant)));
    m_ui->summaryPlainTextEdit->setPlainText(m_complaint.summary);
    m_ui->statusComboBox->setCurrentIndex(m_ui->statusComboBox->findData(static_cast<int>(m_complaint.status)));
    m_ui->outcomePlainTextEdit->setPlainText(m_complaint.outcome);
    m_ui->settledOnDateEdit->setMinimumDate(QDate(1900, 1, 1));
    m_ui->settledOnDateEdit->setSpecialValueText(tr("Not yet"));
    m_ui->settledOnDateEdit->setDate(m_complaint.settledOn.isValid() ? m_complaint.settledOn
                                                                     : m_ui->settledOnDateEdit->minimumDate());
    m_ui->advisoryBoardCheckBox->setChecked(m_complaint.advisoryBoardInvolved);
    m_ui->acknowledgedLabel->setText(
        m_complaint.acknowledgedOn.isValid()
            ? tr("Acknowledged in writing on %1.").arg(displayDate(m_complaint.acknowledgedOn))
            : tr("Not acknowledged in writing yet (CMI-17)."));
    m_ui->messageLabel->hide();
    updateDue();
}

void ComplaintDialog::updateDue()
{
    const QDate received = m_ui->receivedOnDateEdit->date();
    // CMI-17: settle within four weeks of receipt.
    m_ui->dueLabel->setText(tr("To be settled by %1 (four weeks, CMI-17).")
                                .arg(displayDate(received.addDays(Complaint::SettleWithinDays))));
}

void ComplaintDialog::showMessage(const QString& text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

bool ComplaintDialog::save()
{
    Complaint complaint = m_complaint;
    complaint.receivedOn = m_ui->receivedOnDateEdit->date();
    complaint.complainant = static_cast<Party>(m_ui->complainantComboBox->currentData().toInt());
    complaint.summary = m_ui->summaryPlainTextEdit->toPlainText().trimmed();
    complaint.status = static_cast<ComplaintStatus>(m_ui->statusComboBox->currentData().toInt());
    complaint.outcome = m_ui->outcomePlainTextEdit->toPlainText().trimmed();
    const QDate settled = m_ui->settledOnDateEdit->date();
    complaint.settledOn = settled == m_ui->settledOnDateEdit->minimumDate() ? QDate() : settled;
    complaint.advisoryBoardInvolved = m_ui->advisoryBoardCheckBox->isChecked();
    RecordError error;
    if (!m_records.compliance().save(complaint, &error)) {
        showMessage(error.message);
        return false;
    }
    m_complaint = complaint;
    showMessage(tr("Saved."));
    Q_EMIT saved(complaint.id);
    return true;
}

bool ComplaintDialog::printAcknowledgement()
{
    if (!save()) {
        return false;
    }
    QString error;
    const auto letter =
        LetterService::issueComplaintAcknowledgement(m_records, m_complaint.id, std::nullopt, m_letterDate, &error);
    if (!letter) {
        showMessage(error);
        return false;
    }
    m_pdf = letter->pdf;
    if (const auto stored = m_records.compliance().complaint(m_complaint.id)) {
        m_complaint = *stored;
    }
    fill();
    showMessage(tr("The acknowledgement is stored. Save it to print or send it."));
    return true;
}

void ComplaintDialog::offerToSave()
{
    auto* dialog = new QFileDialog(this, tr("Save the acknowledgement"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setNameFilter(tr("PDF documents (*.pdf)"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(m_pdf) != m_pdf.size()) {
            showMessage(tr("The letter could not be saved: %1").arg(file.errorString()));
        }
    });
    dialog->open();
}

} // namespace mandaat
