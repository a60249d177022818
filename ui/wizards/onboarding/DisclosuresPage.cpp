#include "DisclosuresPage.h"
#include "ui_DisclosuresPage.h"

#include "compliance/EvidenceTopics.h"
#include "compliance/TermsAmendment.h"
#include "documents/ConfirmationLetter.h"
#include "domain/DisplayNames.h"
#include "domain/Validation.h"
#include "repositories/EngagementRepository.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/Records.h"
#include "wizards/onboarding/EvidenceField.h"
#include "wizards/onboarding/OnboardingWizard.h"

#include <algorithm>
#include <tuple>

namespace mandaat {

namespace {

void setAnswer(QRadioButton* yes, QRadioButton* no, std::optional<bool> answer)
{
    // Unanswered shows neither: the question is asked explicitly.
    for (QRadioButton* button : {yes, no}) {
        button->setAutoExclusive(false);
        button->setChecked(false);
        button->setAutoExclusive(true);
    }
    if (answer) {
        (*answer ? yes : no)->setChecked(true);
    }
}

std::optional<bool> answer(const QRadioButton* yes, const QRadioButton* no)
{
    if (yes->isChecked()) {
        return true;
    }
    if (no->isChecked()) {
        return false;
    }
    return std::nullopt;
}

} // namespace

DisclosuresPage::DisclosuresPage(QWidget* parent)
    : OnboardingPage(parent)
    , m_ui(std::make_unique<Ui::DisclosuresPage>())
{
    m_ui->setupUi(form());
    setTitle(tr("Disclosures"));
    setSubTitle(tr("What every party hears before the work starts, and when you told them."));
    m_ui->priorAdviceClientEvidenceField->setPhrase("evidence.told.client");
    m_ui->priorAdvicePrincipalEvidenceField->setPhrase("evidence.told.principal");
    m_ui->endOfEmploymentClientEvidenceField->setPhrase("evidence.knows.client");
    m_ui->endOfEmploymentPrincipalEvidenceField->setPhrase("evidence.knows.principal");
    m_ui->freedomToStopEvidenceField->setPhrase("evidence.freedom_to_stop.client");
    m_ui->freedomToStopEvidenceField->setDefaultChannel(Channel::Phone);
    // Where a code lets every party end the relationship (ICF-1.2), the principal hears it too.
    m_ui->freedomToStopPrincipalEvidenceField->setPhrase("evidence.freedom_to_stop.principal");
    m_ui->freedomToStopPrincipalEvidenceField->setDefaultChannel(Channel::Email);
    for (QRadioButton* button : {m_ui->followsAdviceYesRadioButton,
                                 m_ui->followsAdviceNoRadioButton,
                                 m_ui->endOfEmploymentYesRadioButton,
                                 m_ui->endOfEmploymentNoRadioButton}) {
        connect(button, &QRadioButton::toggled, this, &DisclosuresPage::updateVisibility);
    }
}

DisclosuresPage::~DisclosuresPage() = default;

QStringList DisclosuresPage::ruleIds() const
{
    return {QStringLiteral("other-roles-disclosed"),
            QStringLiteral("prior-advice-disclosed"),
            QStringLiteral("end-of-employment-disclosed"),
            QStringLiteral("freedom-to-stop-explained"),
            QStringLiteral("freedom-to-stop-every-party")};
}

bool DisclosuresPage::isDone() const
{
    return onboarding()->engagementId() != 0 &&
        !onboarding()->anyOutstanding({QStringLiteral("other-roles-disclosed"),
                                       QStringLiteral("prior-advice-disclosed"),
                                       QStringLiteral("end-of-employment-disclosed"),
                                       QStringLiteral("freedom-to-stop-explained"),
                                       QStringLiteral("freedom-to-stop-every-party")});
}

void DisclosuresPage::load()
{
    const Engagement& e = onboarding()->engagement();
    const QList<Evidence>& rows = onboarding()->evidence();
    const QDate today = onboarding()->today();
    const QList<std::tuple<EvidenceField*, QString, Party>> fields = {
        {m_ui->priorAdviceClientEvidenceField, evidence::priorAdviceDisclosed(), Party::Client},
        {m_ui->priorAdvicePrincipalEvidenceField, evidence::priorAdviceDisclosed(), Party::Principal},
        {m_ui->endOfEmploymentClientEvidenceField, evidence::endOfEmploymentDisclosed(), Party::Client},
        {m_ui->endOfEmploymentPrincipalEvidenceField, evidence::endOfEmploymentDisclosed(), Party::Principal},
        {m_ui->freedomToStopEvidenceField, evidence::freedomToStop(), Party::Client},
        {m_ui->freedomToStopPrincipalEvidenceField, evidence::freedomToStop(), Party::Principal},
    };
    for (const auto& [field, topic, party] : fields) {
        field->bind(topic, party);
        field->setToday(today);
        field->load(rows);
    }
    setAnswer(m_ui->followsAdviceYesRadioButton, m_ui->followsAdviceNoRadioButton, e.followsEarlierAdvice);
    setAnswer(m_ui->endOfEmploymentYesRadioButton, m_ui->endOfEmploymentNoRadioButton, e.endOfEmployment);
    m_ui->earlierAdvicePlainTextEdit->setPlainText(e.earlierAdviceDescription);
    m_ui->noAdmissionLabel->setText(
        tr("The confirmation states that accepting this assignment is no promise to leave and no admission of "
           "dysfunction or unsuitability."));
    m_ui->noAdmissionLabel->setVisible(ConfirmationLetter::needsNoAdmissionClause(e));
    loadRoles();
    updateVisibility();
}

void DisclosuresPage::loadRoles()
{
    qDeleteAll(m_roleFields);
    m_roleFields.clear();
    const Engagement& e = onboarding()->engagement();
    std::optional<Principal> principal;
    if (e.principalId != 0) {
        principal = records()->principals().principal(e.principalId);
    }
    m_ui->otherRolesGroupBox->setVisible(principal.has_value());
    if (!principal) {
        return;
    }
    // CMI-3: the roles current at some point since the onboarding began.
    const QDate today = onboarding()->today();
    const QDate from = e.onboardingOn.isValid() ? e.onboardingOn : today;
    for (const PrincipalRole& role : principal->roles) {
        if (!role.startedOn.isValid() || role.startedOn > today || (role.endedOn.isValid() && role.endedOn < from)) {
            continue;
        }
        auto* field = new EvidenceField(m_ui->otherRolesGroupBox);
        field->setObjectName(QStringLiteral("otherRole%1EvidenceField").arg(role.id));
        if (role.kind == PrincipalRoleKind::Other && !role.description.trimmed().isEmpty()) {
            field->setPhrase("evidence.other_role.described", {principal->organisation, role.description.trimmed()});
        } else {
            field->setPhrase("evidence.other_role", {principal->organisation, toId(role.kind)});
        }
        field->bind(evidence::otherRolePrefix() + QString::number(role.id), Party::Client);
        field->setToday(today);
        field->load(onboarding()->evidence());
        m_ui->otherRolesLayout->addWidget(field);
        m_roleFields.append(field);
    }
    m_ui->noOtherRolesLabel->setVisible(m_roleFields.isEmpty());
}

void DisclosuresPage::updateVisibility()
{
    const bool principal = onboarding() && onboarding()->engagement().principalId != 0;
    // A question only where a code of the engagement asks it: under MW or ICF alone, no
    // earlier-advice or end-of-employment question (issue 17: no rule leaks into another code).
    const auto asked = [this](std::initializer_list<const char*> ruleIds) {
        return onboarding() && std::any_of(ruleIds.begin(), ruleIds.end(), [this](const char* ruleId) {
                   return onboarding()->ruleInForce(QString::fromLatin1(ruleId));
               });
    };
    m_ui->earlierAdviceGroupBox->setVisible(asked({"prior-advice-disclosed"}));
    m_ui->endOfEmploymentGroupBox->setVisible(asked({"end-of-employment-disclosed"}));
    m_ui->freedomGroupBox->setVisible(asked({"freedom-to-stop-explained", "freedom-to-stop-every-party"}));
    const bool advice = m_ui->followsAdviceYesRadioButton->isChecked();
    m_ui->earlierAdvicePlainTextEdit->setVisible(advice);
    m_ui->priorAdviceClientEvidenceField->setVisible(advice);
    m_ui->priorAdvicePrincipalEvidenceField->setVisible(advice && principal);
    const bool ending = m_ui->endOfEmploymentYesRadioButton->isChecked();
    m_ui->endOfEmploymentClientEvidenceField->setVisible(ending);
    m_ui->endOfEmploymentPrincipalEvidenceField->setVisible(ending && principal);
    m_ui->freedomToStopPrincipalEvidenceField->setVisible(
        principal && onboarding()->ruleInForce(QStringLiteral("freedom-to-stop-every-party")));
}

QList<EvidenceField*> DisclosuresPage::activeFields() const
{
    QList<EvidenceField*> fields = m_roleFields;
    for (EvidenceField* field : {m_ui->priorAdviceClientEvidenceField,
                                 m_ui->priorAdvicePrincipalEvidenceField,
                                 m_ui->endOfEmploymentClientEvidenceField,
                                 m_ui->endOfEmploymentPrincipalEvidenceField,
                                 m_ui->freedomToStopPrincipalEvidenceField}) {
        if (field->isVisibleTo(form())) {
            fields.append(field);
        }
    }
    fields.append(m_ui->freedomToStopEvidenceField);
    return fields;
}

bool DisclosuresPage::save(QString* error)
{
    Engagement e = onboarding()->engagement();
    e.followsEarlierAdvice = answer(m_ui->followsAdviceYesRadioButton, m_ui->followsAdviceNoRadioButton);
    e.earlierAdviceDescription =
        e.followsEarlierAdvice.value_or(false) ? m_ui->earlierAdvicePlainTextEdit->toPlainText().trimmed() : QString();
    e.endOfEmployment = answer(m_ui->endOfEmploymentYesRadioButton, m_ui->endOfEmploymentNoRadioButton);
    ValidationIssues issues = isClosing() ? ValidationIssues() : validate(e);
    if (!isClosing()) {
        const OnboardingWizard& w = *onboarding();
        if (!e.followsEarlierAdvice && w.ruleApplies(QStringLiteral("prior-advice-disclosed"))) {
            issues.append({QStringLiteral("followsEarlierAdvice"),
                           tr("Answer whether the assignment follows from advice you gave in another role.")});
        }
        if (!e.endOfEmployment && w.ruleApplies(QStringLiteral("end-of-employment-disclosed"))) {
            issues.append({QStringLiteral("endOfEmployment"),
                           tr("Answer whether the assignment is part of an end-of-employment arrangement.")});
        }
        const bool freedomRequired = w.ruleApplies(QStringLiteral("freedom-to-stop-explained")) ||
            w.ruleApplies(QStringLiteral("freedom-to-stop-every-party"));
        for (EvidenceField* field : activeFields()) {
            if (!field->isChecked() && (field != m_ui->freedomToStopEvidenceField || freedomRequired)) {
                issues.append({field->objectName(), tr("Record when: %1.").arg(field->text())});
            }
        }
    }
    if (!issues.isEmpty()) {
        QHash<QString, QWidget*> widgets = {
            {QStringLiteral("followsEarlierAdvice"), m_ui->followsAdviceYesRadioButton},
            {QStringLiteral("earlierAdviceDescription"), m_ui->earlierAdvicePlainTextEdit},
            {QStringLiteral("endOfEmployment"), m_ui->endOfEmploymentYesRadioButton},
        };
        for (EvidenceField* field : activeFields()) {
            widgets.insert(field->objectName(), field);
        }
        showIssues(issues, widgets);
        return false;
    }
    Records& all = *records();
    RecordError recordError;
    const QList<EvidenceField*> fields = activeFields();
    const bool saved = all.transaction(
        [&](RecordError* failure) {
            if (!TermsAmendment::save(all, e, onboarding()->today(), nullptr, failure)) {
                return false;
            }
            for (EvidenceField* field : fields) {
                if (!field->save(all, e.id, failure)) {
                    return false;
                }
            }
            return true;
        },
        &recordError);
    if (!saved) {
        *error = recordError.message;
        return false;
    }
    return true;
}

} // namespace mandaat
