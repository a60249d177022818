// Full-text search (issue 3): diacritics, prefixes of Dutch compounds, newest first, the
// index in step on edit and delete, and user text that cannot break the FTS syntax.
#include "TestSupport.h"

#include "repositories/ClientRepository.h"
#include "repositories/EngagementRepository.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/Records.h"
#include "repositories/SessionRepository.h"
#include "search/SearchIndex.h"
#include "search/SearchQuery.h"
#include "search/SearchService.h"
#include "storage/Migrations.h"
#include "vault/Vault.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mandaat;

namespace {

const QDateTime start(QDate(2025, 1, 6), QTime(9, 0), Qt::UTC);

QString hitKey(const SearchHit& hit)
{
    return searchHitKindId(hit.kind) + QLatin1Char(' ') + QString::number(hit.recordId);
}

QStringList keys(const QList<SearchHit>& hits)
{
    QStringList result;
    for (const SearchHit& hit : hits) {
        result.append(hitKey(hit));
    }
    return result;
}

} // namespace

class SearchTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<Records> m_records;
    QDateTime m_now = start;
    qint64 m_zoe = 0;
    qint64 m_jan = 0;
    qint64 m_principal = 0;
    qint64 m_engagement = 0;
    QList<qint64> m_notes; // oldest session first

    QList<SearchHit> find(const QString& text, const SearchOptions& options = {})
    {
        Error error;
        const auto hits = SearchService(m_vault->connectionName()).search(text, options, &error);
        if (!hits) {
            qWarning() << "search failed:" << error.message;
            return {};
        }
        return *hits;
    }

    qint64 addClient(const QString& name, const QString& notes = {})
    {
        Client client;
        client.name = name;
        client.notes = notes;
        RecordError error;
        if (!m_records->clients().save(client, &error)) {
            qWarning() << error.message;
        }
        return client.id;
    }

    qint64 addSessionWithNote(qint64 engagementId, const QDateTime& at, const QString& text)
    {
        Session session;
        session.engagementId = engagementId;
        session.startsAt = at;
        RecordError error;
        if (!m_records->sessions().save(session, &error)) {
            qWarning() << error.message;
            return 0;
        }
        Note note;
        note.engagementId = engagementId;
        note.sessionId = session.id;
        note.text = text;
        if (!m_records->sessions().saveNote(note, &error)) {
            qWarning() << error.message;
        }
        return note.id;
    }

    void tick() { m_now = m_now.addSecs(3600); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        VaultError error;
        m_vault = Vault::create(m_dir.filePath(QStringLiteral("zoeken.mandaat")), test::passphrase(), &error);
        QVERIFY2(m_vault, qPrintable(error.message));
        m_records = std::make_unique<Records>(*m_vault);
        m_records->setClock([this] { return m_now; });

        m_zoe = addClient(QStringLiteral("Zoë Peeters"), QStringLiteral("Verwezen door de huisarts."));
        tick();
        m_jan = addClient(QStringLiteral("Jan Janssens"));
        tick();
        Principal principal;
        principal.organisation = QStringLiteral("Loopbaancentrum Gent");
        principal.contactName = QStringLiteral("Els De Smet");
        RecordError recordError;
        QVERIFY2(m_records->principals().save(principal, &recordError), qPrintable(recordError.message));
        m_principal = principal.id;
        tick();

        Engagement engagement;
        engagement.clientId = m_zoe;
        engagement.principalId = m_principal;
        engagement.kind = EngagementKind::CareerGuidance;
        engagement.title = QStringLiteral("Loopbaanbegeleiding Zoë");
        engagement.objectives = QStringLiteral("Een nieuwe richting vinden.");
        engagement.feeModel = FeeModel::Fixed;
        engagement.rateCents = 150000;
        QVERIFY2(m_records->engagements().save(engagement, &recordError), qPrintable(recordError.message));
        m_engagement = engagement.id;
        QVERIFY2(m_records->engagements().transition(
                     m_engagement, EngagementStatus::Onboarding, start.date(), std::nullopt, {}, &recordError),
                 qPrintable(recordError.message));
        QVERIFY2(m_records->engagements().transition(
                     m_engagement, EngagementStatus::Active, start.date(), std::nullopt, {}, &recordError),
                 qPrintable(recordError.message));
        tick();

        const QStringList texts = {
            QStringLiteral("Intake. De cliënt wil een loopbaancoach die meedenkt."),
            QStringLiteral("Geëvalueerd: de eerste opdrachten. Zoë twijfelt over haar loopbaanbegeleiding."),
            QStringLiteral("Gesprek over netwerken en sollicitatiebrieven."),
        };
        for (int i = 0; i < texts.size(); ++i) {
            m_notes.append(addSessionWithNote(m_engagement, start.addDays(7 * (i + 1)), texts.at(i)));
            QVERIFY(m_notes.constLast() > 0);
            tick();
        }
    }

    void words_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("plain") << QStringLiteral("loopbaan coach")
                               << QStringList{QStringLiteral("loopbaan"), QStringLiteral("coach")};
        QTest::newRow("operators") << QStringLiteral("a OR -b NOT \"c")
                                   << QStringList{QStringLiteral("a"),
                                                  QStringLiteral("OR"),
                                                  QStringLiteral("b"),
                                                  QStringLiteral("NOT"),
                                                  QStringLiteral("c")};
        QTest::newRow("column filter") << QStringLiteral("name:zoe")
                                       << QStringList{QStringLiteral("name"), QStringLiteral("zoe")};
        QTest::newRow("decomposed") << QStringLiteral("Zoe\u0308") << QStringList{QStringLiteral("Zo\u00eb")};
        QTest::newRow("nothing") << QStringLiteral(" \"* ( ) - ") << QStringList{};
    }

    void words()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        QCOMPARE(SearchQuery::words(text), words);
    }

    void matchExpressionQuotesEveryWord()
    {
        QCOMPARE(SearchQuery::matchExpression(QStringLiteral("loopbaan -OR")), QStringLiteral("\"loopbaan*\" \"OR*\""));
        QCOMPARE(SearchQuery::matchExpression(QStringLiteral("\"")), QString());
    }

    void diacritics_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("client finds Cliënt")
            << QStringLiteral("client") << QStringLiteral("note %1").arg(m_notes.at(0));
        QTest::newRow("zoe finds Zoë") << QStringLiteral("zoe") << QStringLiteral("client %1").arg(m_zoe);
        QTest::newRow("Zoë finds Zoë") << QStringLiteral("Zoë") << QStringLiteral("client %1").arg(m_zoe);
        QTest::newRow("upper case") << QStringLiteral("CLIËNT") << QStringLiteral("note %1").arg(m_notes.at(0));
        QTest::newRow("geevalueerd") << QStringLiteral("geevalueerd") << QStringLiteral("note %1").arg(m_notes.at(1));
        QTest::newRow("engagement title")
            << QStringLiteral("zoe loopbaan") << QStringLiteral("engagement %1").arg(m_engagement);
        QTest::newRow("principal contact") << QStringLiteral("smet") << QStringLiteral("principal %1").arg(m_principal);
        QTest::newRow("client notes") << QStringLiteral("huisarts") << QStringLiteral("client %1").arg(m_zoe);
    }

    void diacritics()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        QVERIFY2(keys(find(query)).contains(expected), qPrintable(keys(find(query)).join(QStringLiteral(", "))));
    }

    void prefixFindsCompounds()
    {
        const QStringList found = keys(find(QStringLiteral("loopbaan")));
        QVERIFY(found.contains(QStringLiteral("note %1").arg(m_notes.at(0)))); // loopbaancoach
        QVERIFY(found.contains(QStringLiteral("note %1").arg(m_notes.at(1)))); // loopbaanbegeleiding
        QVERIFY(found.contains(QStringLiteral("engagement %1").arg(m_engagement)));
        QVERIFY(found.contains(QStringLiteral("principal %1").arg(m_principal))); // Loopbaancentrum
        // A compound is found by its beginning, not by a later part (docs/architecture.md, Storage: no custom
        // tokenizers).
        QVERIFY(!keys(find(QStringLiteral("coach"))).contains(QStringLiteral("note %1").arg(m_notes.at(0))));
        // Every word must match.
        QCOMPARE(keys(find(QStringLiteral("loopbaan twijfelt"))),
                 QStringList{QStringLiteral("note %1").arg(m_notes.at(1))});
    }

    void hitsCarryTheirRecordAndSnippet()
    {
        const QList<SearchHit> hits = find(QStringLiteral("sollicitatie"));
        QCOMPARE(hits.size(), 1);
        const SearchHit& hit = hits.constFirst();
        QCOMPARE(hit.kind, SearchHit::Kind::Note);
        QCOMPARE(hit.recordId, m_notes.at(2));
        QCOMPARE(hit.engagementId, m_engagement);
        QCOMPARE(hit.clientId, m_zoe);
        QCOMPARE(hit.title, QStringLiteral("Zoë Peeters · Loopbaanbegeleiding Zoë"));
        QCOMPARE(hit.timestamp, start.addDays(21)); // the session's start
        QVERIFY2(hit.snippet.contains(QStringLiteral("[sollicitatiebrieven]")), qPrintable(hit.snippet));

        SearchOptions options;
        options.highlightOpen = QStringLiteral("<b>");
        options.highlightClose = QStringLiteral("</b>");
        QVERIFY(find(QStringLiteral("sollicitatie"), options)
                    .constFirst()
                    .snippet.contains(QStringLiteral("<b>sollicitatiebrieven</b>")));
    }

    void newestFirst()
    {
        // Notes by their session's date (weeks 1 to 3 after the start), the others by their last change.
        const QList<SearchHit> hits = find(QStringLiteral("zoe"));
        QStringList expected = {QStringLiteral("note %1").arg(m_notes.at(1)),
                                QStringLiteral("engagement %1").arg(m_engagement),
                                QStringLiteral("client %1").arg(m_zoe)};
        QCOMPARE(keys(hits), expected);
        for (int i = 1; i < hits.size(); ++i) {
            QVERIFY(hits.at(i - 1).timestamp >= hits.at(i).timestamp);
        }
        // An edit makes a client the newest.
        m_now = start.addDays(100);
        Client zoe = *m_records->clients().client(m_zoe);
        zoe.phone = QStringLiteral("+32 9 123 45 67");
        QVERIFY(m_records->clients().save(zoe));
        QCOMPARE(keys(find(QStringLiteral("zoe"))).constFirst(), QStringLiteral("client %1").arg(m_zoe));
    }

    void limit()
    {
        QList<qint64> many;
        for (int i = 0; i < 60; ++i) {
            many.append(addSessionWithNote(
                m_engagement, start.addDays(30).addSecs(3600 * i), QStringLiteral("Voortgangsgesprek %1").arg(i)));
        }
        const QList<SearchHit> hits = find(QStringLiteral("voortgang"));
        QCOMPARE(hits.size(), SearchOptions::DefaultLimit);
        QCOMPARE(hits.constFirst().recordId, many.constLast());
        SearchOptions options;
        options.limit = 5;
        QCOMPARE(find(QStringLiteral("voortgang"), options).size(), 5);
    }

    // The notes' index is keyed by the session's date (schema version 7): the newest come first
    // and the limit keeps the newest, whatever the order in which the notes were written, and a
    // session moved to another date moves its note.
    void notesByDateNotByEntry()
    {
        const QList<int> days = {50, 10, 90, 30, 70};
        QList<qint64> notes;
        for (const int day : days) {
            notes.append(addSessionWithNote(
                m_engagement, start.addDays(day), QStringLiteral("Kwartaalgesprek na %1 dagen.").arg(day)));
            QVERIFY(notes.constLast() > 0);
        }
        // A note on the engagement, without a session: its time is when it was written.
        m_now = start.addDays(60);
        Note loose;
        loose.engagementId = m_engagement;
        loose.text = QStringLiteral("Kwartaalgesprek voorbereid.");
        RecordError error;
        QVERIFY2(m_records->sessions().saveNote(loose, &error), qPrintable(error.message));
        m_now = start.addDays(1);

        auto noteKeys = [](const QList<qint64>& ids) {
            QStringList result;
            for (const qint64 id : ids) {
                result.append(QStringLiteral("note %1").arg(id));
            }
            return result;
        };
        // Days 90, 70, 60 (the loose note), 50, 30, 10.
        const QList<qint64> newestFirst = {notes.at(2), notes.at(4), loose.id, notes.at(0), notes.at(3), notes.at(1)};
        QList<SearchHit> hits = find(QStringLiteral("kwartaalgesprek"));
        QCOMPARE(keys(hits), noteKeys(newestFirst));
        QCOMPARE(hits.constFirst().timestamp, start.addDays(90));
        QCOMPARE(hits.at(2).timestamp, start.addDays(60));
        QVERIFY(hits.constFirst().snippet.contains(QStringLiteral("[Kwartaalgesprek]")));
        QCOMPARE(hits.constFirst().title, QStringLiteral("Zoë Peeters · Loopbaanbegeleiding Zoë"));

        SearchOptions two;
        two.limit = 2;
        QCOMPARE(keys(find(QStringLiteral("kwartaal"), two)), noteKeys({notes.at(2), notes.at(4)}));

        // The session of day 10 moves to day 120: its note is now the newest.
        Session moved = *m_records->sessions().session(m_records->sessions().note(notes.at(1))->sessionId);
        moved.startsAt = start.addDays(120);
        QVERIFY2(m_records->sessions().save(moved, &error), qPrintable(error.message));
        hits = find(QStringLiteral("kwartaalgesprek"), two);
        QCOMPARE(keys(hits), noteKeys({notes.at(1), notes.at(2)}));
        QCOMPARE(hits.constFirst().timestamp, start.addDays(120));
        QVERIFY(hits.constFirst().snippet.contains(QStringLiteral("10 dagen")));

        // An edited note keeps its place; its new words are found, its old ones not.
        Note edited = *m_records->sessions().note(notes.at(4));
        edited.text = QStringLiteral("Kwartaalgesprek verplaatst; tussentijdse evaluatie.");
        QVERIFY2(m_records->sessions().saveNote(edited, &error), qPrintable(error.message));
        QCOMPARE(keys(find(QStringLiteral("tussentijds"))), noteKeys({notes.at(4)}));
        QVERIFY(find(QStringLiteral("kwartaalgesprek 70")).isEmpty());
        QCOMPARE(keys(find(QStringLiteral("kwartaalgesprek"))),
                 noteKeys({notes.at(1), notes.at(2), notes.at(4), loose.id, notes.at(0), notes.at(3)}));
        QCOMPARE(SearchIndex::check(m_vault->database()), QStringList());
    }

    void editsKeepTheIndexInStep()
    {
        RecordError error;
        Note note = *m_records->sessions().note(m_notes.at(2));
        note.text = QStringLiteral("Oefening op het sollicitatiegesprek met een acteur.");
        QVERIFY2(m_records->sessions().saveNote(note, &error), qPrintable(error.message));
        QVERIFY(find(QStringLiteral("netwerken")).isEmpty());
        QCOMPARE(keys(find(QStringLiteral("acteur"))), QStringList{QStringLiteral("note %1").arg(note.id)});

        Client jan = *m_records->clients().client(m_jan);
        jan.name = QStringLiteral("Jan Vermeulen");
        QVERIFY(m_records->clients().save(jan, &error));
        QVERIFY(find(QStringLiteral("janssens")).isEmpty());
        QCOMPARE(keys(find(QStringLiteral("vermeulen"))), QStringList{QStringLiteral("client %1").arg(m_jan)});

        Engagement engagement = *m_records->engagements().engagement(m_engagement);
        engagement.objectives = QStringLiteral("Heroriëntatie na de reorganisatie.");
        QVERIFY2(m_records->engagements().save(engagement, &error), qPrintable(error.message));
        QVERIFY(find(QStringLiteral("richting")).isEmpty());
        QCOMPARE(keys(find(QStringLiteral("herorientatie"))),
                 QStringList{QStringLiteral("engagement %1").arg(m_engagement)});
    }

    void deletesLeaveTheIndex()
    {
        RecordError error;
        QVERIFY2(m_records->clients().remove(m_jan, &error), qPrintable(error.message));
        QVERIFY(find(QStringLiteral("vermeulen")).isEmpty());

        Principal other;
        other.organisation = QStringLiteral("Uitzendbureau Noord");
        QVERIFY(m_records->principals().save(other, &error));
        QCOMPARE(find(QStringLiteral("uitzendbureau")).size(), 1);
        QVERIFY2(m_records->principals().remove(other.id, &error), qPrintable(error.message));
        QVERIFY(find(QStringLiteral("uitzendbureau")).isEmpty());

        Engagement draft;
        draft.clientId = m_zoe;
        draft.title = QStringLiteral("Teamcoaching afgeblazen");
        draft.payerKind = PayerKind::Client;
        draft.feeModel = FeeModel::Hourly;
        draft.rateCents = 9500;
        QVERIFY2(m_records->engagements().save(draft, &error), qPrintable(error.message));
        QCOMPARE(find(QStringLiteral("afgeblazen")).size(), 1);
        QVERIFY2(m_records->engagements().remove(draft.id, &error), qPrintable(error.message));
        QVERIFY(find(QStringLiteral("afgeblazen")).isEmpty());

        // Notes leave only through destruction, which deletes the rows itself.
        QSqlQuery query(m_vault->database());
        QVERIFY(query.prepare(QStringLiteral("DELETE FROM note WHERE id = ?")));
        query.addBindValue(m_notes.at(0));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QVERIFY(find(QStringLiteral("loopbaancoach")).isEmpty());
    }

    void indexMatchesTheRecords()
    {
        QCOMPARE(SearchIndex::check(m_vault->database()), QStringList());
        Error error;
        QVERIFY2(SearchIndex::rebuild(m_vault->database(), &error), qPrintable(error.message));
        QVERIFY2(SearchIndex::optimize(m_vault->database(), &error), qPrintable(error.message));
        QCOMPARE(SearchIndex::check(m_vault->database()), QStringList());
        QCOMPARE(keys(find(QStringLiteral("acteur"))), QStringList{QStringLiteral("note %1").arg(m_notes.at(2))});
    }

    void syntaxInUserTextIsNoError_data()
    {
        QTest::addColumn<QString>("query");
        int row = 0;
        for (const char* text : {"\"a",
                                 "OR",
                                 "-x",
                                 "a OR",
                                 "NOT",
                                 "AND b",
                                 "NEAR/2 x",
                                 "*",
                                 "\"",
                                 "(",
                                 "a)",
                                 "name:zoe",
                                 "x'; DROP TABLE note; --",
                                 "^zoe",
                                 "zoe*",
                                 "  ",
                                 ""}) {
            QTest::addRow("%d: %s", row++, text) << QString::fromUtf8(text);
        }
    }

    void syntaxInUserTextIsNoError()
    {
        QFETCH(QString, query);
        Error error;
        const auto hits = SearchService(m_vault->connectionName()).search(query, {}, &error);
        QVERIFY2(hits.has_value(), qPrintable(error.message));
    }

    void operatorsAreWords()
    {
        QCOMPARE(keys(find(QStringLiteral("-zoe"))), keys(find(QStringLiteral("zoe"))));
        QCOMPARE(keys(find(QStringLiteral("name:zoe"))), QStringList());
    }

    void readOnlyVault()
    {
        m_records.reset();
        m_vault.reset();
        VaultError error;
        auto vault = Vault::open(
            m_dir.filePath(QStringLiteral("zoeken.mandaat")), test::passphrase(), Vault::Access::ReadOnly, &error);
        QVERIFY2(vault, qPrintable(error.message));
        const auto hits = SearchService(vault->connectionName()).search(QStringLiteral("acteur"));
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1);
    }

    // A vault written before schema version 7: read-only (not migrated) it is searched the old
    // way; opened for writing it is migrated, its notes keyed by their sessions' dates.
    void vaultBeforeTimeKeysIsMigrated()
    {
        const QString path = m_dir.filePath(QStringLiteral("schema-6.mandaat"));
        std::vector<Migration> upToSix;
        for (const Migration& step : schemaMigrations()) {
            if (step.version <= 6) {
                upToSix.push_back(step);
            }
        }
        setSchemaMigrationsForTesting(&upToSix);
        QList<qint64> notes;
        {
            VaultError error;
            auto vault = Vault::create(path, test::passphrase(), &error);
            QVERIFY2(vault, qPrintable(error.message));
            QCOMPARE(vault->schemaVersion(), 6);
            Records records(*vault);
            records.setClock([] { return start; });
            Client client;
            client.name = QStringLiteral("Noémie Claes");
            RecordError recordError;
            QVERIFY2(records.clients().save(client, &recordError), qPrintable(recordError.message));
            // Written the way version 6 wrote it: without the columns of later versions (the
            // cancellation policy, 10).
            Engagement engagement;
            QSqlQuery insert(vault->database());
            QVERIFY(insert.prepare(QStringLiteral(
                "INSERT INTO engagement (client_id, payer_kind, kind, title, fee_model, rate_cents, currency, "
                "vat_rate_bp, created_at, updated_at) VALUES (?, 'client', 'outplacement', 'Outplacement', 'hourly', "
                "9500, 'EUR', 2100, ?, ?)")));
            const QString stamp = start.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
            insert.addBindValue(client.id);
            insert.addBindValue(stamp);
            insert.addBindValue(stamp);
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            engagement.id = insert.lastInsertId().toLongLong();
            for (const int day : {20, 5, 40, 12}) {
                // Intake sessions (the engagement is not active), written as version 6 wrote
                // them: its repository now also reads the suspensions of version 11.
                Session session;
                session.engagementId = engagement.id;
                session.startsAt = start.addDays(day);
                session.intake = true;
                QSqlQuery row(vault->database());
                QVERIFY(row.prepare(QStringLiteral(
                    "INSERT INTO session (engagement_id, starts_at, duration_minutes, mode, intake, created_at, "
                    "updated_at) VALUES (?, ?, 60, 'in_person', 1, ?, ?)")));
                row.addBindValue(engagement.id);
                row.addBindValue(session.startsAt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
                row.addBindValue(stamp);
                row.addBindValue(stamp);
                QVERIFY2(row.exec(), qPrintable(row.lastError().text()));
                session.id = row.lastInsertId().toLongLong();
                Note note;
                note.engagementId = engagement.id;
                note.sessionId = session.id;
                note.text = QStringLiteral("Sollicitatietraining, dag %1.").arg(day);
                QVERIFY2(records.sessions().saveNote(note, &recordError), qPrintable(recordError.message));
                notes.append(note.id);
            }
        }
        setSchemaMigrationsForTesting(nullptr);
        const QStringList newestFirst = {QStringLiteral("note %1").arg(notes.at(2)),
                                         QStringLiteral("note %1").arg(notes.at(0)),
                                         QStringLiteral("note %1").arg(notes.at(3)),
                                         QStringLiteral("note %1").arg(notes.at(1))};
        {
            VaultError error;
            auto readOnly = Vault::open(path, test::passphrase(), Vault::Access::ReadOnly, &error);
            QVERIFY2(readOnly, qPrintable(error.message));
            QCOMPARE(readOnly->schemaVersion(), 6);
            Error searchError;
            const auto hits =
                SearchService(readOnly->connectionName()).search(QStringLiteral("sollicitatie"), {}, &searchError);
            QVERIFY2(hits, qPrintable(searchError.message));
            QCOMPARE(keys(*hits), newestFirst);
            QVERIFY(hits->constFirst().snippet.contains(QStringLiteral("[Sollicitatietraining]")));
        }
        VaultError error;
        auto vault = Vault::open(path, test::passphrase(), Vault::Access::ReadWrite, &error);
        QVERIFY2(vault, qPrintable(error.message));
        QCOMPARE(vault->schemaVersion(), latestSchemaVersion());
        QCOMPARE(SearchIndex::check(vault->database()), QStringList());
        Error searchError;
        const auto hits =
            SearchService(vault->connectionName()).search(QStringLiteral("sollicitatie"), {}, &searchError);
        QVERIFY2(hits, qPrintable(searchError.message));
        QCOMPARE(keys(*hits), newestFirst);
        QCOMPARE(hits->constFirst().timestamp, start.addDays(40));
        QVERIFY(hits->constFirst().snippet.contains(QStringLiteral("[Sollicitatietraining]")));
        const auto client = SearchService(vault->connectionName()).search(QStringLiteral("noemie"));
        QVERIFY(client);
        QCOMPARE(client->size(), 1);
        QCOMPARE(client->constFirst().title, QStringLiteral("Noémie Claes"));
    }
};

QTEST_GUILESS_MAIN(SearchTest)
#include "SearchTest.moc"
