// The engagement confirmation as the parties read it (pdftotext): every CMI-5 element with the
// engagement's real values, in Dutch and English; the no-admission clause exactly when it
// applies; no expired qualification; the code and its version; the VAT exemption wording;
// user text printed literally; issuing refused while an element is missing; issued letters
// kept with their hash.
#include "RecordsFixture.h"

#include "documents/ConfirmationLetter.h"
#include "documents/LetterService.h"
#include "repositories/AttachmentRepository.h"
#include "repositories/AuditLog.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/IssuedLetterRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/PrincipalRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace mandaat;

namespace {

const QDate LetterDate(2026, 2, 20);

QString pdfText(const QByteArray& pdf, const QString& folder, bool foldSpace = true)
{
    const QString path = folder + QStringLiteral("/letter.pdf");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size()) {
        return {};
    }
    file.close();
    QProcess process;
    // -layout keeps a label and its value on one line.
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    process.waitForFinished(30000);
    if (!foldSpace) {
        return QString::fromUtf8(process.readAllStandardOutput());
    }
    // Lines wrap where the layout wraps them: compare with the white space folded.
    return QString::fromUtf8(process.readAllStandardOutput())
        .replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

// The pages of \a pdf as pdftotext lays them out (-layout: what stands side by side stays on one line).
QStringList pdfPages(const QByteArray& pdf, const QString& folder)
{
    return pdfText(pdf, folder, false).split(QLatin1Char('\f'));
}

// The page (from 0) holding a line that contains every one of \a parts, or -1.
int pageWithLine(const QStringList& pages, const QStringList& parts)
{
    for (int page = 0; page < pages.size(); ++page) {
        for (const QString& line : pages.at(page).split(QLatin1Char('\n'))) {
            const bool all =
                std::all_of(parts.begin(), parts.end(), [&line](const QString& part) { return line.contains(part); });
            if (all) {
                return page;
            }
        }
    }
    return -1;
}

} // namespace

class ConfirmationLetterTest : public QObject
{
    Q_OBJECT

private:
    test::RecordsFixture m_fixture;
    QTemporaryDir m_dir;
    qint64 m_outplacement = 0;
    qint64 m_coaching = 0;
    qint64 m_incomplete = 0;

    Records& records() { return m_fixture.records(); }

    QString letterText(qint64 engagementId, Language language)
    {
        Error error;
        const auto pdf = LetterService::renderConfirmation(records(), engagementId, language, LetterDate, &error);
        if (!pdf) {
            qWarning() << error.message;
            return {};
        }
        return pdfText(*pdf, m_dir.path());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.open(&error), qPrintable(error));
        if (qEnvironmentVariableIsSet("MANDAAT_TEST_KEEP")) { // to look at the letter: keep the folder
            m_dir.setAutoRemove(false);
            qInfo() << "The last letter is kept in" << m_dir.path();
        }
        RecordError recordError;

        PracticeProfile profile;
        profile.consultantName = QStringLiteral("Pieter de Vries");
        profile.tradeName = QStringLiteral("Loopbaan & Zo");
        profile.address = {QStringLiteral("Oudegracht 12"),
                           QStringLiteral("3511 AB"),
                           QStringLiteral("Utrecht"),
                           QStringLiteral("NL")};
        profile.email = QStringLiteral("pieter@example.org");
        profile.phone = QStringLiteral("+31 30 123 45 67");
        profile.vatNumber = QStringLiteral("BE0123.456.749");
        profile.companyNumber = QStringLiteral("0123.456.749");
        profile.iban = QStringLiteral("BE68 5390 0754 7034");
        profile.complaintsProcedure = QStringLiteral("Klachten worden binnen vier weken afgehandeld.");
        profile.complaintsBody = QStringLiteral("Geschillencommissie Noloc");
        QVERIFY2(records().practice().saveProfile(profile, &recordError), qPrintable(recordError.message));

        PracticeQualification current;
        current.kind = QualificationKind::Certification;
        current.title = QStringLiteral("Register Loopbaanprofessional");
        current.issuer = QStringLiteral("Noloc");
        current.issuedOn = QDate(2020, 1, 1);
        current.expiresOn = QDate(2027, 3, 31);
        QVERIFY2(records().practice().saveQualification(current, &recordError), qPrintable(recordError.message));
        PracticeQualification expired;
        expired.kind = QualificationKind::Certification;
        expired.title = QStringLiteral("Verlopen Testcertificaat");
        expired.issuer = QStringLiteral("Oud Instituut");
        expired.issuedOn = QDate(2019, 1, 1);
        expired.expiresOn = QDate(2025, 1, 1);
        QVERIFY2(records().practice().saveQualification(expired, &recordError), qPrintable(recordError.message));

        for (const auto& [id, version] : {std::pair{QStringLiteral("CMI-2009"), QStringLiteral("002")},
                                          std::pair{QStringLiteral("MW-2020"), QStringLiteral("2020")}}) {
            CodeSubscription subscription;
            subscription.codeId = id;
            subscription.version = version;
            subscription.subscribedOn = QDate(2024, 1, 1);
            QVERIFY2(records().practice().saveCodeSubscription(subscription, &recordError),
                     qPrintable(recordError.message));
        }

        Principal principal;
        principal.organisation = QStringLiteral("Logistiek <BV> & Co");
        principal.contactName = QStringLiteral("Henk Bos");
        PrincipalRole role;
        role.kind = PrincipalRoleKind::RecruitmentSelection;
        role.startedOn = QDate(2025, 3, 1);
        principal.roles << role;
        QVERIFY2(records().principals().save(principal, &recordError), qPrintable(recordError.message));

        Client karin;
        karin.name = QStringLiteral("<b>Karin</b> Jacobs");
        QVERIFY2(records().clients().save(karin, &recordError), qPrintable(recordError.message));

        Engagement outplacement;
        outplacement.clientId = karin.id;
        outplacement.principalId = principal.id;
        outplacement.kind = EngagementKind::Outplacement;
        outplacement.title = QStringLiteral("Outplacement Karin");
        outplacement.objectives = QStringLiteral("Een passende nieuwe baan binnen zes maanden.");
        outplacement.methods << EngagementMethod{0,
                                                 QStringLiteral("Loopbaanscan"),
                                                 QStringLiteral("vragenlijst en terugkoppeling"),
                                                 QStringLiteral("Uitgeverij Testpers")};
        outplacement.feeModel = FeeModel::Fixed;
        outplacement.rateCents = 125000;
        outplacement.expensesArrangement = QStringLiteral("Reiskosten \u20ac 0,23 per km");
        outplacement.paymentMethod = PaymentMethod::BankTransfer;
        outplacement.paymentTerms = QStringLiteral("binnen 30 dagen na factuurdatum");
        outplacement.plannedStart = QDate(2026, 3, 1);
        outplacement.plannedEnd = QDate(2026, 8, 31);
        outplacement.plannedSessions = 12;
        outplacement.endOfEmployment = true;
        outplacement.followsEarlierAdvice = false;
        QVERIFY2(records().engagements().save(outplacement, &recordError), qPrintable(recordError.message));
        m_outplacement = outplacement.id;

        Consent consent;
        consent.engagementId = outplacement.id;
        consent.scope = ConsentScope::ProgressOnly;
        consent.givenOn = QDate(2026, 2, 15);
        QVERIFY2(records().compliance().save(consent, &recordError), qPrintable(recordError.message));

        Client zoe;
        zoe.name = QStringLiteral("Zo\u00eb Peeters");
        QVERIFY2(records().clients().save(zoe, &recordError), qPrintable(recordError.message));
        Engagement coaching = outplacement;
        coaching.id = 0;
        coaching.clientId = zoe.id;
        coaching.principalId = 0;
        coaching.payerKind = PayerKind::Client;
        coaching.kind = EngagementKind::Coaching;
        coaching.title = QStringLiteral("Coaching Zo\u00eb");
        coaching.endOfEmployment = false;
        coaching.feeModel = FeeModel::Hourly;
        coaching.rateCents = 9500;
        coaching.vatExempt = true;
        coaching.vatExemptionWording = QStringLiteral("Vrijgesteld van btw op grond van artikel 44 WBTW.");
        coaching.methods[0].id = 0;
        QVERIFY2(records().engagements().save(coaching, &recordError), qPrintable(recordError.message));
        m_coaching = coaching.id;

        Engagement incomplete;
        incomplete.clientId = zoe.id;
        incomplete.kind = EngagementKind::Coaching;
        incomplete.payerKind = PayerKind::Client;
        incomplete.title = QStringLiteral("Nog niet klaar");
        QVERIFY2(records().engagements().save(incomplete, &recordError), qPrintable(recordError.message));
        m_incomplete = incomplete.id;
    }

    void cleanupTestCase() { m_fixture.close(); }

    void dutchOutplacementStatesEveryElement()
    {
        const QString text = letterText(m_outplacement, Language::Dutch);
        QVERIFY(!text.isEmpty());
        const QStringList expected{
            QStringLiteral("Opdrachtbevestiging"),
            QStringLiteral("Datum: 20 februari 2026"),
            QStringLiteral("<b>Karin</b> Jacobs"), // printed literally
            QStringLiteral("Logistiek <BV> & Co"),
            QStringLiteral("Loopbaanscan: vragenlijst en terugkoppeling (auteur of eigenaar: Uitgeverij Testpers)"),
            QStringLiteral("Honorarium vaste prijs van \u20ac 1.250,00"),
            QStringLiteral("De bedragen zijn exclusief 21 % btw."),
            QStringLiteral("Reiskosten \u20ac 0,23 per km"),
            QStringLiteral("overschrijving"),
            QStringLiteral("binnen 30 dagen na factuurdatum"),
            QStringLiteral("1 maart 2026"),
            QStringLiteral("31 augustus 2026"),
            QStringLiteral("Aantal sessies 12"),
            QStringLiteral("alleen informatie over de voortgang"),
            QStringLiteral("op elk moment vrij om de begeleiding te aanvaarden, te weigeren of te be\u00ebindigen"),
            QStringLiteral("niet opvatten als een toezegging om te vertrekken"),
            QStringLiteral("einde van het dienstverband"),
            QStringLiteral("werving en selectie (sinds 1 maart 2025)"),
            QStringLiteral("versie 002"),
            QStringLiteral("Career Management Institute"),
            QStringLiteral("Register Loopbaanprofessional, Noloc (geldig tot 31 maart 2027)"),
            QStringLiteral("Geschillencommissie Noloc"),
            QStringLiteral("De consultant"),
            QStringLiteral("De opdrachtgever"),
            QStringLiteral("Pagina 1 van"),
        };
        for (const QString& part : expected) {
            QVERIFY2(text.contains(part), qPrintable(QStringLiteral("missing: ") + part + QStringLiteral("\n") + text));
        }
        QVERIFY2(!text.contains(QStringLiteral("Verlopen Testcertificaat")), "an expired qualification was printed");
        QVERIFY2(!text.contains(QStringLiteral("Tarief")), "a fixed price printed as a rate too");
        // ICF-2.3's clause is ICF's: not in a CMI letter.
        QVERIFY2(!text.contains(QStringLiteral("Grenzen van de vertrouwelijkheid")), "ICF's clause in a CMI letter");
        // The letterhead breaks between the numbers, never inside the IBAN.
        Error error;
        const auto pdf =
            LetterService::renderConfirmation(records(), m_outplacement, Language::Dutch, LetterDate, &error);
        QVERIFY2(pdf, qPrintable(error.message));
        const QString lines = pdfText(*pdf, m_dir.path(), false);
        bool ibanWhole = false;
        for (QString line : lines.split(QLatin1Char('\n'))) {
            ibanWhole = ibanWhole ||
                line.replace(QChar::Nbsp, QLatin1Char(' ')).contains(QStringLiteral("BE68 5390 0754 7034"));
        }
        QVERIFY2(ibanWhole, qPrintable(lines));
        QVERIFY(!text.contains(QStringLiteral("Engagement confirmation")));
        // The MW code does not govern an outplacement (its kinds are evaluation, coaching, ...).
        QVERIFY(!text.contains(QStringLiteral("Mens(en)werk")));
    }

    void englishOutplacementStatesEveryElement()
    {
        const QString text = letterText(m_outplacement, Language::English);
        const QStringList expected{
            QStringLiteral("Engagement confirmation"),
            QStringLiteral("Date: 20 February 2026"),
            QStringLiteral("<b>Karin</b> Jacobs"),
            QStringLiteral("(author or owner: Uitgeverij Testpers)"),
            QStringLiteral("Fee fixed price of \u20ac1,250.00"),
            QStringLiteral("exclusive of 21% VAT"),
            QStringLiteral("bank transfer"),
            QStringLiteral("1 March 2026"),
            QStringLiteral("information about progress only"),
            QStringLiteral("free at all times to accept or refuse the guidance"),
            QStringLiteral("not take the client's acceptance of this engagement as a promise to leave"),
            QStringLiteral("recruitment and selection"),
            QStringLiteral("version 002"),
            QStringLiteral("Page 1 of"),
        };
        for (const QString& part : expected) {
            QVERIFY2(text.contains(part), qPrintable(QStringLiteral("missing: ") + part + QStringLiteral("\n") + text));
        }
        QVERIFY(!text.contains(QStringLiteral("Opdrachtbevestiging")));
        QVERIFY(!text.contains(QStringLiteral("Verlopen Testcertificaat")));
    }

    void selfPayingCoachingHasNoNoAdmissionClause()
    {
        const QString text = letterText(m_coaching, Language::Dutch);
        QVERIFY(!text.isEmpty());
        QVERIFY(!text.contains(QStringLiteral("toezegging om te vertrekken")));
        // A self-paying client's letter never mentions a principal (issue 17), in either language.
        QVERIFY2(!text.contains(QStringLiteral("opdrachtgever"), Qt::CaseInsensitive), qPrintable(text));
        const QString english = letterText(m_coaching, Language::English);
        QVERIFY(!english.isEmpty());
        QVERIFY2(!english.contains(QStringLiteral("principal"), Qt::CaseInsensitive), qPrintable(english));
        QVERIFY(text.contains(QStringLiteral("geeft niets over de cli\u00ebnt door zonder diens toestemming")));
        QVERIFY2(text.contains(QStringLiteral("Vrijgesteld van btw op grond van artikel 44 WBTW.")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("exclusief")));
        QVERIFY(text.contains(QStringLiteral("\u20ac 95,00 per uur")));
        QVERIFY(text.contains(QStringLiteral("De cli\u00ebnt betaalt zelf.")));
        QVERIFY(text.contains(QStringLiteral("Mens(en)werk")));
        QVERIFY(!text.contains(QStringLiteral("Career Management Institute")));
        QVERIFY(ConfirmationLetter::needsNoAdmissionClause(*records().engagements().engagement(m_outplacement)));
        QVERIFY(!ConfirmationLetter::needsNoAdmissionClause(*records().engagements().engagement(m_coaching)));
    }

    void incompleteLetterIsRefusedWithWhatIsMissing()
    {
        Error error;
        const auto issued = LetterService::issueConfirmation(records(), m_incomplete, std::nullopt, LetterDate, &error);
        QVERIFY(!issued);
        for (const QString& part : {QStringLiteral("cannot be issued yet"),
                                    QStringLiteral("the method"),
                                    QStringLiteral("the fee"),
                                    QStringLiteral("the expenses arrangement"),
                                    QStringLiteral("the payment method"),
                                    QStringLiteral("the payment terms"),
                                    QStringLiteral("the duration"),
                                    QStringLiteral("the planned number of sessions")}) {
            QVERIFY2(error.message.contains(part), qPrintable(error.message));
        }
        QVERIFY(!error.message.contains(QStringLiteral("code of conduct"))); // the practice subscribes to MW
        // A coaching engagement under MW cites no article of the CMI code (it did before the
        // articles came from the catalogue).
        QVERIFY2(!error.message.contains(QStringLiteral("CMI-")), qPrintable(error.message));
        QCOMPARE(records().letters().lettersFor(m_incomplete).size(), 0);
    }

    void issuingKeepsEveryVersionWithItsHash()
    {
        Error error;
        const auto first =
            LetterService::issueConfirmation(records(), m_outplacement, std::nullopt, LetterDate, &error);
        QVERIFY2(first, qPrintable(error.message));
        const auto second = LetterService::issueConfirmation(
            records(), m_outplacement, Language::English, LetterDate.addDays(1), &error);
        QVERIFY2(second, qPrintable(error.message));
        const auto letters = records().letters().lettersFor(m_outplacement, LetterKind::Confirmation);
        QCOMPARE(letters.size(), 2);
        QCOMPARE(letters.first().id, second->letter.id); // newest first
        QCOMPARE(letters.last().language, Language::Dutch);
        for (const auto* issued : {&*first, &*second}) {
            const auto stored = records().attachments().attachment(issued->letter.attachmentId);
            QVERIFY(stored);
            QCOMPARE(stored->content, issued->pdf);
            QCOMPARE(issued->letter.sha256,
                     QString::fromLatin1(QCryptographicHash::hash(issued->pdf, QCryptographicHash::Sha256).toHex()));
            QVERIFY(!stored->fileName.contains(QStringLiteral("Karin")));
        }
        int audited = 0;
        for (const AuditEntry& entry : records().audit().entries(m_outplacement)) {
            if (entry.kind == QLatin1String("letter.issued")) {
                ++audited;
                QVERIFY(!entry.summary.contains(QStringLiteral("Karin")));
            }
        }
        QCOMPARE(audited, 2);

        // The signed scan is attached to the letter as evidence; an e-mail acceptance needs none.
        Attachment scan;
        scan.fileName = QStringLiteral("getekend.pdf");
        scan.mimeType = QStringLiteral("application/pdf");
        scan.content = QByteArray("%PDF-1.4 signed copy");
        RecordError recordError;
        QVERIFY(!records().letters().recordAcceptance(
            first->letter.id, QDate(2026, 2, 25), Channel::Letter, &scan, {}, &recordError)); // before it was issued
        QVERIFY(!records().letters().recordAcceptance(
            first->letter.id, QDate(2026, 3, 3), Channel::Letter, nullptr, {}, &recordError)); // no copy
        QVERIFY2(records().letters().recordAcceptance(
                     first->letter.id, QDate(2026, 3, 3), Channel::Letter, &scan, {}, &recordError),
                 qPrintable(recordError.message));
        const auto accepted = records().letters().letter(first->letter.id);
        QVERIFY(accepted && accepted->isAccepted());
        QVERIFY(accepted->signedAttachmentId > 0);
        RecordError removal;
        QVERIFY(!records().attachments().remove(accepted->attachmentId, &removal));
        QVERIFY2(removal.message.contains(QStringLiteral("engagement %1").arg(m_outplacement)),
                 qPrintable(removal.message));
    }

    // Issue 15 item 8: the signature section whole on one page with its heading, the three
    // blocks level (role beside role, place beside place, date beside date), however long the
    // letter before it grows; the principal named as the payer.
    void signaturesWholeAndLevelWithTheirHeading_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("intro");
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("date");
        QTest::newRow("nl") << Language::Dutch << QStringLiteral("Handtekeningen")
                            << QStringLiteral("Opgemaakt in zoveel exemplaren")
                            << QStringList{QStringLiteral("De consultant"),
                                           QStringLiteral("De cli\u00ebnt"),
                                           QStringLiteral("De opdrachtgever")}
                            << QStringLiteral("Plaats:") << QStringLiteral("Datum:");
        QTest::newRow("en") << Language::English << QStringLiteral("Signatures")
                            << QStringLiteral("Made in as many copies as there are parties")
                            << QStringList{QStringLiteral("The consultant"),
                                           QStringLiteral("The client"),
                                           QStringLiteral("The principal")}
                            << QStringLiteral("Place:") << QStringLiteral("Date:");
    }

    void signaturesWholeAndLevelWithTheirHeading()
    {
        QFETCH(Language, language);
        QFETCH(QString, heading);
        QFETCH(QString, intro);
        QFETCH(QStringList, roles);
        QFETCH(QString, place);
        QFETCH(QString, date);
        const Engagement original = *records().engagements().engagement(m_outplacement);
        for (int extra = 0; extra <= 66; extra += 3) {
            Engagement e = original;
            for (int line = 1; line <= extra; ++line) {
                e.objectives += QStringLiteral("\nDoel %1: een volgende stap in de loopbaan zetten.").arg(line);
            }
            QVERIFY(records().engagements().save(e));
            Error error;
            const auto pdf = LetterService::renderConfirmation(records(), m_outplacement, language, LetterDate, &error);
            QVERIFY2(pdf, qPrintable(error.message));
            const QStringList pages = pdfPages(*pdf, m_dir.path());
            const int headingPage = pageWithLine(pages, {heading});
            QVERIFY(headingPage >= 0);
            const QString context = QStringLiteral("%1 more lines: heading on page %2\n%3")
                                        .arg(extra)
                                        .arg(headingPage + 1)
                                        .arg(pages.value(headingPage));
            QVERIFY2(pages.at(headingPage).contains(intro), qPrintable(context));
            // Level: the three roles on one line, the names on one, the three places on one, the
            // three dates on one, and the three lines to sign on: all on the heading's page.
            QCOMPARE(pageWithLine(pages, roles), headingPage);
            QCOMPARE(pageWithLine(pages, {QStringLiteral("Pieter de Vries"), QStringLiteral("Henk Bos")}), headingPage);
            for (const QString& label : {place, date, QStringLiteral("______________________")}) {
                bool level = false;
                for (const QString& line : pages.at(headingPage).split(QLatin1Char('\n'))) {
                    level = level || line.count(label) == 3;
                }
                QVERIFY2(level, qPrintable(label + QLatin1Char(' ') + context));
            }
        }
        Engagement restored = original;
        QVERIFY(records().engagements().save(restored));
    }

    // CMI-5: who pays, also when it is the principal.
    void principalNamedAsPayer()
    {
        const QString text = letterText(m_outplacement, Language::Dutch);
        QVERIFY2(text.contains(QStringLiteral("Betaler Logistiek <BV> & Co, de opdrachtgever")), qPrintable(text));
        const QString english = letterText(m_outplacement, Language::English);
        QVERIFY2(english.contains(QStringLiteral("Payer Logistiek <BV> & Co, the principal")), qPrintable(english));
    }

    // The general terms are named as the annex: which file, with its fingerprint.
    void generalTermsNamedAsAnnex()
    {
        Attachment terms;
        terms.fileName = QStringLiteral("algemene-voorwaarden-2026.pdf");
        terms.mimeType = QStringLiteral("application/pdf");
        terms.content = QByteArray("%PDF-1.4\n% de algemene voorwaarden\n");
        RecordError recordError;
        QVERIFY2(records().attachments().add(terms, &recordError), qPrintable(recordError.message));
        PracticeProfile profile = records().practice().profile();
        profile.generalTermsAttachmentId = terms.id;
        QVERIFY2(records().practice().saveProfile(profile, &recordError), qPrintable(recordError.message));
        const QString sha = records().attachments().info(terms.id)->sha256;

        const QString text = letterText(m_outplacement, Language::Dutch);
        QVERIFY2(text.contains(QStringLiteral("als bijlage bij deze bevestiging gevoegd")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Bijlage")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Algemene voorwaarden: algemene-voorwaarden-2026.pdf (SHA-256 %1\u2026)")
                                   .arg(sha.left(16))),
                 qPrintable(text));
        const QString english = letterText(m_outplacement, Language::English);
        QVERIFY2(
            english.contains(
                QStringLiteral("General terms: algemene-voorwaarden-2026.pdf (SHA-256 %1\u2026)").arg(sha.left(16))),
            qPrintable(english));

        profile.generalTermsAttachmentId = 0;
        QVERIFY(records().practice().saveProfile(profile, &recordError));
        QVERIFY(!letterText(m_outplacement, Language::Dutch).contains(QStringLiteral("Bijlage")));
    }

    void fontsAreEmbedded()
    {
        Error error;
        const auto pdf = LetterService::renderConfirmation(records(), m_outplacement, std::nullopt, LetterDate, &error);
        QVERIFY(pdf);
        const QString path = m_dir.filePath(QStringLiteral("fonts.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(*pdf);
        file.close();
        QProcess pdffonts;
        pdffonts.start(QStringLiteral("pdffonts"), {path});
        QVERIFY(pdffonts.waitForFinished(30000));
        const QStringList lines =
            QString::fromUtf8(pdffonts.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 3);
        for (const QString& line : lines.mid(2)) {
            const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QCOMPARE(columns.at(columns.size() - 5), QStringLiteral("yes"));
        }
    }

    // ICF-2.5: the tools used with this client's data are listed, with what for, where the data
    // is and whether they use AI, only once the engagement uses any (last: it changes m_coaching).
    void toolsUsedAreListedWhenThereAreAny()
    {
        QString english = letterText(m_coaching, Language::English);
        QVERIFY(!english.isEmpty());
        QVERIFY2(!english.contains(QStringLiteral("Tools used with the client's data")), qPrintable(english));
        TechnologyTool tool{0,
                            QStringLiteral("Otter Notes"),
                            QStringLiteral("Transcribing sessions"),
                            QStringLiteral("EU (Dublin)"),
                            true,
                            true,
                            QDate(2026, 1, 5),
                            {}};
        QVERIFY(records().practice().saveTool(tool));
        TechnologyTool unused{
            0, QStringLiteral("Unused Drive"), QStringLiteral("Files"), QStringLiteral("US"), false, false, {}, {}};
        QVERIFY(records().practice().saveTool(unused));
        ToolUse use{0, m_coaching, tool.id, QDate(2026, 2, 20), {}};
        QVERIFY(records().compliance().save(use));

        english = letterText(m_coaching, Language::English);
        QVERIFY2(english.contains(QStringLiteral("Tools used with the client's data")), qPrintable(english));
        QVERIFY2(english.contains(QStringLiteral("Otter Notes: Transcribing sessions (data stored or processed: EU "
                                                 "(Dublin); uses AI)")),
                 qPrintable(english));
        QVERIFY2(!english.contains(QStringLiteral("Unused Drive")),
                 "a tool of the register this engagement does not use");
        const QString dutch = letterText(m_coaching, Language::Dutch);
        QVERIFY2(dutch.contains(QStringLiteral("Hulpmiddelen die met de gegevens van de cli\u00ebnt werken")),
                 qPrintable(dutch));
        QVERIFY2(dutch.contains(QStringLiteral("Otter Notes: Transcribing sessions (gegevens bewaard of verwerkt: EU "
                                               "(Dublin); gebruikt AI)")),
                 qPrintable(dutch));
    }
};

QTEST_MAIN(ConfirmationLetterTest)
#include "ConfirmationLetterTest.moc"
