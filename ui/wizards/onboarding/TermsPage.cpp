#include "TermsPage.h"
#include "ui_TermsPage.h"

#include "common/forms/FeeTermsFields.h"
#include "compliance/EvidenceTopics.h"
#include "compliance/TermsAmendment.h"
#include "documents/ConfirmationGaps.h"
#include "domain/DisplayNames.h"
#include "domain/Phrase.h"
#include "domain/Validation.h"
#include "lifecycle/Onboarding.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/Records.h"
#include "wizards/onboarding/OnboardingWizard.h"

#include <cmath>

namespace mandaat {

TermsPage::TermsPage(QWidget* parent)
    : OnboardingPage(parent)
    , m_ui(std::make_unique<Ui::TermsPage>())
{
    m_ui->setupUi(form());
    setTitle(tr("Fees, payment and duration"));
    setSubTitle(tr("What the confirmation states: the fee, the expenses, how and by whom it is paid, and how long "
                   "the engagement runs."));
    // The same fee fields as the engagement form's (issue 17, item 3).
    m_fees = new FeeTermsFields(m_ui->feeLayout, 0);
    m_ui->paymentMethodComboBox->addItem(tr("Choose…"), QString());
    for (const PaymentMethod method : allValues<PaymentMethod>()) {
        m_ui->paymentMethodComboBox->addItem(displayName(method), toId(method));
    }
    connect(m_ui->payerKindComboBox, &QComboBox::currentIndexChanged, this, &TermsPage::updateVisibility);
    connect(m_ui->plannedStartDateEdit, &DateEdit::dateChanged, this, &TermsPage::durationEdited);
    connect(m_ui->plannedEndDateEdit, &DateEdit::dateChanged, this, &TermsPage::durationEdited);
    connect(m_ui->plannedSessionsSpinBox, &QSpinBox::valueChanged, this, &TermsPage::durationEdited);
}

TermsPage::~TermsPage() = default;

QStringList TermsPage::ruleIds() const
{
    return {QStringLiteral("confirmation-complete"),
            QStringLiteral("duration-planned"),
            QStringLiteral("duration-adequacy-confirmed"),
            QStringLiteral("cancellation-policy-stated")};
}

bool TermsPage::isDone() const
{
    const Engagement& e = onboarding()->engagement();
    return onboarding()->engagementId() != 0 && !e.paymentTerms.trimmed().isEmpty() && e.plannedSessions &&
        adequacyRecorded() &&
        !onboarding()->anyOutstanding({QStringLiteral("duration-planned"),
                                       QStringLiteral("duration-adequacy-confirmed"),
                                       QStringLiteral("confirmation-complete"),
                                       QStringLiteral("payer-named"),
                                       QStringLiteral("cancellation-policy-stated")});
}

bool TermsPage::adequacyRecorded() const
{
    for (const Evidence& row : onboarding()->evidence()) {
        if (row.topic == evidence::durationAdequate()) {
            return true;
        }
    }
    return false;
}

void TermsPage::load()
{
    m_loading = true;
    const Engagement& e = onboarding()->engagement();
    const QDate today = onboarding()->today();
    m_fees->show(e);
    m_ui->expensesPlainTextEdit->setPlainText(e.expensesArrangement);
    m_ui->paymentMethodComboBox->setCurrentIndex(
        std::max(0, m_ui->paymentMethodComboBox->findData(e.paymentMethod ? toId(*e.paymentMethod) : QString())));
    m_ui->paymentTermsLineEdit->setText(e.paymentTerms);
    m_ui->cancellationPolicyLineEdit->setText(e.cancellationPolicy);

    m_ui->payerKindComboBox->clear();
    for (const PayerKind kind : allValues<PayerKind>()) {
        if (kind != PayerKind::Principal || e.principalId != 0) {
            m_ui->payerKindComboBox->addItem(displayName(kind), toId(kind));
        }
    }
    m_ui->payerKindComboBox->setCurrentIndex(std::max(0, m_ui->payerKindComboBox->findData(toId(e.payerKind))));
    m_ui->payerNameLineEdit->setText(e.payerName);
    m_ui->payerReferenceLineEdit->setText(e.payerReference);

    const QDate start = e.plannedStart.isValid() ? e.plannedStart : today;
    m_ui->plannedStartDateEdit->setDate(start);
    m_ui->plannedEndDateEdit->setDate(e.plannedEnd.isValid() ? e.plannedEnd : start.addMonths(6));
    m_ui->plannedSessionsSpinBox->setValue(e.plannedSessions.value_or(0));
    m_ui->objectivesLabel->setText(
        tr("Objectives: %1").arg(e.objectives.isEmpty() ? tr("none recorded yet") : e.objectives));
    const bool recorded = adequacyRecorded();
    m_ui->adequacyCheckBox->setChecked(recorded);
    m_ui->adequacyCheckBox->setEnabled(!recorded);
    m_adequacyStale = false;
    m_loading = false;
    updateVisibility();
}

void TermsPage::updateVisibility()
{
    const auto payer = fromId<PayerKind>(m_ui->payerKindComboBox->currentData().toString());
    const bool named = payer == PayerKind::Scheme || payer == PayerKind::ThirdParty;
    m_ui->paymentLayout->setRowVisible(m_ui->payerNameLineEdit, named);
    m_ui->paymentLayout->setRowVisible(m_ui->payerReferenceLineEdit, payer == PayerKind::Scheme);
    // ICF-1.1's term, where a code of the engagement asks it; a policy stated before stays in sight.
    m_ui->paymentLayout->setRowVisible(m_ui->cancellationPolicyLineEdit,
                                       onboarding()->ruleInForce(QStringLiteral("cancellation-policy-stated")) ||
                                           !m_ui->cancellationPolicyLineEdit->text().isEmpty());
}

void TermsPage::durationEdited()
{
    // MW-2.6: another duration needs the check again.
    if (!m_loading && adequacyRecorded() && !m_adequacyStale) {
        m_adequacyStale = true;
        m_ui->adequacyCheckBox->setChecked(false);
        m_ui->adequacyCheckBox->setEnabled(true);
    }
}

bool TermsPage::save(QString* error)
{
    Engagement e = onboarding()->engagement();
    ValidationIssues issues = m_fees->collect(e);
    e.expensesArrangement = m_ui->expensesPlainTextEdit->toPlainText().trimmed();
    e.paymentMethod = fromId<PaymentMethod>(m_ui->paymentMethodComboBox->currentData().toString());
    e.paymentTerms = m_ui->paymentTermsLineEdit->text().trimmed();
    e.cancellationPolicy = m_ui->cancellationPolicyLineEdit->text().trimmed();
    e.payerKind = fromId<PayerKind>(m_ui->payerKindComboBox->currentData().toString()).value_or(PayerKind::Client);
    const bool named = e.payerKind == PayerKind::Scheme || e.payerKind == PayerKind::ThirdParty;
    e.payerName = named ? m_ui->payerNameLineEdit->text().simplified() : QString();
    e.payerReference = e.payerKind == PayerKind::Scheme ? m_ui->payerReferenceLineEdit->text().trimmed() : QString();
    e.plannedStart = m_ui->plannedStartDateEdit->date();
    e.plannedEnd = m_ui->plannedEndDateEdit->date();
    const int sessions = m_ui->plannedSessionsSpinBox->value();
    e.plannedSessions = sessions > 0 ? std::optional<int>(sessions) : std::nullopt;
    issues += validate(e);
    // CMI-5: what the confirmation must state; MW-2.6: the duration and its check.
    if (!isClosing()) {
        const auto require = [&issues](bool missing, const char* field, const QString& message) {
            if (missing) {
                issues.append({QString::fromLatin1(field), message});
            }
        };
        // The terms of this page that the letter would lack (ConfirmationGaps, the letter's and
        // the rule's own list); the method and the code are asked on other pages.
        const PracticeProfile practice = records() ? records()->practice().profile() : PracticeProfile();
        const QStringList asked = onboarding()->ruleInForce(QStringLiteral("cancellation-policy-stated"))
            ? QStringList{QStringLiteral("cancellation-policy-stated")}
            : QStringList();
        const QList<ConfirmationGap> gaps = confirmationGaps(e, practice, true, asked);
        require(gaps.contains(ConfirmationGap::Fee), "rateCents", tr("Enter the rate, or the fixed price."));
        // An exemption of the engagement's own is checked by validate(); one of the practice
        // (not liable for VAT) needs its wording here or in the practice profile.
        require(gaps.contains(ConfirmationGap::VatWording) && !e.vatExempt,
                "vatExemptionWording",
                tr("Your practice is exempt from VAT: enter the wording of the exemption here, or in the practice "
                   "profile."));
        require(gaps.contains(ConfirmationGap::Expenses),
                "expensesArrangement",
                tr("Say which expenses are charged, or that none are."));
        require(gaps.contains(ConfirmationGap::PaymentMethod), "paymentMethod", tr("Choose how the fee is paid."));
        require(gaps.contains(ConfirmationGap::PaymentTerms), "paymentTerms", tr("Enter the payment terms."));
        require(gaps.contains(ConfirmationGap::CancellationPolicy),
                "cancellationPolicy",
                tr("Enter the cancellation policy: what a session cancelled late or missed costs."));
        require(gaps.contains(ConfirmationGap::PlannedSessions),
                "plannedSessions",
                tr("Enter the planned number of sessions."));
        require(!m_ui->adequacyCheckBox->isChecked(),
                "adequacy",
                tr("Check that the planned duration and sessions suffice for the objectives, and tick it."));
    }
    if (!issues.isEmpty()) {
        QHash<QString, QWidget*> widgets = {{QStringLiteral("expensesArrangement"), m_ui->expensesPlainTextEdit},
                                            {QStringLiteral("paymentMethod"), m_ui->paymentMethodComboBox},
                                            {QStringLiteral("paymentTerms"), m_ui->paymentTermsLineEdit},
                                            {QStringLiteral("cancellationPolicy"), m_ui->cancellationPolicyLineEdit},
                                            {QStringLiteral("payerName"), m_ui->payerNameLineEdit},
                                            {QStringLiteral("payerReference"), m_ui->payerReferenceLineEdit},
                                            {QStringLiteral("plannedEnd"), m_ui->plannedEndDateEdit},
                                            {QStringLiteral("plannedSessions"), m_ui->plannedSessionsSpinBox},
                                            {QStringLiteral("adequacy"), m_ui->adequacyCheckBox}};
        for (const auto& [field, widget] : m_fees->fields()) {
            widgets.insert(field, widget);
        }
        showIssues(issues, widgets);
        return false;
    }
    Records& all = *records();
    const bool confirmAdequacy = m_ui->adequacyCheckBox->isChecked() && m_ui->adequacyCheckBox->isEnabled();
    RecordError recordError;
    const bool saved = all.transaction(
        [&](RecordError* failure) {
            if (!TermsAmendment::save(all, e, onboarding()->today(), nullptr, failure)) {
                return false;
            }
            if (!confirmAdequacy) {
                return true;
            }
            Evidence row;
            row.engagementId = e.id;
            row.topic = evidence::durationAdequate();
            row.party = Party::AllParties;
            row.occurredOn = onboarding()->today();
            row.channel = Channel::Other;
            row.text =
                Phrase::store("evidence.duration.adequate",
                              {QString::number(sessions), Phrase::day(e.plannedStart), Phrase::day(e.plannedEnd)});
            return Onboarding::record(all, row, onboarding()->today(), failure);
        },
        &recordError);
    if (!saved) {
        *error = recordError.message;
        return false;
    }
    m_ui->adequacyCheckBox->setEnabled(false);
    m_adequacyStale = false;
    return true;
}

} // namespace mandaat
