// Issue 17, item 1: every way into the practice goes through the same records. A confirmation
// issued with `mandaat-cli letter` leaves what the onboarding wizard leaves (the wizard's
// ConfirmationPage calls ConfirmationRecords::issue, as the CLI now does): the same evidence,
// the same compliance; before, the CLI stored the letter only and `compliance` still said
// "Issue the engagement confirmation" (and CMI-7 stayed due).
#include "CliRunner.h"
#include "TestSupport.h"
#include "Translations.h"
#include "domain/Phrase.h"

#include "compliance/ComplianceEngine.h"
#include "compliance/EvidenceFiling.h"
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

#include <QRegularExpression>
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
    return QStringList{
        row.articleId,
        row.topic,
        toId(row.party),
        toId(row.channel),
        row.occurredOn.toString(Qt::ISODate),
        row.attachmentId > 0 ? QStringLiteral("attached") : QStringLiteral("none"),
        // The same phrase, stored as ids (issue 17, item 5); the letters' hashes differ.
        QString(row.text).replace(QRegularExpression(QStringLiteral("[0-9a-f]{64}")), QStringLiteral("<sha256>"))}
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
        Error error;
        QVERIFY2(ConfirmationRecords::issue(records, m_byWizard, Language::English, QDate::currentDate(), &error),
                 qPrintable(error.message));
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
        // Issued by a CLI that speaks English, read by a Dutch-speaking consultant: the evidence
        // is stored as an id and the letter's hash, and told in Dutch (issue 17, item 5).
        QVERIFY2(Phrase::isPhrase(issued.text) && !issued.text.contains(QStringLiteral("Engagement confirmation")),
                 qPrintable(issued.text));
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Dutch, QLocale::Belgium));
        const QString told = Phrase::render(issued.text);
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
        QCOMPARE(told,
                 QStringLiteral("Opdrachtbevestiging uitgegeven (SHA-256 %1).")
                     .arg(records.letters().lettersFor(m_byCli).constFirst().sha256));

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

    // Issue 17, item 1: the acceptance and the activation from the CLI are the wizard's
    // (ConfirmationRecords::accept and ::activate): the same evidence, the same refusal to
    // activate while the code's onboarding obligations are open, and activation once they are.
    void cliAcceptanceRecordsWhatTheWizardRecords()
    {
        const QString id = QString::number(m_byCli);
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const Run accept = cli({QStringLiteral("accept"), m_path, id, QStringLiteral("--by"), QStringLiteral("email")});
        QVERIFY2(accept.exitCode == 0, qPrintable(accept.err));
        QVERIFY2(accept.out.contains(QStringLiteral("Recorded the acceptance by e-mail of confirmation letter")),
                 qPrintable(accept.out));
        QVERIFY2(accept.out.contains(QStringLiteral("by: client, principal.")), qPrintable(accept.out));
        // CMI-6 and the other onboarding obligations are still open: no activation yet, and
        // the CLI says which, as the wizard's confirmation step does.
        QVERIFY2(accept.out.contains(QStringLiteral("stays in onboarding")), qPrintable(accept.out));

        {
            auto vault = open();
            QVERIFY(vault);
            Records records(*vault);
            const IssuedLetter wizardLetter =
                records.letters().lettersFor(m_byWizard, LetterKind::Confirmation).constFirst();
            const Engagement wizardSide = *records.engagements().engagement(m_byWizard);
            Error error;
            QVERIFY2(ConfirmationRecords::accept(records,
                                                 wizardLetter,
                                                 QDate::currentDate(),
                                                 Channel::Email,
                                                 nullptr,
                                                 ConfirmationRecords::partiesOf(wizardSide),
                                                 &error),
                     qPrintable(error.message));
            QVERIFY(!ConfirmationRecords::activate(records, m_byWizard, QDate::currentDate(), &error));
            QVERIFY2(error.message.startsWith(QStringLiteral("The engagement cannot become active yet:")),
                     qPrintable(error.message));
            QVERIFY2(accept.out.contains(error.message),
                     qPrintable(accept.out + QStringLiteral("\n---\n") + error.message));

            const auto shapes = [&records](qint64 engagementId) {
                QStringList list;
                for (const Evidence& row : records.compliance().evidenceFor(engagementId)) {
                    list << shape(row);
                }
                list.sort();
                return list;
            };
            const QStringList byCli = shapes(m_byCli);
            QCOMPARE(byCli.filter(QStringLiteral("|confirmation_accepted|")).size(), 2); // client and principal
            QCOMPARE(byCli, shapes(m_byWizard));
            const IssuedLetter cliLetter = records.letters().lettersFor(m_byCli, LetterKind::Confirmation).constFirst();
            QCOMPARE(cliLetter.acceptedOn.toString(Qt::ISODate), today);
            QCOMPARE(cliLetter.acceptanceChannel, std::optional<Channel>(Channel::Email));

            // What still blocks is recorded as the wizard's pages record it (by topic, filed under
            // the engagement's own article); then the CLI's acceptance activates, as the wizard does.
            const ComplianceEngine engine(records);
            const auto compliance = engine.evaluate(m_byCli);
            QVERIFY(compliance);
            QStringList blocking;
            for (const ArticleCompliance& article : compliance->blockers(ComplianceGate::Activation)) {
                blocking << article.article.id;
            }
            QCOMPARE(blocking,
                     QStringList({QStringLiteral("CMI-4"),
                                  QStringLiteral("CMI-6"),
                                  QStringLiteral("CMI-7"),
                                  QStringLiteral("CMI-8"),
                                  QStringLiteral("CMI-10"),
                                  QStringLiteral("CMI-15"),
                                  QStringLiteral("GDPR-13")}));
            // The answers and records of the wizard's conflict, disclosures, consent and handover steps.
            Engagement answered = *records.engagements().engagement(m_byCli);
            answered.followsEarlierAdvice = false;
            answered.endOfEmployment = false;
            QVERIFY(records.engagements().save(answered));
            const auto record = [&](const QString& topic, Party party) {
                Evidence row;
                row.engagementId = m_byCli;
                row.topic = topic;
                row.party = party;
                row.occurredOn = QDate::currentDate();
                row.channel = Channel::InPerson;
                RecordError recordError;
                QVERIFY2(EvidenceFiling::file(records, row, &recordError), qPrintable(recordError.message));
                QVERIFY2(records.compliance().save(row, &recordError), qPrintable(recordError.message));
            };
            record(evidence::independenceConfirmed(), Party::AllParties);
            record(evidence::freedomToStop(), Party::Client);
            record(evidence::privacyNoticeHandedOver(), Party::Client);
            Consent consent;
            consent.engagementId = m_byCli;
            consent.scope = ConsentScope::ProgressOnly;
            consent.givenOn = QDate::currentDate();
            QVERIFY(records.compliance().save(consent));
        }

        // Accepted again, now with the signed copy (a scan: here the letter's own PDF): the
        // engagement becomes active that day, and the CLI says so after reading it back.
        const Run signedCopy = cli({QStringLiteral("accept"),
                                    m_path,
                                    id,
                                    QStringLiteral("--by"),
                                    QStringLiteral("signed"),
                                    QStringLiteral("--signed-copy"),
                                    m_dir.filePath(QStringLiteral("bevestiging.pdf")),
                                    QStringLiteral("--party"),
                                    QStringLiteral("client")});
        QVERIFY2(signedCopy.exitCode == 0, qPrintable(signedCopy.err));
        QVERIFY2(signedCopy.out.contains(QStringLiteral("by: client.")), qPrintable(signedCopy.out));
        QVERIFY2(signedCopy.out.contains(QStringLiteral("Engagement %1 is active since %2.").arg(id, today)),
                 qPrintable(signedCopy.out));
        auto vault = open();
        QVERIFY(vault);
        Records after(*vault);
        const Engagement active = *after.engagements().engagement(m_byCli);
        QCOMPARE(active.status, EngagementStatus::Active);
        QCOMPARE(active.activatedOn, QDate::currentDate());
        const IssuedLetter signedLetter = after.letters().lettersFor(m_byCli, LetterKind::Confirmation).constFirst();
        QVERIFY(signedLetter.signedAttachmentId > 0);
        QCOMPARE(signedLetter.acceptanceChannel, std::optional<Channel>(Channel::Letter));
    }

    // The clumsy and the hostile acceptance: refused with the reason, the vault unchanged.
    void clumsyAcceptancesChangeNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString incomplete = QString::number(m_incomplete);
        const QString wizard = QString::number(m_byWizard);
        QTest::newRow("no way of acceptance") << QStringList{wizard} << 2 << QStringLiteral("needs --by email");
        QTest::newRow("an unknown way") << QStringList{wizard, QStringLiteral("--by"), QStringLiteral("fax")} << 2
                                        << QStringLiteral("Unknown way of acceptance 'fax'");
        QTest::newRow("signed without the copy")
            << QStringList{wizard, QStringLiteral("--by"), QStringLiteral("signed")} << 2
            << QStringLiteral("needs --signed-copy FILE");
        // A note, not a scan (named .pdf: the content decides).
        const QString note = m_dir.filePath(QStringLiteral("notitie.pdf"));
        QFile text(note);
        QVERIFY(text.open(QIODevice::WriteOnly) && text.write("Gesprek met Ruben, niet ondertekend.\n") > 0);
        text.close();
        QTest::newRow("the copy is no scan") << QStringList{wizard, QStringLiteral("--signed-copy"), note} << 1
                                             << QStringLiteral("is neither a PDF nor an image");
        QTest::newRow("the copy is missing")
            << QStringList{wizard, QStringLiteral("--signed-copy"), QStringLiteral("/nonexistent/scan.pdf")} << 1
            << QStringLiteral("does not exist");
        QTest::newRow("a day to come") << QStringList{wizard,
                                                      QStringLiteral("--by"),
                                                      QStringLiteral("email"),
                                                      QStringLiteral("--at"),
                                                      QDate::currentDate().addDays(1).toString(Qt::ISODate)}
                                       << 2 << QStringLiteral("lies in the future");
        QTest::newRow("not a date") << QStringList{wizard,
                                                   QStringLiteral("--by"),
                                                   QStringLiteral("email"),
                                                   QStringLiteral("--at"),
                                                   QStringLiteral("31-03-2026")}
                                    << 2 << QStringLiteral("--at needs the day of acceptance");
        QTest::newRow("before the letter") << QStringList{wizard,
                                                          QStringLiteral("--by"),
                                                          QStringLiteral("email"),
                                                          QStringLiteral("--at"),
                                                          QDate::currentDate().addDays(-1).toString(Qt::ISODate)}
                                           << 1 << QStringLiteral("on or after the day the letter was issued");
        QTest::newRow("an unknown party") << QStringList{wizard,
                                                         QStringLiteral("--by"),
                                                         QStringLiteral("email"),
                                                         QStringLiteral("--party"),
                                                         QStringLiteral("payer")}
                                          << 2 << QStringLiteral("Unknown party 'payer'");
        QTest::newRow("no letter yet") << QStringList{incomplete, QStringLiteral("--by"), QStringLiteral("email")} << 1
                                       << QStringLiteral("has no engagement confirmation yet");
        QTest::newRow("another engagement's letter")
            << QStringList{incomplete,
                           QStringLiteral("--by"),
                           QStringLiteral("email"),
                           QStringLiteral("--letter"),
                           QStringLiteral("1")}
            << 1 << QStringLiteral("is not an engagement confirmation of engagement");
        QTest::newRow("no such engagement")
            << QStringList{QStringLiteral("999"), QStringLiteral("--by"), QStringLiteral("email")} << 1 << QString();
        QTest::newRow("not an id") << QStringList{QStringLiteral("Ruben"),
                                                  QStringLiteral("--by"),
                                                  QStringLiteral("email")}
                                   << 2 << QStringLiteral("ENGAGEMENT needs an engagement id");
    }

    void clumsyAcceptancesChangeNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const auto state = [this]() {
            auto vault = open();
            if (!vault) {
                return QStringList();
            }
            Records records(*vault);
            QStringList lines;
            for (const Engagement& e : records.engagements().engagements()) {
                QStringList letters;
                for (const IssuedLetter& letter : records.letters().lettersFor(e.id)) {
                    letters << letter.acceptedOn.toString(Qt::ISODate);
                }
                lines << QStringList{QString::number(e.id),
                                     toId(e.status),
                                     letters.join(QLatin1Char(',')),
                                     QString::number(records.compliance().evidenceFor(e.id).size())}
                             .join(QLatin1Char('|'));
            }
            return lines;
        };
        const QStringList before = state();
        QVERIFY(!before.isEmpty());
        const Run run = cli(QStringList{QStringLiteral("accept"), m_path} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(!run.err.trimmed().isEmpty() && run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        QCOMPARE(state(), before);
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
