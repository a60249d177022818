#include "SuspensionDialog.h"
#include "ui_SuspensionDialog.h"

#include "common/Appearance.h"
#include "common/Formats.h"
#include "common/OpenPractice.h"
#include "common/forms/FormSupport.h"
#include "common/forms/InlineErrors.h"
#include "domain/Validation.h"
#include "lifecycle/Suspensions.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/Records.h"

#include <QEvent>
#include <QPushButton>

namespace mandaat {

SuspensionDialog::SuspensionDialog(OpenPractice* practice, qint64 engagementId, QWidget* parent)
    : RecordDialog(practice, parent)
    , m_ui(std::make_unique<Ui::SuspensionDialog>())
    , m_engagementId(engagementId)
{
    m_ui->setupUi(this);
    appearance::makeSecondary(m_ui->introLabel);
    forms::fillCombo<SuspensionGround>(m_ui->groundComboBox);
    m_ui->suspendedOnDateEdit->setDate(QDate::currentDate());
    m_ui->suspendedOnDateEdit->setMaximumDate(QDate::currentDate());
    m_ui->resumeOnDateEdit->setOptional(true);
    m_ui->resumeOnDateEdit->setDate({});
    m_ui->resumedOnDateEdit->setDate(QDate::currentDate());
    m_ui->resumedOnDateEdit->setMaximumDate(QDate::currentDate());
    if (practice) {
        for (const Suspension& suspension : practice->records().compliance().suspensionsFor(engagementId)) {
            if (!suspension.resumedOn.isValid()) {
                m_open = suspension;
            }
        }
    }
    if (m_open) {
        m_ui->suspendedOnDateEdit->setDate(m_open->suspendedOn);
        forms::setComboValue(m_ui->groundComboBox, m_open->ground);
        m_ui->reasonPlainTextEdit->setPlainText(m_open->reason);
        m_ui->resumeOnDateEdit->setDate(m_open->resumeOn);
        for (QWidget* field : {static_cast<QWidget*>(m_ui->suspendedOnDateEdit),
                               static_cast<QWidget*>(m_ui->groundComboBox),
                               static_cast<QWidget*>(m_ui->resumeOnDateEdit)}) {
            field->setEnabled(false);
        }
        m_ui->reasonPlainTextEdit->setReadOnly(true);
        m_ui->resumedOnDateEdit->setMinimumDate(m_open->suspendedOn);
    }
    m_ui->formLayout->setRowVisible(m_ui->resumedOnDateEdit, m_open.has_value());
    errors().add(QStringLiteral("suspendedOn"), m_ui->suspendedOnDateEdit);
    errors().add(QStringLiteral("ground"), m_ui->groundComboBox);
    errors().add(QStringLiteral("reason"), m_ui->reasonPlainTextEdit);
    errors().add(QStringLiteral("resumeOn"), m_ui->resumeOnDateEdit);
    errors().add(QStringLiteral("resumedOn"), m_ui->resumedOnDateEdit);
    setUpForm(m_ui->buttonBox, m_ui->errorLabel);
    retranslate();
}

SuspensionDialog::~SuspensionDialog() = default;

Suspension SuspensionDialog::collect() const
{
    Suspension suspension = m_open.value_or(Suspension{});
    suspension.engagementId = m_engagementId;
    if (m_open) {
        suspension.resumedOn = m_ui->resumedOnDateEdit->date();
        return suspension;
    }
    suspension.suspendedOn = m_ui->suspendedOnDateEdit->date();
    suspension.ground = forms::comboValue<SuspensionGround>(m_ui->groundComboBox);
    suspension.reason = m_ui->reasonPlainTextEdit->toPlainText().trimmed();
    suspension.resumeOn = m_ui->resumeOnDateEdit->date();
    return suspension;
}

ValidationIssues SuspensionDialog::validateFields() const
{
    return validate(collect());
}

bool SuspensionDialog::store(RecordError* error)
{
    if (!practice()) {
        return false;
    }
    const QDate today = QDate::currentDate();
    if (m_open) {
        return Suspensions::resume(
            practice()->records(), m_engagementId, m_ui->resumedOnDateEdit->date(), today, error);
    }
    Suspension suspension = collect();
    return Suspensions::suspend(practice()->records(), suspension, today, error);
}

void SuspensionDialog::retranslate()
{
    forms::retranslateCombo<SuspensionGround>(m_ui->groundComboBox);
    if (m_open) {
        setWindowTitle(tr("Resume the engagement"));
        m_ui->introLabel->setText(tr("The engagement is suspended since %1. Say on which day it resumed.")
                                      .arg(formats::shortDate(m_open->suspendedOn)));
        m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Resume"));
    } else {
        setWindowTitle(tr("Suspend the engagement"));
        m_ui->introLabel->setText(tr("Pause the engagement while a conflict of interest is worked through or while "
                                     "you or the client cannot go on for now. No session is held while it lasts; "
                                     "resume it, or end it."));
        m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Suspend"));
    }
}

void SuspensionDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace mandaat
