// mandaat-cli compliance: statuses per article at a date, the practice's open obligations
// most urgent first, exit 0 whatever the statuses, usage and open errors, and no write.
#include "CliRunner.h"
#include "TestSupport.h"

#include "domain/ComplianceRecord.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/Records.h"
#include "vault/Vault.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mandaat;
using mandaat::test::fileHash;
using mandaat::test::passphrase;

namespace {

using Run = mandaat::test::CliRun;

Run cli(const QStringList& arguments, const QString& secret = passphrase())
{
    return mandaat::test::runCli(arguments, secret);
}

// The line of \a article in \a output, split at the tabs.
QStringList articleLine(const QString& output, const QString& article)
{
    for (const QString& line : output.split(QLatin1Char('\n'))) {
        if (line.startsWith(article + QLatin1Char('\t'))) {
            return line.split(QLatin1Char('\t'));
        }
    }
    return {};
}

Evidence evidence(qint64 engagementId, const char* article, const char* topic, Party party, QDate on)
{
    Evidence row;
    row.engagementId = engagementId;
    row.articleId = QString::fromLatin1(article);
    row.topic = QString::fromLatin1(topic);
    row.party = party;
    row.occurredOn = on;
    row.channel = Channel::Email;
    return row;
}

} // namespace

class ComplianceCliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_vault;
    qint64 m_onboarding = 0;
    qint64 m_active = 0;

    bool fill(Records& records)
    {
        CodeSubscription mw{0, QStringLiteral("MW-2020"), QStringLiteral("2020"), QDate(2020, 9, 1), 0};
        CodeSubscription cmi{0, QStringLiteral("CMI-2009"), QStringLiteral("002"), QDate(2015, 1, 1), 0};
        Client client;
        client.name = QStringLiteral("Karin Janssens");
        Principal principal;
        principal.organisation = QStringLiteral("Logistiek NV");
        if (!records.practice().saveCodeSubscription(mw) || !records.practice().saveCodeSubscription(cmi) ||
            !records.clients().save(client) || !records.principals().save(principal)) {
            return false;
        }
        Engagement coaching;
        coaching.clientId = client.id;
        coaching.principalId = principal.id;
        coaching.kind = EngagementKind::Coaching;
        coaching.title = QStringLiteral("Leiderschapscoaching");
        coaching.plannedStart = QDate(2026, 3, 16);
        coaching.plannedEnd = QDate(2026, 9, 16);
        coaching.plannedSessions = 8;
        coaching.pinnedCodes = {{QStringLiteral("MW-2020"), QStringLiteral("2020")}};
        Engagement outplacement = coaching;
        outplacement.kind = EngagementKind::Outplacement;
        outplacement.title = QStringLiteral("Outplacement");
        outplacement.plannedStart = QDate(2026, 1, 12);
        outplacement.pinnedCodes = {{QStringLiteral("CMI-2009"), QStringLiteral("002")}};
        EngagementRepository& engagements = records.engagements();
        if (!engagements.save(coaching) || !engagements.save(outplacement) ||
            !engagements.transition(coaching.id, EngagementStatus::Onboarding, QDate(2026, 3, 1)) ||
            !engagements.transition(outplacement.id, EngagementStatus::Onboarding, QDate(2026, 1, 5)) ||
            !engagements.transition(outplacement.id, EngagementStatus::Active, QDate(2026, 1, 12))) {
            return false;
        }
        m_onboarding = coaching.id;
        m_active = outplacement.id;
        // MW-2.2: the code went to the client, not yet to the principal; GDPR-13 is done.
        Evidence code = evidence(coaching.id, "MW-2.2", "code_handed_over", Party::Client, QDate(2026, 3, 2));
        Evidence privacy =
            evidence(coaching.id, "GDPR-13", "privacy_notice_handed_over", Party::Client, QDate(2026, 3, 2));
        Complaint complaint;
        complaint.engagementId = outplacement.id;
        complaint.receivedOn = QDate(2026, 4, 1);
        complaint.summary = QStringLiteral("The report came late");
        return records.compliance().save(code) && records.compliance().save(privacy) &&
            records.compliance().save(complaint);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_vault = m_dir.filePath(QStringLiteral("praktijk.mandaat"));
        VaultError error;
        std::unique_ptr<Vault> vault = Vault::create(m_vault, passphrase(), &error);
        QVERIFY2(vault, qPrintable(error.message));
        {
            Records records(*vault);
            QVERIFY(fill(records));
        }
        vault->close();
    }

    void perArticleAtADate()
    {
        const QByteArray before = fileHash(m_vault);
        const QString id = QString::number(m_onboarding);
        Run run = cli({QStringLiteral("compliance"),
                       m_vault,
                       QStringLiteral("--engagement"),
                       id,
                       QStringLiteral("--at"),
                       QStringLiteral("2026-03-10")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(
            run.out.startsWith(QStringLiteral("engagement\t%1\tonboarding\tcoaching\tLeiderschapscoaching\t").arg(id)),
            qPrintable(run.out));
        QStringList code = articleLine(run.out, QStringLiteral("MW-2.2"));
        QCOMPARE(code.value(1), QStringLiteral("due"));
        QCOMPARE(code.value(2), QStringLiteral("2026-03-16"));
        QVERIFY2(code.value(3).contains(QStringLiteral("principal")), qPrintable(code.value(3)));
        QCOMPARE(articleLine(run.out, QStringLiteral("GDPR-13")).value(1), QStringLiteral("met"));
        QCOMPARE(articleLine(run.out, QStringLiteral("MW-3.3")).value(1), QStringLiteral("not_applicable"));
        QVERIFY(articleLine(run.out, QStringLiteral("CMI-5")).isEmpty()); // CMI does not cover coaching

        // After the planned start the same article is overdue; still exit 0.
        run = cli({QStringLiteral("compliance"),
                   m_vault,
                   QStringLiteral("--engagement"),
                   id,
                   QStringLiteral("--at"),
                   QStringLiteral("2026-03-20")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(articleLine(run.out, QStringLiteral("MW-2.2")).value(1), QStringLiteral("overdue"));
        QCOMPARE(fileHash(m_vault), before);
    }

    // Issue 17, item 5: --at judges the engagement as it stood on that day. The outplacement was
    // activated on 12 January and got a complaint on 1 April: on 10 January it was onboarding
    // with no complaint; on 1 May the complaint is overdue.
    void asItStoodOnTheDay()
    {
        const QString id = QString::number(m_active);
        const Run january = cli({QStringLiteral("compliance"),
                                 m_vault,
                                 QStringLiteral("--engagement"),
                                 id,
                                 QStringLiteral("--at"),
                                 QStringLiteral("2026-01-10")});
        QCOMPARE(january.exitCode, 0);
        QVERIFY2(january.out.startsWith(QStringLiteral("engagement\t%1\tonboarding\t").arg(id)),
                 qPrintable(january.out));
        QCOMPARE(articleLine(january.out, QStringLiteral("CMI-17")).value(1), QStringLiteral("not_applicable"));
        QCOMPARE(articleLine(january.out, QStringLiteral("CMI-10")).value(1), QStringLiteral("due")); // not yet told

        const Run may = cli({QStringLiteral("compliance"),
                             m_vault,
                             QStringLiteral("--engagement"),
                             id,
                             QStringLiteral("--at"),
                             QStringLiteral("2026-05-01")});
        QCOMPARE(may.exitCode, 0);
        QVERIFY2(may.out.startsWith(QStringLiteral("engagement\t%1\tactive\t").arg(id)), qPrintable(may.out));
        QCOMPARE(articleLine(may.out, QStringLiteral("CMI-17")).value(1), QStringLiteral("overdue"));
    }

    void everyEngagement()
    {
        const Run run =
            cli({QStringLiteral("compliance"), m_vault, QStringLiteral("--at"), QStringLiteral("2026-03-10")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count(QStringLiteral("engagement\t")), 2);
        QVERIFY(run.out.indexOf(QStringLiteral("\tcoaching\t")) < run.out.indexOf(QStringLiteral("\toutplacement\t")));
    }

    void dueMostUrgentFirst()
    {
        const QByteArray before = fileHash(m_vault);
        const Run run = cli({QStringLiteral("compliance"),
                             m_vault,
                             QStringLiteral("--due"),
                             QStringLiteral("--at"),
                             QStringLiteral("2026-05-01")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        // Overdue first: overdue complaints at the top (CMI-17), then the oldest due date first.
        bool overdueDone = false;
        bool otherOverdue = false;
        QString lastDate;
        bool complaint = false;
        for (const QString& line : lines) {
            const QStringList fields = line.split(QLatin1Char('\t'));
            QCOMPARE(fields.size(), 5);
            QVERIFY(QStringList({QStringLiteral("open"), QStringLiteral("due"), QStringLiteral("overdue")})
                        .contains(fields.at(1)));
            if (fields.at(1) == QLatin1String("overdue") && fields.at(3) == QLatin1String("CMI-17")) {
                QVERIFY2(!overdueDone && !otherOverdue, qPrintable(run.out));
            } else if (fields.at(1) == QLatin1String("overdue")) {
                QVERIFY2(!overdueDone, qPrintable(run.out));
                QVERIFY(fields.at(0) >= lastDate);
                lastDate = fields.at(0);
                otherOverdue = true;
            } else {
                overdueDone = true;
            }
            if (fields.at(3) == QLatin1String("CMI-17") && fields.at(4).contains(QStringLiteral("Settle"))) {
                complaint = true;
                QCOMPARE(fields.at(0), QStringLiteral("2026-04-29"));
                QCOMPARE(fields.at(1), QStringLiteral("overdue"));
                QCOMPARE(fields.at(2), QString::number(m_active));
            }
        }
        QVERIFY(complaint);
        QCOMPARE(lines.first().section(QLatin1Char('\t'), 3, 3), QStringLiteral("CMI-17"));
        // Only one engagement's.
        const Run one = cli({QStringLiteral("compliance"),
                             m_vault,
                             QStringLiteral("--due"),
                             QStringLiteral("--engagement"),
                             QString::number(m_onboarding),
                             QStringLiteral("--at"),
                             QStringLiteral("2026-05-01")});
        QCOMPARE(one.exitCode, 0);
        for (const QString& line : one.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            QCOMPARE(line.section(QLatin1Char('\t'), 2, 2), QString::number(m_onboarding));
        }
        QCOMPARE(fileHash(m_vault), before);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("bad date") << QStringList{QStringLiteral("--at"), QStringLiteral("2026-13-01")} << 2;
        QTest::newRow("bad id") << QStringList{QStringLiteral("--engagement"), QStringLiteral("abc")} << 2;
        QTest::newRow("unknown engagement") << QStringList{QStringLiteral("--engagement"), QStringLiteral("99")} << 1;
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run run = cli(QStringList{QStringLiteral("compliance"), m_vault} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(run.out.isEmpty());
    }

    void wrongPassphrase()
    {
        const Run run = cli({QStringLiteral("compliance"), m_vault}, QStringLiteral("not the passphrase at all, no"));
        QCOMPARE(run.exitCode, 3);
    }
};

QTEST_GUILESS_MAIN(ComplianceCliTest)
#include "ComplianceCliTest.moc"
