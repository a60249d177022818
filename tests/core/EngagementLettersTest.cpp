// The letters of running and ending engagements as their readers see them (pdftotext): the
// written warning (CMI-12), the complaint acknowledgement with its four-week date (CMI-17), the
// termination letter with reason and date, the handover proposal (MW-5.3); and what issuing
// stores.
#include "RecordsFixture.h"

#include "documents/LetterService.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/IssuedLetterRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/PrincipalRepository.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace mandaat;

class EngagementLettersTest : public QObject
{
    Q_OBJECT

private:
    test::RecordsFixture m_fixture;
    QTemporaryDir m_dir;
    qint64 m_engagement = 0;

    Records& records() { return m_fixture.records(); }

    QString text(const QByteArray& pdf)
    {
        const QString path = m_dir.filePath(QStringLiteral("letter.pdf"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size()) {
            return {};
        }
        file.close();
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        process.waitForFinished(30000);
        return QString::fromUtf8(process.readAllStandardOutput())
            .replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.open(&error), qPrintable(error));
        if (qEnvironmentVariableIsSet("MANDAAT_TEST_KEEP")) { // to look at the last letter: keep the folder
            m_dir.setAutoRemove(false);
            qInfo() << "The last letter is kept in" << m_dir.path();
        }
        RecordError recordError;
        PracticeProfile profile;
        profile.consultantName = QStringLiteral("Pieter de Vries");
        profile.address.city = QStringLiteral("Utrecht");
        profile.complaintsBody = QStringLiteral("Geschillencommissie Noloc");
        QVERIFY(records().practice().saveProfile(profile, &recordError));
        Principal principal;
        principal.organisation = QStringLiteral("Logistiek BV");
        QVERIFY(records().principals().save(principal, &recordError));
        Client client;
        client.name = QStringLiteral("Karin <Jacobs>");
        QVERIFY(records().clients().save(client, &recordError));
        Engagement engagement;
        engagement.clientId = client.id;
        engagement.principalId = principal.id;
        engagement.kind = EngagementKind::CareerCoaching;
        engagement.title = QStringLiteral("Loopbaancoaching Karin");
        // Under CMI, whose CMI-12 asks the written warning before ending early for obstruction.
        engagement.pinnedCodes = {PinnedCode{QStringLiteral("CMI-2009"), QStringLiteral("002")}};
        QVERIFY2(records().engagements().save(engagement, &recordError), qPrintable(recordError.message));
        m_engagement = engagement.id;
    }

    void cleanupTestCase() { m_fixture.close(); }

    void writtenWarningNamesTheObstructionAndIsStored()
    {
        WrittenWarning warning;
        warning.engagementId = m_engagement;
        warning.issuedOn = QDate(2026, 4, 7);
        warning.reason = QStringLiteral("Drie afspraken op rij afgezegd zonder nieuwe datum.");
        Error error;
        const auto issued = LetterService::issueWarning(records(), warning, Language::Dutch, &error);
        QVERIFY2(issued, qPrintable(error.message));
        const QString content = text(issued->pdf);
        for (const QString& part : {QStringLiteral("Schriftelijke waarschuwing"),
                                    QStringLiteral("Datum: 7 april 2026"),
                                    QStringLiteral("Karin <Jacobs>"),
                                    QStringLiteral("Drie afspraken op rij afgezegd zonder nieuwe datum."),
                                    QStringLiteral("onderbreken of vroegtijdig be\u00ebindigen")}) {
            QVERIFY2(content.contains(part), qPrintable(part + QStringLiteral("\n") + content));
        }
        QVERIFY(warning.id > 0);
        const auto stored = records().compliance().warning(warning.id);
        QVERIFY(stored);
        QCOMPARE(stored->attachmentId, issued->letter.attachmentId);
        QCOMPARE(records().letters().lettersFor(m_engagement, LetterKind::WrittenWarning).size(), 1);

        WrittenWarning empty;
        empty.engagementId = m_engagement;
        empty.issuedOn = QDate(2026, 4, 8);
        QVERIFY(!LetterService::issueWarning(records(), empty, Language::Dutch, &error));
        QVERIFY2(error.message.contains(QStringLiteral("Describe the obstruction")), qPrintable(error.message));
    }

    void complaintAcknowledgementGivesTheFourWeekDate()
    {
        Complaint complaint;
        complaint.engagementId = m_engagement;
        complaint.receivedOn = QDate(2026, 3, 2);
        complaint.summary = QStringLiteral("Het verslag gaf mijn woorden onjuist weer.");
        RecordError recordError;
        QVERIFY2(records().compliance().save(complaint, &recordError), qPrintable(recordError.message));
        Error error;
        const auto issued = LetterService::issueComplaintAcknowledgement(
            records(), complaint.id, Language::English, QDate(2026, 3, 3), &error);
        QVERIFY2(issued, qPrintable(error.message));
        const QString content = text(issued->pdf);
        for (const QString& part : {QStringLiteral("Acknowledgement of your complaint"),
                                    QStringLiteral("received your complaint on 2 March 2026"),
                                    QStringLiteral("settle it by 30 March 2026"),
                                    QStringLiteral("Het verslag gaf mijn woorden onjuist weer."),
                                    QStringLiteral("Geschillencommissie Noloc"),
                                    // Signed with its place and date, never left blank (issue 15).
                                    QStringLiteral("Place: Utrecht Date: 3 March 2026")}) {
            QVERIFY2(content.contains(part), qPrintable(part + QStringLiteral("\n") + content));
        }
        QVERIFY2(!content.contains(QStringLiteral(": _")), qPrintable(content));
        const auto stored = records().compliance().complaint(complaint.id);
        QVERIFY(stored);
        QCOMPARE(stored->acknowledgedOn, QDate(2026, 3, 3));
        QCOMPARE(stored->status, ComplaintStatus::Acknowledged);
        QCOMPARE(stored->acknowledgementAttachmentId, issued->letter.attachmentId);
        QCOMPARE(issued->letter.complaintId, complaint.id);
    }

    // In Dutch too: the acknowledgement is signed with its place and date, in Dutch (issue 15).
    void complaintAcknowledgementInDutchFillsPlaceAndDate()
    {
        Complaint complaint;
        complaint.engagementId = m_engagement;
        complaint.receivedOn = QDate(2026, 4, 7);
        complaint.summary = QStringLiteral("De sessie begon een uur te laat.");
        RecordError recordError;
        QVERIFY2(records().compliance().save(complaint, &recordError), qPrintable(recordError.message));
        Error error;
        const auto issued = LetterService::issueComplaintAcknowledgement(
            records(), complaint.id, Language::Dutch, QDate(2026, 4, 8), &error);
        QVERIFY2(issued, qPrintable(error.message));
        const QString content = text(issued->pdf);
        for (const QString& part : {QStringLiteral("Ontvangstbevestiging van uw klacht"),
                                    QStringLiteral("De sessie begon een uur te laat."),
                                    QStringLiteral("Met vriendelijke groet,"),
                                    QStringLiteral("Plaats: Utrecht Datum: 8 april 2026")}) {
            QVERIFY2(content.contains(part), qPrintable(part + QStringLiteral("\n") + content));
        }
        QVERIFY2(!content.contains(QStringLiteral(": _")), qPrintable(content));
        QVERIFY2(!content.contains(QStringLiteral("Place")) && !content.contains(QStringLiteral("Date:")),
                 qPrintable(content));
    }

    void terminationLetterNamesReasonAndDate()
    {
        Error error;
        const auto pdf = LetterService::renderTermination(records(),
                                                          m_engagement,
                                                          EndReason::EarlyObstruction,
                                                          QDate(2026, 5, 12),
                                                          QDate(2028, 5, 12),
                                                          QDate(2036, 5, 12),
                                                          QStringLiteral("Doorverwezen naar een therapeut."),
                                                          Language::Dutch,
                                                          &error);
        QVERIFY2(pdf, qPrintable(error.message));
        const QString content = text(*pdf);
        for (const QString& part : {QStringLiteral("Be\u00ebindiging van de opdracht"),
                                    QStringLiteral("op 12 mei 2026 eindigt"),
                                    QStringLiteral("belemmerd, ook na een schriftelijke waarschuwing"),
                                    QStringLiteral("Doorverwezen naar een therapeut."),
                                    QStringLiteral("bewaard tot 12 mei 2028"),
                                    QStringLiteral("12 mei 2036")}) {
            QVERIFY2(content.contains(part), qPrintable(part + QStringLiteral("\n") + content));
        }
        // Rendering stores nothing: the termination wizard stores it with the end itself.
        QCOMPARE(records().letters().lettersFor(m_engagement, LetterKind::Termination).size(), 0);
        const auto stored = LetterService::store(
            records(), m_engagement, LetterKind::Termination, Language::Dutch, *pdf, QDate(2026, 5, 12), &error);
        QVERIFY2(stored, qPrintable(error.message));
        QCOMPARE(records().letters().lettersFor(m_engagement, LetterKind::Termination).size(), 1);
    }

    void handoverProposesTheSuccessor()
    {
        Error error;
        QVERIFY(!LetterService::renderHandover(
            records(), m_engagement, QStringLiteral(" "), Language::English, QDate(2026, 6, 1), &error));
        QVERIFY2(error.message.contains(QStringLiteral("Name the consultant you propose")), qPrintable(error.message));
        const auto pdf = LetterService::renderHandover(
            records(), m_engagement, QStringLiteral("Els Martens, Gent"), Language::English, QDate(2026, 6, 1), &error);
        QVERIFY2(pdf, qPrintable(error.message));
        const QString content = text(*pdf);
        QVERIFY2(content.contains(QStringLiteral("hand the engagement over to: Els Martens, Gent")),
                 qPrintable(content));
        QVERIFY(content.contains(QStringLiteral("conflict of interest")));
    }
};

QTEST_MAIN(EngagementLettersTest)
#include "EngagementLettersTest.moc"
