#include "PartiesPage.h"
#include "ui_PartiesPage.h"

#include "compliance/CodeCatalogue.h"
#include "domain/DisplayNames.h"
#include "domain/Validation.h"
#include "lifecycle/Onboarding.h"
#include "repositories/ClientRepository.h"
#include "repositories/EngagementRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/Records.h"
#include "wizards/onboarding/OnboardingWizard.h"

#include <algorithm>

namespace mandaat {

namespace {

constexpr qint64 Unchosen = -2;

bool isEvaluation(EngagementKind kind)
{
    return kind == EngagementKind::Evaluation || kind == EngagementKind::Selection;
}

void select(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(std::max(0, index));
}

ValidationIssues prefixed(const QString& prefix, const ValidationIssues& issues)
{
    ValidationIssues out;
    for (const ValidationIssue& issue : issues) {
        out.append({prefix + issue.field, issue.message});
    }
    return out;
}

} // namespace

PartiesPage::PartiesPage(QWidget* parent)
    : OnboardingPage(parent)
    , m_ui(std::make_unique<Ui::PartiesPage>())
{
    m_ui->setupUi(form());
    setTitle(tr("Parties and kind"));
    setSubTitle(tr("Who the engagement is for, who commissions it, and what kind of work it is. The conflict check "
                   "runs as soon as you go on."));
    for (const EngagementKind kind : allValues<EngagementKind>()) {
        m_ui->kindComboBox->addItem(displayName(kind), toId(kind));
    }
    for (const Language language : allValues<Language>()) {
        m_ui->letterLanguageComboBox->addItem(displayName(language), toId(language));
    }
    const auto changed = [this]() {
        updateVisibility();
        suggestTitle();
    };
    connect(m_ui->clientComboBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->principalComboBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, [this, changed]() {
        changed();
        updateArticles(fromId<EngagementKind>(m_ui->kindComboBox->currentData().toString()));
    });
    connect(m_ui->newClientNameLineEdit, &QLineEdit::textChanged, this, &PartiesPage::suggestTitle);
}

PartiesPage::~PartiesPage() = default;

QStringList PartiesPage::ruleIds() const
{
    return {QStringLiteral("payer-named"), QStringLiteral("other-roles-disclosed")};
}

bool PartiesPage::isDone() const
{
    return onboarding()->engagementId() != 0 && onboarding()->engagement().status != EngagementStatus::Draft;
}

void PartiesPage::fillChoices()
{
    Records& all = *records();
    QList<Client> clients = all.clients().clients();
    std::sort(clients.begin(), clients.end(), [](const Client& a, const Client& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    m_ui->clientComboBox->blockSignals(true);
    m_ui->clientComboBox->clear();
    if (!clients.isEmpty()) {
        m_ui->clientComboBox->addItem(tr("Choose the client…"), Unchosen);
    }
    for (const Client& client : std::as_const(clients)) {
        m_ui->clientComboBox->addItem(client.name, client.id);
    }
    m_ui->clientComboBox->addItem(tr("New client…"), NewRecord);
    m_ui->clientComboBox->blockSignals(false);

    QList<Principal> principals = all.principals().principals();
    std::sort(principals.begin(), principals.end(), [](const Principal& a, const Principal& b) {
        return QString::localeAwareCompare(a.organisation, b.organisation) < 0;
    });
    m_ui->principalComboBox->blockSignals(true);
    m_ui->principalComboBox->clear();
    m_ui->principalComboBox->addItem(tr("No principal: the client commissions the work"), NoPrincipal);
    for (const Principal& principal : std::as_const(principals)) {
        m_ui->principalComboBox->addItem(principal.organisation, principal.id);
    }
    m_ui->principalComboBox->addItem(tr("New principal…"), NewRecord);
    m_ui->principalComboBox->blockSignals(false);
}

void PartiesPage::load()
{
    fillChoices();
    const Engagement& engagement = onboarding()->engagement();
    const bool existing = onboarding()->engagementId() != 0;
    m_ui->newClientNameLineEdit->clear();
    m_ui->newClientEmailLineEdit->clear();
    m_ui->newPrincipalLineEdit->clear();
    m_ui->newPrincipalContactLineEdit->clear();
    select(m_ui->clientComboBox, existing ? engagement.clientId : m_ui->clientComboBox->itemData(0).toLongLong());
    select(m_ui->principalComboBox, existing ? engagement.principalId : NoPrincipal);
    select(m_ui->kindComboBox, toId(engagement.kind));
    m_ui->topCivilServantCheckBox->setChecked(engagement.topCivilServant);
    const Language language = existing ? engagement.letterLanguage : records()->practice().policy().letterLanguage;
    select(m_ui->letterLanguageComboBox, toId(language));
    m_ui->titleLineEdit->setText(engagement.title);
    m_lastSuggestion = existing ? QString() : engagement.title;
    updateVisibility();
    suggestTitle();
    updateArticles(engagement.kind);
}

void PartiesPage::updateVisibility()
{
    const bool newClient = m_ui->clientComboBox->currentData().toLongLong() == NewRecord;
    m_ui->partiesLayout->setRowVisible(m_ui->newClientNameLineEdit, newClient);
    m_ui->partiesLayout->setRowVisible(m_ui->newClientEmailLineEdit, newClient);
    const bool newPrincipal = m_ui->principalComboBox->currentData().toLongLong() == NewRecord;
    m_ui->partiesLayout->setRowVisible(m_ui->newPrincipalLineEdit, newPrincipal);
    m_ui->partiesLayout->setRowVisible(m_ui->newPrincipalContactLineEdit, newPrincipal);
    const auto kind = fromId<EngagementKind>(m_ui->kindComboBox->currentData().toString());
    m_ui->partiesLayout->setRowVisible(m_ui->topCivilServantCheckBox, kind && isEvaluation(*kind));

    // The codes that will govern it: without one, no confirmation can be issued (CMI-5).
    if (!records() || !kind) {
        return;
    }
    QStringList subscribed;
    for (const CodeSubscription& subscription : records()->practice().codeSubscriptions()) {
        subscribed.append(subscription.codeId);
    }
    const CodeCatalogue& catalogue = CodeCatalogue::builtIn();
    QStringList names;
    for (const QString& id : catalogue.codesInForce(subscribed, onboarding()->today())) {
        const std::optional<CodeVersion> code = catalogue.code(id);
        if (code && code->binding == CodeBinding::Subscription && code->appliesTo.contains(toId(*kind))) {
            names.append(tr("%1 (%2)").arg(code->name(QLocale().name()), code->id));
        }
    }
    m_ui->codesLabel->setText(
        names.isEmpty() ? tr("Your practice subscribes to no code that covers %1. Add the code in the practice "
                             "profile: the confirmation states the code that governs the engagement.")
                              .arg(displayName(*kind).toLower())
                        : tr("Governed by %1.").arg(names.join(tr(", "))));
}

QString PartiesPage::suggestedTitle() const
{
    const qint64 client = m_ui->clientComboBox->currentData().toLongLong();
    const QString name = client == NewRecord ? m_ui->newClientNameLineEdit->text().simplified()
        : client > 0                         ? m_ui->clientComboBox->currentText()
                                             : QString();
    const QString kind = m_ui->kindComboBox->currentText();
    return name.isEmpty() ? kind : tr("%1 – %2").arg(kind, name);
}

void PartiesPage::suggestTitle()
{
    // The title follows the choices until the user writes their own.
    const QString current = m_ui->titleLineEdit->text();
    if (current.isEmpty() || current == m_lastSuggestion) {
        m_lastSuggestion = suggestedTitle();
        m_ui->titleLineEdit->setText(m_lastSuggestion);
    }
}

bool PartiesPage::save(QString* error)
{
    Records& all = *records();
    ValidationIssues issues;
    const qint64 clientChoice = m_ui->clientComboBox->currentData().toLongLong();
    const qint64 principalChoice = m_ui->principalComboBox->currentData().toLongLong();
    Client client;
    if (clientChoice == NewRecord) {
        client.name = m_ui->newClientNameLineEdit->text().simplified();
        client.email = m_ui->newClientEmailLineEdit->text().trimmed();
        issues += prefixed(QStringLiteral("client."), validate(client));
    }
    Principal principal;
    if (principalChoice == NewRecord) {
        principal.organisation = m_ui->newPrincipalLineEdit->text().simplified();
        principal.contactName = m_ui->newPrincipalContactLineEdit->text().simplified();
        issues += prefixed(QStringLiteral("principal."), validate(principal));
    }

    Engagement engagement = onboarding()->engagementId() != 0 ? onboarding()->engagement() : Engagement();
    const bool isNew = engagement.id == 0;
    engagement.kind =
        fromId<EngagementKind>(m_ui->kindComboBox->currentData().toString()).value_or(EngagementKind::Coaching);
    engagement.topCivilServant = isEvaluation(engagement.kind) && m_ui->topCivilServantCheckBox->isChecked();
    engagement.title = m_ui->titleLineEdit->text().simplified();
    engagement.letterLanguage =
        fromId<Language>(m_ui->letterLanguageComboBox->currentData().toString()).value_or(Language::Dutch);
    // A new client or principal gets its id when saved; until then a stand-in passes validation.
    engagement.clientId = clientChoice == NewRecord ? 1 : std::max<qint64>(0, clientChoice);
    engagement.principalId = principalChoice == NewRecord ? 1 : principalChoice;
    // CMI-5: the principal pays unless the terms say otherwise; without one, the client does.
    if (engagement.principalId == NoPrincipal && engagement.payerKind == PayerKind::Principal) {
        engagement.payerKind = PayerKind::Client;
    } else if (engagement.principalId != NoPrincipal && isNew) {
        engagement.payerKind = PayerKind::Principal;
    }
    issues += validate(engagement);
    if (!issues.isEmpty()) {
        showIssues(issues,
                   {{QStringLiteral("clientId"), m_ui->clientComboBox},
                    {QStringLiteral("client.name"), m_ui->newClientNameLineEdit},
                    {QStringLiteral("client.email"), m_ui->newClientEmailLineEdit},
                    {QStringLiteral("principal.organisation"), m_ui->newPrincipalLineEdit},
                    {QStringLiteral("principal.contactName"), m_ui->newPrincipalContactLineEdit},
                    {QStringLiteral("principalId"), m_ui->principalComboBox},
                    {QStringLiteral("title"), m_ui->titleLineEdit},
                    {QStringLiteral("topCivilServant"), m_ui->topCivilServantCheckBox}});
        return false;
    }

    RecordError recordError;
    const QDate today = onboarding()->today();
    const bool saved = all.transaction(
        [&](RecordError* failure) {
            if (clientChoice == NewRecord) {
                if (!all.clients().save(client, failure)) {
                    return false;
                }
                engagement.clientId = client.id;
            }
            if (principalChoice == NewRecord) {
                if (!all.principals().save(principal, failure)) {
                    return false;
                }
                engagement.principalId = principal.id;
            }
            return Onboarding::begin(all, engagement, today, failure);
        },
        &recordError);
    if (!saved) {
        *error = recordError.message;
        return false;
    }
    onboarding()->setEngagementId(engagement.id);
    return true;
}

} // namespace mandaat
