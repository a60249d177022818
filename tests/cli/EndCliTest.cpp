// Issue 17, items 1 and 5: `mandaat-cli end` ends an engagement as the termination wizard does
// (Termination::end), and refuses with a clear message and nothing changed: an unknown
// engagement, a reason that is not one, a date that is not one or comes before the start, an
// end the compliance rules hold back (CMI-12: a written warning before ending for
// obstruction). The referral before ending early is a question answered (CMI-11), not a second
// record that blocks: the boundary in Termination::check. (The CLI and the wizard side by side:
// TerminationWizardTest.)
#include "CliRunner.h"
#include "TestSupport.h"

#include "compliance/EvidenceTopics.h"
#include "lifecycle/Termination.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/IssuedLetterRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/Records.h"
#include "vault/Vault.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace mandaat;
using mandaat::test::passphrase;

namespace {

using Run = mandaat::test::CliRun;

const QDate EndDate(2026, 5, 12);

Run cli(const QStringList& arguments)
{
    return mandaat::test::runCli(arguments);
}

} // namespace

class EndCliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_stopped = 0; // ended by the happy path
    qint64 m_obstructed = 0; // CMI-12
    qint64 m_principal = 0;

    std::unique_ptr<Vault> open()
    {
        VaultError error;
        auto vault = Vault::open(m_path, passphrase(), Vault::Access::ReadWrite, &error);
        if (!vault) {
            qWarning() << error.message;
        }
        return vault;
    }

    /// Everything an end changes, per engagement: status, dates, letters, evidence, referrals.
    QStringList state()
    {
        auto vault = open();
        if (!vault) {
            return {};
        }
        Records records(*vault);
        QStringList lines;
        for (const Engagement& e : records.engagements().engagements()) {
            lines << QStringList{QString::number(e.id),
                                 toId(e.status),
                                 e.endingOn.toString(Qt::ISODate),
                                 e.endedOn.toString(Qt::ISODate),
                                 e.dossierRetentionUntil.toString(Qt::ISODate),
                                 QString::number(records.letters().lettersFor(e.id).size()),
                                 QString::number(records.compliance().evidenceFor(e.id).size()),
                                 QString::number(records.compliance().referralsFor(e.id).size())}
                         .join(QLatin1Char('|'));
        }
        return lines;
    }

    static qint64 addActive(Records& records, qint64 principalId, const QString& name)
    {
        RecordError error;
        Client client;
        client.name = name;
        if (!records.clients().save(client, &error)) {
            qWarning("%s", qPrintable(error.message));
            return 0;
        }
        Engagement e;
        e.clientId = client.id;
        e.principalId = principalId;
        e.kind = EngagementKind::CareerCoaching;
        e.title = name;
        e.letterLanguage = Language::English;
        e.pinnedCodes = {PinnedCode{QStringLiteral("CMI-2009"), QStringLiteral("002")}};
        if (!records.engagements().save(e, &error) ||
            !records.engagements().transition(e.id, EngagementStatus::Onboarding, QDate(2026, 1, 5), {}, {}, &error) ||
            !records.engagements().transition(e.id, EngagementStatus::Active, QDate(2026, 1, 12), {}, {}, &error)) {
            qWarning("%s", qPrintable(error.message));
            return 0;
        }
        return e.id;
    }

    /// `end` with \a more after the engagement's id, on the end date.
    Run end(qint64 id, const QStringList& more)
    {
        return cli(QStringList{QStringLiteral("end"), m_path, QString::number(id)} + more);
    }

    /// Runs `end` and checks it is refused with \a exitCode and \a message, the vault unchanged.
    void refused(qint64 id, const QStringList& more, int exitCode, const QString& message)
    {
        const QStringList before = state();
        QVERIFY(!before.isEmpty());
        const Run run = end(id, more);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        QCOMPARE(state(), before);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("praktijk.mandaat"));
        VaultError error;
        std::unique_ptr<Vault> vault = Vault::create(m_path, passphrase(), &error);
        QVERIFY2(vault, qPrintable(error.message));
        Records records(*vault);
        PracticeProfile profile;
        profile.consultantName = QStringLiteral("Pieter de Vries");
        profile.complaintsBody = QStringLiteral("Geschillencommissie Noloc");
        QVERIFY(records.practice().saveProfile(profile));
        PracticePolicy policy = records.practice().policy();
        policy.dossierRetentionMonths = 24;
        policy.financialRetentionYears = 7;
        QVERIFY(records.practice().savePolicy(policy));
        Principal principal;
        principal.organisation = QStringLiteral("Logistiek Oost BV");
        QVERIFY(records.principals().save(principal));
        m_principal = principal.id;
        m_stopped = addActive(records, principal.id, QStringLiteral("Ruben Maes"));
        m_obstructed = addActive(records, principal.id, QStringLiteral("Karin Janssens"));
        QVERIFY(m_stopped > 0 && m_obstructed > 0);
    }

    void helpNamesTheOptions()
    {
        const Run help = cli({QStringLiteral("end"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const QString& option : {QStringLiteral("--reason"),
                                      QStringLiteral("--at"),
                                      QStringLiteral("--referral"),
                                      QStringLiteral("--successor"),
                                      QStringLiteral("--dossier-until"),
                                      QStringLiteral("early_obstruction")}) {
            QVERIFY2(help.out.contains(option), qPrintable(option + QLatin1Char('\n') + help.out));
        }
    }

    // Issue 17, item 4: under ICF alone, ending early for obstruction needs no written warning
    // and asks no referral question (CMI-12 and CMI-11 are not its articles); the CLI ends it
    // as asked, and its compliance shows ICF's articles only.
    void icfAloneEndsWithoutTheCmiDemands()
    {
        qint64 id = 0;
        {
            auto vault = open();
            QVERIFY(vault);
            Records records(*vault);
            Client client;
            client.name = QStringLiteral("Lotte Goossens");
            QVERIFY(records.clients().save(client));
            Engagement e;
            e.clientId = client.id;
            e.kind = EngagementKind::Coaching;
            e.payerKind = PayerKind::Client;
            e.title = QStringLiteral("Coaching Lotte");
            e.letterLanguage = Language::English;
            e.pinnedCodes = {PinnedCode{QStringLiteral("ICF-2025"), QStringLiteral("2025")}};
            RecordError error;
            QVERIFY2(records.engagements().save(e, &error), qPrintable(error.message));
            QVERIFY(records.engagements().transition(e.id, EngagementStatus::Onboarding, QDate(2026, 1, 5)));
            QVERIFY(records.engagements().transition(e.id, EngagementStatus::Active, QDate(2026, 1, 12)));
            id = e.id;
        }
        // A self-paying client's engagement is not stopped by a principal.
        const Run principal = end(id,
                                  {QStringLiteral("--reason"),
                                   QStringLiteral("principal_stopped"),
                                   QStringLiteral("--at"),
                                   EndDate.toString(Qt::ISODate)});
        QCOMPARE(principal.exitCode, 1);
        QVERIFY2(principal.err.contains(QStringLiteral("This engagement has no principal")), qPrintable(principal.err));
        // Nor is there a written warning to give under ICF alone: refused, nothing stored.
        const QString warningPdf = m_dir.filePath(QStringLiteral("icf-warning.pdf"));
        const Run warned = cli({QStringLiteral("warning"),
                                m_path,
                                QString::number(id),
                                QStringLiteral("--reason"),
                                QStringLiteral("Sessions cancelled."),
                                QStringLiteral("--out"),
                                warningPdf});
        QCOMPARE(warned.exitCode, 1);
        QVERIFY2(warned.err.contains(QStringLiteral("No code of this engagement asks for a written warning")),
                 qPrintable(warned.err));
        QVERIFY(!QFileInfo::exists(warningPdf));
        // Nor does ICF end an engagement after six months without a session (CMI-10).
        const Run interrupted = end(id,
                                    {QStringLiteral("--reason"),
                                     QStringLiteral("interruption"),
                                     QStringLiteral("--at"),
                                     EndDate.toString(Qt::ISODate)});
        QCOMPARE(interrupted.exitCode, 1);
        QVERIFY2(interrupted.err.contains(QStringLiteral("No code of this engagement ends it after six months")),
                 qPrintable(interrupted.err));
        const Run run = end(id,
                            {QStringLiteral("--reason"),
                             QStringLiteral("early_obstruction"),
                             QStringLiteral("--at"),
                             EndDate.toString(Qt::ISODate)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QStringLiteral("Ended engagement %1 on 2026-05-12 (early_obstruction)").arg(id)),
                 qPrintable(run.out));
        {
            auto vault = open();
            QVERIFY(vault);
            Records records(*vault);
            QCOMPARE(records.engagements().engagement(id)->status, EngagementStatus::Ended);
            QVERIFY(records.compliance().referralsFor(id).isEmpty());
        }
        const Run compliance =
            cli({QStringLiteral("compliance"), m_path, QStringLiteral("--engagement"), QString::number(id)});
        QCOMPARE(compliance.exitCode, 0);
        QVERIFY2(compliance.out.contains(QStringLiteral("\nICF-1.1\t")), qPrintable(compliance.out));
        QVERIFY2(!compliance.out.contains(QStringLiteral("CMI-")) && !compliance.out.contains(QStringLiteral("MW-")),
                 qPrintable(compliance.out));
    }

    void clumsyAndHostileEndsChangeNothing_data()
    {
        QTest::addColumn<bool>("unknown");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString at = EndDate.toString(Qt::ISODate);
        QTest::newRow("unknown engagement")
            << true
            << QStringList{QStringLiteral("--reason"), QStringLiteral("client_stopped"), QStringLiteral("--at"), at}
            << 1 << QStringLiteral("There is no engagement number 999.");
        QTest::newRow("no reason") << false << QStringList{QStringLiteral("--at"), at} << 2
                                   << QStringLiteral("'end' needs --reason REASON, one of: completed, client_stopped");
        QTest::newRow("bad reason")
            << false << QStringList{QStringLiteral("--reason"), QStringLiteral("fed_up"), QStringLiteral("--at"), at}
            << 2 << QStringLiteral("Unknown end reason 'fed_up'. Use one of: completed");
        QTest::newRow("bad date") << false
                                  << QStringList{QStringLiteral("--reason"),
                                                 QStringLiteral("client_stopped"),
                                                 QStringLiteral("--at"),
                                                 QStringLiteral("2026-02-30")}
                                  << 2 << QStringLiteral("--at needs the end date as YYYY-MM-DD");
        QTest::newRow("no date") << false << QStringList{QStringLiteral("--reason"), QStringLiteral("client_stopped")}
                                 << 2 << QStringLiteral("--at needs the end date as YYYY-MM-DD");
        QTest::newRow("before the start") << false
                                          << QStringList{QStringLiteral("--reason"),
                                                         QStringLiteral("client_stopped"),
                                                         QStringLiteral("--at"),
                                                         QStringLiteral("2026-01-10")}
                                          << 1 << QStringLiteral("is before an earlier step, “Active”, on");
        QTest::newRow("never started")
            << false << QStringList{QStringLiteral("--reason"), QStringLiteral("declined"), QStringLiteral("--at"), at}
            << 1 << QStringLiteral("is for an engagement that never started");
        QTest::newRow("bad referral") << false
                                      << QStringList{QStringLiteral("--reason"),
                                                     QStringLiteral("early_not_feasible"),
                                                     QStringLiteral("--at"),
                                                     at,
                                                     QStringLiteral("--referral"),
                                                     QStringLiteral("maybe")}
                                      << 2 << QStringLiteral("Unknown referral answer 'maybe'");
        QTest::newRow("retention before the end")
            << false
            << QStringList{QStringLiteral("--reason"),
                           QStringLiteral("client_stopped"),
                           QStringLiteral("--at"),
                           at,
                           QStringLiteral("--dossier-until"),
                           QStringLiteral("2026-05-01")}
            << 1 << QStringLiteral("The records are kept at least until the end date");
        // CMI-12: obstruction needs the written warning first; the referral question answered.
        QTest::newRow("obstruction without a warning") << false
                                                       << QStringList{QStringLiteral("--reason"),
                                                                      QStringLiteral("early_obstruction"),
                                                                      QStringLiteral("--at"),
                                                                      at,
                                                                      QStringLiteral("--referral"),
                                                                      QStringLiteral("considered"),
                                                                      QStringLiteral("--referral-reason"),
                                                                      QStringLiteral("No other discipline fits")}
                                                       << 1 << QStringLiteral("The engagement cannot end yet:");
        QTest::newRow("early, the referral unanswered")
            << false
            << QStringList{QStringLiteral("--reason"), QStringLiteral("early_not_feasible"), QStringLiteral("--at"), at}
            << 1 << QStringLiteral("say whether you referred the client to another discipline");
        QTest::newRow("considered without a reason")
            << false
            << QStringList{QStringLiteral("--reason"),
                           QStringLiteral("early_not_feasible"),
                           QStringLiteral("--at"),
                           at,
                           QStringLiteral("--referral"),
                           QStringLiteral("considered")}
            << 1 << QStringLiteral("Say why you did not refer the client (CMI-11).");
    }

    void clumsyAndHostileEndsChangeNothing()
    {
        QFETCH(bool, unknown);
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        refused(unknown ? 999 : m_obstructed, options, exitCode, message);
    }

    void obstructionNamesTheWarningOnly()
    {
        const Run run = end(m_obstructed,
                            {QStringLiteral("--reason"),
                             QStringLiteral("early_obstruction"),
                             QStringLiteral("--at"),
                             EndDate.toString(Qt::ISODate),
                             QStringLiteral("--referral"),
                             QStringLiteral("referred"),
                             QStringLiteral("--referred-to"),
                             QStringLiteral("Praktijk Jansen"),
                             QStringLiteral("--referral-discipline"),
                             QStringLiteral("Psychotherapy")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("CMI-12")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("Warn the client in writing")), qPrintable(run.err));
        // Item 5: the referral is no second blocking record.
        QVERIFY2(!run.err.contains(QStringLiteral("consider referring")), qPrintable(run.err));
    }

    // Item 5: obstruction needs the written warning dated on or before the end; the referral is
    // the user's answer: yes (to whom), or no with the reason. Judged by Termination::check.
    void theWarningAndTheReferralAnswerAtTheBoundary()
    {
        auto vault = open();
        QVERIFY(vault);
        Records records(*vault);
        TerminationPlan plan;
        plan.reason = EndReason::EarlyObstruction;
        plan.endDate = EndDate;
        plan.referral = ReferralAnswer::Considered;
        plan.referralExplanation = QStringLiteral("No other discipline fits");
        Error error;
        QVERIFY(!Termination::check(records, m_obstructed, plan, &error));
        QVERIFY2(error.message.contains(QStringLiteral("CMI-12")), qPrintable(error.message));

        // A warning the day after the end does not count; on the end date it does.
        WrittenWarning warning;
        warning.engagementId = m_obstructed;
        warning.issuedOn = EndDate.addDays(1);
        warning.reason = QStringLiteral("Three appointments cancelled without a new date.");
        QVERIFY(records.compliance().save(warning));
        error = {};
        QVERIFY(!Termination::check(records, m_obstructed, plan, &error));
        QVERIFY2(error.message.contains(QStringLiteral("CMI-12")), qPrintable(error.message));
        warning.issuedOn = EndDate;
        QVERIFY(records.compliance().save(warning));
        error = {};
        QVERIFY2(Termination::check(records, m_obstructed, plan, &error), qPrintable(error.message));

        // With the warning, only the answer stands between: unanswered, or no without a reason,
        // is refused with the question, not with a compliance blocker.
        TerminationPlan unanswered = plan;
        unanswered.referral = ReferralAnswer::None;
        QVERIFY(!Termination::check(records, m_obstructed, unanswered, &error));
        QVERIFY2(error.message.startsWith(QStringLiteral("Before ending early, say whether")) &&
                     error.message.endsWith(QStringLiteral("or why not (CMI-11).")),
                 qPrintable(error.message));
        QVERIFY(!error.message.contains(QStringLiteral("cannot end yet")));
        TerminationPlan noReason = plan;
        noReason.referralExplanation.clear();
        QVERIFY(!Termination::check(records, m_obstructed, noReason, &error));
        QCOMPARE(error.message, QStringLiteral("Say why you did not refer the client (CMI-11)."));
        TerminationPlan referred = plan;
        referred.referral = ReferralAnswer::Referred;
        referred.referredTo = QStringLiteral("Praktijk Jansen");
        QVERIFY(!Termination::check(records, m_obstructed, referred, &error));
        QCOMPARE(error.message, QStringLiteral("Name the discipline and to whom you referred the client (CMI-11)."));
        referred.referralDiscipline = QStringLiteral("Psychotherapy");
        error = {};
        QVERIFY2(Termination::check(records, m_obstructed, referred, &error), qPrintable(error.message));
        // Checking stored nothing.
        QCOMPARE(records.engagements().engagement(m_obstructed)->status, EngagementStatus::Active);
        QVERIFY(records.compliance().evidenceFor(m_obstructed).isEmpty());
        QVERIFY(records.compliance().referralsFor(m_obstructed).isEmpty());
    }

    void obstructionAfterTheWarningEnds()
    {
        const Run run = end(m_obstructed,
                            {QStringLiteral("--reason"),
                             QStringLiteral("early_obstruction"),
                             QStringLiteral("--at"),
                             EndDate.toString(Qt::ISODate),
                             QStringLiteral("--referral"),
                             QStringLiteral("considered"),
                             QStringLiteral("--referral-reason"),
                             QStringLiteral("No other discipline fits")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        auto vault = open();
        QVERIFY(vault);
        Records records(*vault);
        QCOMPARE(records.engagements().engagement(m_obstructed)->status, EngagementStatus::Ended);
        const QList<Evidence> rows = records.compliance().evidenceFor(m_obstructed);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().topic, evidence::referralConsidered());
        // The engagement's article that asks for it, from the catalogue: CMI-11 of CMI-2009.
        QCOMPARE(rows.first().articleId, QStringLiteral("CMI-11"));
        QCOMPARE(rows.first().text, QStringLiteral("No other discipline fits"));
    }

    // Issue 17, item 1: the written warning (CMI-12) issued with `mandaat-cli warning`, as the
    // engagement page's dialog issues it; the clumsy and the hostile calls store nothing.
    void warningThroughTheCli()
    {
        qint64 id = 0;
        {
            auto vault = open();
            QVERIFY(vault);
            Records records(*vault);
            id = addActive(records, m_principal, QStringLiteral("Bram Wouters"));
            QVERIFY(id > 0);
        }
        const QString pdf = m_dir.filePath(QStringLiteral("waarschuwing.pdf"));
        const auto warnings = [this, id] {
            auto vault = open();
            return vault ? Records(*vault).compliance().warningsFor(id).size() : -1;
        };
        const QString reason = QStringLiteral("Three appointments cancelled without a new date.");
        const QStringList base{QStringLiteral("warning"), m_path, QString::number(id)};
        for (const auto& [more, exitCode, says] :
             {std::tuple{QStringList{QStringLiteral("--out"), pdf}, 2, QStringLiteral("needs --reason TEXT")},
              std::tuple{QStringList{QStringLiteral("--reason"), reason}, 2, QStringLiteral("--out X.pdf")},
              std::tuple{QStringList{QStringLiteral("--reason"),
                                     reason,
                                     QStringLiteral("--out"),
                                     pdf,
                                     QStringLiteral("--at"),
                                     QStringLiteral("2999-01-01")},
                         2,
                         QStringLiteral("--at lies in the future")},
              // Onto the vault itself, or a folder: refused before anything is stored.
              std::tuple{
                  QStringList{QStringLiteral("--reason"), reason, QStringLiteral("--out"), m_path}, 1, QString()},
              std::tuple{
                  QStringList{QStringLiteral("--reason"), reason, QStringLiteral("--out"), m_dir.path()}, 1, QString()},
              std::tuple{QStringList{QStringLiteral("--reason"),
                                     reason,
                                     QStringLiteral("--out"),
                                     pdf,
                                     QStringLiteral("--lang"),
                                     QStringLiteral("fr")},
                         2,
                         QStringLiteral("Unknown letter language 'fr'")}}) {
            const Run run = cli(base + more);
            QVERIFY2(run.exitCode == exitCode, qPrintable(more.join(u' ') + u'\n' + run.err));
            QVERIFY2(run.err.contains(says), qPrintable(run.err));
            QCOMPARE(warnings(), 0);
        }
        QVERIFY(!QFileInfo::exists(pdf));

        Run run = cli(base + QStringList{QStringLiteral("--reason"), reason, QStringLiteral("--out"), pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QStringLiteral("Issued the written warning of %1 for engagement %2")
                                        .arg(QDate::currentDate().toString(Qt::ISODate))
                                        .arg(id)),
                 qPrintable(run.out));
        QCOMPARE(warnings(), 1);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(test::printedText(file.readAll()).contains(reason), "the letter names the obstruction");
        // Again onto the same file: refused without --overwrite, and nothing stored.
        run = cli(base + QStringList{QStringLiteral("--reason"), reason, QStringLiteral("--out"), pdf});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("--overwrite")), qPrintable(run.err));
        QCOMPARE(warnings(), 1);
    }

    // Issue 17, items 1 and 5: a complaint recorded and acknowledged with `mandaat-cli complaint`,
    // as the complaints register does; refused with nothing recorded when clumsy.
    void complaintThroughTheCli()
    {
        qint64 id = 0;
        qint64 other = 0;
        {
            auto vault = open();
            QVERIFY(vault);
            Records records(*vault);
            id = addActive(records, m_principal, QStringLiteral("Els Maes"));
            other = addActive(records, m_principal, QStringLiteral("Tom Peeters"));
            QVERIFY(id > 0 && other > 0);
        }
        const auto complaints = [this] {
            auto vault = open();
            return vault ? Records(*vault).compliance().complaints().size() : -1;
        };
        const int before = complaints();
        const QString pdf = m_dir.filePath(QStringLiteral("ontvangst.pdf"));
        const QString summary = QStringLiteral("The report went to the principal before I saw it.");
        const QStringList base{QStringLiteral("complaint"), m_path, QString::number(id)};
        for (const auto& [more, exitCode, says] :
             {std::tuple{QStringList{}, 2, QStringLiteral("needs --summary TEXT")},
              std::tuple{
                  QStringList{QStringLiteral("--summary"), summary, QStringLiteral("--from"), QStringLiteral("boss")},
                  2,
                  QStringLiteral("Unknown complainant 'boss'")},
              std::tuple{
                  QStringList{
                      QStringLiteral("--summary"), summary, QStringLiteral("--received"), QStringLiteral("yesterday")},
                  2,
                  QStringLiteral("--received needs the day it was received as YYYY-MM-DD")},
              std::tuple{QStringList{QStringLiteral("--summary"), summary, QStringLiteral("--acknowledge"), m_path},
                         1,
                         QString()},
              std::tuple{
                  QStringList{QStringLiteral("--complaint"), QStringLiteral("x"), QStringLiteral("--acknowledge"), pdf},
                  2,
                  QStringLiteral("--complaint takes the id")}}) {
            const Run run = cli(base + more);
            QVERIFY2(run.exitCode == exitCode, qPrintable(more.join(u' ') + u'\n' + run.err));
            QVERIFY2(run.err.contains(says), qPrintable(run.err));
            QCOMPARE(complaints(), before);
        }

        // Recorded without an acknowledgement first, then acknowledged by its id.
        Run run =
            cli(base +
                QStringList{QStringLiteral("--summary"), summary, QStringLiteral("--from"), QStringLiteral("client")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QRegularExpressionMatch recorded =
            QRegularExpression(
                QStringLiteral(
                    "^Recorded complaint (\\d+) on engagement %1, received (\\S+); to be settled by (\\S+)\\.")
                    .arg(id))
                .match(run.out);
        QVERIFY2(recorded.hasMatch(), qPrintable(run.out));
        const QDate received = QDate::fromString(recorded.captured(2), Qt::ISODate);
        QCOMPARE(received, QDate::currentDate());
        QCOMPARE(QDate::fromString(recorded.captured(3), Qt::ISODate), received.addDays(28)); // CMI-17
        const QString complaintId = recorded.captured(1);
        QCOMPARE(complaints(), before + 1);
        // Not about the other engagement.
        run = cli({QStringLiteral("complaint"),
                   m_path,
                   QString::number(other),
                   QStringLiteral("--complaint"),
                   complaintId,
                   QStringLiteral("--acknowledge"),
                   pdf});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("is not about engagement")), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(pdf));
        run = cli(base + QStringList{QStringLiteral("--complaint"), complaintId, QStringLiteral("--acknowledge"), pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QStringLiteral("Acknowledged complaint %1 on").arg(complaintId)),
                 qPrintable(run.out));
        {
            auto vault = open();
            QVERIFY(vault);
            Records records(*vault);
            const Complaint complaint = *records.compliance().complaint(complaintId.toLongLong());
            QCOMPARE(complaint.acknowledgedOn, QDate::currentDate());
            QCOMPARE(complaint.status, ComplaintStatus::Acknowledged);
            QVERIFY(complaint.acknowledgementAttachmentId > 0);
            const QList<IssuedLetter> letters = records.letters().lettersFor(id);
            QVERIFY(std::any_of(letters.cbegin(), letters.cend(), [&complaint](const IssuedLetter& letter) {
                return letter.kind == LetterKind::ComplaintAcknowledgement && letter.complaintId == complaint.id;
            }));
        }
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(test::printedText(file.readAll()).contains(QStringLiteral("Els Maes")), "the letter's addressee");
    }

    void endsAClientStop()
    {
        const Run run = end(m_stopped,
                            {QStringLiteral("--reason"),
                             QStringLiteral("client_stopped"),
                             QStringLiteral("--at"),
                             EndDate.toString(Qt::ISODate),
                             QStringLiteral("--note"),
                             QStringLiteral("Found a new job."),
                             QStringLiteral("--lang"),
                             QStringLiteral("nl")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(),
                 QStringLiteral("Ended engagement %1 on 2026-05-12 (client_stopped); the dossier is kept until "
                                "2028-05-12, the financial records until 2033-05-12.")
                     .arg(m_stopped));
        auto vault = open();
        QVERIFY(vault);
        Records records(*vault);
        const Engagement ended = *records.engagements().engagement(m_stopped);
        QCOMPARE(ended.status, EngagementStatus::Ended);
        QCOMPARE(ended.endReason, std::optional<EndReason>(EndReason::ClientStopped));
        QCOMPARE(ended.endingOn, EndDate);
        QCOMPARE(ended.endedOn, EndDate);
        QCOMPARE(ended.endNote, QStringLiteral("Found a new job."));
        QCOMPARE(ended.dossierRetentionUntil, EndDate.addMonths(24));
        QCOMPARE(ended.financialRetentionUntil, EndDate.addYears(7));
        const QList<IssuedLetter> letters = records.letters().lettersFor(m_stopped, LetterKind::Termination);
        QCOMPARE(letters.size(), 1);
        QCOMPARE(letters.first().language, Language::Dutch);

        // Ended is final: a second end is refused, with nothing added.
        refused(m_stopped,
                {QStringLiteral("--reason"),
                 QStringLiteral("client_stopped"),
                 QStringLiteral("--at"),
                 EndDate.toString(Qt::ISODate)},
                1,
                QStringLiteral("an ended engagement is final"));
    }
};

QTEST_MAIN(EndCliTest)
#include "EndCliTest.moc"
