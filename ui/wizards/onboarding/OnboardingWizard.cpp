#include "OnboardingWizard.h"

#include "common/OpenPractice.h"
#include "compliance/CodeCatalogue.h"
#include "compliance/ComplianceEngine.h"
#include "lifecycle/ConfirmationRecords.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/IssuedLetterRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/Records.h"
#include "wizards/onboarding/ConfirmationPage.h"
#include "wizards/onboarding/ConflictPage.h"
#include "wizards/onboarding/ConsentPage.h"
#include "wizards/onboarding/DisclosuresPage.h"
#include "wizards/onboarding/ExpectationsPage.h"
#include "wizards/onboarding/HandoverPage.h"
#include "wizards/onboarding/MethodsPage.h"
#include "wizards/onboarding/PartiesPage.h"
#include "wizards/onboarding/TermsPage.h"

#include <QListWidget>
#include <QPixmap>
#include <QStyle>

#include <algorithm>

namespace mandaat {

OnboardingWizard::OnboardingWizard(OpenPractice& practice, qint64 engagementId, QWidget* parent)
    : QWizard(parent)
    , m_practice(&practice)
    , m_engagementId(engagementId)
    , m_steps(new QListWidget(this))
{
    setObjectName(QStringLiteral("onboardingWizard"));
    setWindowTitle(tr("New engagement"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::CancelButton, tr("Save and close"));
    setPage(Parties, new PartiesPage(this));
    setPage(Conflict, new ConflictPage(this));
    setPage(Expectations, new ExpectationsPage(this));
    setPage(Methods, new MethodsPage(this));
    setPage(Terms, new TermsPage(this));
    setPage(Disclosures, new DisclosuresPage(this));
    setPage(Consent, new ConsentPage(this));
    setPage(Handover, new HandoverPage(this));
    setPage(Confirmation, new ConfirmationPage(this));

    // The steps, with those done ticked: where the onboarding stands at a glance.
    m_steps->setObjectName(QStringLiteral("stepsListWidget"));
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setAccessibleName(tr("Steps"));
    const int iconSize = fontMetrics().height();
    m_steps->setIconSize(QSize(iconSize, iconSize));
    m_steps->setSpacing(2);
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QFont bold = m_steps->font();
    bold.setBold(true);
    int widest = 0;
    for (const int id : pageIds()) {
        m_steps->addItem(page(id)->title());
        widest = std::max(widest, QFontMetrics(bold).horizontalAdvance(page(id)->title()));
    }
    m_steps->setFixedWidth(widest + m_steps->iconSize().width() + fontMetrics().averageCharWidth() * 6);
    setSideWidget(m_steps);
    connect(this, &QWizard::currentIdChanged, this, &OnboardingWizard::updateSteps);
    connect(&practice, &QObject::destroyed, this, &OnboardingWizard::practiceGone);
    resize(1040, 700);

    if (m_engagementId != 0) {
        setWindowTitle(tr("Onboarding"));
        refresh();
        resume();
    }
}

OnboardingWizard::~OnboardingWizard() = default;

void OnboardingWizard::setClock(std::function<QDate()> clock)
{
    m_clock = std::move(clock);
    if (m_engagementId != 0) {
        refresh();
        resume();
    } else if (currentId() != -1) {
        m_furthest = -1;
        restart();
    }
}

QDate OnboardingWizard::today() const
{
    return m_clock ? m_clock() : QDate::currentDate();
}

Records* OnboardingWizard::records() const
{
    return m_practice ? &m_practice->records() : nullptr;
}

void OnboardingWizard::refresh()
{
    m_engagement = Engagement();
    m_evidence.clear();
    m_consents.clear();
    m_letters.clear();
    m_compliance.reset();
    Records* all = records();
    if (all && m_engagementId != 0) {
        if (const std::optional<Engagement> engagement = all->engagements().engagement(m_engagementId)) {
            m_engagement = *engagement;
        }
        m_evidence = all->compliance().evidenceFor(m_engagementId);
        m_consents = all->compliance().consentsFor(m_engagementId);
        m_letters = all->letters().lettersFor(m_engagementId, LetterKind::Confirmation);
        ComplianceEngine engine(*all);
        m_compliance = engine.evaluate(m_engagementId, today());
    }
    updateSteps();
}

std::optional<ComplianceContext> OnboardingWizard::context() const
{
    if (!records() || m_engagementId == 0) {
        return std::nullopt;
    }
    ComplianceEngine engine(*records());
    return engine.context(m_engagement, today());
}

void OnboardingWizard::setEngagementId(qint64 id)
{
    const bool created = m_engagementId == 0 && id != 0;
    m_engagementId = id;
    refresh();
    if (created) {
        Q_EMIT engagementCreated(id);
    }
}

QList<CodeArticle> OnboardingWizard::articlesServing(const QStringList& ruleIds,
                                                     std::optional<EngagementKind> kind) const
{
    const CodeCatalogue& catalogue = CodeCatalogue::builtIn();
    QList<CodeArticle> applicable;
    if (m_compliance && (!kind || *kind == m_engagement.kind)) {
        for (const ArticleCompliance& item : m_compliance->articles) {
            applicable.append(item.article);
        }
    } else if (records()) {
        // Before the engagement exists: the practice's codes in force today.
        QStringList subscribed;
        for (const CodeSubscription& subscription : records()->practice().codeSubscriptions()) {
            subscribed.append(subscription.codeId);
        }
        const QStringList codes = catalogue.codesInForce(subscribed, today());
        applicable = catalogue.articlesFor(codes, toId(kind.value_or(m_engagement.kind)));
    }
    QList<CodeArticle> found;
    for (const CodeArticle& article : std::as_const(applicable)) {
        const bool serves = std::any_of(article.rules.cbegin(), article.rules.cend(), [&ruleIds](const QString& id) {
            return ruleIds.contains(id);
        });
        if (serves && !std::any_of(found.cbegin(), found.cend(), [&article](const CodeArticle& other) {
                return other.id == article.id;
            })) {
            found.append(article);
        }
    }
    return found;
}

bool OnboardingWizard::ruleInForce(const QString& ruleId) const
{
    if (!m_compliance) {
        return false;
    }
    return std::any_of(m_compliance->articles.cbegin(),
                       m_compliance->articles.cend(),
                       [&ruleId](const ArticleCompliance& item) { return item.article.rules.contains(ruleId); });
}

bool OnboardingWizard::ruleApplies(const QString& ruleId) const
{
    if (!m_compliance) {
        return false;
    }
    for (const ArticleCompliance& item : m_compliance->articles) {
        for (const RuleResult& result : item.results) {
            if (result.ruleId == ruleId && result.status != RuleStatus::NotApplicable) {
                return true;
            }
        }
    }
    return false;
}

bool OnboardingWizard::anyOutstanding(const QStringList& ruleIds) const
{
    if (!m_compliance) {
        return true;
    }
    for (const ArticleCompliance& item : m_compliance->articles) {
        for (const RuleResult& result : item.results) {
            if (ruleIds.contains(result.ruleId) && isOutstanding(result.status)) {
                return true;
            }
        }
    }
    return false;
}

QList<Party> OnboardingWizard::parties() const
{
    return ConfirmationRecords::partiesOf(m_engagement);
}

int OnboardingWizard::firstIncompletePage() const
{
    for (const int id : pageIds()) {
        const auto* step = qobject_cast<const OnboardingPage*>(page(id));
        if (step && !step->isDone()) {
            return id;
        }
    }
    return Confirmation;
}

void OnboardingWizard::resume()
{
    const int target = firstIncompletePage();
    // Walk forward from the start, so that Back leads to the pages before.
    m_resuming = true;
    m_furthest = -1;
    restart();
    while (currentId() != -1 && currentId() < target) {
        const int before = currentId();
        next();
        if (currentId() == before) {
            break;
        }
    }
    m_resuming = false;
    updateSteps();
}

void OnboardingWizard::reject()
{
    if (records()) {
        if (auto* shown = qobject_cast<OnboardingPage*>(currentPage())) {
            shown->saveOnClose();
        }
    }
    QWizard::reject();
}

void OnboardingWizard::practiceGone()
{
    // The vault closed without the dialogs being closed first: touch nothing, just go.
    m_practice = nullptr;
    QWizard::reject();
}

void OnboardingWizard::updateSteps()
{
    const QIcon done = style()->standardIcon(QStyle::SP_DialogApplyButton);
    // An empty icon of the same size keeps the titles aligned.
    QPixmap blank(m_steps->iconSize());
    blank.fill(Qt::transparent);
    const QIcon notDone(blank);
    m_furthest = std::max(m_furthest, currentId());
    const QList<int> ids = pageIds();
    for (int row = 0; row < ids.size() && row < m_steps->count(); ++row) {
        QListWidgetItem* item = m_steps->item(row);
        const auto* step = qobject_cast<const OnboardingPage*>(page(ids.at(row)));
        // Ticked once the user reached the step and what it asks is done: a step whose rules
        // do not apply is "done" from the start, but not before the user has seen it.
        const bool isDone = m_engagementId != 0 && ids.at(row) <= m_furthest && step && step->isDone();
        item->setIcon(isDone ? done : notDone);
        item->setData(Qt::AccessibleDescriptionRole, isDone ? tr("Done") : QString());
        QFont font = m_steps->font();
        font.setBold(ids.at(row) == currentId());
        item->setFont(font);
    }
}

} // namespace mandaat
