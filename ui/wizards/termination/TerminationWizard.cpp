#include "wizards/termination/TerminationWizard.h"

#include "compliance/ComplianceEngine.h"
#include "compliance/EvidenceTopics.h"
#include "documents/LetterService.h"
#include "domain/EngagementLifecycle.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/Records.h"
#include "repositories/SessionRepository.h"
#include "wizards/termination/ExportPage.h"
#include "wizards/termination/FinalReportPage.h"
#include "wizards/termination/LetterPage.h"
#include "wizards/termination/ReasonPage.h"
#include "wizards/termination/RetentionPage.h"

#include <QLabel>

namespace mandaat {

namespace {

Referral referralOf(const TerminationPlan& plan, qint64 engagementId)
{
    Referral referral;
    referral.engagementId = engagementId;
    referral.referredOn = plan.endDate;
    referral.discipline = plan.referralDiscipline.trimmed();
    referral.referredTo = plan.referredTo.trimmed();
    referral.reason = plan.referralExplanation.trimmed();
    return referral;
}

Evidence evidenceOf(const QString& article, const QString& topic, const QString& text, qint64 engagementId, QDate on)
{
    Evidence evidence;
    evidence.engagementId = engagementId;
    evidence.articleId = article;
    evidence.topic = topic;
    evidence.party = Party::AllParties;
    evidence.occurredOn = on;
    evidence.channel = Channel::Letter;
    evidence.text = text;
    return evidence;
}

// CMI-11: a referral considered but not made is recorded as evidence with the reason.
Evidence referralConsidered(const TerminationPlan& plan, qint64 engagementId)
{
    Evidence evidence = evidenceOf(QStringLiteral("CMI-11"),
                                   evidence::referralConsidered(),
                                   plan.referralExplanation.trimmed(),
                                   engagementId,
                                   plan.endDate);
    evidence.party = Party::Client;
    evidence.channel = Channel::InPerson;
    return evidence;
}

} // namespace

TerminationWizard::TerminationWizard(Records& records, qint64 engagementId, QWidget* parent)
    : QWizard(parent)
    , m_records(records)
    , m_today(QDate::currentDate())
    , m_engine(std::make_unique<ComplianceEngine>(records))
{
    m_engine->setClock([this] { return m_today; });
    if (const auto engagement = records.engagements().engagement(engagementId)) {
        m_engagement = *engagement;
    }
    m_plan.language = m_engagement.letterLanguage;
    setWindowTitle(tr("End engagement: %1").arg(m_engagement.title));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveFinishButtonOnEarlyPages, false);
    setPage(ReasonPageId, new ReasonPage(this));
    setPage(FinalReportPageId, new FinalReportPage(this));
    setPage(LetterPageId, new LetterPage(this));
    setPage(RetentionPageId, new RetentionPage(this));
    setPage(ExportPageId, new ExportPage(this));
    setMinimumSize(640, 520);
    connect(&records.compliance(), &ComplianceRecords::recordsChanged, this, [this](qint64 id) {
        if (id == m_engagement.id) {
            Q_EMIT recordsChanged();
        }
    });
}

TerminationWizard::~TerminationWizard() = default;

void TerminationWizard::setToday(QDate today)
{
    m_today = today;
    Q_EMIT recordsChanged();
}

QList<EndReason> TerminationWizard::reasons() const
{
    // An active engagement ends through ending, with the reasons that fit there.
    return EngagementLifecycle::endReasonsFrom(
        m_engagement.status == EngagementStatus::Active ? EngagementStatus::Ending : m_engagement.status);
}

QDate TerminationWizard::interruptionDate() const
{
    QDate last = m_engagement.activatedOn;
    for (const Session& session : m_records.sessions().sessions(m_engagement.id)) {
        const QDate on = session.startsAt.toLocalTime().date();
        if (on <= m_today && (!last.isValid() || on > last)) {
            last = on;
        }
    }
    return endedByInterruptionOn(last); // CMI-10: more than six calendar months
}

QString TerminationWizard::endingRefusal() const
{
    if (!m_plan.reason || !m_plan.endDate.isValid()) {
        return {};
    }
    Engagement ending = m_engagement;
    if (ending.status == EngagementStatus::Active) {
        const TransitionCheck step = EngagementLifecycle::checkDate(ending, EngagementStatus::Ending, m_plan.endDate);
        if (!step.allowed) {
            return step.reason;
        }
        ending.status = EngagementStatus::Ending;
        ending.endingOn = m_plan.endDate;
    }
    for (const TransitionCheck& step :
         {EngagementLifecycle::check(ending.status, EngagementStatus::Ended, m_plan.reason),
          EngagementLifecycle::checkDate(ending, EngagementStatus::Ended, m_plan.endDate)}) {
        if (!step.allowed) {
            return step.reason;
        }
    }
    RecordError error;
    std::optional<ComplianceContext> context = m_engine->context(ending, m_plan.endDate, &error);
    if (!context) {
        return tr("The compliance rules could not be checked: %1").arg(error.message);
    }
    // What Finish will record before the end counts already.
    context->endReason = m_plan.reason;
    if (m_plan.referral == ReferralAnswer::Referred) {
        context->referrals.append(referralOf(m_plan, m_engagement.id));
    } else if (m_plan.referral == ReferralAnswer::Considered) {
        context->evidence.append(referralConsidered(m_plan, m_engagement.id));
    }
    if (m_plan.reason == EndReason::ConflictOfInterest && !m_plan.successor.trimmed().isEmpty()) {
        context->evidence.append(evidenceOf(QStringLiteral("MW-5.3"),
                                            evidence::successorProposed(),
                                            m_plan.successor,
                                            m_engagement.id,
                                            m_plan.endDate));
    }
    const QList<ArticleCompliance> blockers = m_engine->evaluator().evaluate(*context).blockers(ComplianceGate::Ending);
    if (blockers.isEmpty()) {
        return {};
    }
    return tr("The engagement cannot end yet:\n%1").arg(EngagementCompliance::describe(blockers));
}

void TerminationWizard::ensureRetention()
{
    if (m_retentionFrom == m_plan.endDate && m_plan.dossierUntil.isValid()) {
        return;
    }
    const PracticePolicy policy = m_records.practice().policy();
    m_plan.dossierUntil = m_plan.endDate.addMonths(policy.dossierRetentionMonths);
    m_plan.financialUntil = m_plan.endDate.addYears(policy.financialRetentionYears);
    m_retentionFrom = m_plan.endDate;
}

std::optional<QByteArray> TerminationWizard::renderLetter(QString* error) const
{
    if (!m_plan.reason) {
        *error = tr("Choose why the engagement ends.");
        return std::nullopt;
    }
    return LetterService::renderTermination(m_records,
                                            m_engagement.id,
                                            *m_plan.reason,
                                            m_plan.endDate,
                                            m_plan.dossierUntil,
                                            m_plan.financialUntil,
                                            m_plan.note,
                                            m_plan.language,
                                            error);
}

std::optional<QByteArray> TerminationWizard::renderHandover(QString* error) const
{
    return LetterService::renderHandover(
        m_records, m_engagement.id, m_plan.successor, m_plan.language, m_plan.endDate, error);
}

void TerminationWizard::accept()
{
    QString error;
    if (!commit(&error)) {
        showMessage(error);
        return;
    }
    Q_EMIT ended(m_engagement.id);
    if (m_plan.exportAfterwards) {
        Q_EMIT exportRequested(m_engagement.id);
    }
    QWizard::accept();
}

void TerminationWizard::showMessage(const QString& text)
{
    if (auto* label = currentPage() ? currentPage()->findChild<QLabel*>(QStringLiteral("messageLabel")) : nullptr) {
        label->setText(text);
        label->setVisible(true);
    }
}

bool TerminationWizard::commit(QString* error)
{
    const QString refusal = endingRefusal();
    if (!refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    const std::optional<QByteArray> letter = renderLetter(error);
    if (!letter) {
        return false;
    }
    std::optional<QByteArray> handover;
    if (m_plan.reason == EndReason::ConflictOfInterest) {
        handover = renderHandover(error);
        if (!handover) {
            return false;
        }
    }
    const qint64 id = m_engagement.id;
    const TerminationPlan plan = m_plan;
    RecordError recordError;
    const bool ok = m_records.transaction(
        [&](RecordError* failure) {
            QString message;
            auto fail = [&](const QString& text) {
                setRecordError(failure, RecordError::make(RecordError::Kind::Refused, text));
                return false;
            };
            if (plan.referral == ReferralAnswer::Referred) {
                Referral referral = referralOf(plan, id);
                if (!m_records.compliance().save(referral, failure)) {
                    return false;
                }
            } else if (plan.referral == ReferralAnswer::Considered) {
                Evidence evidence = referralConsidered(plan, id);
                if (!m_records.compliance().save(evidence, failure)) {
                    return false;
                }
            }
            if (handover) {
                const auto stored = LetterService::store(
                    m_records, id, LetterKind::Handover, plan.language, *handover, plan.endDate, &message);
                if (!stored) {
                    return fail(message);
                }
                // MW-5.3: the proposal of a successor, with its letter.
                Evidence evidence = evidenceOf(
                    QStringLiteral("MW-5.3"), evidence::successorProposed(), plan.successor, id, plan.endDate);
                evidence.attachmentId = stored->attachmentId;
                if (!m_records.compliance().save(evidence, failure)) {
                    return false;
                }
            }
            if (plan.finalReport) {
                PrincipalReport report = *plan.finalReport;
                if (!m_records.compliance().save(report, failure)) {
                    return false;
                }
            }
            if (!LetterService::store(
                    m_records, id, LetterKind::Termination, plan.language, *letter, plan.endDate, &message)) {
                return fail(message);
            }
            if (m_engagement.status == EngagementStatus::Active &&
                !m_records.engagements().transition(
                    id, EngagementStatus::Ending, plan.endDate, plan.reason, plan.note, failure)) {
                return false;
            }
            return m_records.engagements().transition(
                       id, EngagementStatus::Ended, plan.endDate, plan.reason, plan.note, failure) &&
                m_records.engagements().setRetention(id, plan.dossierUntil, plan.financialUntil, failure);
        },
        &recordError);
    if (!ok) {
        *error = recordError.message.isEmpty() ? tr("The end could not be recorded.") : recordError.message;
    }
    return ok;
}

} // namespace mandaat
