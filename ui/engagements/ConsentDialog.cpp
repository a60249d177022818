#include "ConsentDialog.h"
#include "ui_ConsentDialog.h"

#include "common/Appearance.h"
#include "common/OpenPractice.h"
#include "common/forms/FormSupport.h"
#include "common/forms/InlineErrors.h"
#include "domain/Validation.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/Records.h"

#include <QComboBox>
#include <QEvent>
#include <QPushButton>

#include <algorithm>

namespace mandaat {

ConsentDialog::ConsentDialog(OpenPractice* practice, qint64 engagementId, qint64 consentId, QWidget* parent)
    : RecordDialog(practice, parent)
    , m_ui(std::make_unique<Ui::ConsentDialog>())
{
    m_ui->setupUi(this);
    appearance::makeSecondary(m_ui->introLabel);
    forms::fillCombo<ConsentScope>(m_ui->scopeComboBox);
    forms::fillCombo<Channel>(m_ui->channelComboBox);
    m_ui->withdrawnOnDateEdit->setOptional(true);
    m_consent.engagementId = engagementId;
    m_consent.scope = ConsentScope::ProgressOnly;
    m_consent.givenOn = QDate::currentDate();
    if (consentId > 0 && practice) {
        RecordError error;
        if (const std::optional<Consent> stored = practice->records().compliance().consent(consentId, &error)) {
            m_consent = *stored;
        } else {
            m_ui->errorLabel->setText(error.message);
        }
    }
    fillMembers();
    m_ui->memberComboBox->setCurrentIndex(std::max(m_ui->memberComboBox->findData(m_consent.memberId), 0));
    forms::setComboValue(m_ui->scopeComboBox, m_consent.scope);
    m_ui->listedReportsPlainTextEdit->setPlainText(m_consent.listedReports.join(QLatin1Char('\n')));
    m_ui->givenOnDateEdit->setDate(m_consent.givenOn);
    forms::setComboValue(m_ui->channelComboBox, m_consent.channel);
    m_ui->noteLineEdit->setText(m_consent.note);
    // Withdrawing changes nothing but the date: the consent stays as it was given (CMI-8).
    const bool withdrawal = isWithdrawal();
    for (QWidget* field : {static_cast<QWidget*>(m_ui->memberComboBox),
                           static_cast<QWidget*>(m_ui->scopeComboBox),
                           static_cast<QWidget*>(m_ui->listedReportsPlainTextEdit),
                           static_cast<QWidget*>(m_ui->givenOnDateEdit),
                           static_cast<QWidget*>(m_ui->channelComboBox),
                           static_cast<QWidget*>(m_ui->noteLineEdit)}) {
        field->setEnabled(!withdrawal);
    }
    m_ui->formLayout->setRowVisible(m_ui->withdrawnOnDateEdit, withdrawal);
    m_ui->withdrawnOnDateEdit->setDate(m_consent.withdrawnOn.isValid() ? m_consent.withdrawnOn : QDate::currentDate());
    errors().add(QStringLiteral("memberId"), m_ui->memberComboBox);
    errors().add(QStringLiteral("scope"), m_ui->scopeComboBox);
    errors().add(QStringLiteral("listedReports"), m_ui->listedReportsPlainTextEdit);
    errors().add(QStringLiteral("givenOn"), m_ui->givenOnDateEdit);
    errors().add(QStringLiteral("channel"), m_ui->channelComboBox);
    errors().add(QStringLiteral("note"), m_ui->noteLineEdit);
    errors().add(QStringLiteral("withdrawnOn"), m_ui->withdrawnOnDateEdit);
    setUpForm(m_ui->buttonBox, m_ui->errorLabel);
    connect(m_ui->scopeComboBox, &QComboBox::currentIndexChanged, this, &ConsentDialog::updateListed);
    updateListed();
    retranslate();
}

ConsentDialog::~ConsentDialog() = default;

void ConsentDialog::fillMembers()
{
    m_ui->memberComboBox->clear();
    std::optional<Client> client;
    if (practice()) {
        if (const std::optional<Engagement> engagement =
                practice()->records().engagements().engagement(m_consent.engagementId)) {
            client = practice()->records().clients().client(engagement->clientId);
        }
    }
    // CMI-8 per person: a client system's members each consent for themselves.
    m_system = client && client->kind == ClientKind::System;
    m_ui->memberComboBox->addItem(QString(), qint64(0)); // named in retranslate()
    if (m_system) {
        for (const ClientMember& member : client->members) {
            m_ui->memberComboBox->addItem(member.name, member.id);
        }
    }
    m_ui->formLayout->setRowVisible(m_ui->memberComboBox, m_system);
}

void ConsentDialog::updateListed()
{
    const bool listed = forms::comboValue<ConsentScope>(m_ui->scopeComboBox) == ConsentScope::ListedReports;
    m_ui->listedReportsPlainTextEdit->setEnabled(listed && !isWithdrawal());
}

Consent ConsentDialog::collect() const
{
    Consent consent = m_consent;
    if (isWithdrawal()) {
        consent.withdrawnOn = m_ui->withdrawnOnDateEdit->date();
        return consent;
    }
    consent.memberId = m_ui->memberComboBox->currentData().toLongLong();
    consent.scope = forms::comboValue<ConsentScope>(m_ui->scopeComboBox);
    consent.listedReports.clear();
    if (consent.scope == ConsentScope::ListedReports) {
        for (const QString& line : m_ui->listedReportsPlainTextEdit->toPlainText().split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty()) {
                consent.listedReports.append(line.trimmed());
            }
        }
    }
    consent.givenOn = m_ui->givenOnDateEdit->date();
    consent.channel = forms::comboValue<Channel>(m_ui->channelComboBox);
    consent.note = m_ui->noteLineEdit->text().trimmed();
    return consent;
}

ValidationIssues ConsentDialog::validateFields() const
{
    return validate(collect());
}

ValidationIssues ConsentDialog::validateForSave() const
{
    const Consent consent = collect();
    ValidationIssues issues = validate(consent);
    if (isWithdrawal() && !consent.withdrawnOn.isValid()) {
        issues.append({QStringLiteral("withdrawnOn"), tr("Enter the date the client withdrew the consent.")});
    }
    return issues;
}

bool ConsentDialog::store(RecordError* error)
{
    Consent consent = collect();
    return practice()->records().compliance().save(consent, error);
}

void ConsentDialog::retranslate()
{
    forms::retranslateCombo<ConsentScope>(m_ui->scopeComboBox);
    forms::retranslateCombo<Channel>(m_ui->channelComboBox);
    m_ui->memberComboBox->setItemText(0, m_system ? tr("The client system as a whole") : tr("The client"));
    if (isWithdrawal()) {
        setWindowTitle(tr("Withdraw the consent"));
        m_ui->introLabel->setText(tr("From the date the client withdraws the consent, nothing more about the "
                                     "client may go to the principal under it. The consent itself stays on record."));
        m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Withdraw the consent"));
    } else {
        m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Record the consent"));
    }
}

void ConsentDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace mandaat
