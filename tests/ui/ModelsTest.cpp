// Every item model of the main window passes QAbstractItemModelTester while it loads lazily,
// follows the repositories' changes, filters and sorts, and forgets everything on a lock.
#include "TestSupport.h"

#include "common/OpenPractice.h"
#include "common/models/AttachmentListModel.h"
#include "common/models/ClientListModel.h"
#include "common/models/ComplaintListModel.h"
#include "common/models/ComplianceRecordListModel.h"
#include "common/models/EngagementListModel.h"
#include "common/models/FilterProxyModel.h"
#include "common/models/NoteHistoryModel.h"
#include "common/models/ObligationListModel.h"
#include "common/models/PrincipalListModel.h"
#include "common/models/SearchResultModel.h"
#include "common/models/SessionListModel.h"
#include "domain/Validation.h"
#include "repositories/AttachmentRepository.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/NoteDrafts.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/Records.h"
#include "repositories/SessionRepository.h"
#include "vault/Vault.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mandaat;

class ModelsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<OpenPractice> m_practice;
    qint64 m_client = 0;
    qint64 m_principal = 0;
    qint64 m_engagement = 0;
    qint64 m_session = 0;

    Records& records() { return m_practice->records(); }

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

    static void tester(QAbstractItemModel* model)
    {
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
    }

private Q_SLOTS:
    void initTestCase()
    {
        VaultError error;
        m_vault = Vault::create(m_dir.filePath(QStringLiteral("models.mandaat")), test::passphrase(), &error);
        QVERIFY2(m_vault, qPrintable(error.message));
        m_practice = std::make_unique<OpenPractice>(*m_vault);
        m_client = addClient(QStringLiteral("Zoë Peeters"), QStringLiteral("Gent"));
        addClient(QStringLiteral("Adam Maes"), QStringLiteral("Utrecht"));
        Principal principal;
        principal.organisation = QStringLiteral("Logistiek NV");
        QVERIFY(records().principals().save(principal));
        m_principal = principal.id;
        Engagement engagement;
        engagement.clientId = m_client;
        engagement.principalId = m_principal;
        engagement.title = QStringLiteral("Outplacement");
        engagement.kind = EngagementKind::Outplacement;
        engagement.plannedStart = QDate(2026, 3, 1);
        QVERIFY(records().engagements().save(engagement));
        m_engagement = engagement.id;
        Session session;
        session.engagementId = m_engagement;
        session.startsAt = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        session.intake = true;
        QVERIFY(records().sessions().save(session));
        m_session = session.id;
    }

    void cleanupTestCase()
    {
        m_practice.reset();
        m_vault->close();
    }

    void clients()
    {
        ClientListModel model;
        tester(&model);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({})); // nothing to load from
        model.setPractice(m_practice.get());
        QCOMPARE(model.rowCount(), 0); // lazy: nothing read until asked
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ClientListModel::NameColumn).data().toString(), QStringLiteral("Adam Maes"));
        QCOMPARE(model.index(1, ClientListModel::EngagementsColumn).data().toString(), QStringLiteral("1"));
        QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Name"));

        // Filter without diacritics, sort by name.
        FilterProxyModel proxy;
        tester(&proxy);
        proxy.setSourceModel(&model);
        proxy.setFilterText(QStringLiteral("zoe"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QStringLiteral("GENT pee"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QString());
        proxy.sort(ClientListModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Zoë Peeters"));

        // Changes arrive through the repository's signals.
        const qint64 added = addClient(QStringLiteral("Bert Claes"));
        QTRY_COMPARE(model.rowCount(), 3);
        QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("Bert Claes"));
        Client renamed = *records().clients().client(added);
        renamed.name = QStringLiteral("Bert Claessens");
        QVERIFY(records().clients().save(renamed));
        QTRY_COMPARE(model.index(model.rowOf(added), 0).data().toString(), QStringLiteral("Bert Claessens"));
        QVERIFY(records().clients().remove(added));
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(added), -1);

        // A batch reloads once.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QVERIFY(!records().transaction([this](RecordError*) {
            for (int i = 0; i < 60; ++i) {
                addClient(QStringLiteral("Batch %1").arg(i));
            }
            return false; // and is undone
        }));
        QTRY_COMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 2);

        // A lock forgets everything.
        model.setPractice(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void principals()
    {
        PrincipalListModel model;
        tester(&model);
        model.setPractice(m_practice.get());
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, PrincipalListModel::OrganisationColumn).data().toString(),
                 QStringLiteral("Logistiek NV"));
        Principal principal;
        principal.organisation = QStringLiteral("Gemeente Gent");
        QVERIFY(records().principals().save(principal));
        QTRY_COMPARE(model.rowCount(), 2);
        QVERIFY(records().principals().remove(principal.id));
        QTRY_COMPARE(model.rowCount(), 1);
    }

    void engagements()
    {
        EngagementListModel model;
        tester(&model);
        model.setPractice(m_practice.get());
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, EngagementListModel::ClientColumn).data().toString(), QStringLiteral("Zoë Peeters"));
        QCOMPARE(model.index(0, EngagementListModel::StatusColumn).data().toString(), QStringLiteral("Draft"));
        QCOMPARE(model.index(0, EngagementListModel::StartColumn).data(RecordTableModel::SortRole).toDate(),
                 QDate(2026, 3, 1));

        Engagement second;
        second.clientId = m_client;
        second.payerKind = PayerKind::Client;
        second.title = QStringLiteral("Loopbaancoaching");
        QVERIFY(records().engagements().save(second));
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Loopbaancoaching")); // newest first

        // One principal's engagements only.
        model.setParty(0, m_principal);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(records().engagements().remove(second.id));
        QTest::qWait(10);
        QCOMPARE(model.rowCount(), 1);
        model.setParty(0, 0);
        QCOMPARE(model.rowCount(), 1);

        // A client's new name shows.
        Client client = *records().clients().client(m_client);
        client.name = QStringLiteral("Zoë Peeters-Janssens");
        QVERIFY(records().clients().save(client));
        QTRY_COMPARE(model.index(0, EngagementListModel::ClientColumn).data().toString(),
                     QStringLiteral("Zoë Peeters-Janssens"));
    }

    void complaints()
    {
        ComplaintListModel model;
        tester(&model);
        model.setPractice(m_practice.get());
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 0);
        Complaint complaint;
        complaint.engagementId = m_engagement;
        complaint.receivedOn = QDate(2026, 3, 3);
        complaint.summary = QStringLiteral("About the report\nin detail");
        RecordError error;
        QVERIFY2(records().compliance().save(complaint, &error), qPrintable(error.message));
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ComplaintListModel::SummaryColumn).data().toString(),
                 QStringLiteral("About the report"));
        QCOMPARE(model.index(0, ComplaintListModel::DueColumn).data(RecordTableModel::SortRole).toDate(),
                 QDate(2026, 3, 31));
        QVERIFY(model.index(0, ComplaintListModel::ClientColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Outplacement")));
        complaint.status = ComplaintStatus::Settled;
        complaint.settledOn = QDate(2026, 3, 20);
        complaint.outcome = QStringLiteral("Agreed");
        complaint.acknowledgedOn = QDate(2026, 3, 4);
        QVERIFY2(records().compliance().save(complaint, &error), qPrintable(error.message));
        model.setOpenOnly(true);
        QCOMPARE(model.rowCount(), 0);
    }

    void sessionsAndNotes()
    {
        SessionListModel sessions;
        tester(&sessions);
        sessions.setPractice(m_practice.get());
        QVERIFY(!sessions.canFetchMore({})); // no engagement yet
        sessions.setEngagement(m_engagement);
        QCOMPARE(sessions.rowCount(), 1);
        QCOMPARE(sessions.index(0, SessionListModel::KindColumn).data().toString(), QStringLiteral("Intake"));
        QCOMPARE(sessions.index(0, SessionListModel::NoteColumn).data().toString(), QString());

        NoteDraft draft;
        draft.engagementId = m_engagement;
        draft.sessionId = m_session;
        draft.text = QStringLiteral("typing");
        QVERIFY(m_practice->drafts().save(draft));
        sessions.draftsChanged();
        QTRY_COMPARE(sessions.index(0, SessionListModel::NoteColumn).data().toString(),
                     QStringLiteral("Unsaved draft"));

        Note note;
        note.engagementId = m_engagement;
        note.sessionId = m_session;
        note.text = QStringLiteral("First text");
        QVERIFY(records().sessions().saveNote(note));
        QVERIFY(m_practice->drafts().discard(m_engagement, m_session, 0));
        QTRY_COMPARE(sessions.index(0, SessionListModel::NoteColumn).data().toString(), QStringLiteral("Written"));

        NoteHistoryModel history;
        tester(&history);
        history.setPractice(m_practice.get());
        history.setNote(note.id);
        QCOMPARE(history.rowCount(), 1);
        note.text = QStringLiteral("Second text\nwith a second line");
        QVERIFY(records().sessions().saveNote(note));
        QTRY_COMPARE(history.rowCount(), 2);
        QCOMPARE(history.index(0, NoteHistoryModel::TextColumn).data().toString(), QStringLiteral("First text"));
        QCOMPARE(history.index(1, NoteHistoryModel::TextColumn).data().toString(), QStringLiteral("Second text"));
        QCOMPARE(history.index(1, 0).data(NoteHistoryModel::TextRole).toString(), note.text);
        QVERIFY(
            history.index(1, NoteHistoryModel::VersionColumn).data().toString().contains(QStringLiteral("current")));

        Session later;
        later.engagementId = m_engagement;
        later.startsAt = QDateTime(QDate(2026, 3, 9), QTime(9, 0), Qt::UTC);
        later.intake = true;
        QVERIFY(records().sessions().save(later));
        QTRY_COMPARE(sessions.rowCount(), 2);
        sessions.setPractice(nullptr);
        history.setPractice(nullptr);
        QCOMPARE(sessions.rowCount(), 0);
        QCOMPARE(history.rowCount(), 0);
    }

    void attachments()
    {
        AttachmentListModel model;
        tester(&model);
        model.setPractice(m_practice.get());
        model.setEngagement(m_engagement);
        QCOMPARE(model.rowCount(), 0);
        Attachment attachment;
        attachment.engagementId = m_engagement;
        attachment.fileName = QStringLiteral("signed.pdf");
        attachment.mimeType = QStringLiteral("application/pdf");
        attachment.content = QByteArray("%PDF-1.4 test");
        QVERIFY(records().attachments().add(attachment));
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, AttachmentListModel::NameColumn).data().toString(), QStringLiteral("signed.pdf"));

        // The practice's own files (engagement 0).
        AttachmentListModel own;
        tester(&own);
        own.setPractice(m_practice.get());
        own.setEngagement(0);
        attachment.id = 0;
        attachment.engagementId = 0;
        attachment.fileName = QStringLiteral("code.pdf");
        QVERIFY(records().attachments().add(attachment));
        QTRY_COMPARE(own.rowCount(), 1);
        RecordError error;
        QVERIFY2(records().attachments().remove(attachment.id, &error), qPrintable(error.message));
        QTRY_COMPARE(own.rowCount(), 0);
        QCOMPARE(model.rowCount(), 1);
    }

    void complianceRecords()
    {
        ComplianceRecordListModel model;
        tester(&model);
        model.setPractice(m_practice.get());
        QVERIFY(!model.canFetchMore({}));
        model.setEngagement(m_engagement);
        const int before = model.rowCount(); // the complaint of complaints()
        Consultation consultation;
        consultation.engagementId = m_engagement;
        consultation.heldOn = QDate(2026, 3, 5);
        consultation.withWhom = QStringLiteral("Supervisor");
        consultation.topic = QStringLiteral("A case");
        RecordError error;
        QVERIFY2(records().compliance().save(consultation, &error), qPrintable(error.message));
        QTRY_COMPARE(model.rowCount(), before + 1);
        QVERIFY(model.rowOf(model.index(0, 0).data(RecordTableModel::IdRole).toLongLong()) == 0);
        model.setPractice(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void search()
    {
        SearchResultModel model;
        tester(&model);
        model.setPractice(m_practice.get());
        model.setQuery(QStringLiteral("zoe"));
        QVERIFY(model.rowCount() >= 1);
        QCOMPARE(model.hit(0).kind, SearchHit::Kind::Client);
        model.setQuery(QStringLiteral("second"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, SearchResultModel::KindColumn).data().toString(), QStringLiteral("Note"));
        QVERIFY(model.index(0, SearchResultModel::SnippetColumn).data().toString().contains(QStringLiteral("«")));
        model.setQuery(QString());
        QCOMPARE(model.rowCount(), 0);
    }

    void obligations()
    {
        ObligationListModel model;
        tester(&model);
        model.setToday(QDate(2026, 3, 10));
        Obligation late{
            Obligation::Kind::Complaint, 1, 1, QStringLiteral("Settle"), QStringLiteral("CMI-17"), QDate(2026, 3, 7)};
        Obligation soon{
            Obligation::Kind::Engagement, 2, 2, QStringLiteral("Sign"), QStringLiteral("CMI-5"), QDate(2026, 3, 13)};
        Obligation undated{Obligation::Kind::Practice, 0, 0, QStringLiteral("Backup"), QString(), QDate()};
        model.setObligations({undated, soon, late});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.obligation(0).text, QStringLiteral("Settle"));
        // "%n day(s)": the English plural comes from mandaat_en.qm, which this test does not load.
        QVERIFY(model.index(0, ObligationListModel::DueColumn).data().toString().startsWith(QStringLiteral("3 day")));
        QVERIFY(
            model.index(1, ObligationListModel::DueColumn).data().toString().startsWith(QStringLiteral("in 3 day")));
        QCOMPARE(model.obligation(2).text, QStringLiteral("Backup"));
        model.setObligations({});
        QCOMPARE(model.rowCount(), 0);
    }

    void languageChangeRepaintsHeaders()
    {
        ClientListModel model;
        model.setPractice(m_practice.get());
        model.fetchMore({});
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
        QCOMPARE(headers.count(), 1);
    }
};

QTEST_MAIN(ModelsTest)
#include "ModelsTest.moc"
