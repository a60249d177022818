// The demo practice (issue 3): the cases it promises, dated from --today; the same seed and
// date give the same vault; its fast path writes what the repositories write.
#include "TestSupport.h"

#include "demo/DemoPractice.h"
#include "repositories/AuditLog.h"
#include "repositories/ClientRepository.h"
#include "repositories/EngagementRepository.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/Records.h"
#include "repositories/SessionRepository.h"
#include "search/SearchIndex.h"
#include "search/SearchService.h"
#include "vault/Vault.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace mandaat;

namespace {

const QDate today(2025, 6, 30);

/// Every row of the record tables, in id order: two vaults with equal dumps hold the same practice.
QString dump(const QSqlDatabase& database)
{
    QString result;
    for (const char* table : {"practice_profile",
                              "practice_registration",
                              "practice_qualification",
                              "practice_code_subscription",
                              "principal",
                              "principal_role",
                              "client",
                              "client_member",
                              "engagement",
                              "engagement_method",
                              "engagement_code",
                              "session",
                              "note",
                              "evidence",
                              "consent",
                              "principal_report",
                              "referral",
                              "consultation",
                              "complaint",
                              "written_warning",
                              "audit_entry"}) {
        QSqlQuery query(database);
        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table)))) {
            return query.lastError().text();
        }
        while (query.next()) {
            result += QLatin1String(table);
            for (int i = 0; i < query.record().count(); ++i) {
                result += QLatin1Char('|') + query.value(i).toString();
            }
            result += QLatin1Char('\n');
        }
    }
    return result;
}

} // namespace

class DemoPracticeTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    DemoSummary m_summary;
    int m_next = 0;

    std::unique_ptr<Vault> newVault()
    {
        VaultError error;
        auto vault =
            Vault::create(m_dir.filePath(QStringLiteral("demo%1.mandaat").arg(m_next++)), test::passphrase(), &error);
        if (!vault) {
            qWarning() << error.message;
        }
        return vault;
    }

    qint64 scalar(const QString& sql) const
    {
        QSqlQuery query(m_vault->database());
        if (!query.exec(sql) || !query.next()) {
            qWarning() << sql << query.lastError().text();
            return -1;
        }
        return query.value(0).toLongLong();
    }

    QStringList column(const QString& sql) const
    {
        QStringList values;
        QSqlQuery query(m_vault->database());
        query.exec(sql);
        while (query.next()) {
            values.append(query.value(0).toString());
        }
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_vault = newVault();
        QVERIFY(m_vault);
        Error error;
        DemoOptions options;
        options.clients = 40;
        options.seed = 1;
        options.today = today;
        QVERIFY2(DemoPractice::fill(m_vault->connectionName(), options, &m_summary, &error), qPrintable(error.message));
        QCOMPARE(m_summary.clients, 40);
    }

    void countsMatchTheSummary()
    {
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM client")), qint64(m_summary.clients));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM principal")), qint64(m_summary.principals));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM engagement")), qint64(m_summary.engagements));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM session")), qint64(m_summary.sessions));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM note")), qint64(m_summary.notes));
        QVERIFY(m_summary.sessions > 10 * m_summary.clients);
        QCOMPARE(scalar(QStringLiteral("SELECT min(id) FROM client")), 1); // the demo numbers from 1
    }

    void everyKindAndStatus()
    {
        QStringList kinds = column(QStringLiteral("SELECT DISTINCT kind FROM engagement ORDER BY kind"));
        QStringList expectedKinds = allIds<EngagementKind>();
        expectedKinds.sort();
        QCOMPARE(kinds, expectedKinds);
        QStringList statuses = column(QStringLiteral("SELECT DISTINCT status FROM engagement ORDER BY status"));
        QStringList expectedStatuses = allIds<EngagementStatus>();
        expectedStatuses.sort();
        QCOMPARE(statuses, expectedStatuses);
        QVERIFY(column(QStringLiteral("SELECT DISTINCT payer_kind FROM engagement")).size() >= 3);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM engagement WHERE top_civil_servant = 1")) >= 1);
    }

    void theCasesTheOverviewWarnsAbout()
    {
        const QString day = today.toString(Qt::ISODate);
        // CMI-17: one complaint not acknowledged, one past its four weeks and not closed.
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM complaint WHERE acknowledged_on IS NULL AND status = "
                                      "'received'")) >= 1);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM complaint WHERE due_on < '%1' AND status NOT IN "
                                      "('settled', 'withdrawn')")
                           .arg(day)) >= 1);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM complaint WHERE status = 'settled'")) >= 1);
        // Complaints being handled or settled carry handling notes; one just received has none yet.
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM complaint WHERE status <> 'received' AND "
                                      "handling_notes <> ''")) >= 2);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM complaint WHERE status = 'received' AND "
                                       "handling_notes <> ''")),
                 0);
        // CMI-10: an active engagement whose last session is over five months ago.
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM engagement e WHERE e.status = 'active' AND "
                                      "(SELECT max(starts_at) FROM session s WHERE s.engagement_id = e.id) < '%1'")
                           .arg(today.addMonths(-5).toString(Qt::ISODate))) >= 1);
        // MW-1: a client system with members, each with a consent (CMI-8).
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM client c WHERE c.kind = 'system' AND (SELECT count(*) "
                                      "FROM client_member m WHERE m.client_id = c.id) >= 2")) >= 1);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM consent WHERE member_id IS NOT NULL")) >= 2);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM consent")) >= 5);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM evidence")) >= 20);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM written_warning")) >= 1);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM referral")) >= 1);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM principal_report")) >= 1);
        // MW-3.1: a certification that expires in 45 days.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM practice_qualification WHERE expires_on = '%1'")
                            .arg(today.addDays(45).toString(Qt::ISODate))),
                 1);
    }

    void nothingAfterToday()
    {
        const QString end = QDateTime(today.addDays(1), QTime(0, 0), Qt::UTC).toString(Qt::ISODateWithMs);
        const QString day = today.toString(Qt::ISODate);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM session WHERE starts_at >= '%1'").arg(end)), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM engagement WHERE created_at >= '%1' OR activated_on > "
                                       "'%2' OR ended_on > '%2'")
                            .arg(end, day)),
                 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM complaint WHERE received_on > '%1'").arg(day)), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_entry WHERE at >= '%1'").arg(end)), 0);
        // Dates count back from --today, not from the clock of the machine.
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM session WHERE starts_at >= '%1'")
                           .arg(today.addDays(-14).toString(Qt::ISODate))) > 0);
    }

    void notesInDutchWithDiacriticsAndCompounds()
    {
        SearchService search(m_vault->connectionName());
        for (const char* word : {"Zoë", "client", "geevalueerd", "loopbaanbegeleiding", "loopbaancoach"}) {
            const auto hits = search.search(QString::fromUtf8(word));
            QVERIFY(hits);
            bool note = false;
            for (const SearchHit& hit : *hits) {
                note = note || hit.kind == SearchHit::Kind::Note;
            }
            QVERIFY2(note, word);
        }
        QCOMPARE(SearchIndex::check(m_vault->database()), QStringList());
    }

    // The demo fills the notes' index at the end instead of through its trigger (see
    // DemoBuilder::build): every kind of record is found, every index trigger is there, and a
    // record saved afterwards is found through them, and gone once removed.
    void everyIndexFilledAndItsTriggersBack()
    {
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
                                       "'%\\_fts\\_%' ESCAPE '\\'")),
                 16); // four indexes, four triggers each
        SearchService search(m_vault->connectionName());
        const auto found = [&search](const QString& text, SearchHit::Kind kind, qint64 id) {
            const auto hits = search.search(text);
            for (const SearchHit& hit : hits.value_or(QList<SearchHit>{})) {
                if (hit.kind == kind && (id == 0 || hit.recordId == id)) {
                    return true;
                }
            }
            return false;
        };
        Records records(*m_vault);
        const Client client = *records.clients().client(scalar(QStringLiteral("SELECT max(id) FROM client")));
        QVERIFY(found(client.name, SearchHit::Kind::Client, client.id));
        const Engagement engagement =
            *records.engagements().engagement(scalar(QStringLiteral("SELECT max(id) FROM engagement")));
        QVERIFY(found(engagement.title, SearchHit::Kind::Engagement, engagement.id));
        const Principal principal =
            *records.principals().principal(scalar(QStringLiteral("SELECT max(id) FROM principal")));
        QVERIFY(found(principal.organisation, SearchHit::Kind::Principal, principal.id));
        Client later;
        later.name = QStringLiteral("Zwaantje Kwakernaak");
        QVERIFY(records.clients().save(later));
        QVERIFY(found(QStringLiteral("Kwakernaak"), SearchHit::Kind::Client, later.id));
        QVERIFY(records.clients().remove(later.id));
        QVERIFY(!found(QStringLiteral("Kwakernaak"), SearchHit::Kind::Client, later.id));
        QCOMPARE(SearchIndex::check(m_vault->database()), QStringList());
    }

    void repositoriesReadItBack()
    {
        Records records(*m_vault);
        RecordError error;
        const QList<Engagement> engagements = records.engagements().engagements({}, &error);
        QCOMPARE(error.kind, RecordError::Kind::None);
        QCOMPARE(engagements.size(), m_summary.engagements);
        int sessions = 0;
        for (const Engagement& engagement : engagements) {
            sessions += records.sessions().sessions(engagement.id, &error).size();
            QCOMPARE(error.kind, RecordError::Kind::None);
        }
        QCOMPARE(sessions, m_summary.sessions);
        const AuditVerification audit = records.audit().verify();
        QVERIFY2(audit.intact, qPrintable(audit.message));
        QVERIFY(audit.entries > m_summary.engagements);
    }

    void fastPathWritesWhatTheRepositoryWrites()
    {
        // A demo session and note of an active engagement, written again by SessionRepository
        // with the same values and the same clock: every column but the id must be equal.
        const qint64 sessionId =
            scalar(QStringLiteral("SELECT s.id FROM session s JOIN note n ON n.session_id = s.id JOIN engagement e "
                                  "ON e.id = s.engagement_id WHERE e.status = 'active' AND s.intake = 0 "
                                  "AND s.location <> '' ORDER BY s.id LIMIT 1"));
        QVERIFY(sessionId > 0);
        Records records(*m_vault);
        const Session demo = *records.sessions().session(sessionId);
        const Note demoNote = *records.sessions().noteForSession(sessionId);
        Session copy = demo;
        copy.id = 0;
        records.setClock([&] { return demo.createdAt; });
        RecordError error;
        QVERIFY2(records.sessions().save(copy, &error), qPrintable(error.message));
        Note noteCopy = demoNote;
        noteCopy.id = 0;
        noteCopy.sessionId = copy.id;
        records.setClock([&] { return demoNote.createdAt; });
        QVERIFY2(records.sessions().saveNote(noteCopy, &error), qPrintable(error.message));

        auto row = [this](const char* table, qint64 id) {
            QSqlQuery query(m_vault->database());
            query.exec(QStringLiteral("SELECT * FROM %1 WHERE id = %2").arg(QLatin1String(table)).arg(id));
            QStringList values;
            if (query.next()) {
                for (int i = 0; i < query.record().count(); ++i) {
                    const QString name = query.record().fieldName(i);
                    if (name != QLatin1String("id") && name != QLatin1String("session_id")) {
                        values.append(name + QLatin1Char('=') +
                                      (query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString()));
                    }
                }
            }
            return values;
        };
        QCOMPARE(row("session", copy.id), row("session", sessionId));
        QCOMPARE(row("note", noteCopy.id), row("note", demoNote.id));
    }

    void sameSeedAndDateGiveTheSamePractice()
    {
        auto first = newVault();
        auto second = newVault();
        auto other = newVault();
        QVERIFY(first && second && other);
        DemoOptions options;
        options.clients = 12;
        options.seed = 42;
        options.today = today;
        Error error;
        QVERIFY2(DemoPractice::fill(first->connectionName(), options, nullptr, &error), qPrintable(error.message));
        QVERIFY2(DemoPractice::fill(second->connectionName(), options, nullptr, &error), qPrintable(error.message));
        options.seed = 43;
        QVERIFY2(DemoPractice::fill(other->connectionName(), options, nullptr, &error), qPrintable(error.message));
        const QString dumped = dump(first->database());
        QVERIFY(dumped.size() > 10000);
        QCOMPARE(dump(second->database()), dumped);
        QVERIFY(dump(other->database()) != dumped);
    }

    void refusals()
    {
        Error error;
        DemoOptions options;
        options.today = today;
        QVERIFY(!DemoPractice::fill(m_vault->connectionName(), options, nullptr, &error));
        QVERIFY2(error.message.contains(QStringLiteral("empty vault")), qPrintable(error.message));
        auto empty = newVault();
        options.clients = DemoOptions::MinimumClients - 1;
        QVERIFY(!DemoPractice::fill(empty->connectionName(), options, nullptr, &error));
        QSqlQuery query(empty->database());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM client")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(DemoPracticeTest)
#include "DemoPracticeTest.moc"
