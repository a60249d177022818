#include "ConsultationDialog.h"
#include "ui_ConsultationDialog.h"

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

ConsultationDialog::ConsultationDialog(OpenPractice* practice, qint64 engagementId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConsultationDialog>())
    , m_practice(practice)
    , m_errors(new InlineErrors(this))
    , m_engagementId(engagementId)
{
    m_ui->setupUi(this);
    appearance::makeSecondary(m_ui->introLabel);
    forms::fillCombo<ConsultationKind>(m_ui->kindComboBox);
    forms::setDate(m_ui->heldOnDateEdit, QDate::currentDate());
    forms::makeOptional(m_ui->principalInformedOnDateEdit);
    m_errors->add(QStringLiteral("kind"), m_ui->kindComboBox);
    m_errors->add(QStringLiteral("heldOn"), m_ui->heldOnDateEdit);
    m_errors->add(QStringLiteral("withWhom"), m_ui->withWhomLineEdit);
    m_errors->add(QStringLiteral("topic"), m_ui->topicPlainTextEdit);
    m_errors->add(QStringLiteral("principalInformed"), m_ui->principalInformedComboBox);
    m_errors->add(QStringLiteral("principalInformedOn"), m_ui->principalInformedOnDateEdit);
    m_errors->setGeneralLabel(m_ui->errorLabel);
    forms::watchEdits(this, this, [this](QWidget* widget) {
        m_errors->touch(widget);
        m_errors->show(validate(collect()));
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConsultationDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

ConsultationDialog::~ConsultationDialog() = default;

Consultation ConsultationDialog::collect() const
{
    Consultation consultation;
    consultation.engagementId = m_engagementId;
    consultation.kind = forms::comboValue<ConsultationKind>(m_ui->kindComboBox);
    consultation.heldOn = forms::date(m_ui->heldOnDateEdit);
    consultation.withWhom = m_ui->withWhomLineEdit->text().trimmed();
    consultation.topic = m_ui->topicPlainTextEdit->toPlainText().trimmed();
    const int informed = m_ui->principalInformedComboBox->currentData().toInt();
    consultation.principalInformed = informed < 0 ? std::nullopt : std::optional<bool>(informed == 1);
    consultation.principalInformedOn = forms::date(m_ui->principalInformedOnDateEdit);
    return consultation;
}

void ConsultationDialog::accept()
{
    if (!m_practice) {
        reject();
        return;
    }
    Consultation consultation = collect();
    m_errors->touchAll();
    if (QWidget* invalid = m_errors->show(validate(consultation))) {
        invalid->setFocus(Qt::OtherFocusReason);
        return;
    }
    RecordError error;
    if (!m_practice->records().compliance().save(consultation, &error)) {
        m_errors->show(error.issues);
        if (error.issues.isEmpty()) {
            m_ui->errorLabel->setText(error.message);
            m_ui->errorLabel->show();
        }
        return;
    }
    QDialog::accept();
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
