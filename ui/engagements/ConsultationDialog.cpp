#include "ConsultationDialog.h"
#include "ui_ConsultationDialog.h"

#include "common/Appearance.h"
#include "common/OpenPractice.h"
#include "common/forms/FormSupport.h"
#include "common/forms/InlineErrors.h"
#include "domain/Validation.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/Records.h"

#include <QEvent>
#include <QPushButton>

namespace mandaat {

ConsultationDialog::ConsultationDialog(OpenPractice* practice, qint64 engagementId, QWidget* parent)
    : RecordDialog(practice, parent)
    , m_ui(std::make_unique<Ui::ConsultationDialog>())
    , m_engagementId(engagementId)
{
    m_ui->setupUi(this);
    appearance::makeSecondary(m_ui->introLabel);
    forms::fillCombo<ConsultationKind>(m_ui->kindComboBox);
    m_ui->heldOnDateEdit->setDate(QDate::currentDate());
    m_ui->principalInformedOnDateEdit->setOptional(true);
    errors().add(QStringLiteral("kind"), m_ui->kindComboBox);
    errors().add(QStringLiteral("heldOn"), m_ui->heldOnDateEdit);
    errors().add(QStringLiteral("withWhom"), m_ui->withWhomLineEdit);
    errors().add(QStringLiteral("topic"), m_ui->topicPlainTextEdit);
    errors().add(QStringLiteral("principalInformed"), m_ui->principalInformedComboBox);
    errors().add(QStringLiteral("principalInformedOn"), m_ui->principalInformedOnDateEdit);
    // MW-4.3: asked where there is a principal to inform, and then answered before it is recorded.
    if (practice && engagementId > 0) {
        const std::optional<Engagement> engagement = practice->records().engagements().engagement(engagementId);
        m_hasPrincipal = engagement && engagement->principalId != 0;
    }
    m_ui->formLayout->setRowVisible(m_ui->principalInformedComboBox, m_hasPrincipal);
    m_ui->formLayout->setRowVisible(m_ui->principalInformedOnDateEdit, m_hasPrincipal);
    setUpForm(m_ui->buttonBox, m_ui->errorLabel);
    retranslate();
}

ConsultationDialog::~ConsultationDialog() = default;

Consultation ConsultationDialog::collect() const
{
    Consultation consultation;
    consultation.engagementId = m_engagementId;
    consultation.kind = forms::comboValue<ConsultationKind>(m_ui->kindComboBox);
    consultation.heldOn = m_ui->heldOnDateEdit->date();
    consultation.withWhom = m_ui->withWhomLineEdit->text().trimmed();
    consultation.topic = m_ui->topicPlainTextEdit->toPlainText().trimmed();
    const int informed = m_ui->principalInformedComboBox->currentData().toInt();
    if (m_hasPrincipal) {
        consultation.principalInformed = informed < 0 ? std::nullopt : std::optional<bool>(informed == 1);
        consultation.principalInformedOn = m_ui->principalInformedOnDateEdit->date();
    }
    return consultation;
}

ValidationIssues ConsultationDialog::validateFields() const
{
    const Consultation consultation = collect();
    ValidationIssues issues = validate(consultation);
    if (m_hasPrincipal && !consultation.principalInformed) {
        issues.append({QStringLiteral("principalInformed"),
                       tr("Say whether the principal knows of this consultation about the engagement.")});
    }
    return issues;
}

bool ConsultationDialog::store(RecordError* error)
{
    Consultation consultation = collect();
    return practice()->records().compliance().save(consultation, error);
}

void ConsultationDialog::retranslate()
{
    forms::retranslateCombo<ConsultationKind>(m_ui->kindComboBox);
    const int index = std::max(m_ui->principalInformedComboBox->currentIndex(), 0);
    m_ui->principalInformedComboBox->clear();
    m_ui->principalInformedComboBox->addItem(tr("Not answered"), -1);
    m_ui->principalInformedComboBox->addItem(tr("Yes"), 1);
    m_ui->principalInformedComboBox->addItem(tr("No"), 0);
    m_ui->principalInformedComboBox->setCurrentIndex(index);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Record"));
}

void ConsultationDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace mandaat
