// Every rule of core/compliance, table-driven on in-memory contexts: an engagement that meets
// it, one that misses it, one out of its scope, before and after its deadline. Also: every
// rule id of the catalogue has a rule, and a complete onboarding has no blocker.
#include "ComplianceTestData.h"

#include "compliance/CodeCatalogue.h"
#include "compliance/ComplianceEvaluator.h"
#include "compliance/EvidenceTopics.h"
#include "compliance/RuleRegistry.h"
#include "documents/ConfirmationGaps.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace mandaat;
using namespace mandaat::test;
namespace ev = mandaat::evidence;

Q_DECLARE_METATYPE(mandaat::test::ContextSetup)

namespace {

const ContextSetup asIs = [](ComplianceContext&) {};

QString S(const char* text)
{
    return QString::fromUtf8(text);
}

// One row: the rule, the engagement's kind, what to change, the date, the expected result.
void row(const char* name,
         const char* rule,
         const ContextSetup& setup,
         QDate at,
         RuleStatus status,
         QDate due = {},
         EngagementKind kind = EngagementKind::Coaching)
{
    QTest::newRow(name) << S(rule) << toId(kind) << setup << at << toId(status) << due;
}

const QDate before = beforeStart();
const QDate after = afterStart();
const QDate start = plannedStart();
constexpr auto Met = RuleStatus::Met;
constexpr auto Open = RuleStatus::Open;
constexpr auto Due = RuleStatus::Due;
constexpr auto Overdue = RuleStatus::Overdue;
constexpr auto NA = RuleStatus::NotApplicable;
constexpr auto Outplacement = EngagementKind::Outplacement;
constexpr auto Evaluation = EngagementKind::Evaluation;

ContextSetup without(const QString& topic, std::optional<Party> party = std::nullopt)
{
    return [topic, party](ComplianceContext& c) { removeEvidence(c, topic, party); };
}

ContextSetup both(ContextSetup first, ContextSetup second)
{
    return [first, second](ComplianceContext& c) {
        first(c);
        second(c);
    };
}

// Another engagement of the practice with the same client, for the conflict check.
ContextSetup otherEngagement(EngagementKind kind, EngagementStatus status, QDate activated, qint64 clientId = 1)
{
    return [=](ComplianceContext& c) {
        OtherEngagement other;
        other.engagement.id = 7;
        other.engagement.clientId = clientId;
        other.engagement.kind = kind;
        other.engagement.status = status;
        other.engagement.onboardingOn = activated.isValid() ? activated.addDays(-14) : QDate();
        other.engagement.activatedOn = activated;
        other.client = c.client;
        if (clientId != c.client.id) {
            other.client.id = clientId;
        }
        c.others.append(other);
    };
}

const ContextSetup topCivilServant = [](ComplianceContext& c) { c.engagement.topCivilServant = true; };

ContextSetup complaint(QDate received, ComplaintStatus status, QDate acknowledged = {}, QDate settled = {})
{
    return [=](ComplianceContext& c) {
        Complaint complaint;
        complaint.id = 1;
        complaint.engagementId = 1;
        complaint.receivedOn = received;
        complaint.summary = QStringLiteral("Report was late");
        complaint.status = status;
        complaint.acknowledgedOn = acknowledged;
        complaint.settledOn = settled;
        c.complaints.append(complaint);
    };
}

ContextSetup endingWith(EndReason reason)
{
    return [reason](ComplianceContext& c) {
        activate(c);
        c.engagement.status = EngagementStatus::Ending;
        c.endReason = reason;
    };
}

ContextSetup ended(QDate endedOn, QDate dossierUntil, QDate financialUntil)
{
    return [=](ComplianceContext& c) {
        activate(c);
        c.engagement.status = EngagementStatus::Ended;
        c.engagement.endedOn = endedOn;
        c.engagement.endReason = EndReason::Completed;
        c.endReason = EndReason::Completed;
        c.engagement.dossierRetentionUntil = dossierUntil;
        c.engagement.financialRetentionUntil = financialUntil;
    };
}

ContextSetup report(ReportKind kind, const char* title, QDate sent)
{
    return [=](ComplianceContext& c) {
        PrincipalReport r;
        r.id = static_cast<qint64>(c.reports.size()) + 1;
        r.engagementId = 1;
        r.kind = kind;
        r.title = S(title);
        r.sentOn = sent;
        c.reports.append(r);
    };
}

ContextSetup consentScope(ConsentScope scope, QStringList listed = {}, QDate withdrawn = {})
{
    return [=](ComplianceContext& c) {
        c.consents.first().scope = scope;
        c.consents.first().listedReports = listed;
        c.consents.first().withdrawnOn = withdrawn;
    };
}

ContextSetup role(QDate started, QDate endedOn = {})
{
    return [=](ComplianceContext& c) {
        PrincipalRole r;
        r.id = 31;
        r.kind = PrincipalRoleKind::RecruitmentSelection;
        r.startedOn = started;
        r.endedOn = endedOn;
        c.principal->roles.append(r);
    };
}

ContextSetup qualificationExpiring(QDate expires, const char* title = "EMCC Senior Practitioner")
{
    return [=](ComplianceContext& c) {
        PracticeQualification q = c.qualifications.first();
        q.id = 2;
        q.title = S(title);
        q.expiresOn = expires;
        if (q.title == c.qualifications.first().title) {
            c.qualifications.first() = q;
        } else {
            c.qualifications.append(q);
        }
    };
}

/// \a c under ICF-2025 alone.
ComplianceContext icfOnly(ComplianceContext c)
{
    c.codeIds = {QStringLiteral("ICF-2025")};
    c.engagement.pinnedCodes = {{QStringLiteral("ICF-2025"), QStringLiteral("2025")}};
    c.subscriptions = {{3, QStringLiteral("ICF-2025"), QStringLiteral("2025"), day(2025, 4, 1), 0}};
    c.engagement.cancellationPolicy = QStringLiteral("A session cancelled less than 48 hours ahead is charged.");
    return c;
}

QStringList articleIds(const EngagementCompliance& compliance)
{
    QStringList ids;
    for (const ArticleCompliance& item : compliance.articles) {
        ids.append(item.article.id);
    }
    return ids;
}

/// The rules that were judged (not "not applicable") for any article.
QStringList ruleIds(const EngagementCompliance& compliance)
{
    QStringList ids;
    for (const ArticleCompliance& item : compliance.articles) {
        for (const RuleResult& result : item.results) {
            if (result.status != RuleStatus::NotApplicable && !ids.contains(result.ruleId)) {
                ids.append(result.ruleId);
            }
        }
    }
    return ids;
}

RuleStatus statusOf(const EngagementCompliance& compliance, const QString& article)
{
    for (const ArticleCompliance& item : compliance.articles) {
        if (item.article.id == article) {
            return item.status;
        }
    }
    return RuleStatus::NotApplicable;
}

QString describeBlockers(const EngagementCompliance& compliance)
{
    return EngagementCompliance::describe(compliance.blockers(ComplianceGate::Activation));
}

} // namespace

class ComplianceRulesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEvidenceTopicIsReadByARule()
    {
        // Evidence is keyed by topic: a topic the wizards write that no rule reads would be
        // evidence that counts for nothing.
        const RuleRegistry& registry = RuleRegistry::builtIn();
        const QStringList topics = {evidence::codeHandedOver(),
                                    evidence::confirmationIssued(),
                                    evidence::confirmationAccepted(),
                                    evidence::termsAmended(),
                                    evidence::termsFinance(),
                                    evidence::termsLogistics(),
                                    evidence::termsConfidentiality(),
                                    evidence::durationAdequate(),
                                    evidence::objectivesReviewed(),
                                    evidence::clientInterestFirst(),
                                    evidence::neutralityDeclared(),
                                    evidence::independenceConfirmed(),
                                    evidence::conflictPrefix() + QStringLiteral("engagement_7"),
                                    evidence::otherRolePrefix() + QStringLiteral("3"),
                                    evidence::priorAdviceDisclosed(),
                                    evidence::endOfEmploymentDisclosed(),
                                    evidence::noAdmissionClause(),
                                    evidence::freedomToStop(),
                                    evidence::interruptionExtension(),
                                    evidence::privacyNoticeHandedOver(),
                                    evidence::reportContentAgreed(),
                                    evidence::referralConsidered(),
                                    evidence::successorProposed()};
        for (const QString& topic : topics) {
            QVERIFY2(!registry.idsReading(topic).isEmpty(), qPrintable(topic));
        }
        // A prefix reads only what it begins; an unknown topic has no reader.
        QVERIFY(registry.idsReading(QStringLiteral("conflict")).isEmpty());
        QVERIFY(registry.idsReading(QStringLiteral("no_such_topic")).isEmpty());
        QCOMPARE(
            registry.idsReading(evidence::freedomToStop()),
            (QStringList{QStringLiteral("freedom-to-stop-every-party"), QStringLiteral("freedom-to-stop-explained")}));
    }

    void everyCatalogueRuleHasAnImplementation()
    {
        const RuleRegistry& registry = RuleRegistry::builtIn();
        const QMap<QString, QString> elsewhere = RuleRegistry::handledElsewhere();
        const QStringList ids = CodeCatalogue::builtIn().ruleIds();
        QCOMPARE(ids.size(), 45);
        for (const QString& id : ids) {
            const Rule* rule = registry.rule(id);
            if (!rule) {
                QVERIFY2(elsewhere.contains(id), qPrintable(QStringLiteral("no rule for %1").arg(id)));
                QVERIFY(!elsewhere.value(id).isEmpty());
                continue;
            }
            QCOMPARE(rule->id(), id);
            // The topics it reads are topic ids, and it finds itself among the readers of each.
            for (const QString& topic : rule->topics()) {
                QVERIFY2(QRegularExpression(QStringLiteral("^[a-z][a-z0-9_]*$")).match(topic).hasMatch(),
                         qPrintable(id + QLatin1Char(' ') + topic));
                QVERIFY2(registry.idsReading(topic).contains(id), qPrintable(id + QLatin1Char(' ') + topic));
            }
        }
        // No rule is left that the catalogue does not use.
        for (const QString& id : registry.ids()) {
            QVERIFY2(ids.contains(id), qPrintable(id));
        }
    }

    // A self-paying client's engagement: no rule text names a principal, whatever its status
    // (issue 17), before the start and while it runs.
    void selfPayingTextsNameNoPrincipal_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("coaching") << toId(EngagementKind::Coaching);
        QTest::newRow("career coaching") << toId(EngagementKind::CareerCoaching);
        QTest::newRow("outplacement") << toId(EngagementKind::Outplacement);
    }

    void selfPayingTextsNameNoPrincipal()
    {
        QFETCH(QString, kind);
        const ComplianceEvaluator evaluator(CodeCatalogue::builtIn(), RuleRegistry::builtIn());
        ComplianceContext onboarding = completeContext(*fromId<EngagementKind>(kind));
        withoutPrincipal(onboarding);
        ComplianceContext running = onboarding;
        activate(running);
        running.today = day(2026, 6, 1);
        for (const ComplianceContext& context : {onboarding, running}) {
            for (const ArticleCompliance& item : evaluator.evaluate(context).articles) {
                for (const RuleResult& result : item.results) {
                    QVERIFY2(!result.explanation.contains(QStringLiteral("principal"), Qt::CaseInsensitive),
                             qPrintable(item.article.id + QLatin1Char(' ') + result.ruleId + QStringLiteral(": ") +
                                        result.explanation));
                }
            }
        }
    }

    // ICF-2025 alone (docs/codes.md, ICF-2025): judged by the rules its articles name, with
    // the same evidence rows the MW and CMI wizards write (filed under their articles): topics.
    void icfAloneIsJudgedByItsOwnArticles()
    {
        const ComplianceEvaluator evaluator(CodeCatalogue::builtIn(), RuleRegistry::builtIn());
        ComplianceContext c = icfOnly(completeContext(EngagementKind::Coaching));
        // The principal has not heard yet that every party may stop (ICF-1.2).
        EngagementCompliance compliance = evaluator.evaluate(c);
        const QStringList articles = articleIds(compliance);
        QVERIFY2(articles.contains(QStringLiteral("ICF-1.1")), qPrintable(articles.join(QLatin1Char(' '))));
        for (const QString& id : articles) {
            QVERIFY2(id.startsWith(QLatin1String("ICF-")) || id.startsWith(QLatin1String("GDPR-")), qPrintable(id));
        }
        QCOMPARE(statusOf(compliance, QStringLiteral("ICF-1.1")), RuleStatus::Met);
        QCOMPARE(statusOf(compliance, QStringLiteral("ICF-1.2")), RuleStatus::Due);
        QVERIFY(describeBlockers(compliance).contains(QStringLiteral("ICF-1.2")));
        addEvidence(c, QStringLiteral("CMI-10"), evidence::freedomToStop(), Party::Principal);
        compliance = evaluator.evaluate(c);
        QCOMPARE(statusOf(compliance, QStringLiteral("ICF-1.2")), RuleStatus::Met);
        // ICF-2.3: the exceptions to confidentiality, agreed in advance by every party, block
        // until the last party has agreed (the client alone is not enough with a sponsor).
        QCOMPARE(statusOf(compliance, QStringLiteral("ICF-2.3")), RuleStatus::Due);
        QVERIFY(describeBlockers(compliance).contains(QStringLiteral("ICF-2.3")));
        addEvidence(c, QStringLiteral("ICF-2.3"), evidence::confidentialityExceptions(), Party::Client);
        compliance = evaluator.evaluate(c);
        QCOMPARE(statusOf(compliance, QStringLiteral("ICF-2.3")), RuleStatus::Due);
        addEvidence(c, QStringLiteral("ICF-2.3"), evidence::confidentialityExceptions(), Party::Principal);
        compliance = evaluator.evaluate(c);
        QCOMPARE(statusOf(compliance, QStringLiteral("ICF-2.3")), RuleStatus::Met);
        QVERIFY2(compliance.blockers(ComplianceGate::Activation).isEmpty(), qPrintable(describeBlockers(compliance)));
        // ICF-1.1: the terms state the cancellation policy; without it the article is due and
        // blocks, and the letter would be refused for it (confirmationGaps).
        const QString policy = c.engagement.cancellationPolicy;
        c.engagement.cancellationPolicy = QStringLiteral("  ");
        compliance = evaluator.evaluate(c);
        QCOMPARE(statusOf(compliance, QStringLiteral("ICF-1.1")), RuleStatus::Due);
        QVERIFY2(describeBlockers(compliance).contains(QStringLiteral("cancellation policy")),
                 qPrintable(describeBlockers(compliance)));
        QVERIFY(confirmationGaps(c.engagement, c.profile, true, {QStringLiteral("cancellation-policy-stated")})
                    .contains(ConfirmationGap::CancellationPolicy));
        QVERIFY(!confirmationGaps(c.engagement, c.profile, true).contains(ConfirmationGap::CancellationPolicy));
        c.engagement.cancellationPolicy = policy;
        compliance = evaluator.evaluate(c);
        QCOMPARE(statusOf(compliance, QStringLiteral("ICF-1.1")), RuleStatus::Met);
        // Without the confirmation's acceptance, ICF-1.1 blocks, citing ICF, not CMI-5.
        removeEvidence(c, evidence::confirmationAccepted(), Party::Principal);
        compliance = evaluator.evaluate(c);
        QCOMPARE(statusOf(compliance, QStringLiteral("ICF-1.1")), RuleStatus::Due);
        QVERIFY(!describeBlockers(compliance).contains(QStringLiteral("CMI-")));
    }

    // ICF-3.8: a referral that brings the consultant a benefit leaves the article open until the
    // client was told, as the day judged saw it; a referral without a benefit asks nothing, and
    // the rule stays out of engagements without ICF.
    void icfReferralBenefitIsDisclosed()
    {
        const ComplianceEvaluator evaluator(CodeCatalogue::builtIn(), RuleRegistry::builtIn());
        ComplianceContext c = icfOnly(completeContext(EngagementKind::CareerCoaching));
        activate(c);
        c.today = day(2026, 6, 1);
        Referral referral;
        referral.id = 1;
        referral.engagementId = 1;
        referral.referredOn = day(2026, 5, 20);
        referral.discipline = S("Psychology");
        referral.referredTo = S("Dr. Peeters");
        c.referrals = {referral};
        QVERIFY(!ruleIds(evaluator.evaluate(c)).contains(S("referral-benefit-disclosed")));
        QCOMPARE(statusOf(evaluator.evaluate(c), S("ICF-3.8")), RuleStatus::NotApplicable);

        c.referrals.first().benefit = S("a fee of 50 euro per client");
        EngagementCompliance compliance = evaluator.evaluate(c);
        QCOMPARE(statusOf(compliance, S("ICF-3.8")), RuleStatus::Open);
        const QStringList outstanding = [&] {
            QStringList texts;
            for (const ArticleCompliance& item : compliance.articles) {
                for (const RuleResult& result : item.results) {
                    if (result.ruleId == S("referral-benefit-disclosed")) {
                        texts << result.explanation;
                    }
                }
            }
            return texts;
        }();
        QVERIFY2(outstanding.join(QLatin1Char(' ')).contains(S("Dr. Peeters (a fee of 50 euro per client)")),
                 qPrintable(outstanding.join(QLatin1Char(' '))));
        // Not blocking: the engagement runs on, the article stays open.
        QVERIFY2(!describeBlockers(compliance).contains(S("ICF-3.8")), qPrintable(describeBlockers(compliance)));

        c.referrals.first().benefitDisclosedOn = day(2026, 6, 2); // the day after the one judged
        QCOMPARE(statusOf(evaluator.evaluate(c), S("ICF-3.8")), RuleStatus::Open);
        c.referrals.first().benefitDisclosedOn = day(2026, 6, 1);
        compliance = evaluator.evaluate(c);
        QCOMPARE(statusOf(compliance, S("ICF-3.8")), RuleStatus::Met);

        ComplianceContext mw = completeContext(EngagementKind::CareerCoaching);
        activate(mw);
        mw.today = c.today;
        mw.referrals = c.referrals;
        mw.referrals.first().benefitDisclosedOn = {};
        QVERIFY(!ruleIds(evaluator.evaluate(mw)).contains(S("referral-benefit-disclosed")));
    }

    // ICF-3.3, ICF-4.2: a suspended engagement is due to resume on the day planned (open without
    // one), overdue the day after; resumed, or before the suspension began, nothing is asked; the
    // end is never blocked by it; an MW engagement is not judged by it.
    void icfSuspensionResumes()
    {
        const ComplianceEvaluator evaluator(CodeCatalogue::builtIn(), RuleRegistry::builtIn());
        ComplianceContext c = icfOnly(completeContext(EngagementKind::CareerCoaching));
        activate(c);
        Suspension suspension;
        suspension.id = 1;
        suspension.engagementId = 1;
        suspension.suspendedOn = day(2026, 6, 1);
        suspension.ground = SuspensionGround::ConsultantLimits;
        suspension.reason = S("Illness");
        c.suspensions = {suspension};
        c.today = day(2026, 5, 31);
        QCOMPARE(statusOf(evaluator.evaluate(c), S("ICF-4.2")), RuleStatus::NotApplicable);
        c.today = day(2026, 6, 1);
        EngagementCompliance compliance = evaluator.evaluate(c);
        QCOMPARE(statusOf(compliance, S("ICF-4.2")), RuleStatus::Open);
        c.suspensions.first().resumeOn = day(2026, 7, 1);
        c.today = day(2026, 7, 1);
        compliance = evaluator.evaluate(c);
        QCOMPARE(statusOf(compliance, S("ICF-4.2")), RuleStatus::Due);
        const ArticleCompliance* article = nullptr;
        for (const ArticleCompliance& item : compliance.articles) {
            article = item.article.id == S("ICF-4.2") ? &item : article;
        }
        QVERIFY(article);
        QVERIFY2(article->results.first().explanation.contains(S("resume it on 1 July 2026")),
                 qPrintable(article->results.first().explanation));
        QVERIFY(compliance.blockers(ComplianceGate::Ending).isEmpty());
        c.today = day(2026, 7, 2);
        QCOMPARE(statusOf(evaluator.evaluate(c), S("ICF-4.2")), RuleStatus::Overdue);
        c.suspensions.first().resumedOn = day(2026, 7, 2);
        QCOMPARE(statusOf(evaluator.evaluate(c), S("ICF-4.2")), RuleStatus::NotApplicable);

        ComplianceContext mw = completeContext(EngagementKind::CareerCoaching);
        activate(mw);
        mw.today = day(2026, 7, 2);
        mw.suspensions = {suspension};
        QVERIFY(!ruleIds(evaluator.evaluate(mw)).contains(S("suspension-resumed")));
    }

    // ICF-2.5: a tool marked AI used with the client's data leaves the article open until every
    // party (the client, and the principal when there is one) agreed to it, as the day judged saw
    // it; a tool without AI asks nothing, and the rule stays out of MW and CMI engagements.
    void icfAiToolIsAgreed()
    {
        const ComplianceEvaluator evaluator(CodeCatalogue::builtIn(), RuleRegistry::builtIn());
        ComplianceContext c = icfOnly(completeContext(EngagementKind::Coaching));
        activate(c);
        c.today = day(2026, 6, 1);
        QVERIFY(c.hasPrincipal());
        c.tools = {{7, S("Otter Notes"), S("Transcribing sessions"), S("EU (Dublin)"), true, true, day(2026, 1, 5), {}},
                   {8, S("Nextcloud"), S("Storing files"), S("Own server, Ghent"), false, true, {}, {}}};
        // Only the tool without AI: nothing to agree.
        c.toolUses = {{1, 1, 8, {}, {}}};
        QVERIFY(!ruleIds(evaluator.evaluate(c)).contains(S("technology-agreed")));
        QCOMPARE(statusOf(evaluator.evaluate(c), S("ICF-2.5")), RuleStatus::NotApplicable);

        c.toolUses.append({2, 1, 7, {}, {}});
        EngagementCompliance compliance = evaluator.evaluate(c);
        QCOMPARE(statusOf(compliance, S("ICF-2.5")), RuleStatus::Open);
        QString explanation;
        for (const ArticleCompliance& item : compliance.articles) {
            for (const RuleResult& result : item.results) {
                if (result.ruleId == S("technology-agreed")) {
                    explanation = result.explanation;
                }
            }
        }
        QVERIFY2(explanation.contains(S("Otter Notes (client, principal)")), qPrintable(explanation));
        QVERIFY2(!explanation.contains(S("Nextcloud")), qPrintable(explanation));
        // Not blocking: the engagement runs on, the article stays open.
        QVERIFY2(!describeBlockers(compliance).contains(S("ICF-2.5")), qPrintable(describeBlockers(compliance)));

        // The principal agreed; the client only the day after the day judged.
        c.toolUses.last().principalAgreedOn = day(2026, 5, 30);
        c.toolUses.last().clientAgreedOn = day(2026, 6, 2);
        QCOMPARE(statusOf(evaluator.evaluate(c), S("ICF-2.5")), RuleStatus::Open);
        c.toolUses.last().clientAgreedOn = day(2026, 6, 1);
        QCOMPARE(statusOf(evaluator.evaluate(c), S("ICF-2.5")), RuleStatus::Met);
        // The principal's agreement counts only where there is a principal: without, the client's is enough.
        c.toolUses.last().principalAgreedOn = {};
        QCOMPARE(statusOf(evaluator.evaluate(c), S("ICF-2.5")), RuleStatus::Open);
        c.engagement.principalId = 0;
        c.principal.reset();
        QCOMPARE(statusOf(evaluator.evaluate(c), S("ICF-2.5")), RuleStatus::Met);

        // Under MW and CMI the rule is not judged, agreed or not.
        ComplianceContext mw = completeContext(EngagementKind::Coaching);
        activate(mw);
        mw.today = c.today;
        mw.tools = c.tools;
        mw.toolUses = {{2, 1, 7, {}, {}}};
        QVERIFY(!ruleIds(evaluator.evaluate(mw)).contains(S("technology-agreed")));
        QVERIFY(!articleIds(evaluator.evaluate(mw)).contains(S("ICF-2.5")));
    }

    // What ICF does not ask stays out of an ICF-only engagement (no six-month interruption, no
    // written warning, no four-week complaint clock, no code to hand over), and ICF's own rule
    // stays out of MW and CMI engagements.
    void icfAndTheOtherCodesDoNotLeak()
    {
        const ComplianceEvaluator evaluator(CodeCatalogue::builtIn(), RuleRegistry::builtIn());
        ComplianceContext icf = icfOnly(completeContext(EngagementKind::CareerCoaching));
        activate(icf);
        icf.today = day(2027, 3, 1); // more than six months after the last (no) session
        Complaint complaint;
        complaint.id = 1;
        complaint.engagementId = 1;
        complaint.receivedOn = day(2027, 1, 4);
        icf.complaints = {complaint};
        const QStringList icfRules = ruleIds(evaluator.evaluate(icf));
        for (const char* rule : {"interruption-clock",
                                 "early-end-warning",
                                 "complaint-acknowledged",
                                 "complaint-deadline",
                                 "code-handed-over",
                                 "freedom-to-stop-explained",
                                 "no-admission-clause"}) {
            QVERIFY2(!icfRules.contains(QLatin1String(rule)), rule);
        }
        QVERIFY(icfRules.contains(QStringLiteral("freedom-to-stop-every-party")));
        QVERIFY(icfRules.contains(QStringLiteral("confidentiality-exceptions-agreed")));
        for (const EngagementKind kind : {EngagementKind::Coaching, EngagementKind::CareerCoaching}) {
            ComplianceContext other = completeContext(kind);
            activate(other);
            const QStringList otherRules = ruleIds(evaluator.evaluate(other));
            QVERIFY(!otherRules.contains(QStringLiteral("freedom-to-stop-every-party")));
            QVERIFY(!otherRules.contains(QStringLiteral("confidentiality-exceptions-agreed")));
            QVERIFY(!otherRules.contains(QStringLiteral("cancellation-policy-stated")));
        }
        // The MW engagement's letter promises four weeks: its complaints are tracked (MW-2.1).
        ComplianceContext mw = completeContext(EngagementKind::Coaching);
        mw.codeIds = {QStringLiteral("MW-2020")};
        activate(mw);
        mw.today = day(2026, 6, 1);
        complaint.receivedOn = day(2026, 4, 1);
        mw.complaints = {complaint};
        const EngagementCompliance mwCompliance = evaluator.evaluate(mw);
        QVERIFY(ruleIds(mwCompliance).contains(QStringLiteral("complaint-deadline")));
        QCOMPARE(statusOf(mwCompliance, QStringLiteral("MW-2.1")), RuleStatus::Overdue);
    }

    // Under MW and ICF at once, both codes' articles, each once; a rule both name is checked
    // once per article and cited under both.
    void twoCodesShowBothArticlesOnce()
    {
        const ComplianceEvaluator evaluator(CodeCatalogue::builtIn(), RuleRegistry::builtIn());
        ComplianceContext c = completeContext(EngagementKind::Coaching);
        c.codeIds = {QStringLiteral("MW-2020"), QStringLiteral("ICF-2025")};
        c.engagement.cancellationPolicy = QStringLiteral("A session cancelled less than 48 hours ahead is charged.");
        addEvidence(c, QStringLiteral("CMI-10"), evidence::freedomToStop(), Party::Principal);
        for (const Party party : {Party::Client, Party::Principal}) {
            addEvidence(c, QStringLiteral("ICF-2.3"), evidence::confidentialityExceptions(), party);
        }
        const EngagementCompliance compliance = evaluator.evaluate(c);
        const QStringList articles = articleIds(compliance);
        QCOMPARE(QSet<QString>(articles.cbegin(), articles.cend()).size(), articles.size());
        QVERIFY(articles.contains(QStringLiteral("MW-2.2")));
        QVERIFY(articles.contains(QStringLiteral("MW-5.2")));
        QVERIFY(articles.contains(QStringLiteral("ICF-1.1")));
        QVERIFY(articles.contains(QStringLiteral("ICF-3.1")));
        QCOMPARE(statusOf(compliance, QStringLiteral("MW-5.2")), RuleStatus::Met);
        QCOMPARE(statusOf(compliance, QStringLiteral("ICF-3.1")), RuleStatus::Met);
        QVERIFY2(compliance.blockers(ComplianceGate::Activation).isEmpty(), qPrintable(describeBlockers(compliance)));
    }

    // A fourth code that reuses existing rules is one JSON file: loaded beside the shipped
    // ones, its articles are judged with the evidence already recorded, by topic.
    void aFourthCodeIsOneFile()
    {
        CodeCatalogue catalogue;
        QVERIFY(catalogue.loadDirectory(CodeCatalogue::builtInDirectory()));
        QList<Error> errors;
        QVERIFY2(catalogue.loadFile(QStringLiteral(MANDAAT_SOURCE_DIR "/tests/data/codes/XC-2026.json"), &errors),
                 qPrintable(errors.isEmpty() ? QString() : errors.first().message));
        const ComplianceEvaluator evaluator(catalogue, RuleRegistry::builtIn());
        ComplianceContext c = completeContext(EngagementKind::Coaching);
        c.codeIds = {QStringLiteral("XC-2026")};
        c.engagement.pinnedCodes = {{QStringLiteral("XC-2026"), QStringLiteral("1")}};
        EngagementCompliance compliance = evaluator.evaluate(c);
        QCOMPARE(statusOf(compliance, QStringLiteral("XC-1")), RuleStatus::Met); // MW-2.2 and CMI-5 rows
        QCOMPARE(statusOf(compliance, QStringLiteral("XC-2")), RuleStatus::Due);
        QCOMPARE(statusOf(compliance, QStringLiteral("XC-3")), RuleStatus::NotApplicable);
        QVERIFY(describeBlockers(compliance).contains(QStringLiteral("XC-2")));
        addEvidence(c, QStringLiteral("CMI-10"), evidence::freedomToStop(), Party::Principal);
        compliance = evaluator.evaluate(c);
        QCOMPARE(statusOf(compliance, QStringLiteral("XC-2")), RuleStatus::Met);
        // Its articles cite the rules' findings; none of MW's or CMI's.
        for (const QString& id : articleIds(compliance)) {
            QVERIFY2(id.startsWith(QLatin1String("XC-")) || id.startsWith(QLatin1String("GDPR-")), qPrintable(id));
        }
    }

    void completeOnboardingHasNoBlocker_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("topCivilServant");
        QTest::newRow("coaching") << toId(EngagementKind::Coaching) << false;
        QTest::newRow("outplacement") << toId(EngagementKind::Outplacement) << false;
        QTest::newRow("career coaching") << toId(EngagementKind::CareerCoaching) << false;
        QTest::newRow("evaluation of a top civil servant") << toId(EngagementKind::Evaluation) << true;
    }

    void completeOnboardingHasNoBlocker()
    {
        QFETCH(QString, kind);
        QFETCH(bool, topCivilServant);
        ComplianceContext context = completeContext(*fromId<EngagementKind>(kind));
        context.engagement.topCivilServant = topCivilServant;
        const ComplianceEvaluator evaluator(CodeCatalogue::builtIn(), RuleRegistry::builtIn());
        const EngagementCompliance compliance = evaluator.evaluate(context);
        QVERIFY(!compliance.articles.isEmpty());
        QVERIFY2(compliance.blockers(ComplianceGate::Activation).isEmpty(),
                 qPrintable(EngagementCompliance::describe(compliance.blockers(ComplianceGate::Activation))));
        // GDPR applies to every kind, as law.
        bool gdpr = false;
        for (const ArticleCompliance& item : compliance.articles) {
            gdpr = gdpr || item.article.id == QLatin1String("GDPR-13");
            QVERIFY2(!isOutstanding(item.status), qPrintable(item.article.id + QLatin1Char(' ') + item.explanation()));
        }
        QVERIFY(gdpr);
    }

    void rules_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<ContextSetup>("setup");
        QTest::addColumn<QDate>("at");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QDate>("due");

        // MW-2.2: the code to every party before the start.
        row("code: met", "code-handed-over", asIs, before, Met);
        row("code: principal missing, before start",
            "code-handed-over",
            without(ev::codeHandedOver(), Party::Principal),
            before,
            Due,
            start);
        row("code: principal missing, on the start",
            "code-handed-over",
            without(ev::codeHandedOver(), Party::Principal),
            start,
            Due,
            start);
        row("code: principal missing, after start",
            "code-handed-over",
            without(ev::codeHandedOver(), Party::Principal),
            after,
            Overdue,
            start);
        row("code: no planned start",
            "code-handed-over",
            both(without(ev::codeHandedOver()), [](ComplianceContext& c) { c.engagement.plannedStart = {}; }),
            before,
            Open);
        row("code: self-paying client, client only",
            "code-handed-over",
            both(without(ev::codeHandedOver(), Party::Principal), withoutPrincipal),
            before,
            Met);
        row("code: one row for all parties",
            "code-handed-over",
            both(without(ev::codeHandedOver()),
                 [](ComplianceContext& c) {
                     addEvidence(c, QStringLiteral("MW-2.2"), ev::codeHandedOver(), Party::AllParties);
                 }),
            before,
            Met);
        row("code: evidence dated later does not count yet",
            "code-handed-over",
            both(without(ev::codeHandedOver(), Party::Client),
                 [](ComplianceContext& c) {
                     addEvidence(c, QStringLiteral("MW-2.2"), ev::codeHandedOver(), Party::Client, day(2026, 3, 12));
                 }),
            before,
            Due,
            start);
        // Evidence is keyed by its topic: a row filed under another article counts (a code that
        // reuses the rule finds it), and a row without any article too.
        row("code: evidence under another article counts",
            "code-handed-over",
            both(without(ev::codeHandedOver(), Party::Client),
                 [](ComplianceContext& c) {
                     addEvidence(c, QStringLiteral("CMI-5"), ev::codeHandedOver(), Party::Client);
                 }),
            before,
            Met);
        row("code: evidence without an article counts",
            "code-handed-over",
            both(without(ev::codeHandedOver(), Party::Client),
                 [](ComplianceContext& c) { addEvidence(c, QString(), ev::codeHandedOver(), Party::Client); }),
            before,
            Met);
        row("code: evidence on another topic does not count",
            "code-handed-over",
            both(without(ev::codeHandedOver(), Party::Client),
                 [](ComplianceContext& c) {
                     addEvidence(c, QStringLiteral("MW-2.2"), ev::privacyNoticeHandedOver(), Party::Client);
                 }),
            before,
            Due,
            start);

        // MW-2.2, CMI-5: the confirmation issued; CMI-5: accepted by every party.
        row("confirmation issued: met", "confirmation-states-code", asIs, before, Met);
        row("confirmation issued: missing",
            "confirmation-states-code",
            without(ev::confirmationIssued()),
            before,
            Due,
            start);
        row("confirmation issued: missing after start",
            "confirmation-states-code",
            without(ev::confirmationIssued()),
            after,
            Overdue,
            start);
        row("confirmation accepted: met", "confirmation-accepted", asIs, before, Met, {}, Outplacement);
        row("confirmation accepted: principal missing",
            "confirmation-accepted",
            without(ev::confirmationAccepted(), Party::Principal),
            before,
            Due,
            start,
            Outplacement);
        row("confirmation accepted: missing after start",
            "confirmation-accepted",
            without(ev::confirmationAccepted()),
            after,
            Overdue,
            start,
            Outplacement);

        // MW-2.3: finance, logistics, confidentiality, to each party.
        row("terms: met", "terms-explained", asIs, before, Met);
        row("terms: logistics to the client missing",
            "terms-explained",
            without(ev::termsLogistics(), Party::Client),
            before,
            Due,
            start);
        row("terms: finance missing after start",
            "terms-explained",
            without(ev::termsFinance()),
            after,
            Overdue,
            start);
        row("terms: no principal",
            "terms-explained",
            both(without(ev::termsFinance(), Party::Principal), withoutPrincipal),
            before,
            Met);

        // GDPR-13: the privacy notice to the client.
        row("privacy: met", "privacy-notice-handed-over", asIs, before, Met);
        row("privacy: missing",
            "privacy-notice-handed-over",
            without(ev::privacyNoticeHandedOver()),
            before,
            Due,
            start);
        row("privacy: to the principal only",
            "privacy-notice-handed-over",
            both(without(ev::privacyNoticeHandedOver()),
                 [](ComplianceContext& c) {
                     addEvidence(c, QStringLiteral("GDPR-13"), ev::privacyNoticeHandedOver(), Party::Principal);
                 }),
            after,
            Overdue,
            start);

        // MW-2.6, MW-2.7, CMI-6: the consultant's confirmations.
        row("adequacy: met", "duration-adequacy-confirmed", asIs, before, Met);
        row("adequacy: missing", "duration-adequacy-confirmed", without(ev::durationAdequate()), before, Due, start);
        row("adequacy: missing after start",
            "duration-adequacy-confirmed",
            without(ev::durationAdequate()),
            after,
            Overdue,
            start);
        row("client interest: met", "client-interest-confirmed", asIs, before, Met);
        row("client interest: missing after start",
            "client-interest-confirmed",
            without(ev::clientInterestFirst()),
            after,
            Overdue,
            start);
        row("independence: met", "independence-confirmed", asIs, before, Met, {}, Outplacement);
        row("independence: missing",
            "independence-confirmed",
            without(ev::independenceConfirmed()),
            before,
            Due,
            start,
            Outplacement);

        // MW-2.8: neutrality, only for a top civil servant.
        row("neutrality: coaching", "neutrality-declared", asIs, before, NA);
        row("neutrality: evaluation, not a top civil servant", "neutrality-declared", asIs, before, NA, {}, Evaluation);
        row("neutrality: top civil servant, declared",
            "neutrality-declared",
            topCivilServant,
            before,
            Met,
            {},
            Evaluation);
        row("neutrality: top civil servant, missing",
            "neutrality-declared",
            both(topCivilServant, without(ev::neutralityDeclared())),
            before,
            Due,
            start,
            Evaluation);

        // CMI-10: told at first contact.
        row("freedom: met", "freedom-to-stop-explained", asIs, before, Met, {}, Outplacement);
        row("freedom: missing, no session yet",
            "freedom-to-stop-explained",
            without(ev::freedomToStop()),
            before,
            Due,
            start,
            Outplacement);
        row("freedom: missing after the intake",
            "freedom-to-stop-explained",
            both(without(ev::freedomToStop()),
                 [](ComplianceContext& c) { c.sessions.append(sessionOn(day(2026, 3, 5), true)); }),
            before,
            Overdue,
            day(2026, 3, 5),
            Outplacement);
        row("freedom: intake planned later",
            "freedom-to-stop-explained",
            both(without(ev::freedomToStop()),
                 [](ComplianceContext& c) { c.sessions.append(sessionOn(day(2026, 3, 12), true)); }),
            before,
            Due,
            start,
            Outplacement);

        // MW-2.4, MW-2.5, MW-3.2, MW-2.6: what the engagement states.
        row("expectations: met", "expectations-recorded", asIs, before, Met);
        row(
            "expectations: client's missing",
            "expectations-recorded",
            [](ComplianceContext& c) { c.engagement.clientExpectations = QStringLiteral("  "); },
            before,
            Due,
            start);
        row(
            "expectations: objectives missing after start",
            "expectations-recorded",
            [](ComplianceContext& c) { c.engagement.objectives.clear(); },
            after,
            Overdue,
            start);
        row("expectations: no principal, none of theirs",
            "expectations-recorded",
            both(withoutPrincipal, [](ComplianceContext& c) { c.engagement.principalExpectations.clear(); }),
            before,
            Met);
        row("method: met", "method-described", asIs, before, Met);
        row(
            "method: none",
            "method-described",
            [](ComplianceContext& c) { c.engagement.methods.clear(); },
            before,
            Due,
            start);
        row(
            "method: no description after start",
            "method-described",
            [](ComplianceContext& c) { c.engagement.methods.first().description.clear(); },
            after,
            Overdue,
            start);
        row("attribution: met", "method-attributed", asIs, before, Met);
        row(
            "attribution: no author",
            "method-attributed",
            [](ComplianceContext& c) { c.engagement.methods.first().author.clear(); },
            before,
            Due,
            start);
        row("duration: met", "duration-planned", asIs, before, Met);
        row(
            "duration: no sessions",
            "duration-planned",
            [](ComplianceContext& c) { c.engagement.plannedSessions.reset(); },
            before,
            Due,
            start);
        row(
            "duration: end before start",
            "duration-planned",
            [](ComplianceContext& c) { c.engagement.plannedEnd = day(2026, 3, 1); },
            after,
            Overdue,
            start);
        row(
            "duration: no start",
            "duration-planned",
            [](ComplianceContext& c) { c.engagement.plannedStart = {}; },
            before,
            Open);

        // CMI-5: the confirmation's terms, the payer.
        row("confirmation complete: met", "confirmation-complete", asIs, before, Met, {}, Outplacement);
        row(
            "confirmation complete: no payment method",
            "confirmation-complete",
            [](ComplianceContext& c) { c.engagement.paymentMethod.reset(); },
            before,
            Due,
            start,
            Outplacement);
        row(
            "confirmation complete: no expenses after start",
            "confirmation-complete",
            [](ComplianceContext& c) { c.engagement.expensesArrangement.clear(); },
            after,
            Overdue,
            start,
            Outplacement);
        row(
            "confirmation complete: no code",
            "confirmation-complete",
            [](ComplianceContext& c) { c.codeIds.clear(); },
            before,
            Due,
            start,
            Outplacement);
        row("payer: principal", "payer-named", asIs, before, Met, {}, Outplacement);
        row("payer: the client", "payer-named", withoutPrincipal, before, Met, {}, Outplacement);
        row(
            "payer: a scheme without its reference",
            "payer-named",
            [](ComplianceContext& c) {
                c.engagement.payerKind = PayerKind::Scheme;
                c.engagement.payerName = QStringLiteral("Loopbaancheque VDAB");
            },
            before,
            Due,
            start,
            Outplacement);
        row(
            "payer: a scheme, named",
            "payer-named",
            [](ComplianceContext& c) {
                c.engagement.payerKind = PayerKind::Scheme;
                c.engagement.payerName = QStringLiteral("Loopbaancheque VDAB");
                c.engagement.payerReference = QStringLiteral("LC-2026-0042");
            },
            before,
            Met,
            {},
            Outplacement);
        row(
            "payer: the principal, but none",
            "payer-named",
            [](ComplianceContext& c) {
                c.engagement.principalId = 0;
                c.principal.reset();
            },
            after,
            Overdue,
            start,
            Outplacement);

        // CMI-14: none is an answer.
        row("restrictions: none", "use-restrictions-recorded", asIs, before, Met, {}, Outplacement);
        row(
            "restrictions: some",
            "use-restrictions-recorded",
            [](ComplianceContext& c) {
                c.engagement.useRestrictions = QStringLiteral("No use of the assessment for selection");
            },
            before,
            Met,
            {},
            Outplacement);

        // CMI-3: other roles for the principal.
        row("other roles: none", "other-roles-disclosed", asIs, before, Met, {}, Outplacement);
        row("other roles: no principal", "other-roles-disclosed", withoutPrincipal, before, NA, {}, Outplacement);
        row("other roles: one, not told",
            "other-roles-disclosed",
            role(day(2025, 1, 1)),
            before,
            Due,
            start,
            Outplacement);
        row("other roles: one, not told, after start",
            "other-roles-disclosed",
            role(day(2025, 1, 1)),
            after,
            Overdue,
            start,
            Outplacement);
        row("other roles: one, told",
            "other-roles-disclosed",
            both(role(day(2025, 1, 1)),
                 [](ComplianceContext& c) {
                     addEvidence(
                         c, QStringLiteral("CMI-3"), ev::otherRolePrefix() + QStringLiteral("31"), Party::Client);
                 }),
            before,
            Met,
            {},
            Outplacement);
        row("other roles: ended before onboarding",
            "other-roles-disclosed",
            role(day(2024, 1, 1), day(2025, 1, 1)),
            before,
            Met,
            {},
            Outplacement);
        row("other roles: added while active, not yet due",
            "other-roles-disclosed",
            both(role(day(2026, 4, 1)), [](ComplianceContext& c) { activate(c); }),
            day(2026, 4, 1),
            Due,
            day(2026, 4, 1),
            Outplacement);
        row("other roles: added while active, overdue",
            "other-roles-disclosed",
            both(role(day(2026, 4, 1)), [](ComplianceContext& c) { activate(c); }),
            day(2026, 4, 5),
            Overdue,
            day(2026, 4, 1),
            Outplacement);

        // CMI-4, CMI-7: questions answered, disclosures made.
        row("prior advice: no", "prior-advice-disclosed", asIs, before, Met, {}, Outplacement);
        row(
            "prior advice: unanswered",
            "prior-advice-disclosed",
            [](ComplianceContext& c) { c.engagement.followsEarlierAdvice.reset(); },
            before,
            Due,
            start,
            Outplacement);
        row(
            "prior advice: yes, not disclosed",
            "prior-advice-disclosed",
            [](ComplianceContext& c) { c.engagement.followsEarlierAdvice = true; },
            after,
            Overdue,
            start,
            Outplacement);
        row(
            "prior advice: yes, disclosed to both",
            "prior-advice-disclosed",
            [](ComplianceContext& c) {
                c.engagement.followsEarlierAdvice = true;
                addEvidence(c, QStringLiteral("CMI-4"), ev::priorAdviceDisclosed(), Party::AllParties);
            },
            before,
            Met,
            {},
            Outplacement);
        row("no admission: in the confirmation", "no-admission-clause", asIs, before, Met, {}, Outplacement);
        row("no admission: missing",
            "no-admission-clause",
            without(ev::confirmationIssued()),
            before,
            Due,
            start,
            Outplacement);
        row("no admission: in writing",
            "no-admission-clause",
            both(without(ev::confirmationIssued()),
                 [](ComplianceContext& c) {
                     addEvidence(c, QStringLiteral("CMI-7"), ev::noAdmissionClause(), Party::Principal);
                 }),
            before,
            Met,
            {},
            Outplacement);
        row("no admission: no principal", "no-admission-clause", withoutPrincipal, before, NA, {}, Outplacement);
        row("end of employment: no", "end-of-employment-disclosed", asIs, before, Met, {}, Outplacement);
        row(
            "end of employment: unanswered",
            "end-of-employment-disclosed",
            [](ComplianceContext& c) { c.engagement.endOfEmployment.reset(); },
            before,
            Due,
            start,
            Outplacement);
        row(
            "end of employment: yes, principal not told",
            "end-of-employment-disclosed",
            [](ComplianceContext& c) {
                c.engagement.endOfEmployment = true;
                addEvidence(c, QStringLiteral("CMI-7"), ev::endOfEmploymentDisclosed(), Party::Client);
            },
            after,
            Overdue,
            start,
            Outplacement);
        row(
            "end of employment: yes, both told",
            "end-of-employment-disclosed",
            [](ComplianceContext& c) {
                c.engagement.endOfEmployment = true;
                addEvidence(c, QStringLiteral("CMI-7"), ev::endOfEmploymentDisclosed(), Party::Client);
                addEvidence(c, QStringLiteral("CMI-7"), ev::endOfEmploymentDisclosed(), Party::Principal);
            },
            before,
            Met,
            {},
            Outplacement);

        // CMI-8: the consent register and the reports.
        row("consent: progress only", "consent-scope-recorded", asIs, before, Met, {}, Outplacement);
        row(
            "consent: none recorded",
            "consent-scope-recorded",
            [](ComplianceContext& c) { c.consents.clear(); },
            before,
            Due,
            start,
            Outplacement);
        row(
            "consent: none recorded, after start",
            "consent-scope-recorded",
            [](ComplianceContext& c) { c.consents.clear(); },
            after,
            Overdue,
            start,
            Outplacement);
        row("consent: withdrawn is a recorded scope",
            "consent-scope-recorded",
            consentScope(ConsentScope::ProgressOnly, {}, day(2026, 3, 5)),
            before,
            Met,
            {},
            Outplacement);
        row("consent: no principal", "consent-scope-recorded", withoutPrincipal, before, NA, {}, Outplacement);
        row("consent: evaluation, content agreed", "consent-scope-recorded", asIs, before, Met, {}, Evaluation);
        row("consent: evaluation, content not agreed",
            "consent-scope-recorded",
            without(ev::reportContentAgreed()),
            before,
            Due,
            start,
            Evaluation);
        row("reports: none", "principal-report-consent", asIs, after, Met, {}, Outplacement);
        row("reports: progress within consent",
            "principal-report-consent",
            report(ReportKind::Progress, "Progress in April", day(2026, 4, 2)),
            day(2026, 4, 3),
            Met,
            {},
            Outplacement);
        row("reports: test results beyond consent",
            "principal-report-consent",
            report(ReportKind::Report, "Test results", day(2026, 4, 2)),
            day(2026, 4, 3),
            Open,
            {},
            Outplacement);
        row("reports: listed report",
            "principal-report-consent",
            both(consentScope(ConsentScope::ListedReports, {QStringLiteral("Test results")}),
                 report(ReportKind::Report, "test  RESULTS", day(2026, 4, 2))),
            day(2026, 4, 3),
            Met,
            {},
            Outplacement);
        row("reports: progress after withdrawal",
            "principal-report-consent",
            both(consentScope(ConsentScope::ProgressOnly, {}, day(2026, 4, 1)),
                 report(ReportKind::Progress, "Progress", day(2026, 4, 2))),
            day(2026, 4, 3),
            Open,
            {},
            Outplacement);
        row("reports: a report dated later does not count yet",
            "principal-report-consent",
            report(ReportKind::Report, "Test results", day(2026, 4, 2)),
            day(2026, 4, 1),
            Met,
            {},
            Outplacement);

        // MW-5.1, MW-5.2: conflicts.
        row("conflict: none", "conflict-check", asIs, before, Met, {}, Evaluation);
        row("conflict: coached two years ago, evaluated now",
            "conflict-check",
            otherEngagement(EngagementKind::Coaching, EngagementStatus::Ended, day(2024, 3, 1)),
            before,
            Due,
            start,
            Evaluation);
        row("conflict: coached two years ago, after start",
            "conflict-check",
            otherEngagement(EngagementKind::Coaching, EngagementStatus::Ended, day(2024, 3, 1)),
            after,
            Overdue,
            start,
            Evaluation);
        row("conflict: resolved",
            "conflict-check",
            both(otherEngagement(EngagementKind::Coaching, EngagementStatus::Ended, day(2024, 3, 1)),
                 [](ComplianceContext& c) {
                     addEvidence(c,
                                 QStringLiteral("MW-5.2"),
                                 ev::conflictPrefix() + QStringLiteral("engagement_7"),
                                 Party::AllParties);
                 }),
            before,
            Met,
            {},
            Evaluation);
        row("conflict: a resolution without text does not count",
            "conflict-check",
            both(otherEngagement(EngagementKind::Coaching, EngagementStatus::Ended, day(2024, 3, 1)),
                 [](ComplianceContext& c) {
                     addEvidence(c,
                                 QStringLiteral("MW-5.2"),
                                 ev::conflictPrefix() + QStringLiteral("engagement_7"),
                                 Party::AllParties);
                     c.evidence.last().text = QStringLiteral(" ");
                 }),
            before,
            Due,
            start,
            Evaluation);
        row("conflict: coaching now, evaluated before",
            "conflict-check",
            otherEngagement(EngagementKind::Evaluation, EngagementStatus::Active, day(2026, 1, 1)),
            before,
            Due,
            start);
        row("conflict: coaching twice is no conflict",
            "conflict-check",
            otherEngagement(EngagementKind::Coaching, EngagementStatus::Ended, day(2024, 3, 1)),
            before,
            Met);
        row("conflict: a draft is no role yet",
            "conflict-check",
            otherEngagement(EngagementKind::Coaching, EngagementStatus::Draft, {}),
            before,
            Met,
            {},
            Evaluation);
        row("conflict: the same person as another client record",
            "conflict-check",
            otherEngagement(EngagementKind::Coaching, EngagementStatus::Ended, day(2024, 3, 1), 9),
            before,
            Due,
            start,
            Evaluation);
        row(
            "conflict: a declared friendship",
            "conflict-check",
            [](ComplianceContext& c) {
                c.client.relationships.append(
                    {4, RelationshipKind::Friend, QStringLiteral("Tennis club"), day(2025, 1, 1), {}});
            },
            before,
            Due,
            start);
        row(
            "conflict: an ended friendship",
            "conflict-check",
            [](ComplianceContext& c) {
                c.client.relationships.append(
                    {4, RelationshipKind::Friend, QStringLiteral("Tennis club"), day(2020, 1, 1), day(2022, 1, 1)});
            },
            before,
            Met);
        row(
            "conflict: declared with the principal, found while active",
            "conflict-check",
            [](ComplianceContext& c) {
                activate(c);
                c.principal->relationships.append(
                    {5, RelationshipKind::Family, QStringLiteral("Brother-in-law is CEO"), day(2026, 4, 1), {}});
            },
            day(2026, 4, 2),
            Overdue,
            start);

        // MW-2.8: earlier relations with a top civil servant.
        row("prior relation: coaching", "prior-relation-check", asIs, before, NA);
        row("prior relation: none", "prior-relation-check", topCivilServant, before, Met, {}, Evaluation);
        row("prior relation: evaluated before",
            "prior-relation-check",
            both(topCivilServant,
                 otherEngagement(EngagementKind::Evaluation, EngagementStatus::Ended, day(2023, 1, 1))),
            before,
            Due,
            start,
            Evaluation);
        row("prior relation: an ended relationship",
            "prior-relation-check",
            both(topCivilServant,
                 [](ComplianceContext& c) {
                     c.client.relationships.append({4,
                                                    RelationshipKind::FormerColleague,
                                                    QStringLiteral("Ministry"),
                                                    day(2015, 1, 1),
                                                    day(2018, 1, 1)});
                 }),
            after,
            Overdue,
            start,
            Evaluation);
        row("prior relation: resolved",
            "prior-relation-check",
            both(both(topCivilServant,
                      otherEngagement(EngagementKind::Evaluation, EngagementStatus::Ended, day(2023, 1, 1))),
                 [](ComplianceContext& c) {
                     addEvidence(c,
                                 QStringLiteral("MW-5.2"),
                                 ev::conflictPrefix() + QStringLiteral("engagement_7"),
                                 Party::AllParties);
                 }),
            before,
            Met,
            {},
            Evaluation);

        // MW-3.1: qualifications, flagged 60 days before they expire.
        row("qualifications: current", "qualifications-current", asIs, before, Met);
        row("qualifications: expires in 60 days",
            "qualifications-current",
            qualificationExpiring(day(2026, 5, 9)),
            before,
            Due,
            day(2026, 5, 9));
        row("qualifications: expires in 59 days",
            "qualifications-current",
            qualificationExpiring(day(2026, 5, 8)),
            before,
            Due,
            day(2026, 5, 8));
        row("qualifications: expires in 61 days",
            "qualifications-current",
            qualificationExpiring(day(2026, 5, 10)),
            before,
            Met);
        row("qualifications: expires today",
            "qualifications-current",
            qualificationExpiring(before),
            before,
            Due,
            before);
        row("qualifications: expires tomorrow",
            "qualifications-current",
            qualificationExpiring(before.addDays(1)),
            before,
            Due,
            before.addDays(1));
        row("qualifications: expired yesterday",
            "qualifications-current",
            qualificationExpiring(before.addDays(-1)),
            before,
            Overdue,
            before.addDays(-1));
        row("qualifications: expired",
            "qualifications-current",
            qualificationExpiring(day(2026, 3, 9)),
            before,
            Overdue,
            day(2026, 3, 9));
        row(
            "qualifications: expired, then renewed",
            "qualifications-current",
            [](ComplianceContext& c) {
                PracticeQualification old = c.qualifications.first();
                old.id = 3;
                old.expiresOn = day(2024, 1, 1);
                c.qualifications.append(old);
            },
            before,
            Met);
        row(
            "qualifications: none",
            "qualifications-current",
            [](ComplianceContext& c) { c.qualifications.clear(); },
            before,
            Open);

        // CMI-1, MW-2.1: register number, subscriptions; GDPR-30: the audit log.
        row("register: current", "register-number-recorded", asIs, before, Met, {}, Outplacement);
        row(
            "register: none",
            "register-number-recorded",
            [](ComplianceContext& c) { c.registrations.clear(); },
            before,
            Open,
            {},
            Outplacement);
        row(
            "register: ends within 60 days",
            "register-number-recorded",
            [](ComplianceContext& c) { c.registrations.first().validUntil = day(2026, 4, 1); },
            before,
            Due,
            day(2026, 4, 1),
            Outplacement);
        row("subscribed: both codes", "code-subscribed", asIs, before, Met);
        row(
            "subscribed: MW missing",
            "code-subscribed",
            [](ComplianceContext& c) { c.subscriptions.removeFirst(); },
            before,
            Open);
        row("audit log: not checked", "audit-log-intact", asIs, before, NA);
        row(
            "audit log: intact",
            "audit-log-intact",
            [](ComplianceContext& c) { c.auditLogIntact = true; },
            before,
            Met);
        row(
            "audit log: broken",
            "audit-log-intact",
            [](ComplianceContext& c) { c.auditLogIntact = false; },
            before,
            Open);

        // MW-2.6: the planned end (16 September) nears with the objectives open.
        row("near end: onboarding", "objectives-open-near-end", asIs, day(2026, 9, 1), NA);
        row(
            "near end: far away",
            "objectives-open-near-end",
            [](ComplianceContext& c) { activate(c); },
            day(2026, 8, 16),
            NA);
        row(
            "near end: within 30 days",
            "objectives-open-near-end",
            [](ComplianceContext& c) { activate(c); },
            day(2026, 8, 17),
            Due,
            day(2026, 9, 16));
        row(
            "near end: past",
            "objectives-open-near-end",
            [](ComplianceContext& c) { activate(c); },
            day(2026, 9, 17),
            Overdue,
            day(2026, 9, 16));
        row(
            "near end: reviewed",
            "objectives-open-near-end",
            [](ComplianceContext& c) {
                activate(c);
                addEvidence(c, QStringLiteral("MW-2.6"), ev::objectivesReviewed(), Party::AllParties, day(2026, 9, 1));
            },
            day(2026, 9, 17),
            Met);
        row(
            "near end: reviewed too early",
            "objectives-open-near-end",
            [](ComplianceContext& c) {
                activate(c);
                addEvidence(c, QStringLiteral("MW-2.6"), ev::objectivesReviewed(), Party::AllParties, day(2026, 6, 1));
            },
            day(2026, 9, 1),
            Due,
            day(2026, 9, 16));

        // CMI-10: the interruption clock, in calendar months from activation on 31 January
        // (addMonths clamps: +5 is 30 June, +6 is 31 July) or from the last session.
        const ContextSetup activeSinceJan31 = [](ComplianceContext& c) { activate(c, day(2026, 1, 31)); };
        row("clock: onboarding", "interruption-clock", asIs, after, NA, {}, Outplacement);
        row("clock: the day before five months",
            "interruption-clock",
            activeSinceJan31,
            day(2026, 6, 29),
            Met,
            {},
            Outplacement);
        row("clock: five months",
            "interruption-clock",
            activeSinceJan31,
            day(2026, 6, 30),
            Due,
            day(2026, 8, 1),
            Outplacement);
        row("clock: the day before six months",
            "interruption-clock",
            activeSinceJan31,
            day(2026, 7, 30),
            Due,
            day(2026, 8, 1),
            Outplacement);
        // "More than six months": due on the six-month mark itself, ended the day after it.
        row("clock: six months",
            "interruption-clock",
            activeSinceJan31,
            day(2026, 7, 31),
            Due,
            day(2026, 8, 1),
            Outplacement);
        row("clock: more than six months",
            "interruption-clock",
            activeSinceJan31,
            day(2026, 8, 1),
            Overdue,
            day(2026, 8, 1),
            Outplacement);
        const ContextSetup lastSessionMarch15 = both(activeSinceJan31, [](ComplianceContext& c) {
            c.sessions.append(sessionOn(day(2026, 3, 15)));
            c.sessions.append(sessionOn(day(2026, 2, 10)));
        });
        row("clock: from the last session, before five months",
            "interruption-clock",
            lastSessionMarch15,
            day(2026, 8, 14),
            Met,
            {},
            Outplacement);
        row("clock: from the last session, five months",
            "interruption-clock",
            lastSessionMarch15,
            day(2026, 8, 15),
            Due,
            day(2026, 9, 16),
            Outplacement);
        row("clock: from the last session, six months",
            "interruption-clock",
            lastSessionMarch15,
            day(2026, 9, 15),
            Due,
            day(2026, 9, 16),
            Outplacement);
        row("clock: from the last session, more than six months",
            "interruption-clock",
            lastSessionMarch15,
            day(2026, 9, 16),
            Overdue,
            day(2026, 9, 16),
            Outplacement);
        row("clock: a planned session does not stop it",
            "interruption-clock",
            both(activeSinceJan31, [](ComplianceContext& c) { c.sessions.append(sessionOn(day(2026, 9, 1))); }),
            day(2026, 8, 1),
            Overdue,
            day(2026, 8, 1),
            Outplacement);
        row("clock: extended in writing by all parties",
            "interruption-clock",
            both(activeSinceJan31,
                 [](ComplianceContext& c) {
                     addEvidence(
                         c, QStringLiteral("CMI-10"), ev::interruptionExtension(), Party::AllParties, day(2026, 7, 1));
                 }),
            day(2026, 8, 1),
            Met,
            {},
            Outplacement);
        row("clock: extended by the client alone",
            "interruption-clock",
            both(activeSinceJan31,
                 [](ComplianceContext& c) {
                     addEvidence(
                         c, QStringLiteral("CMI-10"), ev::interruptionExtension(), Party::Client, day(2026, 7, 1));
                 }),
            day(2026, 8, 1),
            Overdue,
            day(2026, 8, 1),
            Outplacement);
        row("clock: an extension before the last session",
            "interruption-clock",
            both(lastSessionMarch15,
                 [](ComplianceContext& c) {
                     addEvidence(
                         c, QStringLiteral("CMI-10"), ev::interruptionExtension(), Party::AllParties, day(2026, 3, 1));
                 }),
            day(2026, 9, 16),
            Overdue,
            day(2026, 9, 16),
            Outplacement);

        // CMI-10 around month ends: a last session on 31 August 2026. Five months is 31 January
        // 2027; six months, addMonths(6), clamps to 28 February 2027 (29 February in a leap year),
        // and the engagement ends the day after: 1 March.
        const auto lastSessionOn = [](QDate on) {
            return [on](ComplianceContext& c) {
                activate(c);
                c.sessions.append(sessionOn(day(2026, 4, 2)));
                c.sessions.append(sessionOn(on));
            };
        };
        const ContextSetup lastSessionAug31 = lastSessionOn(day(2026, 8, 31));
        const QDate febMark = day(2027, 2, 28);
        const QDate endsMarch1 = day(2027, 3, 1);
        struct ClockRow
        {
            const char* name;
            QDate at;
            RuleStatus status;
        };
        for (const ClockRow& r : {ClockRow{"clock: 31 Aug, the day before five months", day(2027, 1, 30), Met},
                                  ClockRow{"clock: 31 Aug, five months", day(2027, 1, 31), Due},
                                  ClockRow{"clock: 31 Aug, the day after five months", day(2027, 2, 1), Due},
                                  ClockRow{"clock: 31 Aug, the day before six months", day(2027, 2, 27), Due},
                                  ClockRow{"clock: 31 Aug, six months is 28 February", febMark, Due},
                                  ClockRow{"clock: 31 Aug, the day after six months", day(2027, 3, 1), Overdue}}) {
            row(r.name,
                "interruption-clock",
                lastSessionAug31,
                r.at,
                r.status,
                r.status == Met ? QDate() : endsMarch1,
                Outplacement);
        }
        const ContextSetup lastSessionAug31LeapYear = lastSessionOn(day(2027, 8, 31));
        row("clock: 31 Aug before a leap year, 28 February",
            "interruption-clock",
            lastSessionAug31LeapYear,
            day(2028, 2, 28),
            Due,
            day(2028, 3, 1),
            Outplacement);
        row("clock: 31 Aug before a leap year, six months is 29 February",
            "interruption-clock",
            lastSessionAug31LeapYear,
            day(2028, 2, 29),
            Due,
            day(2028, 3, 1),
            Outplacement);
        row("clock: 31 Aug before a leap year, ended on 1 March",
            "interruption-clock",
            lastSessionAug31LeapYear,
            day(2028, 3, 1),
            Overdue,
            day(2028, 3, 1),
            Outplacement);
        // Five months clamps too: a last session on 30 September warns from 28 February; six
        // months are up on 30 March and it ends on 31 March.
        const ContextSetup lastSessionSep30 = lastSessionOn(day(2026, 9, 30));
        row("clock: 30 Sep, the day before five months (clamped)",
            "interruption-clock",
            lastSessionSep30,
            day(2027, 2, 27),
            Met,
            {},
            Outplacement);
        row("clock: 30 Sep, five months is 28 February",
            "interruption-clock",
            lastSessionSep30,
            day(2027, 2, 28),
            Due,
            day(2027, 3, 31),
            Outplacement);
        row("clock: 30 Sep, the day before six months",
            "interruption-clock",
            lastSessionSep30,
            day(2027, 3, 29),
            Due,
            day(2027, 3, 31),
            Outplacement);
        row("clock: 30 Sep, six months",
            "interruption-clock",
            lastSessionSep30,
            day(2027, 3, 30),
            Due,
            day(2027, 3, 31),
            Outplacement);
        row("clock: 30 Sep, more than six months",
            "interruption-clock",
            lastSessionSep30,
            day(2027, 3, 31),
            Overdue,
            day(2027, 3, 31),
            Outplacement);

        // MW-4.3: any consultation about the engagement, with the principal's knowledge: advice
        // from a third party, and a supervision or peer consultation about it as well.
        const auto consulted = [](ConsultationKind kind, std::optional<bool> informed) {
            return [kind, informed](ComplianceContext& c) {
                Consultation consultation;
                consultation.id = 1;
                consultation.engagementId = 1;
                consultation.kind = kind;
                consultation.heldOn = day(2026, 4, 1);
                consultation.withWhom = QStringLiteral("A labour lawyer");
                consultation.principalInformed = informed;
                c.consultations.append(consultation);
            };
        };
        const auto advice = [&consulted](std::optional<bool> informed) {
            return consulted(ConsultationKind::ThirdPartyAdvice, informed);
        };
        row("advice: none", "consultation-principal-informed", asIs, after, Met);
        row("supervision: principal not asked",
            "consultation-principal-informed",
            consulted(ConsultationKind::Supervision, std::nullopt),
            day(2026, 4, 2),
            Open);
        row("peer consultation: principal not informed",
            "consultation-principal-informed",
            consulted(ConsultationKind::PeerConsultation, false),
            day(2026, 4, 2),
            Open);
        row("supervision: principal informed",
            "consultation-principal-informed",
            consulted(ConsultationKind::Supervision, true),
            day(2026, 4, 2),
            Met);
        row("advice: principal not informed", "consultation-principal-informed", advice(false), day(2026, 4, 2), Open);
        row("advice: principal informed", "consultation-principal-informed", advice(true), day(2026, 4, 2), Met);
        row("advice: no principal",
            "consultation-principal-informed",
            both(advice(false), withoutPrincipal),
            day(2026, 4, 2),
            NA);

        // CMI-17: acknowledged and settled within four weeks (received 1 April: due 29 April).
        const QDate received = day(2026, 4, 1);
        const QDate settle = day(2026, 4, 29);
        row("complaint ack: none", "complaint-acknowledged", asIs, after, NA, {}, Outplacement);
        row("complaint ack: not yet",
            "complaint-acknowledged",
            complaint(received, ComplaintStatus::Received),
            day(2026, 4, 2),
            Due,
            settle,
            Outplacement);
        row("complaint ack: the day before the due date",
            "complaint-acknowledged",
            complaint(received, ComplaintStatus::Received),
            day(2026, 4, 28),
            Due,
            settle,
            Outplacement);
        row("complaint ack: on the due date",
            "complaint-acknowledged",
            complaint(received, ComplaintStatus::Received),
            settle,
            Due,
            settle,
            Outplacement);
        row("complaint ack: overdue",
            "complaint-acknowledged",
            complaint(received, ComplaintStatus::Received),
            day(2026, 4, 30),
            Overdue,
            settle,
            Outplacement);
        row("complaint ack: done",
            "complaint-acknowledged",
            complaint(received, ComplaintStatus::Acknowledged, day(2026, 4, 3)),
            day(2026, 4, 30),
            Met,
            {},
            Outplacement);
        row("complaint ack: received later",
            "complaint-acknowledged",
            complaint(received, ComplaintStatus::Received),
            day(2026, 3, 31),
            NA,
            {},
            Outplacement);
        row("complaint settle: open",
            "complaint-deadline",
            complaint(received, ComplaintStatus::InProgress, day(2026, 4, 3)),
            day(2026, 4, 20),
            Due,
            settle,
            Outplacement);
        row("complaint settle: the day before the due date",
            "complaint-deadline",
            complaint(received, ComplaintStatus::InProgress, day(2026, 4, 3)),
            day(2026, 4, 28),
            Due,
            settle,
            Outplacement);
        row("complaint settle: on the due date",
            "complaint-deadline",
            complaint(received, ComplaintStatus::InProgress, day(2026, 4, 3)),
            settle,
            Due,
            settle,
            Outplacement);
        row("complaint settle: settled on the due date",
            "complaint-deadline",
            complaint(received, ComplaintStatus::Settled, day(2026, 4, 3), settle),
            settle,
            Met,
            {},
            Outplacement);
        row("complaint settle: overdue",
            "complaint-deadline",
            complaint(received, ComplaintStatus::InProgress, day(2026, 4, 3)),
            day(2026, 4, 30),
            Overdue,
            settle,
            Outplacement);
        row("complaint settle: settled",
            "complaint-deadline",
            complaint(received, ComplaintStatus::Settled, day(2026, 4, 3), day(2026, 4, 20)),
            day(2026, 4, 30),
            Met,
            {},
            Outplacement);
        row("complaint settle: withdrawn",
            "complaint-deadline",
            complaint(received, ComplaintStatus::Withdrawn),
            day(2026, 4, 30),
            NA,
            {},
            Outplacement);

        // CMI-12, CMI-11, MW-5.3: at the end.
        row("warning: completed",
            "early-end-warning",
            endingWith(EndReason::Completed),
            day(2026, 6, 1),
            NA,
            {},
            Outplacement);
        row("warning: obstruction without",
            "early-end-warning",
            endingWith(EndReason::EarlyObstruction),
            day(2026, 6, 1),
            Open,
            {},
            Outplacement);
        row("warning: obstruction after a warning",
            "early-end-warning",
            both(endingWith(EndReason::EarlyObstruction),
                 [](ComplianceContext& c) {
                     c.warnings.append(
                         {1, 1, day(2026, 5, 1), QStringLiteral("Three sessions missed"), Channel::Letter, 0});
                 }),
            day(2026, 6, 1),
            Met,
            {},
            Outplacement);
        row("referral: completed",
            "referral-considered",
            endingWith(EndReason::Completed),
            day(2026, 6, 1),
            NA,
            {},
            Outplacement);
        row("referral: ending early, none",
            "referral-considered",
            endingWith(EndReason::EarlyNotFeasible),
            day(2026, 6, 1),
            Open,
            {},
            Outplacement);
        row("referral: ending early, referred",
            "referral-considered",
            both(endingWith(EndReason::EarlyNotFeasible),
                 [](ComplianceContext& c) {
                     c.referrals.append({1,
                                         1,
                                         day(2026, 5, 20),
                                         QStringLiteral("Psychology"),
                                         QStringLiteral("Dr. Peeters"),
                                         {},
                                         {},
                                         {}});
                 }),
            day(2026, 6, 1),
            Met,
            {},
            Outplacement);
        row("referral: ending early, considered",
            "referral-considered",
            both(endingWith(EndReason::EarlyObstruction),
                 [](ComplianceContext& c) {
                     addEvidence(
                         c, QStringLiteral("CMI-12"), ev::referralConsidered(), Party::Client, day(2026, 5, 20));
                 }),
            day(2026, 6, 1),
            Met,
            {},
            Outplacement);
        row("successor: conflict, none proposed",
            "conflict-termination",
            endingWith(EndReason::ConflictOfInterest),
            day(2026, 6, 1),
            Open,
            {},
            Evaluation);
        row("successor: proposed",
            "conflict-termination",
            both(endingWith(EndReason::ConflictOfInterest),
                 [](ComplianceContext& c) {
                     addEvidence(
                         c, QStringLiteral("MW-5.3"), ev::successorProposed(), Party::AllParties, day(2026, 5, 20));
                 }),
            day(2026, 6, 1),
            Met,
            {},
            Evaluation);

        // GDPR art. 5(1)(e): retention.
        row("retention set: running", "retention-set", asIs, before, NA);
        row("retention set: ended with dates",
            "retention-set",
            ended(day(2026, 6, 1), day(2028, 6, 1), day(2036, 6, 1)),
            day(2026, 6, 2),
            Met);
        row("retention set: ended without", "retention-set", ended(day(2026, 6, 1), {}, {}), day(2026, 6, 2), Open);
        // A record is kept up to and including its retention date and is destroyed after it
        // (RetentionService); warned 30 days before. Dossier until 1 June 2028, financial
        // records until 1 June 2036.
        const ContextSetup endedJune = ended(day(2026, 6, 1), day(2028, 6, 1), day(2036, 6, 1));
        row("retention due: dossier, the day before the warning", "retention-due", endedJune, day(2028, 5, 1), Met);
        row("retention due: dossier, 30 days before",
            "retention-due",
            endedJune,
            day(2028, 5, 2),
            Due,
            day(2028, 6, 1));
        row("retention due: dossier, the day before",
            "retention-due",
            endedJune,
            day(2028, 5, 31),
            Due,
            day(2028, 6, 1));
        row("retention due: dossier, on the date", "retention-due", endedJune, day(2028, 6, 1), Due, day(2028, 6, 1));
        row("retention due: dossier, the day after",
            "retention-due",
            endedJune,
            day(2028, 6, 2),
            Overdue,
            day(2028, 6, 1));
        // The financial records kept shorter than the dossier: their clock is not hidden behind
        // the dossier's.
        const ContextSetup financialFirst = ended(day(2026, 6, 1), day(2036, 6, 1), day(2028, 6, 1));
        row("retention due: financial, the day before the warning",
            "retention-due",
            financialFirst,
            day(2028, 5, 1),
            Met);
        row("retention due: financial, 30 days before",
            "retention-due",
            financialFirst,
            day(2028, 5, 2),
            Due,
            day(2028, 6, 1));
        row("retention due: financial, the day before",
            "retention-due",
            financialFirst,
            day(2028, 5, 31),
            Due,
            day(2028, 6, 1));
        row("retention due: financial, on the date",
            "retention-due",
            financialFirst,
            day(2028, 6, 1),
            Due,
            day(2028, 6, 1));
        row("retention due: financial, the day after",
            "retention-due",
            financialFirst,
            day(2028, 6, 2),
            Overdue,
            day(2028, 6, 1));
        // Both within reach: the more urgent one.
        row("retention due: dossier due, financial passed",
            "retention-due",
            ended(day(2026, 6, 1), day(2028, 6, 20), day(2028, 5, 31)),
            day(2028, 6, 1),
            Overdue,
            day(2028, 5, 31));
    }

    void rules()
    {
        QFETCH(QString, rule);
        QFETCH(QString, kind);
        QFETCH(ContextSetup, setup);
        QFETCH(QDate, at);
        QFETCH(QString, status);
        QFETCH(QDate, due);
        ComplianceContext context = completeContext(*fromId<EngagementKind>(kind));
        setup(context);
        context.today = at;
        const Rule* implementation = RuleRegistry::builtIn().rule(rule);
        QVERIFY(implementation);
        const RuleResult result = implementation->check(context);
        QCOMPARE(result.ruleId, rule);
        QVERIFY2(
            toId(result.status) == status,
            qPrintable(QStringLiteral("%1 (expected %2): %3").arg(toId(result.status), status, result.explanation)));
        if (isOutstanding(result.status)) {
            QCOMPARE(result.due, due);
        }
        QVERIFY2(!result.explanation.isEmpty(), "every result explains itself");
    }

    void interruptionClockCountsTheLocalDay()
    {
        // CMI-10 on the consultant's calendar: a session at 00:30 on 1 September in Brussels
        // (22:30 UTC on 31 August) is a session on 1 September, as the termination wizard
        // counts it; the six-month mark is 1 March, not 28 February.
        const QByteArray tz = qgetenv("TZ");
        qputenv("TZ", "Europe/Brussels");
        ComplianceContext context = completeContext(EngagementKind::Outplacement);
        activate(context);
        Session session = sessionOn(day(2026, 9, 1));
        session.startsAt =
            QDateTime(day(2026, 9, 1), QTime(0, 30), QTimeZone(QByteArrayLiteral("Europe/Brussels"))).toUTC();
        QCOMPARE(session.startsAt.date(), day(2026, 8, 31));
        context.sessions.append(session);
        const bool local = ComplianceContext::dayOf(session.startsAt) == day(2026, 9, 1);
        const Rule* rule = RuleRegistry::builtIn().rule(QStringLiteral("interruption-clock"));
        QVERIFY(rule);
        // Six months from 1 September are up on 1 March; it ends on 2 March. Counted from the UTC
        // day (31 August) it would have ended on 1 March.
        context.today = day(2027, 3, 1);
        const RuleResult before = rule->check(context);
        context.today = day(2027, 3, 2);
        const RuleResult on = rule->check(context);
        if (tz.isNull()) {
            qunsetenv("TZ");
        } else {
            qputenv("TZ", tz);
        }
        QVERIFY2(local, "the local day of the session");
        QCOMPARE(toId(before.status), toId(RuleStatus::Due));
        QCOMPARE(before.due, day(2027, 3, 2));
        QCOMPARE(toId(on.status), toId(RuleStatus::Overdue));
        QCOMPARE(on.due, day(2027, 3, 2));
    }
};

QTEST_GUILESS_MAIN(ComplianceRulesTest)
#include "ComplianceRulesTest.moc"
