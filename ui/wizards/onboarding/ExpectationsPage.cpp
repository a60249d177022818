#include "ExpectationsPage.h"
#include "ui_ExpectationsPage.h"

#include "compliance/TermsAmendment.h"
#include "domain/Validation.h"
#include "repositories/EngagementRepository.h"
#include "repositories/Records.h"
#include "wizards/onboarding/OnboardingWizard.h"

namespace mandaat {

ExpectationsPage::ExpectationsPage(QWidget* parent)
    : OnboardingPage(parent)
    , m_ui(std::make_unique<Ui::ExpectationsPage>())
{
    m_ui->setupUi(form());
    setTitle(tr("Expectations and objectives"));
    setSubTitle(tr("Understand what the client expects, define the work together, and take the others who have a "
                   "stake into account."));
}

ExpectationsPage::~ExpectationsPage() = default;

QStringList ExpectationsPage::ruleIds() const
{
    return {QStringLiteral("expectations-recorded")};
}

bool ExpectationsPage::isDone() const
{
    const Engagement& e = onboarding()->engagement();
    return onboarding()->engagementId() != 0 && !e.clientExpectations.trimmed().isEmpty() &&
        !e.objectives.trimmed().isEmpty() && !onboarding()->anyOutstanding({QStringLiteral("expectations-recorded")});
}

void ExpectationsPage::load()
{
    const Engagement& e = onboarding()->engagement();
    m_ui->clientExpectationsPlainTextEdit->setPlainText(e.clientExpectations);
    m_ui->principalExpectationsPlainTextEdit->setPlainText(e.principalExpectations);
    m_ui->otherStakeholdersPlainTextEdit->setPlainText(e.otherStakeholders);
    m_ui->objectivesPlainTextEdit->setPlainText(e.objectives);
    m_ui->expectationsLayout->setRowVisible(m_ui->principalExpectationsPlainTextEdit, e.principalId != 0);
}

bool ExpectationsPage::save(QString* error)
{
    Engagement e = onboarding()->engagement();
    e.clientExpectations = m_ui->clientExpectationsPlainTextEdit->toPlainText().trimmed();
    e.principalExpectations =
        e.principalId != 0 ? m_ui->principalExpectationsPlainTextEdit->toPlainText().trimmed() : QString();
    e.otherStakeholders = m_ui->otherStakeholdersPlainTextEdit->toPlainText().trimmed();
    e.objectives = m_ui->objectivesPlainTextEdit->toPlainText().trimmed();
    const QHash<QString, QWidget*> fields = {
        {QStringLiteral("clientExpectations"), m_ui->clientExpectationsPlainTextEdit},
        {QStringLiteral("principalExpectations"), m_ui->principalExpectationsPlainTextEdit},
        {QStringLiteral("otherStakeholders"), m_ui->otherStakeholdersPlainTextEdit},
        {QStringLiteral("objectives"), m_ui->objectivesPlainTextEdit},
    };
    ValidationIssues issues = validate(e);
    // MW-2.4: recorded before the work starts.
    if (e.clientExpectations.isEmpty() && !isClosing()) {
        issues.append({QStringLiteral("clientExpectations"), tr("Write down what the client expects.")});
    }
    if (e.principalId != 0 && e.principalExpectations.isEmpty() && !isClosing()) {
        issues.append({QStringLiteral("principalExpectations"), tr("Write down what the principal expects.")});
    }
    if (e.objectives.isEmpty() && !isClosing()) {
        issues.append({QStringLiteral("objectives"), tr("Write down the objectives you agreed with the client.")});
    }
    if (!issues.isEmpty()) {
        showIssues(issues, fields);
        return false;
    }
    RecordError recordError;
    if (!TermsAmendment::save(*records(), e, onboarding()->today(), nullptr, &recordError)) {
        *error = recordError.message;
        return false;
    }
    return true;
}

} // namespace mandaat
