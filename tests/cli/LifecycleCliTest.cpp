// Issue 17, item 1: every way into the practice goes through the same records. A confirmation
// issued with `mandaat-cli letter` leaves what the onboarding wizard leaves (the wizard's
// ConfirmationPage calls ConfirmationRecords::issue, as the CLI now does): the same evidence,
// the same compliance; before, the CLI stored the letter only and `compliance` still said
// "Issue the engagement confirmation" (and CMI-7 stayed due).
#include "CliRunner.h"
#include "TestSupport.h"

#include "compliance/ComplianceEngine.h"
#include "compliance/EvidenceTopics.h"
#include "lifecycle/ConfirmationRecords.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/IssuedLetterRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/Records.h"
#include "vault/Vault.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mandaat;
using mandaat::test::passphrase;

namespace {

using Run = mandaat::test::CliRun;

Run cli(const QStringList& arguments, const QString& secret = passphrase())
{
    return mandaat::test::runCli(arguments, secret);
}

/// What a rule reads of an evidence row: everything but its id and its date of entry.
QString shape(const Evidence& row)
{
    return QStringList{row.articleId,
                       row.topic,
                       toId(row.party),
                       toId(row.channel),
                       row.occurredOn.toString(Qt::ISODate),
                       row.attachmentId > 0 ? QStringLiteral("attached") : QStringLiteral("none"),
                       row.text.left(row.text.indexOf(QLatin1Char('(')))}
        .join(QLatin1Char('|'));
}

} // namespace

class LifecycleCliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_byCli = 0; // issued with mandaat-cli letter
    qint64 m_byWizard = 0; // issued as the onboarding wizard issues it
    qint64 m_incomplete = 0;

    std::unique_ptr<Vault> open()
    {
        VaultError error;
        auto vault = Vault::open(m_path, passphrase(), Vault::Access::ReadWrite, &error);
        if (!vault) {
            qWarning() << error.message;
        }
        return vault;
    }

    static Engagement outplacement(qint64 clientId, qint64 principalId)
    {
        Engagement e;
        e.clientId = clientId;
        e.principalId = principalId;
        e.kind = EngagementKind::Outplacement;
        e.title = QStringLiteral("Outplacement");
        e.plannedStart = QDate::currentDate().addDays(14);
        e.plannedEnd = QDate::currentDate().addMonths(6);
        e.plannedSessions = 10;
        e.methods = {EngagementMethod{0, QStringLiteral("Loopbaananker"), {}, QStringLiteral("E. Schein")}};
        e.rateCents = 12500;
        e.expensesArrangement = QStringLiteral("Included in the rate.");
        e.paymentMethod = PaymentMethod::BankTransfer;
        e.paymentTerms = QStringLiteral("Within 30 days of the invoice.");
        e.pinnedCodes = {{QStringLiteral("CMI-2009"), QStringLiteral("002")}};
        return e;
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
        profile.email = QStringLiteral("pieter@example.org");
        QVERIFY(records.practice().saveProfile(profile));
        CodeSubscription cmi{0, QStringLiteral("CMI-2009"), QStringLiteral("002"), QDate(2015, 1, 1), 0};
        QVERIFY(records.practice().saveCodeSubscription(cmi));
        Principal principal;
        principal.organisation = QStringLiteral("Logistiek Oost BV");
        QVERIFY(records.principals().save(principal));
        QList<qint64> ids;
        for (const QString& name : {QStringLiteral("Ruben Maes"), QStringLiteral("Karin Janssens")}) {
            Client client;
            client.name = name;
            QVERIFY(records.clients().save(client));
            Engagement e = outplacement(client.id, principal.id);
            QVERIFY(records.engagements().save(e));
            QVERIFY(records.engagements().transition(e.id, EngagementStatus::Onboarding, QDate::currentDate()));
            ids << e.id;
        }
        m_byCli = ids.at(0);
        m_byWizard = ids.at(1);
        Client third;
        third.name = QStringLiteral("Zoë Peeters");
        QVERIFY(records.clients().save(third));
        Engagement incomplete = outplacement(third.id, principal.id);
        incomplete.plannedSessions.reset();
        incomplete.paymentTerms.clear();
        incomplete.expensesArrangement.clear();
        QVERIFY(records.engagements().save(incomplete));
        QVERIFY(records.engagements().transition(incomplete.id, EngagementStatus::Onboarding, QDate::currentDate()));
        m_incomplete = incomplete.id;
    }

    void cliLetterRecordsWhatTheWizardRecords()
    {
        const QString id = QString::number(m_byCli);
        Run before = cli({QStringLiteral("compliance"), m_path, QStringLiteral("--engagement"), id});
        QCOMPARE(before.exitCode, 0);
        QVERIFY2(before.out.contains(QStringLiteral("Issue the engagement confirmation")), qPrintable(before.out));
        // CMI-7: the clause that the confirmation carries.
        QVERIFY2(before.out.contains(QStringLiteral("no promise to leave")), qPrintable(before.out));

        const QString pdf = m_dir.filePath(QStringLiteral("bevestiging.pdf"));
        const Run letter = cli({QStringLiteral("letter"),
                                m_path,
                                QStringLiteral("--engagement"),
                                id,
                                QStringLiteral("--out"),
                                pdf,
                                QStringLiteral("--lang"),
                                QStringLiteral("en")});
        QVERIFY2(letter.exitCode == 0, qPrintable(letter.err));
        QVERIFY(QFile::exists(pdf));

        const Run after = cli({QStringLiteral("compliance"), m_path, QStringLiteral("--engagement"), id});
        QCOMPARE(after.exitCode, 0);
        QVERIFY2(!after.out.contains(QStringLiteral("Issue the engagement confirmation")), qPrintable(after.out));
        // CMI-5 now waits for the signature; CMI-7 only for its other question.
        QVERIFY2(after.out.contains(QStringLiteral("Attach the signed confirmation")), qPrintable(after.out));
        QVERIFY2(!after.out.contains(QStringLiteral("no promise to leave")), qPrintable(after.out));

        // The wizard's way, on the twin engagement, the same day and language.
        auto vault = open();
        QVERIFY(vault);
        Records records(*vault);
        QString error;
        QVERIFY2(ConfirmationRecords::issue(records, m_byWizard, Language::English, QDate::currentDate(), &error),
                 qPrintable(error));
        const auto shapes = [&records](qint64 engagementId) {
            QStringList list;
            for (const Evidence& row : records.compliance().evidenceFor(engagementId)) {
                list << shape(row);
            }
            list.sort();
            return list;
        };
        const QStringList byCli = shapes(m_byCli);
        QVERIFY(!byCli.isEmpty());
        QCOMPARE(byCli, shapes(m_byWizard));
        const Evidence issued = records.compliance().evidenceFor(m_byCli).constFirst();
        QCOMPARE(issued.topic, evidence::confirmationIssued());
        QCOMPARE(issued.articleId, QStringLiteral("CMI-5"));
        QCOMPARE(issued.attachmentId, records.letters().lettersFor(m_byCli).constFirst().attachmentId);

        // And every article stands the same for both.
        const ComplianceEngine engine(records);
        const auto cliSide = engine.evaluate(m_byCli);
        const auto wizardSide = engine.evaluate(m_byWizard);
        QVERIFY(cliSide && wizardSide);
        QCOMPARE(cliSide->articles.size(), wizardSide->articles.size());
        for (qsizetype i = 0; i < cliSide->articles.size(); ++i) {
            QCOMPARE(cliSide->articles.at(i).article.id, wizardSide->articles.at(i).article.id);
            QCOMPARE(cliSide->articles.at(i).status, wizardSide->articles.at(i).status);
        }
    }

    // Issue 17, item 3: one list of what the confirmation lacks. The obligation the Overview and
    // `compliance --due` show names exactly the terms for which the letter is refused (before,
    // the rule knew neither the number of sessions nor the payment terms).
    void theOverviewListsWhatRefusesTheLetter()
    {
        const QString id = QString::number(m_incomplete);
        const Run due =
            cli({QStringLiteral("compliance"), m_path, QStringLiteral("--due"), QStringLiteral("--engagement"), id});
        QCOMPARE(due.exitCode, 0);
        static const QString Without = QStringLiteral("The confirmation cannot be issued without ");
        QString listed;
        for (const QString& line : due.out.split(QLatin1Char('\n'))) {
            const qsizetype at = line.indexOf(Without);
            if (at >= 0) {
                listed = line.mid(at + Without.size());
                listed.chop(1); // the full stop
            }
        }
        QVERIFY2(!listed.isEmpty(), qPrintable(due.out));

        const Run letter = cli({QStringLiteral("letter"),
                                m_path,
                                QStringLiteral("--engagement"),
                                id,
                                QStringLiteral("--out"),
                                m_dir.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(letter.exitCode, 1);
        QStringList refused;
        for (const QString& line : letter.err.split(QLatin1Char('\n'))) {
            if (line.startsWith(QStringLiteral("- "))) {
                refused << line.mid(2);
            }
        }
        QCOMPARE(refused,
                 QStringList({QStringLiteral("the expenses arrangement"),
                              QStringLiteral("the payment terms"),
                              QStringLiteral("the planned number of sessions")}));
        QCOMPARE(listed, refused.join(QStringLiteral(", ")));
    }

    // Refused: nothing stored, the gap named, no PDF written.
    void anIncompleteLetterIsRefused()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("onvolledig.pdf"));
        const Run letter = cli({QStringLiteral("letter"),
                                m_path,
                                QStringLiteral("--engagement"),
                                QString::number(m_incomplete),
                                QStringLiteral("--out"),
                                pdf});
        QCOMPARE(letter.exitCode, 1);
        QVERIFY2(letter.err.contains(QStringLiteral("the planned number of sessions")), qPrintable(letter.err));
        QVERIFY(!QFile::exists(pdf));
        auto vault = open();
        QVERIFY(vault);
        Records records(*vault);
        QVERIFY(records.letters().lettersFor(m_incomplete).isEmpty());
        QVERIFY(records.compliance().evidenceFor(m_incomplete).isEmpty());
    }
};

QTEST_MAIN(LifecycleCliTest)
#include "LifecycleCliTest.moc"
