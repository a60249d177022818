// The engagement lifecycle (core/domain/EngagementLifecycle): every pair of statuses,
// allowed or refused with its reason, the end reasons that fit each state, and the dating
// of steps.
#include "domain/DisplayNames.h"
#include "domain/EngagementLifecycle.h"

#include <QTest>

using namespace mandaat;

namespace {

using S = EngagementStatus;
using R = EndReason;

// The whole table: from -> to, with no end reason given (ending needs one; see endReasons).
struct Step
{
    S from;
    S to;
    bool allowed;
    const char* words; // a part of the refusal
};

const Step steps[] = {
    {S::Draft, S::Draft, false, "already draft"},
    {S::Draft, S::Onboarding, true, ""},
    {S::Draft, S::Active, false, "cannot skip a step: from draft the next step is onboarding"},
    {S::Draft, S::Ending, false, "from draft the next step is onboarding"},
    {S::Draft, S::Ended, false, "Say why the engagement ends"},
    {S::Onboarding, S::Draft, false, "cannot go back from onboarding to draft"},
    {S::Onboarding, S::Onboarding, false, "already onboarding"},
    {S::Onboarding, S::Active, true, ""},
    {S::Onboarding, S::Ending, false, "from onboarding the next step is active"},
    {S::Onboarding, S::Ended, false, "Say why the engagement ends"},
    {S::Active, S::Draft, false, "cannot go back from active to draft"},
    {S::Active, S::Onboarding, false, "from active to onboarding"},
    {S::Active, S::Active, false, "already active"},
    {S::Active, S::Ending, true, ""},
    {S::Active, S::Ended, false, "ends through the termination steps"},
    {S::Ending, S::Draft, false, "from ending to draft"},
    {S::Ending, S::Onboarding, false, "from ending to onboarding"},
    {S::Ending, S::Active, true, ""},
    {S::Ending, S::Ending, false, "already ending"},
    {S::Ending, S::Ended, false, "Say why the engagement ends"},
    {S::Ended, S::Draft, false, "an ended engagement is final"},
    {S::Ended, S::Onboarding, false, "an ended engagement is final"},
    {S::Ended, S::Active, false, "an ended engagement is final"},
    {S::Ended, S::Ending, false, "an ended engagement is final"},
    {S::Ended, S::Ended, false, "an ended engagement is final"},
};

// Ending with a reason: which reasons fit which state.
struct Ending
{
    S from;
    R reason;
    bool allowed;
    const char* words;
};

const Ending endings[] = {
    {S::Draft, R::Declined, true, ""},
    {S::Draft, R::ConflictOfInterest, true, ""},
    {S::Draft, R::ClientStopped, true, ""},
    {S::Draft, R::Completed, false, "“Completed” is for an engagement that was active"},
    {S::Draft, R::Interruption, false, "this one never started"},
    {S::Onboarding, R::Declined, true, ""},
    {S::Onboarding, R::PrincipalStopped, true, ""},
    {S::Onboarding, R::EarlyObstruction, false, "Choose “Declined or withdrawn before the start”"},
    {S::Onboarding, R::EarlyNotFeasible, false, "this one never started"},
    {S::Ending, R::Completed, true, ""},
    {S::Ending, R::ClientStopped, true, ""},
    {S::Ending, R::PrincipalStopped, true, ""},
    {S::Ending, R::EarlyNotFeasible, true, ""},
    {S::Ending, R::EarlyObstruction, true, ""},
    {S::Ending, R::ConflictOfInterest, true, ""},
    {S::Ending, R::Interruption, true, ""},
    {S::Ending, R::Declined, false, "is for an engagement that never started; this one was active"},
    {S::Active, R::Completed, false, "termination steps"},
    {S::Ended, R::Completed, false, "final"},
};

QString name(S status)
{
    return toId(status);
}

} // namespace

class LifecycleTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transition_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("words");
        for (const Step& step : steps) {
            const QString row = name(step.from) + QStringLiteral(" -> ") + name(step.to);
            QTest::newRow(qPrintable(row))
                << int(step.from) << int(step.to) << step.allowed << QString::fromUtf8(step.words);
        }
    }

    void transition()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(bool, allowed);
        QFETCH(QString, words);
        const TransitionCheck check =
            EngagementLifecycle::check(static_cast<S>(from), static_cast<S>(to), std::nullopt);
        QCOMPARE(check.allowed, allowed);
        if (allowed) {
            QVERIFY(check.reason.isEmpty());
        } else {
            QVERIFY2(check.reason.contains(words), qPrintable(check.reason));
        }
    }

    void tableCoversEveryPair() { QCOMPARE(int(std::size(steps)), int(allValues<S>().size() * allValues<S>().size())); }

    void ending_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("reason");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("words");
        for (const Ending& ending : endings) {
            const QString row =
                name(ending.from) + QStringLiteral(" -> ended (") + toId(ending.reason) + QStringLiteral(")");
            QTest::newRow(qPrintable(row))
                << int(ending.from) << int(ending.reason) << ending.allowed << QString::fromUtf8(ending.words);
        }
    }

    void ending()
    {
        QFETCH(int, from);
        QFETCH(int, reason);
        QFETCH(bool, allowed);
        QFETCH(QString, words);
        const TransitionCheck check =
            EngagementLifecycle::check(static_cast<S>(from), S::Ended, static_cast<R>(reason));
        QCOMPARE(check.allowed, allowed);
        QCOMPARE(EngagementLifecycle::endReasonsFrom(static_cast<S>(from)).contains(static_cast<R>(reason)), allowed);
        if (!allowed) {
            QVERIFY2(check.reason.contains(words), qPrintable(check.reason));
        }
    }

    void nextStatuses_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<QList<int>>("next");
        QTest::newRow("draft") << int(S::Draft) << QList<int>{int(S::Onboarding), int(S::Ended)};
        QTest::newRow("onboarding") << int(S::Onboarding) << QList<int>{int(S::Active), int(S::Ended)};
        QTest::newRow("active") << int(S::Active) << QList<int>{int(S::Ending)};
        QTest::newRow("ending") << int(S::Ending) << QList<int>{int(S::Active), int(S::Ended)};
        QTest::newRow("ended") << int(S::Ended) << QList<int>{};
    }

    void nextStatuses()
    {
        QFETCH(int, from);
        QFETCH(QList<int>, next);
        QList<int> got;
        for (const S status : EngagementLifecycle::nextStatuses(static_cast<S>(from))) {
            got.append(int(status));
        }
        QCOMPARE(got, next);
    }

    void dating_data()
    {
        QTest::addColumn<int>("to");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("words");
        // The engagement below started onboarding on 2 March and became active on 9 March.
        QTest::newRow("ending after activation") << int(S::Ending) << QDate(2026, 6, 1) << true << QString();
        QTest::newRow("ending on the activation day") << int(S::Ending) << QDate(2026, 3, 9) << true << QString();
        QTest::newRow("ending before activation")
            << int(S::Ending) << QDate(2026, 3, 8) << false
            << QStringLiteral(
                   "The date of this step (8 March 2026) is before an earlier step, “Active”, on 9 March 2026.");
        QTest::newRow("ended before onboarding")
            << int(S::Ended) << QDate(2026, 3, 1) << false << QStringLiteral("“Onboarding”, on 2 March 2026");
        QTest::newRow("no date") << int(S::Ending) << QDate() << false << QStringLiteral("Enter the date");
    }

    void dating()
    {
        QFETCH(int, to);
        QFETCH(QDate, on);
        QFETCH(bool, allowed);
        QFETCH(QString, words);
        Engagement engagement;
        engagement.status = S::Active;
        engagement.onboardingOn = QDate(2026, 3, 2);
        engagement.activatedOn = QDate(2026, 3, 9);
        const TransitionCheck check = EngagementLifecycle::checkDate(engagement, static_cast<S>(to), on);
        QCOMPARE(check.allowed, allowed);
        if (!allowed) {
            QVERIFY2(check.reason.contains(words), qPrintable(check.reason));
        }
    }

    void resumingIsDatedAfterTheEndingBegan()
    {
        // Ending called off: back to active, no earlier than the ending began.
        Engagement engagement;
        engagement.status = S::Ending;
        engagement.activatedOn = QDate(2026, 3, 9);
        engagement.endingOn = QDate(2026, 6, 1);
        QVERIFY(EngagementLifecycle::checkDate(engagement, S::Active, QDate(2026, 6, 1)).allowed);
        const TransitionCheck early = EngagementLifecycle::checkDate(engagement, S::Active, QDate(2026, 5, 31));
        QVERIFY(!early.allowed);
        QVERIFY2(early.reason.contains(QStringLiteral("“Ending”, on 1 June 2026")), qPrintable(early.reason));
    }

    void unknownStatusIsRefused()
    {
        const TransitionCheck check = EngagementLifecycle::check(static_cast<S>(42), S::Active, std::nullopt);
        QVERIFY(!check.allowed);
        QVERIFY(check.reason.contains(QStringLiteral("not one Mandaat knows")));
    }
};

QTEST_GUILESS_MAIN(LifecycleTest)
#include "LifecycleTest.moc"
