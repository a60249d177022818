// RecordListing: the light lists behind the main window's tables, and NoteDrafts: the note
// editor's drafts inside the vault (schema version 5).
#include "RecordsFixture.h"

#include "repositories/ClientRepository.h"
#include "repositories/EngagementRepository.h"
#include "repositories/NoteDrafts.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/RecordListing.h"
#include "repositories/SessionRepository.h"

#include <QElapsedTimer>
#include <QTest>

using namespace mandaat;

class RecordListingTest : public QObject
{
    Q_OBJECT

private:
    test::RecordsFixture m_fixture;
    Records& records() { return m_fixture.records(); }

    qint64 addClient(const QString& name, const QString& city = {})
    {
        Client client;
        client.name = name;
        client.address.city = city;
        RecordError error;
        if (!records().clients().save(client, &error)) {
            qWarning("%s", qPrintable(error.message));
        }
        return client.id;
    }

    qint64 addEngagement(qint64 clientId, qint64 principalId, const QString& title)
    {
        Engagement engagement;
        engagement.clientId = clientId;
        engagement.principalId = principalId;
        engagement.payerKind = principalId ? PayerKind::Principal : PayerKind::Client;
        engagement.title = title;
        RecordError error;
        if (!records().engagements().save(engagement, &error)) {
            qWarning("%s", qPrintable(error.message));
        }
        return engagement.id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.open(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_fixture.close(); }

    void lists()
    {
        RecordListing listing(m_fixture.vault());
        QCOMPARE(listing.clients()->size(), 0);

        const qint64 zoe = addClient(QStringLiteral("Zoë Peeters"), QStringLiteral("Gent"));
        const qint64 adam = addClient(QStringLiteral("Adam Maes"));
        Principal principal;
        principal.organisation = QStringLiteral("Logistiek NV");
        principal.contactName = QStringLiteral("Els Janssens");
        QVERIFY(records().principals().save(principal));
        const qint64 first = addEngagement(zoe, principal.id, QStringLiteral("Outplacement"));
        const qint64 second = addEngagement(zoe, 0, QStringLiteral("Loopbaancoaching"));

        const QList<ClientSummary> clients = *listing.clients();
        QCOMPARE(clients.size(), 2);
        QCOMPARE(clients.at(0).id, adam);
        QCOMPARE(clients.at(1).name, QStringLiteral("Zoë Peeters"));
        QCOMPARE(clients.at(1).city, QStringLiteral("Gent"));
        QCOMPARE(clients.at(1).engagementCount, 2);
        QCOMPARE(listing.client(zoe)->engagementCount, 2);
        RecordError error;
        QVERIFY(!listing.client(999, &error));
        QCOMPARE(error.kind, RecordError::Kind::NotFound);

        const QList<PrincipalSummary> principals = *listing.principals();
        QCOMPARE(principals.size(), 1);
        QCOMPARE(principals.at(0).contactName, QStringLiteral("Els Janssens"));
        QCOMPARE(principals.at(0).engagementCount, 1);

        const QList<EngagementSummary> engagements = *listing.engagements();
        QCOMPARE(engagements.size(), 2);
        QCOMPARE(engagements.at(0).id, second); // newest first
        QCOMPARE(engagements.at(0).principalName, QString());
        QCOMPARE(engagements.at(1).clientName, QStringLiteral("Zoë Peeters"));
        QCOMPARE(engagements.at(1).principalName, QStringLiteral("Logistiek NV"));
        QCOMPARE(engagements.at(1).status, EngagementStatus::Draft);
        QCOMPARE(listing.engagements(0, principal.id)->size(), 1);
        QCOMPARE(listing.engagements(adam)->size(), 0);
        QCOMPARE(listing.engagement(first)->title, QStringLiteral("Outplacement"));
    }

    void drafts()
    {
        const qint64 client = addClient(QStringLiteral("Draft Client"));
        const qint64 engagement = addEngagement(client, 0, QStringLiteral("Coaching"));
        Session session;
        session.engagementId = engagement;
        session.startsAt = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
        session.intake = true;
        QVERIFY(records().sessions().save(session));

        NoteDrafts drafts(m_fixture.vault());
        QVERIFY(!drafts.draft(engagement, session.id, 0));

        NoteDraft draft;
        draft.engagementId = engagement;
        draft.sessionId = session.id;
        draft.text = QStringLiteral("Half a sente");
        QVERIFY(drafts.save(draft));
        QVERIFY(draft.id > 0);
        QVERIFY(draft.savedAt.isValid());
        const qint64 id = draft.id;
        draft.text = QStringLiteral("Half a sentence, and more.");
        QVERIFY(drafts.save(draft));
        QCOMPARE(draft.id, id); // the same draft, replaced
        QCOMPARE(drafts.drafts(engagement).size(), 1);
        QCOMPARE(drafts.draft(engagement, session.id, 0)->text, QStringLiteral("Half a sentence, and more."));

        // A note on the engagement has its own draft; a new one is note 0.
        NoteDraft general;
        general.engagementId = engagement;
        general.text = QStringLiteral("About the engagement");
        QVERIFY(drafts.save(general));
        QCOMPARE(drafts.drafts(engagement).size(), 2);
        QCOMPARE(drafts.draft(engagement, 0, 0)->text, QStringLiteral("About the engagement"));

        // The draft is not a note, and not searchable as one.
        QVERIFY(!records().sessions().noteForSession(session.id));

        // An empty text discards.
        general.text.clear();
        QVERIFY(drafts.save(general));
        QVERIFY(!drafts.draft(engagement, 0, 0));
        QVERIFY(drafts.discard(engagement, session.id, 0));
        QVERIFY(drafts.drafts(engagement).isEmpty());

        // Refused for an engagement that does not exist.
        NoteDraft orphan;
        orphan.engagementId = 999;
        orphan.text = QStringLiteral("x");
        RecordError error;
        QVERIFY(!drafts.save(orphan, &error));
        QCOMPARE(error.kind, RecordError::Kind::Invalid);

        // Drafts go with their engagement: removing the draft engagement is not blocked by one.
        draft.id = 0;
        QVERIFY(drafts.save(draft));
        QVERIFY(records().sessions().remove(session.id));
        QVERIFY(drafts.drafts(engagement).isEmpty());
        NoteDraft last;
        last.engagementId = engagement;
        last.text = QStringLiteral("y");
        QVERIFY(drafts.save(last));
        QVERIFY(records().engagements().remove(engagement, &error));
        QVERIFY(!drafts.draft(engagement, 0, 0));
    }

    void thousandsOfClientsListFast()
    {
        QVERIFY(records().transaction([this](RecordError*) {
            for (int i = 0; i < 5000; ++i) {
                if (addClient(QStringLiteral("Bulk client %1").arg(i, 4, 10, QLatin1Char('0'))) == 0) {
                    return false;
                }
            }
            return true;
        }));
        RecordListing listing(m_fixture.vault());
        QElapsedTimer timer;
        timer.start();
        const std::optional<QList<ClientSummary>> clients = listing.clients();
        QVERIFY(clients);
        QVERIFY(clients->size() > 5000);
        // Its speed is measured by the benchmark (tests/bench), not asserted here.
        qInfo("5,000 clients listed in %lld ms", timer.elapsed());
    }
};

QTEST_MAIN(RecordListingTest)
#include "RecordListingTest.moc"
