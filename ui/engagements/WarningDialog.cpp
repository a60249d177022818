#include "engagements/WarningDialog.h"

#include "documents/LetterService.h"
#include "domain/DisplayNames.h"
#include "repositories/EngagementRepository.h"
#include "repositories/Records.h"
#include "ui_WarningDialog.h"
#include "util/OutputFile.h"

#include <QFile>
#include <QFileDialog>
#include <QPushButton>

namespace mandaat {

WarningDialog::WarningDialog(Records& records, qint64 engagementId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WarningDialog>())
    , m_records(records)
    , m_engagementId(engagementId)
{
    m_ui->setupUi(this);
    for (const Language language : {Language::Dutch, Language::English}) {
        m_ui->languageComboBox->addItem(displayName(language), static_cast<int>(language));
    }
    if (const auto engagement = records.engagements().engagement(engagementId)) {
        m_ui->languageComboBox->setCurrentIndex(
            m_ui->languageComboBox->findData(static_cast<int>(engagement->letterLanguage)));
        setWindowTitle(tr("Written warning: %1").arg(engagement->title));
    }
    m_ui->issuedOnDateEdit->setDate(QDate::currentDate());
    m_issueButton = m_ui->buttonBox->addButton(tr("&Issue the warning"), QDialogButtonBox::ActionRole);
    m_issueButton->setObjectName(QStringLiteral("issuePushButton"));
    m_ui->messageLabel->hide();
    connect(m_issueButton, &QPushButton::clicked, this, &WarningDialog::issue);
    connect(m_ui->savePdfPushButton, &QPushButton::clicked, this, &WarningDialog::savePdf);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->reasonPlainTextEdit, &QPlainTextEdit::textChanged, this, &WarningDialog::update);
    resize(560, 380);
    update();
}

WarningDialog::~WarningDialog() = default;

void WarningDialog::setDate(QDate date)
{
    m_ui->issuedOnDateEdit->setDate(date);
}

void WarningDialog::update()
{
    const bool done = m_warning.id != 0;
    m_issueButton->setEnabled(!done && !m_ui->reasonPlainTextEdit->toPlainText().trimmed().isEmpty());
    m_ui->savePdfPushButton->setEnabled(done);
    for (QWidget* field : {static_cast<QWidget*>(m_ui->issuedOnDateEdit),
                           static_cast<QWidget*>(m_ui->languageComboBox),
                           static_cast<QWidget*>(m_ui->reasonPlainTextEdit)}) {
        field->setEnabled(!done);
    }
}

void WarningDialog::issue()
{
    WrittenWarning warning;
    warning.engagementId = m_engagementId;
    warning.issuedOn = m_ui->issuedOnDateEdit->date();
    warning.reason = m_ui->reasonPlainTextEdit->toPlainText().trimmed();
    warning.channel = Channel::Letter;
    Error error;
    const auto letter = LetterService::issueWarning(
        m_records, warning, static_cast<Language>(m_ui->languageComboBox->currentData().toInt()), &error);
    if (!letter) {
        m_ui->messageLabel->setText(error.message);
        m_ui->messageLabel->show();
        return;
    }
    m_warning = warning;
    m_pdf = letter->pdf;
    m_ui->messageLabel->setText(
        tr("The warning is stored, dated %1. Save the letter to print or send it.").arg(displayDate(warning.issuedOn)));
    m_ui->messageLabel->show();
    update();
    Q_EMIT issued(warning.id);
}

void WarningDialog::savePdf()
{
    auto* dialog = new QFileDialog(this, tr("Save the written warning"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setNameFilter(tr("PDF documents (*.pdf)"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        // The dialog asked before replacing a file; never a vault or a folder, owner-only.
        Error error;
        if (!OutputFile::writeAll(path, m_pdf, OutputFile::Existing::Replace, &error)) {
            m_ui->messageLabel->setText(tr("The letter could not be saved: %1").arg(error.message));
            m_ui->messageLabel->show();
        }
    });
    dialog->open();
}

} // namespace mandaat
