// CMI-8 in core: with the compliance guard installed (as the application does), a report to
// the principal beyond the client's consent cannot be recorded as sent, and the refusal says
// why; a report within consent can.
#include "RecordsFixture.h"

#include "compliance/ComplianceGuard.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/PrincipalRepository.h"

#include <QTest>

using namespace mandaat;

class ReportConsentTest : public QObject
{
    Q_OBJECT

private:
    test::RecordsFixture m_fixture;
    qint64 m_engagement = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.open(&error), qPrintable(error));
        Records& records = m_fixture.records();
        ComplianceGuard::install(records);
        RecordError recordError;
        Principal principal;
        principal.organisation = QStringLiteral("Logistiek BV");
        QVERIFY(records.principals().save(principal, &recordError));
        Client client;
        client.name = QStringLiteral("Karin Jacobs");
        QVERIFY(records.clients().save(client, &recordError));
        Engagement engagement;
        engagement.clientId = client.id;
        engagement.principalId = principal.id;
        engagement.kind = EngagementKind::Outplacement;
        engagement.title = QStringLiteral("Outplacement");
        engagement.pinnedCodes = {{QStringLiteral("CMI-2009"), QStringLiteral("002")}};
        QVERIFY2(records.engagements().save(engagement, &recordError), qPrintable(recordError.message));
        m_engagement = engagement.id;
        Consent consent;
        consent.engagementId = engagement.id;
        consent.scope = ConsentScope::ProgressOnly;
        consent.givenOn = QDate(2026, 2, 1);
        QVERIFY2(records.compliance().save(consent, &recordError), qPrintable(recordError.message));
    }

    void cleanupTestCase() { m_fixture.close(); }

    void reportBeyondConsentIsRefused()
    {
        PrincipalReport report;
        report.engagementId = m_engagement;
        report.kind = ReportKind::Report;
        report.title = QStringLiteral("Testresultaten");
        report.sentOn = QDate(2026, 3, 10);
        RecordError error;
        QVERIFY(!m_fixture.records().compliance().save(report, &error));
        QCOMPARE(error.kind, RecordError::Kind::Refused);
        QVERIFY2(!error.message.isEmpty(), "the refusal gives no reason");
        QVERIFY2(error.message.contains(QStringLiteral("(CMI-8")), qPrintable(error.message)); // its article
        QVERIFY(m_fixture.records().compliance().reportsFor(m_engagement).isEmpty());
    }

    void progressReportWithinConsentIsRecorded()
    {
        PrincipalReport report;
        report.engagementId = m_engagement;
        report.kind = ReportKind::Progress;
        report.title = QStringLiteral("Voortgang maart");
        report.sentOn = QDate(2026, 3, 10);
        RecordError error;
        QVERIFY2(m_fixture.records().compliance().save(report, &error), qPrintable(error.message));
        QCOMPARE(m_fixture.records().compliance().reportsFor(m_engagement).size(), 1);
    }
};

QTEST_GUILESS_MAIN(ReportConsentTest)
#include "ReportConsentTest.moc"
