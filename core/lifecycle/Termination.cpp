#include "Termination.h"

#include "compliance/ComplianceEngine.h"
#include "compliance/EvidenceFiling.h"
#include "compliance/EvidenceTopics.h"
#include "documents/LetterService.h"
#include "domain/DisplayNames.h"
#include "domain/EngagementLifecycle.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/Records.h"

#include <QCoreApplication>

namespace mandaat::Termination {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mandaat::Termination", text);
}

// The rules whose evidence these records are (core/compliance/rules/EndingRules.cpp).
const QString ReferralRule = QStringLiteral("referral-considered");
const QString SuccessorRule = QStringLiteral("conflict-termination");
const QString InterruptionRule = QStringLiteral("interruption-clock");

bool endsEarly(std::optional<EndReason> reason)
{
    return reason == EndReason::EarlyNotFeasible || reason == EndReason::EarlyObstruction;
}

/// The first of the engagement's articles that names \a ruleId; empty when none does: then no
/// code of this engagement asks for that evidence, and none is filed.
QString articleServing(const Records& records, const Engagement& engagement, const QString& ruleId, QDate on)
{
    const QStringList articles = EvidenceFiling::articlesNaming(records, engagement.id, ruleId, on);
    return articles.isEmpty() ? QString() : articles.constFirst();
}

Referral referralOf(const TerminationPlan& plan, qint64 engagementId)
{
    Referral referral;
    referral.engagementId = engagementId;
    referral.referredOn = plan.endDate;
    referral.discipline = plan.referralDiscipline.trimmed();
    referral.referredTo = plan.referredTo.trimmed();
    referral.reason = plan.referralExplanation.trimmed();
    referral.benefit = plan.referralBenefit.trimmed();
    referral.benefitDisclosedOn = referral.benefit.isEmpty() ? QDate() : plan.referralBenefitDisclosedOn;
    return referral;
}

/// The evidence rows \a plan adds before the end: the reason not to refer and the proposed
/// successor, each under the article of the engagement that asks for it.
struct PlanEvidence
{
    std::optional<Evidence> referralConsidered;
    std::optional<Evidence> successorProposed;
};

PlanEvidence evidenceOf(const Records& records, const Engagement& engagement, const TerminationPlan& plan)
{
    PlanEvidence rows;
    if (plan.referral == ReferralAnswer::Considered) {
        const QString article = articleServing(records, engagement, ReferralRule, plan.endDate);
        if (!article.isEmpty()) {
            Evidence row;
            row.engagementId = engagement.id;
            row.articleId = article;
            row.topic = evidence::referralConsidered();
            row.party = Party::Client;
            row.occurredOn = plan.endDate;
            row.channel = Channel::InPerson;
            row.text = plan.referralExplanation.trimmed();
            rows.referralConsidered = row;
        }
    }
    if (plan.reason == EndReason::ConflictOfInterest && !plan.successor.trimmed().isEmpty()) {
        const QString article = articleServing(records, engagement, SuccessorRule, plan.endDate);
        if (!article.isEmpty()) {
            Evidence row;
            row.engagementId = engagement.id;
            row.articleId = article;
            row.topic = evidence::successorProposed();
            row.party = Party::AllParties;
            row.occurredOn = plan.endDate;
            row.channel = Channel::Letter;
            row.text = plan.successor.trimmed();
            rows.successorProposed = row;
        }
    }
    return rows;
}

/// What the user still has to answer in \a plan, or empty.
QString unanswered(const Records& records, const Engagement& engagement, const TerminationPlan& plan)
{
    if (plan.reason == EndReason::ConflictOfInterest && plan.successor.trimmed().isEmpty()) {
        return EvidenceFiling::citing(
            records, engagement.id, {SuccessorRule}, plan.endDate, tr("Name the consultant you propose to take over."));
    }
    if (!endsEarly(plan.reason)) {
        return {};
    }
    switch (plan.referral) {
    case ReferralAnswer::Referred:
        if (plan.referralDiscipline.trimmed().isEmpty() || plan.referredTo.trimmed().isEmpty()) {
            return EvidenceFiling::citing(records,
                                          engagement.id,
                                          {ReferralRule},
                                          plan.endDate,
                                          tr("Name the discipline and to whom you referred the client."));
        }
        return {};
    case ReferralAnswer::Considered:
        if (plan.referralExplanation.trimmed().isEmpty()) {
            return EvidenceFiling::citing(
                records, engagement.id, {ReferralRule}, plan.endDate, tr("Say why you did not refer the client."));
        }
        return {};
    case ReferralAnswer::None:
        // A question the user answers where a code asks it, not a record to find first.
        if (!articleServing(records, engagement, ReferralRule, plan.endDate).isEmpty()) {
            return EvidenceFiling::citing(records,
                                          engagement.id,
                                          {ReferralRule},
                                          plan.endDate,
                                          tr("Before ending early, say whether you referred the client to another "
                                             "discipline (to whom), or why not."));
        }
        return {};
    }
    return {};
}

bool refuse(Error* error, const QString& message)
{
    setError(error, Error::make(Error::Kind::Refused, message));
    return false;
}

} // namespace

void setPolicyRetention(const Records& records, TerminationPlan& plan)
{
    const PracticePolicy policy = records.practice().policy();
    plan.dossierUntil = plan.endDate.addMonths(policy.dossierRetentionMonths);
    plan.financialUntil = plan.endDate.addYears(policy.financialRetentionYears);
}

QList<EndReason> reasonsFor(const Records& records, const Engagement& engagement, QDate on)
{
    QList<EndReason> reasons = EngagementLifecycle::endReasonsFrom(
        engagement.status == EngagementStatus::Active ? EngagementStatus::Ending : engagement.status);
    if (articleServing(records, engagement, InterruptionRule, on).isEmpty()) {
        reasons.removeAll(EndReason::Interruption);
    }
    if (engagement.principalId == 0) {
        reasons.removeAll(EndReason::PrincipalStopped); // a self-paying client: no principal to stop
    }
    return reasons;
}

bool check(const Records& records, qint64 engagementId, const TerminationPlan& plan, Error* error)
{
    if (!plan.reason) {
        return refuse(error, tr("Choose why the engagement ends."));
    }
    if (!plan.endDate.isValid()) {
        return refuse(error, tr("Enter the date the engagement ends."));
    }
    RecordError recordError;
    const std::optional<Engagement> engagement = records.engagements().engagement(engagementId, &recordError);
    if (!engagement) {
        return refuse(error, recordError.message);
    }
    if (plan.reason == EndReason::PrincipalStopped && engagement->principalId == 0) {
        return refuse(error, tr("This engagement has no principal: choose another reason."));
    }
    if (plan.reason == EndReason::Interruption &&
        articleServing(records, *engagement, InterruptionRule, plan.endDate).isEmpty()) {
        return refuse(error,
                      tr("No code of this engagement ends it after six months without a session: choose another "
                         "reason."));
    }
    // An active engagement ends through ending, on the same day.
    Engagement ending = *engagement;
    if (ending.status == EngagementStatus::Active) {
        const TransitionCheck step = EngagementLifecycle::checkDate(ending, EngagementStatus::Ending, plan.endDate);
        if (!step.allowed) {
            return refuse(error, step.reason);
        }
        ending.status = EngagementStatus::Ending;
        ending.endingOn = plan.endDate;
    }
    for (const TransitionCheck& step :
         {EngagementLifecycle::check(ending.status, EngagementStatus::Ended, plan.reason),
          EngagementLifecycle::checkDate(ending, EngagementStatus::Ended, plan.endDate)}) {
        if (!step.allowed) {
            return refuse(error, step.reason);
        }
    }
    if ((plan.dossierUntil.isValid() && plan.dossierUntil < plan.endDate) ||
        (plan.financialUntil.isValid() && plan.financialUntil < plan.endDate)) {
        return refuse(error,
                      tr("The records are kept at least until the end date, %1.").arg(displayDate(plan.endDate)));
    }

    const ComplianceEngine engine(records);
    std::optional<ComplianceContext> context = engine.context(ending, plan.endDate, &recordError);
    if (!context) {
        return refuse(error, tr("The compliance rules could not be checked: %1").arg(recordError.message));
    }
    // What end() will record before the end counts already.
    context->endReason = plan.reason;
    if (plan.referral == ReferralAnswer::Referred) {
        context->referrals.append(referralOf(plan, engagementId));
    }
    const PlanEvidence rows = evidenceOf(records, ending, plan);
    for (const std::optional<Evidence>& row : {rows.referralConsidered, rows.successorProposed}) {
        if (row) {
            context->evidence.append(*row);
        }
    }
    const QList<ArticleCompliance> blockers = engine.evaluator().evaluate(*context).blockers(ComplianceGate::Ending);
    if (!blockers.isEmpty()) {
        return refuse(error, tr("The engagement cannot end yet:\n%1").arg(EngagementCompliance::describe(blockers)));
    }
    const QString question = unanswered(records, ending, plan);
    if (!question.isEmpty()) {
        return refuse(error, question);
    }
    return true;
}

std::optional<QByteArray> renderLetter(Records& records, qint64 engagementId, const TerminationPlan& plan, Error* error)
{
    if (!plan.reason) {
        refuse(error, tr("Choose why the engagement ends."));
        return std::nullopt;
    }
    return LetterService::renderTermination(records,
                                            engagementId,
                                            *plan.reason,
                                            plan.endDate,
                                            plan.dossierUntil,
                                            plan.financialUntil,
                                            plan.note,
                                            plan.language,
                                            error);
}

std::optional<QByteArray>
renderHandover(Records& records, qint64 engagementId, const TerminationPlan& plan, Error* error)
{
    return LetterService::renderHandover(records, engagementId, plan.successor, plan.language, plan.endDate, error);
}

bool end(Records& records, qint64 engagementId, const TerminationPlan& given, Error* error)
{
    TerminationPlan plan = given;
    if (!plan.dossierUntil.isValid() || !plan.financialUntil.isValid()) {
        TerminationPlan policy = plan;
        setPolicyRetention(records, policy);
        plan.dossierUntil = plan.dossierUntil.isValid() ? plan.dossierUntil : policy.dossierUntil;
        plan.financialUntil = plan.financialUntil.isValid() ? plan.financialUntil : policy.financialUntil;
    }
    if (!check(records, engagementId, plan, error)) {
        return false;
    }
    const std::optional<Engagement> engagement = records.engagements().engagement(engagementId);
    if (!engagement) {
        return refuse(error, tr("The end could not be recorded."));
    }
    const std::optional<QByteArray> letter = renderLetter(records, engagementId, plan, error);
    if (!letter) {
        return false;
    }
    std::optional<QByteArray> handover;
    if (plan.reason == EndReason::ConflictOfInterest) {
        handover = renderHandover(records, engagementId, plan, error);
        if (!handover) {
            return false;
        }
    }
    const PlanEvidence rows = evidenceOf(records, *engagement, plan);
    const qint64 id = engagementId;
    RecordError recordError;
    const bool done = records.transaction(
        [&](RecordError* failure) {
            Error message;
            auto fail = [&](const QString& text) {
                setRecordError(failure, RecordError::make(RecordError::Kind::Refused, text));
                return false;
            };
            // CMI-11: the referral made, or the reason not to refer.
            if (plan.referral == ReferralAnswer::Referred) {
                Referral referral = referralOf(plan, id);
                if (!records.compliance().save(referral, failure)) {
                    return false;
                }
            } else if (rows.referralConsidered) {
                Evidence row = *rows.referralConsidered;
                if (!records.compliance().save(row, failure)) {
                    return false;
                }
            }
            if (handover) {
                const auto stored = LetterService::store(
                    records, id, LetterKind::Handover, plan.language, *handover, plan.endDate, &message);
                if (!stored) {
                    return fail(message.message);
                }
                // MW-5.3: the proposal of a successor, with its letter.
                if (rows.successorProposed) {
                    Evidence row = *rows.successorProposed;
                    row.attachmentId = stored->attachmentId;
                    if (!records.compliance().save(row, failure)) {
                        return false;
                    }
                }
            }
            if (plan.finalReport) {
                PrincipalReport report = *plan.finalReport;
                if (!records.compliance().save(report, failure)) {
                    return false;
                }
            }
            if (!LetterService::store(
                    records, id, LetterKind::Termination, plan.language, *letter, plan.endDate, &message)) {
                return fail(message.message);
            }
            if (engagement->status == EngagementStatus::Active &&
                !records.engagements().transition(
                    id, EngagementStatus::Ending, plan.endDate, plan.reason, plan.note, failure)) {
                return false;
            }
            return records.engagements().transition(
                       id, EngagementStatus::Ended, plan.endDate, plan.reason, plan.note, failure) &&
                records.engagements().setRetention(id, plan.dossierUntil, plan.financialUntil, failure);
        },
        &recordError);
    if (!done) {
        refuse(error, recordError.message.isEmpty() ? tr("The end could not be recorded.") : recordError.message);
    }
    return done;
}

} // namespace mandaat::Termination
