#include "ReferralDialog.h"
#include "ui_ReferralDialog.h"

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

ReferralDialog::ReferralDialog(OpenPractice* practice, qint64 engagementId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReferralDialog>())
    , m_practice(practice)
    , m_errors(new InlineErrors(this))
    , m_engagementId(engagementId)
{
    m_ui->setupUi(this);
    appearance::makeSecondary(m_ui->introLabel);
    forms::setDate(m_ui->referredOnDateEdit, QDate::currentDate());
    m_errors->add(QStringLiteral("referredTo"), m_ui->referredToLineEdit);
    m_errors->add(QStringLiteral("discipline"), m_ui->disciplineLineEdit);
    m_errors->add(QStringLiteral("reason"), m_ui->reasonPlainTextEdit);
    m_errors->add(QStringLiteral("referredOn"), m_ui->referredOnDateEdit);
    m_errors->setGeneralLabel(m_ui->errorLabel);
    forms::watchEdits(this, this, [this](QWidget* widget) {
        m_errors->touch(widget);
        m_errors->show(validate(collect()));
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ReferralDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

ReferralDialog::~ReferralDialog() = default;

Referral ReferralDialog::collect() const
{
    Referral referral;
    referral.engagementId = m_engagementId;
    referral.referredTo = m_ui->referredToLineEdit->text().trimmed();
    referral.discipline = m_ui->disciplineLineEdit->text().trimmed();
    referral.reason = m_ui->reasonPlainTextEdit->toPlainText().trimmed();
    referral.referredOn = forms::date(m_ui->referredOnDateEdit);
    return referral;
}

void ReferralDialog::accept()
{
    if (!m_practice) {
        reject();
        return;
    }
    Referral referral = collect();
    m_errors->touchAll();
    if (QWidget* invalid = m_errors->show(validate(referral))) {
        invalid->setFocus(Qt::OtherFocusReason);
        return;
    }
    RecordError error;
    if (!m_practice->records().compliance().save(referral, &error)) {
        m_errors->show(error.issues);
        if (error.issues.isEmpty()) {
            m_ui->errorLabel->setText(error.message);
            m_ui->errorLabel->show();
        }
        return;
    }
    QDialog::accept();
}

void ReferralDialog::retranslate()
{
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Record the referral"));
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
