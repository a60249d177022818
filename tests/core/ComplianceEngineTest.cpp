// The rules engine end to end through a vault: the acceptance case of the conflict check (a
// client coached two years ago, now to be evaluated for the same principal, blocks
// activation until a resolution is recorded), statuses per article at a date, the practice's
// open obligations most urgent first (also from the Overview's cache, which never shows a
// stale obligation), the CMI-8 report check and the ending gate.
#include "ComplianceTestData.h"
#include "RecordsFixture.h"

#include "compliance/ComplianceEngine.h"
#include "compliance/ComplianceGuard.h"
#include "compliance/ConflictCheck.h"
#include "compliance/EvidenceTopics.h"
#include "compliance/ObligationCache.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/SessionRepository.h"

#include <QTest>

#include <algorithm>

using namespace mandaat;
using namespace mandaat::test;

class ComplianceEngineTest : public QObject
{
    Q_OBJECT

private:
    RecordsFixture m_fixture;
    qint64 m_ministry = 0;
    qint64 m_company = 0;
    qint64 m_jan = 0;
    qint64 m_karin = 0;
    qint64 m_oldCoaching = 0;

    Records& records() { return m_fixture.records(); }

    qint64 addEngagement(qint64 clientId, qint64 principalId, EngagementKind kind, const QString& title)
    {
        // The in-memory complete onboarding, saved: fields now, evidence in recordOnboarding().
        Engagement e = completeContext(kind).engagement;
        e.id = 0;
        e.clientId = clientId;
        e.principalId = principalId;
        e.title = title;
        e.status = EngagementStatus::Draft;
        e.onboardingOn = {};
        for (EngagementMethod& method : e.methods) {
            method.id = 0;
        }
        const bool mw = kind == EngagementKind::Coaching || kind == EngagementKind::Evaluation;
        e.pinnedCodes = {mw ? PinnedCode{QStringLiteral("MW-2020"), QStringLiteral("2020")}
                            : PinnedCode{QStringLiteral("CMI-2009"), QStringLiteral("002")}};
        RecordError error;
        if (!records().engagements().save(e, &error)) {
            qWarning("%s", qPrintable(error.message));
        }
        return e.id;
    }

    bool recordOnboarding(qint64 engagementId, EngagementKind kind, QDate on = evidenceDay())
    {
        ComplianceContext complete = completeContext(kind);
        for (Evidence row : complete.evidence) {
            row.id = 0;
            row.engagementId = engagementId;
            row.occurredOn = on;
            if (!records().compliance().save(row)) {
                return false;
            }
        }
        Consent consent = complete.consents.first();
        consent.id = 0;
        consent.engagementId = engagementId;
        consent.givenOn = on;
        return records().compliance().save(consent);
    }

    bool
    step(qint64 id, EngagementStatus to, QDate on, std::optional<EndReason> reason = {}, QString* message = nullptr)
    {
        RecordError error;
        const bool done = records().engagements().transition(id, to, on, reason, {}, &error);
        if (message) {
            *message = error.message;
        }
        return done;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.open(&error), qPrintable(error));
        CodeSubscription mw{0, QStringLiteral("MW-2020"), QStringLiteral("2020"), day(2020, 9, 1), 0};
        CodeSubscription cmi{0, QStringLiteral("CMI-2009"), QStringLiteral("002"), day(2015, 1, 1), 0};
        QVERIFY(records().practice().saveCodeSubscription(mw));
        QVERIFY(records().practice().saveCodeSubscription(cmi));
        PracticeQualification certificate = completeContext().qualifications.first();
        certificate.id = 0;
        certificate.expiresOn = day(2026, 4, 15); // MW-3.1: within 60 days of March
        QVERIFY(records().practice().saveQualification(certificate));

        Principal ministry;
        ministry.organisation = QStringLiteral("Departement Kanselarij");
        QVERIFY(records().principals().save(ministry));
        m_ministry = ministry.id;
        Principal company;
        company.organisation = QStringLiteral("Logistiek NV");
        QVERIFY(records().principals().save(company));
        m_company = company.id;
        Client jan;
        jan.name = QStringLiteral("Jan Peeters");
        QVERIFY(records().clients().save(jan));
        m_jan = jan.id;
        Client karin;
        karin.name = QStringLiteral("Karin Janssens");
        QVERIFY(records().clients().save(karin));
        m_karin = karin.id;

        // Two years ago: Jan coached for the ministry, start to end, without the guard.
        m_oldCoaching = addEngagement(m_jan, m_ministry, EngagementKind::Coaching, QStringLiteral("Coaching 2024"));
        QVERIFY(m_oldCoaching > 0);
        QVERIFY(step(m_oldCoaching, EngagementStatus::Onboarding, day(2024, 2, 1)));
        QVERIFY(step(m_oldCoaching, EngagementStatus::Active, day(2024, 2, 15)));
        QVERIFY(step(m_oldCoaching, EngagementStatus::Ending, day(2024, 9, 1)));
        QVERIFY(step(m_oldCoaching, EngagementStatus::Ended, day(2024, 9, 15), EndReason::Completed));

        ComplianceGuard::install(records());
    }

    void cleanupTestCase() { m_fixture.close(); }

    void conflictBlocksActivationUntilResolved()
    {
        // Now Jan is to be evaluated, as a top civil servant, for the same ministry.
        const qint64 id =
            addEngagement(m_jan, m_ministry, EngagementKind::Evaluation, QStringLiteral("Evaluation 2026"));
        Engagement evaluation = *records().engagements().engagement(id);
        evaluation.topCivilServant = true;
        QVERIFY(records().engagements().save(evaluation));
        QVERIFY(step(id, EngagementStatus::Onboarding, day(2026, 3, 1)));
        QVERIFY(recordOnboarding(id, EngagementKind::Evaluation));

        QString message;
        QVERIFY(!step(id, EngagementStatus::Active, day(2026, 3, 16), {}, &message));
        QVERIFY2(message.contains(QStringLiteral("cannot become active")), qPrintable(message));
        QStringList articles;
        for (const QString& line : message.split(QLatin1Char('\n')).mid(1)) {
            articles.append(line.section(QLatin1Char(':'), 0, 0));
        }
        QCOMPARE(articles, (QStringList{QStringLiteral("MW-2.8"), QStringLiteral("MW-5.1"), QStringLiteral("MW-5.2")}));
        QVERIFY2(message.contains(QStringLiteral("Jan Peeters")), qPrintable(message));
        QCOMPARE(records().engagements().engagement(id)->status, EngagementStatus::Onboarding);

        // The finding names the old coaching engagement.
        ComplianceEngine engine(records());
        const std::optional<ComplianceContext> context = engine.context(evaluation, day(2026, 3, 16));
        QVERIFY(context);
        const QList<ConflictFinding> findings = ConflictCheck::find(*context);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().kind, ConflictKind::RoleCollision);
        QCOMPARE(findings.first().otherEngagementId, m_oldCoaching);
        QCOMPARE(findings.first().key(), QStringLiteral("engagement_%1").arg(m_oldCoaching));
        QCOMPARE(findings.first().ruleIds,
                 (QStringList{QStringLiteral("conflict-check"), QStringLiteral("prior-relation-check")}));

        // A resolution without its agreement is refused; with it, activation goes through.
        Evidence empty = ConflictCheck::resolution(id, findings.first(), QStringLiteral("  "), day(2026, 3, 10));
        RecordError error;
        QVERIFY(!ConflictCheck::recordResolution(records(), empty, &error));
        QCOMPARE(error.kind, RecordError::Kind::Invalid);
        QVERIFY(!step(id, EngagementStatus::Active, day(2026, 3, 16)));
        Evidence resolution = ConflictCheck::resolution(
            id,
            findings.first(),
            QStringLiteral("The coaching ended in 2024; the ministry and Jan agreed that nothing from it is used "
                           "in the evaluation, and a second assessor co-signs the report."),
            day(2026, 3, 10));
        QVERIFY2(ConflictCheck::recordResolution(records(), resolution, &error), qPrintable(error.message));
        QVERIFY2(step(id, EngagementStatus::Active, day(2026, 3, 16), {}, &message), qPrintable(message));
        QCOMPARE(records().engagements().engagement(id)->status, EngagementStatus::Active);

        // The article now shows the resolution as its evidence.
        const std::optional<EngagementCompliance> compliance = engine.evaluate(id, day(2026, 3, 16));
        QVERIFY(compliance);
        bool seen = false;
        for (const ArticleCompliance& item : compliance->articles) {
            if (item.article.id == QLatin1String("MW-5.2")) {
                seen = true;
                QCOMPARE(item.status, RuleStatus::Met);
                QCOMPARE(item.results.first().evidenceIds, QList<qint64>{resolution.id});
            }
        }
        QVERIFY(seen);
    }

    void statusesPerArticleAtADate()
    {
        const qint64 id =
            addEngagement(m_karin, m_company, EngagementKind::Outplacement, QStringLiteral("Outplacement"));
        QVERIFY(step(id, EngagementStatus::Onboarding, day(2026, 3, 1)));
        ComplianceEngine engine(records());
        engine.setClock([] { return day(2026, 3, 10); });
        std::optional<EngagementCompliance> compliance = engine.evaluate(id);
        QVERIFY(compliance);
        QCOMPARE(compliance->at, day(2026, 3, 10));
        QCOMPARE(compliance->codeIds, QStringList{QStringLiteral("CMI-2009")});
        QMap<QString, ArticleCompliance> byId;
        for (const ArticleCompliance& item : compliance->articles) {
            byId.insert(item.article.id, item);
        }
        QVERIFY(!byId.contains(QStringLiteral("MW-2.2"))); // MW does not cover outplacement
        QCOMPARE(byId.value(QStringLiteral("CMI-6")).status, RuleStatus::Due);
        QCOMPARE(byId.value(QStringLiteral("CMI-6")).due, plannedStart());
        QCOMPARE(byId.value(QStringLiteral("GDPR-13")).status, RuleStatus::Due);
        QCOMPARE(byId.value(QStringLiteral("CMI-2")).status, RuleStatus::NotApplicable);
        QVERIFY(compliance->blockers(ComplianceGate::Activation).size() > 3);

        QVERIFY(recordOnboarding(id, EngagementKind::Outplacement));
        compliance = engine.evaluate(id);
        QVERIFY2(compliance->blockers(ComplianceGate::Activation).isEmpty(),
                 qPrintable(EngagementCompliance::describe(compliance->blockers(ComplianceGate::Activation))));
        // At a date before the evidence, it did not count yet: overdue after the start.
        compliance = engine.evaluate(id, day(2026, 3, 1));
        QVERIFY(!compliance->blockers(ComplianceGate::Activation).isEmpty());
        QVERIFY(step(id, EngagementStatus::Active, day(2026, 3, 16)));

        // CMI-8: progress goes, test results do not.
        PrincipalReport progress;
        progress.engagementId = id;
        progress.kind = ReportKind::Progress;
        progress.title = QStringLiteral("Progress in April");
        progress.sentOn = day(2026, 4, 2);
        std::optional<ReportDecision> decision = engine.checkReport(progress);
        QVERIFY(decision && decision->allowed);
        QVERIFY(decision->consentId > 0);
        PrincipalReport results = progress;
        results.kind = ReportKind::Report;
        results.title = QStringLiteral("Test results");
        decision = engine.checkReport(results);
        QVERIFY(decision && !decision->allowed);
        QVERIFY2(decision->reason.contains(QStringLiteral("progress information only")), qPrintable(decision->reason));
        // The refusal names its article, as the dialog and a refused save show it (issue 17).
        QVERIFY2(decision->reason.contains(QStringLiteral("(CMI-8")), qPrintable(decision->reason));
    }

    void openObligationsMostUrgentFirst()
    {
        // An active engagement with a complaint whose four weeks passed, and one in onboarding.
        const qint64 active =
            addEngagement(m_karin, m_company, EngagementKind::CareerCoaching, QStringLiteral("Career"));
        QVERIFY(step(active, EngagementStatus::Onboarding, day(2026, 3, 1)));
        QVERIFY(recordOnboarding(active, EngagementKind::CareerCoaching));
        QVERIFY(step(active, EngagementStatus::Active, day(2026, 3, 16)));
        Complaint complaint;
        complaint.engagementId = active;
        complaint.receivedOn = day(2026, 4, 1);
        complaint.summary = QStringLiteral("The report came late");
        QVERIFY(records().compliance().save(complaint));
        const qint64 onboarding =
            addEngagement(m_karin, m_company, EngagementKind::CareerGuidance, QStringLiteral("Guidance"));
        QVERIFY(step(onboarding, EngagementStatus::Onboarding, day(2026, 4, 1)));
        const qint64 draft = addEngagement(m_karin, m_company, EngagementKind::CareerGuidance, QStringLiteral("Draft"));

        ComplianceEngine engine(records());
        const std::optional<QList<OpenObligation>> obligations = engine.openObligations(day(2026, 5, 1));
        QVERIFY(obligations && !obligations->isEmpty());
        // Overdue first: overdue complaints at the top (CMI-17), then the oldest due date first;
        // then by due date; undated last.
        QVERIFY(ComplianceEngine::isComplaintRule(obligations->first().ruleId));
        bool seenNotOverdue = false;
        bool seenUndated = false;
        bool seenOverdueOther = false;
        QDate lastOverdue;
        QStringList practiceWide;
        bool complaintSeen = false;
        for (const OpenObligation& o : *obligations) {
            QVERIFY(o.engagementId != draft);
            QVERIFY(isOutstanding(o.status));
            if (o.status == RuleStatus::Overdue && ComplianceEngine::isComplaintRule(o.ruleId)) {
                QVERIFY(!seenOverdueOther && !seenNotOverdue);
            } else if (o.status == RuleStatus::Overdue) {
                QVERIFY(!seenNotOverdue);
                QVERIFY(!lastOverdue.isValid() || o.due >= lastOverdue);
                lastOverdue = o.due;
                seenOverdueOther = true;
            } else {
                seenNotOverdue = true;
                QVERIFY(!seenUndated || !o.due.isValid());
                seenUndated = seenUndated || !o.due.isValid();
            }
            if (o.engagementId == 0) {
                QVERIFY(!practiceWide.contains(o.ruleId));
                practiceWide.append(o.ruleId);
            }
            if (o.ruleId == QLatin1String("complaint-deadline")) {
                complaintSeen = true;
                QCOMPARE(o.engagementId, active);
                QCOMPARE(o.status, RuleStatus::Overdue);
                QCOMPARE(o.due, day(2026, 4, 29));
                QCOMPARE(o.articleIds, QStringList{QStringLiteral("CMI-17")});
            }
        }
        // Once each, for the practice: the certification expiring in April, no register number.
        practiceWide.sort();
        QCOMPARE(practiceWide,
                 (QStringList{QStringLiteral("qualifications-current"), QStringLiteral("register-number-recorded")}));
        QVERIFY(complaintSeen);
        // The onboarding engagement's blocking obligations are there, one per rule.
        QStringList rules;
        for (const OpenObligation& o : *obligations) {
            if (o.engagementId == onboarding) {
                QVERIFY(!rules.contains(o.ruleId));
                rules.append(o.ruleId);
            }
        }
        QVERIFY(rules.contains(QStringLiteral("privacy-notice-handed-over")));
        QVERIFY(rules.contains(QStringLiteral("freedom-to-stop-explained")));
    }

    void interruptionClockThroughTheVault()
    {
        const qint64 id = addEngagement(m_karin, m_company, EngagementKind::Outplacement, QStringLiteral("Paused"));
        QVERIFY(step(id, EngagementStatus::Onboarding, day(2026, 1, 10)));
        QVERIFY(recordOnboarding(id, EngagementKind::Outplacement, day(2026, 1, 12)));
        Engagement e = *records().engagements().engagement(id);
        e.plannedStart = day(2026, 1, 31);
        QVERIFY(records().engagements().save(e));
        QVERIFY(step(id, EngagementStatus::Active, day(2026, 1, 31)));
        Session session;
        session.engagementId = id;
        session.startsAt = QDateTime(day(2026, 3, 15), QTime(9, 0), Qt::UTC);
        QVERIFY(records().sessions().save(session));
        ComplianceEngine engine(records());
        const auto clock = [&](QDate at) {
            const std::optional<EngagementCompliance> compliance = engine.evaluate(id, at);
            for (const ArticleCompliance& item : compliance->articles) {
                for (const RuleResult& result : item.results) {
                    if (result.ruleId == QLatin1String("interruption-clock")) {
                        return result;
                    }
                }
            }
            return RuleResult{};
        };
        QCOMPARE(clock(day(2026, 8, 14)).status, RuleStatus::Met);
        QCOMPARE(clock(day(2026, 8, 15)).status, RuleStatus::Due);
        // More than six months: on the mark itself still due, ended the day after.
        QCOMPARE(clock(day(2026, 9, 15)).status, RuleStatus::Due);
        QCOMPARE(clock(day(2026, 9, 15)).due, day(2026, 9, 16));
        QCOMPARE(clock(day(2026, 9, 16)).status, RuleStatus::Overdue);
        QCOMPARE(clock(day(2026, 9, 16)).due, day(2026, 9, 16));
        QVERIFY(clock(day(2026, 9, 16)).explanation.contains(QStringLiteral("Ended by interruption")));
        Evidence extension;
        extension.engagementId = id;
        extension.articleId = QStringLiteral("CMI-10");
        extension.topic = evidence::interruptionExtension();
        extension.party = Party::AllParties;
        extension.occurredOn = day(2026, 8, 20);
        extension.channel = Channel::Letter;
        extension.text = QStringLiteral("Paused until October, agreed by all parties");
        QVERIFY(records().compliance().save(extension));
        QCOMPARE(clock(day(2026, 9, 16)).status, RuleStatus::Met);
    }

    void endingForObstructionNeedsAWarning()
    {
        const qint64 id =
            addEngagement(m_karin, m_company, EngagementKind::CareerCoaching, QStringLiteral("Obstructed"));
        QVERIFY(step(id, EngagementStatus::Onboarding, day(2026, 3, 1)));
        QVERIFY(recordOnboarding(id, EngagementKind::CareerCoaching));
        QVERIFY(step(id, EngagementStatus::Active, day(2026, 3, 16)));
        QVERIFY(step(id, EngagementStatus::Ending, day(2026, 6, 1)));
        QString message;
        QVERIFY(!step(id, EngagementStatus::Ended, day(2026, 6, 2), EndReason::EarlyObstruction, &message));
        QVERIFY2(message.contains(QStringLiteral("CMI-12")), qPrintable(message));
        WrittenWarning warning{0, id, day(2026, 5, 1), QStringLiteral("Missed sessions"), Channel::Letter, 0};
        QVERIFY(records().compliance().save(warning));
        Referral referral{
            0, id, day(2026, 5, 20), QStringLiteral("Psychology"), QStringLiteral("Dr. Peeters"), {}, {}, {}};
        QVERIFY(records().compliance().save(referral));
        QVERIFY2(step(id, EngagementStatus::Ended, day(2026, 6, 2), EndReason::EarlyObstruction, &message),
                 qPrintable(message));
    }

    // The loader gives each context only the engagements that share a person with it: found
    // by the same client, by the same name on another client record (without case, accents
    // or extra spaces), and by a member of a client system; the Overview's run over the whole
    // practice (evaluateAll) reaches the same findings as one engagement's context.
    void conflictFoundWhereverThePersonIs()
    {
        Client again;
        again.name = QStringLiteral("  JAN   Péeters ");
        QVERIFY(records().clients().save(again));
        Client team;
        team.kind = ClientKind::System;
        team.name = QStringLiteral("Team Planning");
        team.members = {{0, QStringLiteral("Els Wouters"), QString(), QString()},
                        {0, QStringLiteral("jan peeters"), QString(), QString()}};
        QVERIFY(records().clients().save(team));
        Client stranger;
        stranger.name = QStringLiteral("Jan Peeters-Maes");
        QVERIFY(records().clients().save(stranger));
        const qint64 teamCoaching =
            addEngagement(team.id, m_company, EngagementKind::Coaching, QStringLiteral("Team coaching"));
        QVERIFY(step(teamCoaching, EngagementStatus::Onboarding, day(2026, 2, 1)));
        const qint64 strangerCoaching =
            addEngagement(stranger.id, m_company, EngagementKind::Coaching, QStringLiteral("Other coaching"));
        QVERIFY(step(strangerCoaching, EngagementStatus::Onboarding, day(2026, 2, 1)));

        const qint64 id =
            addEngagement(again.id, m_company, EngagementKind::Evaluation, QStringLiteral("Evaluation again"));
        QVERIFY(step(id, EngagementStatus::Onboarding, day(2026, 3, 1)));
        ComplianceEngine engine(records());
        const std::optional<ComplianceContext> context =
            engine.context(*records().engagements().engagement(id), day(2026, 3, 16));
        QVERIFY(context);
        QList<qint64> others;
        for (const ConflictFinding& finding : ConflictCheck::find(*context)) {
            QCOMPARE(finding.kind, ConflictKind::RoleCollision);
            others.append(finding.otherEngagementId);
        }
        std::sort(others.begin(), others.end());
        QCOMPARE(others, (QList<qint64>{m_oldCoaching, teamCoaching})); // not the stranger's

        const std::optional<QList<EngagementCompliance>> all = engine.evaluateAll(day(2026, 3, 16));
        QVERIFY(all);
        const std::optional<EngagementCompliance> single = engine.evaluate(id, day(2026, 3, 16));
        QVERIFY(single);
        bool seen = false;
        for (const EngagementCompliance& compliance : *all) {
            if (compliance.engagementId != id) {
                continue;
            }
            seen = true;
            QCOMPARE(compliance.articles.size(), single->articles.size());
            for (int i = 0; i < compliance.articles.size(); ++i) {
                QCOMPARE(compliance.articles.at(i).article.id, single->articles.at(i).article.id);
                QCOMPARE(compliance.articles.at(i).status, single->articles.at(i).status);
                if (compliance.articles.at(i).article.id == QLatin1String("MW-5.2")) {
                    QVERIFY(compliance.articles.at(i).status != RuleStatus::Met);
                }
            }
        }
        QVERIFY(seen);

        // An export's run over some engagements (evaluateEach, one snapshot of the practice)
        // reaches what each engagement's own evaluation does, in the order asked; an unknown
        // id is left out.
        const QList<qint64> asked = {id, teamCoaching, 987654, m_oldCoaching};
        const std::optional<QList<EngagementCompliance>> each = engine.evaluateEach(asked, day(2026, 3, 16));
        QVERIFY(each);
        QCOMPARE(each->size(), 3);
        const QList<qint64> expected = {id, teamCoaching, m_oldCoaching};
        for (int e = 0; e < each->size(); ++e) {
            const EngagementCompliance& one = each->at(e);
            QCOMPARE(one.engagementId, expected.at(e));
            const std::optional<EngagementCompliance> alone = engine.evaluate(one.engagementId, day(2026, 3, 16));
            QVERIFY(alone);
            QCOMPARE(one.articles.size(), alone->articles.size());
            for (int i = 0; i < one.articles.size(); ++i) {
                QCOMPARE(one.articles.at(i).article.id, alone->articles.at(i).article.id);
                QCOMPARE(one.articles.at(i).status, alone->articles.at(i).status);
            }
        }
    }

    // Issue 18: the Overview's cache (ObligationCache). A write to one engagement's records
    // shows at once for that engagement, and the others keep what they had; a change to an
    // engagement itself shows without any signal; the list is always the one worked out anew.
    void cachedObligationsFollowWrites()
    {
        Client first;
        first.name = QStringLiteral("Wouter Claes");
        QVERIFY(records().clients().save(first));
        Client second;
        second.name = QStringLiteral("Ines Maes");
        QVERIFY(records().clients().save(second));
        const qint64 a = addEngagement(first.id, m_company, EngagementKind::CareerGuidance, QStringLiteral("Cached A"));
        const qint64 b =
            addEngagement(second.id, m_company, EngagementKind::CareerGuidance, QStringLiteral("Cached B"));
        QVERIFY(step(a, EngagementStatus::Onboarding, day(2026, 4, 1)));
        QVERIFY(step(b, EngagementStatus::Onboarding, day(2026, 4, 1)));

        ObligationCache cache;
        // What the Overview connects (OverviewPage::setPractice): an engagement's records written.
        const QMetaObject::Connection written =
            connect(&records().compliance(), &ComplianceRecords::recordsChanged, this, [&cache](qint64 id) {
                cache.invalidate(id);
            });
        ComplianceEngine engine(records());
        const QDate at = day(2026, 5, 1);
        const auto ruleIdsOf = [](const QList<OpenObligation>& obligations, qint64 engagementId) {
            QStringList ids;
            for (const OpenObligation& o : obligations) {
                if (o.engagementId == engagementId) {
                    ids.append(o.ruleId + QLatin1Char(' ') + o.explanation);
                }
            }
            return ids;
        };
        const auto same = [](const QList<OpenObligation>& x, const QList<OpenObligation>& y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (qsizetype i = 0; i < x.size(); ++i) {
                const OpenObligation& l = x.at(i);
                const OpenObligation& r = y.at(i);
                if (l.engagementId != r.engagementId || l.ruleId != r.ruleId || l.articleIds != r.articleIds ||
                    l.status != r.status || l.due != r.due || l.explanation != r.explanation ||
                    l.blocking != r.blocking || l.engagementTitle != r.engagementTitle ||
                    l.clientName != r.clientName) {
                    return false;
                }
            }
            return true;
        };

        const std::optional<QList<OpenObligation>> before = engine.openObligations(at, nullptr, &cache);
        QVERIFY(before);
        QVERIFY(same(*before, *engine.openObligations(at)));
        QVERIFY(cache.size() > 0);
        const QString notice = QStringLiteral("privacy-notice-handed-over");
        const QStringList beforeA = ruleIdsOf(*before, a);
        const QStringList beforeB = ruleIdsOf(*before, b);
        QVERIFY(std::any_of(beforeA.cbegin(), beforeA.cend(), [&](const QString& o) { return o.startsWith(notice); }));
        QVERIFY(std::any_of(beforeB.cbegin(), beforeB.cend(), [&](const QString& o) { return o.startsWith(notice); }));
        // Served from the cache, the same list again.
        QVERIFY(same(*before, *engine.openObligations(at, nullptr, &cache)));

        // The evidence that meets the obligation, recorded for A only.
        Evidence handed = evidenceRow(QStringLiteral("GDPR-13"), evidence::privacyNoticeHandedOver(), Party::Client);
        handed.id = 0;
        handed.engagementId = a;
        RecordError saveError;
        QVERIFY2(records().compliance().save(handed, &saveError), qPrintable(saveError.message));
        const std::optional<QList<OpenObligation>> after = engine.openObligations(at, nullptr, &cache);
        QVERIFY(after);
        const QStringList afterA = ruleIdsOf(*after, a);
        QVERIFY2(std::none_of(afterA.cbegin(), afterA.cend(), [&](const QString& o) { return o.startsWith(notice); }),
                 qPrintable(afterA.join(QLatin1Char('\n'))));
        QCOMPARE(afterA.size(), beforeA.size() - 1);
        QCOMPARE(ruleIdsOf(*after, b), beforeB);
        QVERIFY(same(*after, *engine.openObligations(at)));

        // An engagement changed (its title, as the list shows it): seen without a signal.
        disconnect(written);
        Engagement renamed = *records().engagements().engagement(b);
        renamed.title = QStringLiteral("Cached B, renamed");
        QVERIFY(records().engagements().save(renamed));
        const std::optional<QList<OpenObligation>> retitled = engine.openObligations(at, nullptr, &cache);
        QVERIFY(retitled);
        for (const OpenObligation& o : *retitled) {
            if (o.engagementId == b) {
                QCOMPARE(o.engagementTitle, renamed.title);
            }
        }
        QVERIFY(same(*retitled, *engine.openObligations(at)));
        // Another day: every entry is worked out again.
        QVERIFY(
            same(*engine.openObligations(at.addDays(60), nullptr, &cache), *engine.openObligations(at.addDays(60))));
    }
};

QTEST_GUILESS_MAIN(ComplianceEngineTest)
#include "ComplianceEngineTest.moc"
