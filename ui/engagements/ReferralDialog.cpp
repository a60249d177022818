#include "ReferralDialog.h"
#include "ui_ReferralDialog.h"

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

ReferralDialog::ReferralDialog(OpenPractice* practice, qint64 engagementId, qint64 referralId, QWidget* parent)
    : RecordDialog(practice, parent)
    , m_ui(std::make_unique<Ui::ReferralDialog>())
    , m_engagementId(engagementId)
    , m_referralId(referralId)
{
    m_ui->setupUi(this);
    appearance::makeSecondary(m_ui->introLabel);
    m_ui->referredOnDateEdit->setDate(QDate::currentDate());
    m_ui->benefitDisclosedOnDateEdit->setMaximumDate(QDate::currentDate());
    m_ui->benefitDisclosedOnDateEdit->setOptional(true);
    m_ui->benefitDisclosedOnDateEdit->setDate({});
    errors().add(QStringLiteral("referredTo"), m_ui->referredToLineEdit);
    errors().add(QStringLiteral("discipline"), m_ui->disciplineLineEdit);
    errors().add(QStringLiteral("reason"), m_ui->reasonPlainTextEdit);
    errors().add(QStringLiteral("referredOn"), m_ui->referredOnDateEdit);
    errors().add(QStringLiteral("benefit"), m_ui->benefitLineEdit);
    errors().add(QStringLiteral("benefitDisclosedOn"), m_ui->benefitDisclosedOnDateEdit);
    if (m_referralId > 0 && practice) {
        if (const std::optional<Referral> existing = practice->records().compliance().referral(m_referralId)) {
            m_ui->referredToLineEdit->setText(existing->referredTo);
            m_ui->disciplineLineEdit->setText(existing->discipline);
            m_ui->reasonPlainTextEdit->setPlainText(existing->reason);
            m_ui->referredOnDateEdit->setDate(existing->referredOn);
            m_ui->benefitLineEdit->setText(existing->benefit);
            m_ui->benefitDisclosedOnDateEdit->setDate(existing->benefitDisclosedOn);
        }
    }
    setUpForm(m_ui->buttonBox, m_ui->errorLabel);
    retranslate();
}

ReferralDialog::~ReferralDialog() = default;

Referral ReferralDialog::collect() const
{
    Referral referral;
    referral.id = m_referralId;
    referral.engagementId = m_engagementId;
    referral.referredTo = m_ui->referredToLineEdit->text().trimmed();
    referral.discipline = m_ui->disciplineLineEdit->text().trimmed();
    referral.reason = m_ui->reasonPlainTextEdit->toPlainText().trimmed();
    referral.referredOn = m_ui->referredOnDateEdit->date();
    referral.benefit = m_ui->benefitLineEdit->text().trimmed();
    referral.benefitDisclosedOn = m_ui->benefitDisclosedOnDateEdit->date();
    return referral;
}

ValidationIssues ReferralDialog::validateFields() const
{
    return validate(collect());
}

bool ReferralDialog::store(RecordError* error)
{
    Referral referral = collect();
    return practice()->records().compliance().save(referral, error);
}

void ReferralDialog::retranslate()
{
    m_ui->buttonBox->button(QDialogButtonBox::Save)
        ->setText(m_referralId > 0 ? tr("&Save the referral") : tr("&Record the referral"));
}

void ReferralDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace mandaat
