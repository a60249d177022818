#include "ConsentPage.h"
#include "ui_ConsentPage.h"

#include "compliance/EvidenceTopics.h"
#include "compliance/TermsAmendment.h"
#include "domain/DisplayNames.h"
#include "domain/Validation.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/Records.h"
#include "wizards/onboarding/EvidenceField.h"
#include "wizards/onboarding/OnboardingWizard.h"

namespace mandaat {

ConsentPage::ConsentPage(QWidget* parent)
    : OnboardingPage(parent)
    , m_ui(std::make_unique<Ui::ConsentPage>())
{
    m_ui->setupUi(form());
    setTitle(tr("Confidentiality and reporting"));
    setSubTitle(tr("What may go to the principal, with the client's consent, and what may not be used."));
    for (const ConsentScope scope : allValues<ConsentScope>()) {
        m_ui->consentScopeComboBox->addItem(displayName(scope), toId(scope));
    }
    for (const Channel channel : allValues<Channel>()) {
        m_ui->consentChannelComboBox->addItem(displayName(channel), toId(channel));
    }
    m_ui->reportContentEvidenceField->setPhrase("evidence.content_agreed");
    connect(m_ui->consentScopeComboBox, &QComboBox::currentIndexChanged, this, &ConsentPage::updateVisibility);
}

ConsentPage::~ConsentPage() = default;

QStringList ConsentPage::ruleIds() const
{
    return {QStringLiteral("consent-scope-recorded"), QStringLiteral("use-restrictions-recorded")};
}

bool ConsentPage::isDone() const
{
    return onboarding()->engagementId() != 0 &&
        !onboarding()->anyOutstanding(
            {QStringLiteral("consent-scope-recorded"), QStringLiteral("principal-report-consent")});
}

bool ConsentPage::asksConsent() const
{
    const Engagement& e = onboarding()->engagement();
    return e.principalId != 0 && e.kind != EngagementKind::Evaluation && e.kind != EngagementKind::Selection;
}

bool ConsentPage::asksReportContent() const
{
    const Engagement& e = onboarding()->engagement();
    return e.principalId != 0 && (e.kind == EngagementKind::Evaluation || e.kind == EngagementKind::Selection);
}

void ConsentPage::load()
{
    const Engagement& e = onboarding()->engagement();
    const QDate today = onboarding()->today();
    // The consent in force: the latest given.
    m_consent = Consent();
    for (const Consent& consent : onboarding()->consents()) {
        if (m_consent.id == 0 || consent.givenOn >= m_consent.givenOn) {
            m_consent = consent;
        }
    }
    const bool recorded = m_consent.id != 0;
    m_ui->consentScopeComboBox->setCurrentIndex(
        m_ui->consentScopeComboBox->findData(toId(recorded ? m_consent.scope : ConsentScope::ProgressOnly)));
    m_ui->listedReportsPlainTextEdit->setPlainText(m_consent.listedReports.join(QLatin1Char('\n')));
    m_ui->consentGivenOnDateEdit->setMaximumDate(today);
    m_ui->consentGivenOnDateEdit->setDate(recorded ? m_consent.givenOn : today);
    m_ui->consentChannelComboBox->setCurrentIndex(
        m_ui->consentChannelComboBox->findData(toId(recorded ? m_consent.channel : Channel::InPerson)));
    m_ui->consentGroupBox->setVisible(asksConsent());
    m_ui->noPrincipalLabel->setVisible(e.principalId == 0);

    QString content;
    for (const Evidence& row : onboarding()->evidence()) {
        if (row.topic == evidence::reportContentAgreed()) {
            content = row.text;
        }
    }
    m_ui->reportContentPlainTextEdit->setPlainText(content);
    m_ui->reportContentEvidenceField->bind(evidence::reportContentAgreed(), Party::Client);
    m_ui->reportContentEvidenceField->setToday(today);
    m_ui->reportContentEvidenceField->load(onboarding()->evidence());
    m_ui->reportContentGroupBox->setVisible(asksReportContent());
    m_ui->useRestrictionsPlainTextEdit->setPlainText(e.useRestrictions);
    // CMI-14's question, only where a code of the engagement asks it; restrictions recorded
    // before stay in sight, never hidden.
    m_ui->restrictionsGroupBox->setVisible(onboarding()->ruleInForce(QStringLiteral("use-restrictions-recorded")) ||
                                           !e.useRestrictions.isEmpty());
    updateVisibility();
}

void ConsentPage::updateVisibility()
{
    const bool listed = m_ui->consentScopeComboBox->currentData().toString() == toId(ConsentScope::ListedReports);
    m_ui->consentLayout->setRowVisible(m_ui->listedReportsPlainTextEdit, listed);
}

bool ConsentPage::save(QString* error)
{
    Engagement e = onboarding()->engagement();
    e.useRestrictions = m_ui->useRestrictionsPlainTextEdit->toPlainText().trimmed();
    ValidationIssues issues = validate(e);

    Consent consent = m_consent;
    consent.engagementId = e.id;
    consent.scope =
        fromId<ConsentScope>(m_ui->consentScopeComboBox->currentData().toString()).value_or(ConsentScope::None);
    consent.listedReports.clear();
    if (consent.scope == ConsentScope::ListedReports) {
        for (const QString& line : m_ui->listedReportsPlainTextEdit->toPlainText().split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty()) {
                consent.listedReports.append(line.trimmed());
            }
        }
    }
    consent.givenOn = m_ui->consentGivenOnDateEdit->date();
    consent.channel =
        fromId<Channel>(m_ui->consentChannelComboBox->currentData().toString()).value_or(Channel::InPerson);
    const bool saveConsent = asksConsent() && !(consent == m_consent);
    if (saveConsent) {
        issues += validate(consent);
    }

    // MW-4.1: the agreed content of the report is the evidence's text.
    const QString content = m_ui->reportContentPlainTextEdit->toPlainText().trimmed();
    EvidenceField* agreed = m_ui->reportContentEvidenceField;
    if (asksReportContent() && !isClosing()) {
        if (content.isEmpty()) {
            issues.append({QStringLiteral("reportContent"), tr("Write down what the report will contain.")});
        } else if (!agreed->isChecked()) {
            issues.append(
                {QStringLiteral("reportContentAgreed"), tr("Record when the client agreed the report's content.")});
        }
    }
    if (!issues.isEmpty()) {
        showIssues(issues,
                   {{QStringLiteral("listedReports"), m_ui->listedReportsPlainTextEdit},
                    {QStringLiteral("givenOn"), m_ui->consentGivenOnDateEdit},
                    {QStringLiteral("useRestrictions"), m_ui->useRestrictionsPlainTextEdit},
                    {QStringLiteral("reportContent"), m_ui->reportContentPlainTextEdit},
                    {QStringLiteral("reportContentAgreed"), agreed}});
        return false;
    }
    agreed->setNote(content);
    Records& all = *records();
    RecordError recordError;
    const bool saved = all.transaction(
        [&](RecordError* failure) {
            if (!TermsAmendment::save(all, e, onboarding()->today(), nullptr, failure)) {
                return false;
            }
            if (saveConsent && !all.compliance().save(consent, failure)) {
                return false;
            }
            return !asksReportContent() || content.isEmpty() || agreed->save(all, e.id, failure);
        },
        &recordError);
    if (!saved) {
        *error = recordError.message;
        return false;
    }
    if (saveConsent) {
        m_consent = consent;
    }
    return true;
}

} // namespace mandaat
