// Issue 17, acceptance: an ICF-only engagement onboarded, activated and ended with mandaat-cli
// alone (the client from CSV; `engagement`, `record`, `letter`, `accept`, `end`), in a practice
// that subscribes to ICF only. What `compliance` asks is ICF's (and the GDPR's), never an
// article of MW or CMI; the letter states ICF as the governing code; every step's clumsy
// variant changes nothing.
#include "CliRunner.h"
#include "TestSupport.h"

#include "domain/Practice.h"
#include "repositories/AuditLog.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/IssuedLetterRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/Records.h"
#include "vault/Vault.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace mandaat;
using mandaat::test::passphrase;

class IcfCliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    test::CliRun cli(QStringList arguments)
    {
        arguments.insert(1, m_path);
        return test::runCli(arguments);
    }

    static QString pdfText(const QString& pdf)
    {
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        if (!pdftotext.waitForFinished(30000)) {
            return {};
        }
        return QString::fromUtf8(pdftotext.readAllStandardOutput());
    }

    /// The article ids `compliance --engagement` judges, and those it reports open, due or overdue.
    std::pair<QStringList, QStringList> articles(qint64 id)
    {
        const test::CliRun run =
            cli({QStringLiteral("compliance"), QStringLiteral("--engagement"), QString::number(id)});
        QStringList all;
        QStringList open;
        for (const QString& line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList fields = line.split(QLatin1Char('\t'));
            if (fields.size() > 2 && fields.at(0) != QLatin1String("engagement")) {
                all << fields.at(0);
                if (fields.at(1) == QLatin1String("open") || fields.at(1) == QLatin1String("due") ||
                    fields.at(1) == QLatin1String("overdue")) {
                    open << fields.at(0);
                }
            }
        }
        return {all, open};
    }

    /// `engagement` for a coaching of client 1 starting today, with every term ICF's letter asks.
    static QStringList engagementOptions(const QString& objectives, const QString& cancellationPolicy)
    {
        return {QStringLiteral("engagement"),
                QStringLiteral("--client"),
                QStringLiteral("1"),
                QStringLiteral("--kind"),
                QStringLiteral("coaching"),
                QStringLiteral("--objectives"),
                objectives,
                QStringLiteral("--client-expectations"),
                QStringLiteral("A sparring partner."),
                QStringLiteral("--method"),
                QStringLiteral("GROW|John Whitmore|A conversation model."),
                QStringLiteral("--fee-model"),
                QStringLiteral("per_session"),
                QStringLiteral("--rate"),
                QStringLiteral("120"),
                QStringLiteral("--expenses"),
                QStringLiteral("None."),
                QStringLiteral("--payment-method"),
                QStringLiteral("bank_transfer"),
                QStringLiteral("--payment-terms"),
                QStringLiteral("Within 30 days"),
                QStringLiteral("--cancellation-policy"),
                cancellationPolicy,
                QStringLiteral("--start"),
                QDate::currentDate().toString(Qt::ISODate),
                QStringLiteral("--end"),
                QDate::currentDate().addMonths(4).toString(Qt::ISODate),
                QStringLiteral("--sessions"),
                QStringLiteral("6")};
    }

    /// A second coaching for client 1, onboarded and active through the CLI; its id.
    QString activeEngagement()
    {
        test::CliRun run = cli(engagementOptions(QStringLiteral("Find the next step."),
                                                 QStringLiteral("Late cancellations are charged.")));
        const QRegularExpressionMatch opened =
            QRegularExpression(QStringLiteral("Opened engagement (\\d+)")).match(run.out);
        if (run.exitCode != 0 || !opened.hasMatch()) {
            qWarning().noquote() << run.err;
            return {};
        }
        const QString id = opened.captured(1);
        for (const QString& topic : {QStringLiteral("confidentiality_exceptions"),
                                     QStringLiteral("independence_confirmed"),
                                     QStringLiteral("duration_adequate"),
                                     QStringLiteral("code_handed_over"),
                                     QStringLiteral("confidentiality"),
                                     QStringLiteral("finance"),
                                     QStringLiteral("logistics"),
                                     QStringLiteral("freedom_to_stop"),
                                     QStringLiteral("privacy_notice_handed_over")}) {
            if (cli({QStringLiteral("record"), id, topic}).exitCode != 0) {
                return {};
            }
        }
        run = cli({QStringLiteral("letter"),
                   QStringLiteral("--engagement"),
                   id,
                   QStringLiteral("--out"),
                   m_dir.filePath(QStringLiteral("letter-%1.pdf").arg(id))});
        if (run.exitCode != 0 ||
            cli({QStringLiteral("accept"), id, QStringLiteral("--by"), QStringLiteral("email")}).exitCode != 0) {
            return {};
        }
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("coaching.mandaat"));
        VaultError error;
        std::unique_ptr<Vault> vault = Vault::create(m_path, passphrase(), &error);
        QVERIFY2(vault, qPrintable(error.message));
        Records records(*vault);
        PracticeProfile profile;
        profile.consultantName = QStringLiteral("Inge Vermeulen");
        profile.tradeName = QStringLiteral("Coaching Vermeulen");
        profile.address = {
            QStringLiteral("Kouter 7"), QStringLiteral("9000"), QStringLiteral("Gent"), QStringLiteral("BE")};
        profile.email = QStringLiteral("inge@example.org");
        QVERIFY(records.practice().saveProfile(profile));
        CodeSubscription icf;
        icf.codeId = QStringLiteral("ICF-2025");
        icf.version = QStringLiteral("2025");
        icf.subscribedOn = QDate(2025, 6, 1);
        QVERIFY(records.practice().saveCodeSubscription(icf));
    }

    void onboardActivateAndEnd()
    {
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const QString csv = m_dir.filePath(QStringLiteral("clients.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,email,language\nLotte Goossens,lotte@example.org,nl\n");
        file.close();
        test::CliRun run = cli({QStringLiteral("import"), QStringLiteral("--clients"), csv});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("ids 1 to 1")), qPrintable(run.out));

        run = cli(engagementOptions(QStringLiteral("Lead the new team with calm."),
                                    QStringLiteral("Een sessie die minder dan 48 uur vooraf wordt afgezegd, wordt "
                                                   "aangerekend.")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QRegularExpressionMatch opened =
            QRegularExpression(QStringLiteral("Opened engagement (\\d+)")).match(run.out);
        QVERIFY2(opened.hasMatch(), qPrintable(run.out));
        const QString id = opened.captured(1);

        // Only ICF (and the GDPR) is judged: no MW or CMI article, no duplicate.
        auto [all, open] = articles(id.toLongLong());
        QVERIFY2(!all.isEmpty(), "compliance judged nothing");
        QVERIFY2(all.filter(QRegularExpression(QStringLiteral("^(MW|CMI)-"))).isEmpty(), qPrintable(all.join(u' ')));
        QVERIFY2(!all.filter(QRegularExpression(QStringLiteral("^ICF-"))).isEmpty(), qPrintable(all.join(u' ')));
        QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), all.size());
        QVERIFY2(!open.isEmpty(), "a new engagement has nothing open?");

        // Not active before the confirmation is accepted.
        run = cli({QStringLiteral("accept"), id, QStringLiteral("--by"), QStringLiteral("email")});
        QCOMPARE(run.exitCode, 1);

        // ICF-2.3: the exceptions to confidentiality are agreed in advance, and block until then.
        QVERIFY2(open.contains(QStringLiteral("ICF-2.3")), qPrintable(open.join(u' ')));
        for (const QString& topic : {QStringLiteral("confidentiality_exceptions"),
                                     QStringLiteral("independence_confirmed"),
                                     QStringLiteral("duration_adequate"),
                                     QStringLiteral("code_handed_over"),
                                     QStringLiteral("confidentiality"),
                                     QStringLiteral("finance"),
                                     QStringLiteral("logistics"),
                                     QStringLiteral("freedom_to_stop"),
                                     QStringLiteral("privacy_notice_handed_over")}) {
            run = cli({QStringLiteral("record"), id, topic});
            QVERIFY2(run.exitCode == 0, qPrintable(topic + u' ' + run.err));
        }
        const QString pdf = m_dir.filePath(QStringLiteral("bevestiging.pdf"));
        run = cli({QStringLiteral("letter"), QStringLiteral("--engagement"), id, QStringLiteral("--out"), pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // The Dutch letter names ICF's code, and no other.
        const QString text = pdfText(pdf).simplified();
        QVERIFY2(text.contains(QStringLiteral("International Coaching Federation")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Mens(en)werk")) && !text.contains(QStringLiteral("CMI")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Lotte Goossens")), qPrintable(text));
        // ICF-1.1: the cancellation policy among the terms.
        QVERIFY2(text.contains(QStringLiteral("Annulering")) &&
                     text.contains(QStringLiteral("Een sessie die minder dan 48 uur vooraf wordt afgezegd")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Grenzen van de vertrouwelijkheid")) &&
                     text.contains(QStringLiteral("een gerechtelijk bevel")),
                 qPrintable(text));

        run = cli({QStringLiteral("accept"), id, QStringLiteral("--by"), QStringLiteral("email")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Engagement %1 is active since %2").arg(id, today)),
                 qPrintable(run.out));
        // What stays open is the practice's, not the engagement's: the consultant's
        // qualifications in the profile (ICF-5.1).
        const QStringList openBefore = open;
        std::tie(all, open) = articles(id.toLongLong());
        QCOMPARE(open.filter(QRegularExpression(QStringLiteral("^ICF-"))), QStringList{QStringLiteral("ICF-5.1")});
        QVERIFY2(openBefore.size() > open.size() + 3, qPrintable(openBefore.join(u' ')));

        // Ended as completed; no written warning, no interruption under ICF alone.
        run = cli({QStringLiteral("end"),
                   id,
                   QStringLiteral("--reason"),
                   QStringLiteral("interruption"),
                   QStringLiteral("--at"),
                   today});
        QCOMPARE(run.exitCode, 1);
        run = cli({QStringLiteral("end"),
                   id,
                   QStringLiteral("--reason"),
                   QStringLiteral("completed"),
                   QStringLiteral("--at"),
                   today});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Ended engagement %1").arg(id)), qPrintable(run.out));

        VaultError error;
        auto vault = Vault::open(m_path, passphrase(), Vault::Access::ReadOnly, &error);
        QVERIFY2(vault, qPrintable(error.message));
        Records records(*vault);
        const Engagement ended = *records.engagements().engagement(id.toLongLong());
        QCOMPARE(ended.status, EngagementStatus::Ended);
        QCOMPARE(ended.pinnedCodes.size(), 1);
        QCOMPARE(ended.pinnedCodes.constFirst().codeId, QStringLiteral("ICF-2025"));
        for (const Evidence& row : records.compliance().evidenceFor(ended.id)) {
            QVERIFY2(!row.articleId.startsWith(QLatin1String("MW-")) &&
                         !row.articleId.startsWith(QLatin1String("CMI-")),
                     qPrintable(row.topic + u' ' + row.articleId));
        }
    }

    // ICF-2.3's disclosure log and ICF-3.8's referral benefit through the CLI: what is recorded
    // reads back, the audit log names neither recipient nor content, every clumsy call changes
    // nothing, and a benefit not disclosed leaves ICF-3.8 open after an early end with referral.
    void disclosureAndReferralBenefit()
    {
        const QString id = activeEngagement();
        QVERIFY(!id.isEmpty());
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
        const auto disclosures = [&] {
            VaultError error;
            auto vault = Vault::open(m_path, passphrase(), Vault::Access::ReadOnly, &error);
            return vault ? Records(*vault).compliance().disclosuresFor(id.toLongLong()) : QList<Disclosure>{};
        };
        const QStringList to = {QStringLiteral("--to"), QStringLiteral("Parket Gent")};
        const QStringList ground = {QStringLiteral("--ground"), QStringLiteral("court_order")};
        const QStringList what = {QStringLiteral("--what"), QStringLiteral("The dates of three sessions")};
        const QList<std::pair<QStringList, QString>> clumsy = {
            {to + what, QStringLiteral("needs --to NAME, --ground GROUND")},
            {ground + what, QStringLiteral("needs --to NAME")},
            {to + ground, QStringLiteral("--what TEXT")},
            {to + what + QStringList{QStringLiteral("--ground"), QStringLiteral("gossip")},
             QStringLiteral("Unknown ground 'gossip'. Use one of: illegal_activity, legal_duty, court_order")},
            {to + ground + what + QStringList{QStringLiteral("--at"), QStringLiteral("2026-02-30")},
             QStringLiteral("--at needs the day of the disclosure as YYYY-MM-DD")},
            {to + ground + what + QStringList{QStringLiteral("--at"), QStringLiteral("2999-01-01")},
             QStringLiteral("--at lies in the future")},
            {to + ground + what + QStringList{QStringLiteral("--client-told"), QStringLiteral("2999-01-01")},
             QStringLiteral("--client-told lies in the future")},
        };
        for (const auto& [arguments, message] : clumsy) {
            const test::CliRun run = cli(QStringList{QStringLiteral("disclosure"), id} + arguments);
            QVERIFY2(run.exitCode == 2 && run.err.contains(message),
                     qPrintable(arguments.join(u' ') + u'\n' + run.err));
        }
        // Refused by the record's own rules (exit 1), nothing stored: told and not told at once,
        // and an engagement that does not exist.
        test::CliRun run = cli(QStringList{QStringLiteral("disclosure"), id} + to + ground + what +
                               QStringList{QStringLiteral("--client-told"),
                                           today,
                                           QStringLiteral("--not-told-why"),
                                           QStringLiteral("The court asked not to")});
        QVERIFY2(run.exitCode == 1 && run.err.contains(QStringLiteral("leave the reason for not telling them empty")),
                 qPrintable(run.err));
        run = cli(QStringList{QStringLiteral("disclosure"), QStringLiteral("999")} + to + ground + what);
        QVERIFY2(run.exitCode == 1 && run.err.contains(QStringLiteral("Nothing was recorded")), qPrintable(run.err));
        QVERIFY(disclosures().isEmpty());

        run = cli(QStringList{QStringLiteral("disclosure"), id} + to + ground + what +
                  QStringList{QStringLiteral("--at"),
                              yesterday,
                              QStringLiteral("--not-told-why"),
                              QStringLiteral("The court asked not to")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("of %1 to Parket Gent (a court order or subpoena)").arg(yesterday)) &&
                     run.out.contains(QStringLiteral("The client was not told.")),
                 qPrintable(run.out));
        const QList<Disclosure> stored = disclosures();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().disclosedOn, QDate::currentDate().addDays(-1));
        QCOMPARE(stored.first().disclosedTo, QStringLiteral("Parket Gent"));
        QCOMPARE(stored.first().ground, DisclosureGround::CourtOrder);
        QCOMPARE(stored.first().what, QStringLiteral("The dates of three sessions"));
        QCOMPARE(stored.first().notToldWhy, QStringLiteral("The court asked not to"));
        QVERIFY(!stored.first().clientToldOn.isValid());
        {
            VaultError error;
            auto vault = Vault::open(m_path, passphrase(), Vault::Access::ReadOnly, &error);
            QVERIFY2(vault, qPrintable(error.message));
            Records records(*vault);
            bool logged = false;
            for (const AuditEntry& entry : records.audit().entries(id.toLongLong())) {
                logged = logged || entry.kind == QLatin1String("disclosure.recorded");
                QVERIFY2(!entry.summary.contains(QStringLiteral("Parket")) &&
                             !entry.summary.contains(QStringLiteral("three sessions")),
                         qPrintable(entry.summary));
            }
            QVERIFY(logged);
        }

        // ICF-3.8 through `end`: a benefit needs a referral, a disclosure day needs a benefit.
        const QStringList early = {QStringLiteral("--reason"),
                                   QStringLiteral("early_not_feasible"),
                                   QStringLiteral("--at"),
                                   today,
                                   QStringLiteral("--referral"),
                                   QStringLiteral("referred"),
                                   QStringLiteral("--referred-to"),
                                   QStringLiteral("Praktijk De Linde"),
                                   QStringLiteral("--referral-discipline"),
                                   QStringLiteral("psychotherapy"),
                                   QStringLiteral("--referral-reason"),
                                   QStringLiteral("Beyond coaching")};
        run = cli(QStringList{QStringLiteral("end"), id} + early +
                  QStringList{QStringLiteral("--benefit-disclosed"), today});
        QVERIFY2(run.exitCode == 2 &&
                     run.err.contains(QStringLiteral("--benefit-disclosed goes with --referral-benefit")),
                 qPrintable(run.err));
        run = cli(QStringList{QStringLiteral("end"), id} + early.mid(0, 4) +
                  QStringList{QStringLiteral("--referral-benefit"), QStringLiteral("a fee")});
        QVERIFY2(run.exitCode == 2 &&
                     run.err.contains(QStringLiteral("--referral-benefit goes with --referral referred")),
                 qPrintable(run.err));
        run = cli(QStringList{QStringLiteral("end"), id} + early +
                  QStringList{QStringLiteral("--referral-benefit"), QStringLiteral("10 % of the first invoice")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        auto [all, open] = articles(id.toLongLong());
        QVERIFY2(open.contains(QStringLiteral("ICF-3.8")), qPrintable(open.join(u' ')));
        const test::CliRun compliance = cli({QStringLiteral("compliance"), QStringLiteral("--engagement"), id});
        QVERIFY2(compliance.out.contains(QStringLiteral("Praktijk De Linde (10 % of the first invoice)")),
                 qPrintable(compliance.out));
        VaultError error;
        auto vault = Vault::open(m_path, passphrase(), Vault::Access::ReadOnly, &error);
        QVERIFY2(vault, qPrintable(error.message));
        const QList<Referral> referrals = Records(*vault).compliance().referralsFor(id.toLongLong());
        QCOMPARE(referrals.size(), 1);
        QCOMPARE(referrals.first().benefit, QStringLiteral("10 % of the first invoice"));
        QVERIFY(!referrals.first().benefitDisclosedOn.isValid());
    }

    // ICF-3.3, ICF-4.2 through the CLI: suspended with its ground and day to resume (ICF-4.2 is
    // then due by that day), refused twice over and in every clumsy form, resumed once.
    void suspendAndResume()
    {
        const QString id = activeEngagement();
        QVERIFY(!id.isEmpty());
        const QDate today = QDate::currentDate();
        const QString resumeOn = today.addDays(14).toString(Qt::ISODate);
        const auto suspensions = [&] {
            VaultError error;
            auto vault = Vault::open(m_path, passphrase(), Vault::Access::ReadOnly, &error);
            return vault ? Records(*vault).compliance().suspensionsFor(id.toLongLong()) : QList<Suspension>{};
        };
        const QStringList why = {QStringLiteral("--reason"), QStringLiteral("Surgery")};
        const QList<std::pair<QStringList, QString>> clumsy = {
            {why, QStringLiteral("'suspend' needs --ground GROUND")},
            {QStringList{QStringLiteral("--ground"), QStringLiteral("consultant_limits")},
             QStringLiteral("and --reason TEXT")},
            {why + QStringList{QStringLiteral("--ground"), QStringLiteral("holiday")},
             QStringLiteral("Unknown ground 'holiday'. Use one of: conflict_of_interest")},
            {why +
                 QStringList{QStringLiteral("--ground"),
                             QStringLiteral("consultant_limits"),
                             QStringLiteral("--at"),
                             QStringLiteral("2999-01-01")},
             QStringLiteral("--at lies in the future")},
            {why +
                 QStringList{QStringLiteral("--ground"),
                             QStringLiteral("consultant_limits"),
                             QStringLiteral("--resume-on"),
                             QStringLiteral("next week")},
             QStringLiteral("--resume-on needs the day it should resume as YYYY-MM-DD")},
        };
        for (const auto& [arguments, message] : clumsy) {
            const test::CliRun run = cli(QStringList{QStringLiteral("suspend"), id} + arguments);
            QVERIFY2(run.exitCode == 2 && run.err.contains(message),
                     qPrintable(arguments.join(u' ') + u'\n' + run.err));
        }
        test::CliRun run = cli({QStringLiteral("resume"), id});
        QVERIFY2(run.exitCode == 1 && run.err.contains(QStringLiteral("is not suspended")), qPrintable(run.err));
        // Resuming before suspending: refused by the record's own check, nothing stored.
        run = cli(QStringList{QStringLiteral("suspend"), id} + why +
                  QStringList{QStringLiteral("--ground"),
                              QStringLiteral("consultant_limits"),
                              QStringLiteral("--resume-on"),
                              today.addDays(-3).toString(Qt::ISODate)});
        QVERIFY2(run.exitCode == 1 && run.err.contains(QStringLiteral("would resume")), qPrintable(run.err));
        QVERIFY(suspensions().isEmpty());

        run = cli(QStringList{QStringLiteral("suspend"), id} + why +
                  QStringList{QStringLiteral("--ground"),
                              QStringLiteral("consultant_limits"),
                              QStringLiteral("--resume-on"),
                              resumeOn});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(
            run.out.contains(QStringLiteral("Engagement %1 is suspended from %2 (your own limits or circumstances), "
                                            "to resume on %3.")
                                 .arg(id, today.toString(Qt::ISODate), resumeOn)),
            qPrintable(run.out));
        auto [all, open] = articles(id.toLongLong());
        QVERIFY2(open.contains(QStringLiteral("ICF-4.2")), qPrintable(open.join(u' ')));
        run = cli(QStringList{QStringLiteral("suspend"), id} + why +
                  QStringList{QStringLiteral("--ground"), QStringLiteral("other")});
        QVERIFY2(run.exitCode == 1 && run.err.contains(QStringLiteral("is already suspended since")),
                 qPrintable(run.err));
        QCOMPARE(suspensions().size(), 1);

        run = cli({QStringLiteral("resume"), id, QStringLiteral("--at"), today.addDays(-1).toString(Qt::ISODate)});
        QVERIFY2(run.exitCode == 1 && run.err.contains(QStringLiteral("cannot resume before")), qPrintable(run.err));
        run = cli({QStringLiteral("resume"), id});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Engagement %1 resumed on %2.").arg(id, today.toString(Qt::ISODate))),
                 qPrintable(run.out));
        const QList<Suspension> stored = suspensions();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().suspendedOn, today);
        QCOMPARE(stored.first().ground, SuspensionGround::ConsultantLimits);
        QCOMPARE(stored.first().reason, QStringLiteral("Surgery"));
        QCOMPARE(stored.first().resumedOn, today);
        std::tie(all, open) = articles(id.toLongLong());
        QVERIFY2(!open.contains(QStringLiteral("ICF-4.2")), qPrintable(open.join(u' ')));
        run = cli({QStringLiteral("resume"), id});
        QVERIFY2(run.exitCode == 1 && run.err.contains(QStringLiteral("is not suspended")), qPrintable(run.err));

        // Ended while suspended: the end is not blocked, and there is nothing left to resume.
        run = cli(QStringList{QStringLiteral("suspend"), id} + why +
                  QStringList{QStringLiteral("--ground"), QStringLiteral("client_circumstances")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli({QStringLiteral("end"),
                   id,
                   QStringLiteral("--reason"),
                   QStringLiteral("completed"),
                   QStringLiteral("--at"),
                   today.toString(Qt::ISODate)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        run = cli({QStringLiteral("resume"), id});
        QVERIFY2(run.exitCode == 1 && run.err.contains(QStringLiteral("only an active engagement can be resumed")),
                 qPrintable(run.err));
        QCOMPARE(suspensions().size(), 2);
        QVERIFY(!suspensions().last().resumedOn.isValid());
    }

    // ICF-2.5 through the CLI: the practice's technology register and the tools used with one
    // client's data. A tool marked AI leaves the article open until the client agreed; the Dutch
    // letter lists the tool; every clumsy or hostile call changes nothing.
    void technologyRegisterAndAgreement()
    {
        const QDate today = QDate::currentDate();
        const QString yesterday = today.addDays(-1).toString(Qt::ISODate);
        const auto stored = [&] {
            VaultError error;
            auto vault = Vault::open(m_path, passphrase(), Vault::Access::ReadOnly, &error);
            return vault ? Records(*vault).practice().tools() : QList<TechnologyTool>{};
        };
        const QStringList named = {QStringLiteral("--name"), QStringLiteral("Otter Notes")};
        const QStringList purpose = {QStringLiteral("--purpose"), QStringLiteral("Transcribing sessions")};
        const QStringList where = {QStringLiteral("--where"), QStringLiteral("EU (Dublin)")};
        const QList<std::pair<QStringList, QString>> clumsy = {
            {named + purpose, QStringLiteral("'tool add' needs --name NAME, --purpose TEXT and --where TEXT")},
            {purpose + where, QStringLiteral("'tool add' needs --name NAME")},
            {named + purpose + where + QStringList{QStringLiteral("--reviewed"), QStringLiteral("2999-01-01")},
             QStringLiteral("--reviewed lies in the future")},
            {named + purpose + where + QStringList{QStringLiteral("--reviewed"), QStringLiteral("last week")},
             QStringLiteral("--reviewed needs the day you reviewed the tool as YYYY-MM-DD")},
        };
        for (const auto& [arguments, message] : clumsy) {
            const test::CliRun run = cli(QStringList{QStringLiteral("tool"), QStringLiteral("add")} + arguments);
            QVERIFY2(run.exitCode == 2 && run.err.contains(message),
                     qPrintable(arguments.join(u' ') + u'\n' + run.err));
        }
        test::CliRun run = cli({QStringLiteral("tool"), QStringLiteral("remove")});
        QVERIFY2(run.exitCode == 2 && run.err.contains(QStringLiteral("Unknown action 'remove'")), qPrintable(run.err));
        // Hostile: a name far beyond any name's length is refused by the record's own rules.
        run = cli(
            QStringList{QStringLiteral("tool"), QStringLiteral("add"), QStringLiteral("--name"), QString(5000, u'x')} +
            purpose + where);
        QVERIFY2(run.exitCode == 1 && run.err.contains(QStringLiteral("Nothing was recorded")), qPrintable(run.err));
        QVERIFY(stored().isEmpty());

        run = cli(QStringList{QStringLiteral("tool"), QStringLiteral("add")} + named + purpose + where +
                  QStringList{QStringLiteral("--ai"), QStringLiteral("--reviewed"), yesterday});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Added tool 1: Otter Notes (uses AI")), qPrintable(run.out));
        // Text that looks like SQL or like the list's own separators is kept as typed.
        const QString hostile = QStringLiteral("Drive'); DROP TABLE technology_tool;-- \"x\"");
        run = cli({QStringLiteral("tool"),
                   QStringLiteral("add"),
                   QStringLiteral("--name"),
                   hostile,
                   QStringLiteral("--purpose"),
                   QStringLiteral("Files"),
                   QStringLiteral("--where"),
                   QStringLiteral("US"),
                   QStringLiteral("--processor-agreement")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QList<TechnologyTool> tools = stored();
        QCOMPARE(tools.size(), 2);
        QCOMPARE(tools.at(0).name, hostile);
        QVERIFY(tools.at(0).processorAgreement && !tools.at(0).ai);
        QCOMPARE(tools.at(1).name, QStringLiteral("Otter Notes"));
        QVERIFY(tools.at(1).ai && !tools.at(1).processorAgreement);
        QCOMPARE(tools.at(1).reviewedOn, today.addDays(-1));
        run = cli({QStringLiteral("tool"), QStringLiteral("list")});
        QVERIFY2(
            run.exitCode == 0 &&
                run.out.contains(QStringLiteral("1\tOtter Notes\tTranscribing sessions\tEU (Dublin)\tyes\tno\t%1\t-")
                                     .arg(yesterday)),
            qPrintable(run.out));

        // The engagement, onboarding: the AI tool leaves ICF-2.5 open until the client agreed.
        run = cli(
            engagementOptions(QStringLiteral("Write the book."), QStringLiteral("Late cancellations are charged.")));
        const QRegularExpressionMatch opened =
            QRegularExpression(QStringLiteral("Opened engagement (\\d+)")).match(run.out);
        QVERIFY2(run.exitCode == 0 && opened.hasMatch(), qPrintable(run.err + run.out));
        const QString id = opened.captured(1);
        auto [all, open] = articles(id.toLongLong());
        QVERIFY2(!all.contains(QStringLiteral("ICF-2.5")) || !open.contains(QStringLiteral("ICF-2.5")),
                 qPrintable(open.join(u' ')));
        run = cli({QStringLiteral("tools"), id, QStringLiteral("--use"), QStringLiteral("1")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("1\tOtter Notes\tyes\t-\t-")), qPrintable(run.out));
        std::tie(all, open) = articles(id.toLongLong());
        QVERIFY2(open.contains(QStringLiteral("ICF-2.5")), qPrintable(open.join(u' ')));

        // Clumsy (exit 2) and refused (exit 1): nothing changes.
        const QList<std::tuple<QStringList, int, QString>> refused = {
            {{QStringLiteral("--client-agreed"), yesterday}, 2, QStringLiteral("go with --use TOOL")},
            {{QStringLiteral("--use"), QStringLiteral("one")}, 2, QStringLiteral("--use needs the tool's id")},
            {{QStringLiteral("--use"), QStringLiteral("1; DROP TABLE engagement_tool")},
             2,
             QStringLiteral("--use needs the tool's id")},
            {{QStringLiteral("--use"),
              QStringLiteral("1"),
              QStringLiteral("--client-agreed"),
              QStringLiteral("2999-01-01")},
             2,
             QStringLiteral("--client-agreed lies in the future")},
            {{QStringLiteral("--use"), QStringLiteral("99")}, 1, QStringLiteral("is not in the technology register")},
            {{QStringLiteral("--use"), QStringLiteral("1"), QStringLiteral("--principal-agreed"), yesterday},
             1,
             QStringLiteral("The engagement has no principal")},
        };
        for (const auto& [arguments, code, message] : refused) {
            run = cli(QStringList{QStringLiteral("tools"), id} + arguments);
            QVERIFY2(run.exitCode == code && run.err.contains(message),
                     qPrintable(arguments.join(u' ') + u'\n' + run.err));
        }
        run = cli({QStringLiteral("tools"), QStringLiteral("999"), QStringLiteral("--use"), QStringLiteral("1")});
        QVERIFY2(run.exitCode == 1 && run.err.contains(QStringLiteral("Nothing was recorded")), qPrintable(run.err));
        {
            VaultError error;
            auto vault = Vault::open(m_path, passphrase(), Vault::Access::ReadOnly, &error);
            QVERIFY2(vault, qPrintable(error.message));
            Records records(*vault);
            const QList<ToolUse> uses = records.compliance().toolUsesFor(id.toLongLong());
            QCOMPARE(uses.size(), 1);
            QVERIFY(!uses.first().clientAgreedOn.isValid() && !uses.first().principalAgreedOn.isValid());
        }

        run = cli({QStringLiteral("tools"),
                   id,
                   QStringLiteral("--use"),
                   QStringLiteral("1"),
                   QStringLiteral("--client-agreed"),
                   yesterday});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("1\tOtter Notes\tyes\t%1\t-").arg(yesterday)), qPrintable(run.out));
        std::tie(all, open) = articles(id.toLongLong());
        QVERIFY2(all.contains(QStringLiteral("ICF-2.5")) && !open.contains(QStringLiteral("ICF-2.5")),
                 qPrintable(open.join(u' ')));

        // The letter lists the tool used with this client's data, in Dutch.
        const QString pdf = m_dir.filePath(QStringLiteral("bevestiging-tools.pdf"));
        run = cli({QStringLiteral("letter"), QStringLiteral("--engagement"), id, QStringLiteral("--out"), pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = pdfText(pdf).simplified();
        QVERIFY2(text.contains(QStringLiteral("Hulpmiddelen die met de gegevens van de cliënt werken")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Otter Notes: Transcribing sessions (gegevens bewaard of verwerkt: EU "
                                              "(Dublin); gebruikt AI)")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("DROP TABLE")), "a tool this engagement does not use");

        // Retired: no longer chosen for an engagement, still named where it was used.
        run = cli({QStringLiteral("tool"), QStringLiteral("retire"), QStringLiteral("--id"), QStringLiteral("1")});
        QVERIFY2(run.exitCode == 0 && run.out.contains(QStringLiteral("Retired tool 1 (Otter Notes)")),
                 qPrintable(run.err));
        run = cli({QStringLiteral("tool"), QStringLiteral("retire"), QStringLiteral("--id"), QStringLiteral("1")});
        QVERIFY2(run.exitCode == 1 && run.err.contains(QStringLiteral("was retired on")), qPrintable(run.err));
        run = cli({QStringLiteral("tools"), id});
        QVERIFY2(run.exitCode == 0 && run.out.contains(QStringLiteral("Otter Notes")), qPrintable(run.err));

        // The audit log names ids only: no tool name next to this client's engagement.
        VaultError error;
        auto vault = Vault::open(m_path, passphrase(), Vault::Access::ReadOnly, &error);
        QVERIFY2(vault, qPrintable(error.message));
        Records records(*vault);
        bool logged = false;
        for (const AuditEntry& entry : records.audit().entries(id.toLongLong())) {
            logged = logged || entry.kind == QLatin1String("tool_use.recorded");
            QVERIFY2(!entry.summary.contains(QStringLiteral("Otter")), qPrintable(entry.summary));
        }
        QVERIFY(logged);
    }
};

QTEST_GUILESS_MAIN(IcfCliTest)
#include "IcfCliTest.moc"
