#include "wizards/termination/ReasonPage.h"

#include "common/Appearance.h"
#include "common/Formats.h"
#include "compliance/EvidenceFiling.h"
#include "domain/DisplayNames.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/Records.h"
#include "ui_ReasonPage.h"
#include "wizards/termination/TerminationWizard.h"

namespace mandaat {

namespace {

bool endsEarly(std::optional<EndReason> reason)
{
    return reason == EndReason::EarlyNotFeasible || reason == EndReason::EarlyObstruction;
}

} // namespace

ReasonPage::ReasonPage(TerminationWizard* wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<Ui::ReasonPage>())
    , m_wizard(wizard)
{
    m_ui->setupUi(this);
    setTitle(tr("Why does the engagement end?"));
    setSubTitle(tr("Nothing changes until you finish the last page."));
    m_ui->reasonComboBox->addItem(tr("Choose a reason"), -1);
    for (const EndReason reason : wizard->reasons()) {
        m_ui->reasonComboBox->addItem(displayName(reason), static_cast<int>(reason));
    }
    m_ui->referralComboBox->addItem(tr("Not recorded yet"), static_cast<int>(ReferralAnswer::None));
    m_ui->referralComboBox->addItem(tr("I referred the client to another discipline"),
                                    static_cast<int>(ReferralAnswer::Referred));
    m_ui->referralComboBox->addItem(tr("I considered a referral and did not refer"),
                                    static_cast<int>(ReferralAnswer::Considered));
    m_ui->messageLabel->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    appearance::makeErrorText(m_ui->openComplaintLabel);
    m_ui->openComplaintLabel->hide();

    const auto changed = [this] {
        collect();
        update();
    };
    connect(m_ui->reasonComboBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->referralComboBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->endDateEdit, &DateEdit::dateChanged, this, changed);
    m_ui->benefitDisclosedOnDateEdit->setOptional(true);
    m_ui->benefitDisclosedOnDateEdit->setDate({});
    connect(m_ui->benefitDisclosedOnDateEdit, &DateEdit::dateChanged, this, changed);
    for (QLineEdit* edit : {m_ui->successorLineEdit,
                            m_ui->referralDisciplineLineEdit,
                            m_ui->referredToLineEdit,
                            m_ui->referralExplanationLineEdit,
                            m_ui->referralBenefitLineEdit}) {
        connect(edit, &QLineEdit::textChanged, this, changed);
    }
    connect(m_ui->notePlainTextEdit, &QPlainTextEdit::textChanged, this, changed);
    connect(wizard, &TerminationWizard::recordsChanged, this, &ReasonPage::update);
}

ReasonPage::~ReasonPage() = default;

void ReasonPage::initializePage()
{
    m_ui->endDateEdit->setDate(m_wizard->today());
    m_ui->benefitDisclosedOnDateEdit->setMaximumDate(m_wizard->today()); // what has happened
    collect();
    update();
}

void ReasonPage::collect()
{
    TerminationPlan& plan = m_wizard->plan();
    const int reason = m_ui->reasonComboBox->currentData().toInt();
    plan.reason = reason < 0 ? std::nullopt : std::optional<EndReason>(static_cast<EndReason>(reason));
    // CMI-10: an interruption ends the engagement the day after the six-month mark, not today.
    const bool interrupted = plan.reason == EndReason::Interruption;
    if (interrupted && m_wizard->interruptionDate().isValid()) {
        const QSignalBlocker blocker(m_ui->endDateEdit);
        m_ui->endDateEdit->setDate(m_wizard->interruptionDate());
    }
    m_ui->endDateEdit->setEnabled(!interrupted);
    plan.endDate = m_ui->endDateEdit->date();
    plan.successor = m_ui->successorLineEdit->text().trimmed();
    plan.note = m_ui->notePlainTextEdit->toPlainText().trimmed();
    plan.referral = endsEarly(plan.reason) ? static_cast<ReferralAnswer>(m_ui->referralComboBox->currentData().toInt())
                                           : ReferralAnswer::None;
    plan.referralDiscipline = m_ui->referralDisciplineLineEdit->text().trimmed();
    plan.referredTo = m_ui->referredToLineEdit->text().trimmed();
    plan.referralExplanation = m_ui->referralExplanationLineEdit->text().trimmed();
    plan.referralBenefit = m_ui->referralBenefitLineEdit->text().trimmed();
    plan.referralBenefitDisclosedOn = m_ui->benefitDisclosedOnDateEdit->date();
}

void ReasonPage::update()
{
    const TerminationPlan& plan = m_wizard->plan();
    const bool conflict = plan.reason == EndReason::ConflictOfInterest;
    m_ui->successorLabel->setVisible(conflict);
    m_ui->successorLineEdit->setVisible(conflict);
    m_ui->referralGroupBox->setVisible(endsEarly(plan.reason));
    const bool referred = plan.referral == ReferralAnswer::Referred;
    m_ui->referralDisciplineLabel->setVisible(referred);
    m_ui->referralDisciplineLineEdit->setVisible(referred);
    m_ui->referredToLabel->setVisible(referred);
    m_ui->referredToLineEdit->setVisible(referred);
    // ICF-3.8: a fee or other benefit for the referral, and when the client was told of it.
    m_ui->referralBenefitLabel->setVisible(referred);
    m_ui->referralBenefitLineEdit->setVisible(referred);
    m_ui->benefitDisclosedOnLabel->setVisible(referred && !plan.referralBenefit.isEmpty());
    m_ui->benefitDisclosedOnDateEdit->setVisible(referred && !plan.referralBenefit.isEmpty());
    m_ui->referralExplanationLabel->setVisible(plan.referral != ReferralAnswer::None);
    m_ui->referralExplanationLineEdit->setVisible(plan.referral != ReferralAnswer::None);

    QString hint;
    QStringList hintRules;
    if (plan.reason) {
        switch (*plan.reason) {
        case EndReason::ClientStopped:
            hint = tr("The client is free to stop the guidance at any moment.");
            hintRules = {QStringLiteral("freedom-to-stop-explained"), QStringLiteral("freedom-to-stop-every-party")};
            break;
        case EndReason::EarlyNotFeasible:
            hint = tr("Completing the engagement is reasonably not possible. Consider referring the client to "
                      "another discipline.");
            hintRules = {QStringLiteral("early-end-warning"), QStringLiteral("referral-considered")};
            break;
        case EndReason::EarlyObstruction:
            hint = tr("The client obstructs the agreed work. The client must have been warned in writing first. "
                      "Consider referring the client to another discipline.");
            hintRules = {QStringLiteral("early-end-warning"), QStringLiteral("referral-considered")};
            break;
        case EndReason::ConflictOfInterest:
            hint = tr("Propose a consultant without the conflict; a handover letter is stored with the "
                      "termination letter.");
            hintRules = {QStringLiteral("conflict-termination")};
            break;
        case EndReason::Interruption:
            hint = m_wizard->interruptionDate().isValid()
                ? tr("More than six months without a session ends the engagement, on %1.")
                      .arg(formats::longDate(m_wizard->interruptionDate()))
                : tr("There is no session or activation date to count six months from.");
            hintRules = {QStringLiteral("interruption-clock")};
            break;
        default:
            break;
        }
    }
    const qint64 engagementId = m_wizard->engagement().id;
    if (!hint.isEmpty()) {
        hint = EvidenceFiling::citing(m_wizard->records(), engagementId, hintRules, m_wizard->today(), hint);
    }
    // A complaint still open is settled before the end, or its handling is said.
    QStringList open;
    for (const Complaint& complaint : m_wizard->records().compliance().complaintsFor(engagementId)) {
        if (complaint.status != ComplaintStatus::Settled && complaint.status != ComplaintStatus::Withdrawn) {
            open << formats::longDate(complaint.receivedOn);
        }
    }
    if (!open.isEmpty()) {
        m_ui->openComplaintLabel->setText(EvidenceFiling::citing(
            m_wizard->records(),
            engagementId,
            {QStringLiteral("complaint-deadline"), QStringLiteral("complaint-acknowledged")},
            m_wizard->today(),
            tr("This engagement has %n open complaint(s) (received on %1). Settle it before the end, or write "
               "in the note how it will be handled after the end.",
               nullptr,
               static_cast<int>(open.size()))
                .arg(open.join(QStringLiteral(", ")))));
    }
    m_ui->openComplaintLabel->setVisible(!open.isEmpty());
    m_ui->reasonHintLabel->setText(hint);
    m_ui->reasonHintLabel->setVisible(!hint.isEmpty());

    // Termination::check: the lifecycle, the successor, the referral question and the
    // compliance rules, as `mandaat-cli end` checks them.
    m_refusal = m_wizard->endingRefusal();
    m_ui->messageLabel->setText(m_refusal);
    m_ui->messageLabel->setVisible(!m_refusal.isEmpty());
    Q_EMIT completeChanged();
}

bool ReasonPage::isComplete() const
{
    const TerminationPlan& plan = m_wizard->plan();
    return plan.reason && plan.endDate.isValid() && m_refusal.isEmpty();
}

int ReasonPage::nextId() const
{
    return m_wizard->engagement().principalId != 0 ? TerminationWizard::FinalReportPageId
                                                   : TerminationWizard::LetterPageId;
}

} // namespace mandaat
