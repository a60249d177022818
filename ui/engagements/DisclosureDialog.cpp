#include "DisclosureDialog.h"
#include "ui_DisclosureDialog.h"

#include "common/Appearance.h"
#include "common/OpenPractice.h"
#include "common/forms/FormSupport.h"
#include "common/forms/InlineErrors.h"
#include "domain/Validation.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/Records.h"

#include <QEvent>
#include <QPushButton>

namespace mandaat {

DisclosureDialog::DisclosureDialog(OpenPractice* practice, qint64 engagementId, qint64 disclosureId, QWidget* parent)
    : RecordDialog(practice, parent)
    , m_ui(std::make_unique<Ui::DisclosureDialog>())
    , m_engagementId(engagementId)
    , m_disclosureId(disclosureId)
{
    m_ui->setupUi(this);
    appearance::makeSecondary(m_ui->introLabel);
    forms::fillCombo<DisclosureGround>(m_ui->groundComboBox);
    // What has happened: not after today (as mandaat-cli disclosure refuses it).
    m_ui->disclosedOnDateEdit->setMaximumDate(QDate::currentDate());
    m_ui->disclosedOnDateEdit->setDate(QDate::currentDate());
    m_ui->clientToldOnDateEdit->setMaximumDate(QDate::currentDate());
    m_ui->clientToldOnDateEdit->setOptional(true);
    m_ui->clientToldOnDateEdit->setDate({});
    errors().add(QStringLiteral("disclosedOn"), m_ui->disclosedOnDateEdit);
    errors().add(QStringLiteral("disclosedTo"), m_ui->disclosedToLineEdit);
    errors().add(QStringLiteral("ground"), m_ui->groundComboBox);
    errors().add(QStringLiteral("what"), m_ui->whatPlainTextEdit);
    errors().add(QStringLiteral("clientToldOn"), m_ui->clientToldOnDateEdit);
    errors().add(QStringLiteral("notToldWhy"), m_ui->notToldWhyPlainTextEdit);
    if (m_disclosureId > 0 && practice) {
        if (const std::optional<Disclosure> existing = practice->records().compliance().disclosure(m_disclosureId)) {
            m_ui->disclosedOnDateEdit->setDate(existing->disclosedOn);
            m_ui->disclosedToLineEdit->setText(existing->disclosedTo);
            forms::setComboValue(m_ui->groundComboBox, existing->ground);
            m_ui->whatPlainTextEdit->setPlainText(existing->what);
            m_ui->clientToldOnDateEdit->setDate(existing->clientToldOn);
            m_ui->notToldWhyPlainTextEdit->setPlainText(existing->notToldWhy);
        }
    }
    setUpForm(m_ui->buttonBox, m_ui->errorLabel);
    retranslate();
}

DisclosureDialog::~DisclosureDialog() = default;

Disclosure DisclosureDialog::collect() const
{
    Disclosure disclosure;
    disclosure.id = m_disclosureId;
    disclosure.engagementId = m_engagementId;
    disclosure.disclosedOn = m_ui->disclosedOnDateEdit->date();
    disclosure.disclosedTo = m_ui->disclosedToLineEdit->text().trimmed();
    disclosure.ground = forms::comboValue<DisclosureGround>(m_ui->groundComboBox);
    disclosure.what = m_ui->whatPlainTextEdit->toPlainText().trimmed();
    disclosure.clientToldOn = m_ui->clientToldOnDateEdit->date();
    disclosure.notToldWhy = m_ui->notToldWhyPlainTextEdit->toPlainText().trimmed();
    return disclosure;
}

ValidationIssues DisclosureDialog::validateFields() const
{
    return validate(collect());
}

bool DisclosureDialog::store(RecordError* error)
{
    Disclosure disclosure = collect();
    return practice()->records().compliance().save(disclosure, error);
}

void DisclosureDialog::retranslate()
{
    forms::retranslateCombo<DisclosureGround>(m_ui->groundComboBox);
    m_ui->buttonBox->button(QDialogButtonBox::Save)
        ->setText(m_disclosureId > 0 ? tr("&Save the disclosure") : tr("&Record the disclosure"));
}

void DisclosureDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace mandaat
