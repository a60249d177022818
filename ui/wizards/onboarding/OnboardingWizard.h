#pragma once

#include "compliance/CodeArticle.h"
#include "compliance/ComplianceContext.h"
#include "compliance/ComplianceEvaluator.h"
#include "domain/ComplianceRecord.h"
#include "domain/Engagement.h"
#include "domain/IssuedLetter.h"

#include <QDate>
#include <QList>
#include <QPointer>
#include <QWizard>

#include <functional>
#include <optional>

class QListWidget;

namespace mandaat {

class OpenPractice;
class Records;

/// "New engagement": the onboarding of one engagement, page by page in the order of the codes
/// (docs/journey.md, steps 4 to 7): parties and kind, the conflict check, expectations, methods,
/// terms, disclosures, consent, handing over, the confirmation letter. Every page validates
/// with core and saves through the repositories when the user goes on, so closing the wizard
/// loses nothing; opened again on the same engagement it resumes at the first page whose
/// obligations are not met. Opened with show()/open(), never exec(): a lock rejects it (it
/// then saves the page shown while the vault is still open) and nothing is touched after
/// the practice is gone.
class OnboardingWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { Parties, Conflict, Expectations, Methods, Terms, Disclosures, Consent, Handover, Confirmation };
    Q_ENUM(PageId)

    /// A new engagement (\a engagementId 0), or the onboarding of an existing one, resumed at
    /// its first incomplete page.
    explicit OnboardingWizard(OpenPractice& practice, qint64 engagementId = 0, QWidget* parent = nullptr);
    ~OnboardingWizard() override;

    /// CONTRIBUTING.md, point 16: the date of "today" for new records and the rules; nullptr restores the
    /// system date. Call before the wizard is shown; resumes again with the new date.
    void setClock(std::function<QDate()> clock);
    QDate today() const;

    /// nullptr once the practice is closed (a lock): then nothing may be read or saved.
    Records* records() const;
    qint64 engagementId() const { return m_engagementId; }
    /// The engagement as last saved (empty before page 1 created it).
    const Engagement& engagement() const { return m_engagement; }
    const QList<Evidence>& evidence() const { return m_evidence; }
    const QList<mandaat::Consent>& consents() const { return m_consents; }
    /// The confirmations issued, newest first.
    const QList<IssuedLetter>& letters() const { return m_letters; }
    const std::optional<EngagementCompliance>& compliance() const { return m_compliance; }
    /// The context the rules judged (for the conflict check).
    std::optional<ComplianceContext> context() const;

    /// Reads the engagement, its records and its compliance again, after a save.
    void refresh();
    /// Page 1 created the engagement.
    void setEngagementId(qint64 id);

    /// The articles of the codes that apply to the engagement (or, before there is one, to
    /// \a kind under the practice's codes) that name one of \a ruleIds, in the catalogue's order.
    QList<CodeArticle> articlesServing(const QStringList& ruleIds, std::optional<EngagementKind> kind = {}) const;
    /// Whether an article of the engagement's codes names the rule (whether or not the rule
    /// applies at this stage: the successor of MW-5.3 only matters when declining).
    bool ruleInForce(const QString& ruleId) const;
    /// Whether one of the rules applies to the engagement.
    bool ruleApplies(const QString& ruleId) const;
    /// Whether one of \a ruleIds is open, due or overdue.
    bool anyOutstanding(const QStringList& ruleIds) const;
    /// The parties each told or handed something: the client, and the principal when there is one.
    QList<Party> parties() const;

    /// The first page whose obligations are not all met.
    int firstIncompletePage() const;
    /// True while resume() walks past the pages that are done (they need not save again).
    bool isResuming() const { return m_resuming; }

Q_SIGNALS:
    /// Page 1 created a new engagement.
    void engagementCreated(qint64 id);

public Q_SLOTS:
    /// Saves the page shown (when it can), then closes: "Save and close", Escape, a lock.
    void reject() override;

private:
    void resume();
    void updateSteps();
    void practiceGone();

    QPointer<OpenPractice> m_practice;
    std::function<QDate()> m_clock;
    qint64 m_engagementId = 0;
    Engagement m_engagement;
    QList<Evidence> m_evidence;
    QList<mandaat::Consent> m_consents;
    QList<IssuedLetter> m_letters;
    std::optional<EngagementCompliance> m_compliance;
    QListWidget* m_steps = nullptr;
    /// The furthest page shown since the wizard (re)started: the steps after it are not
    /// ticked, even when their rules do not apply (no principal: nothing to consent to).
    int m_furthest = -1;
    bool m_resuming = false;
};

} // namespace mandaat
