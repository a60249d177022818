// The hash-chained audit log: the chain verifies; altering an entry, removing one from the
// middle, or cutting off the tail is detected, with the position of the first broken link.
#include "RecordsFixture.h"

#include "domain/Phrase.h"
#include "exchange/AuditVerifier.h"
#include "repositories/AuditLog.h"
#include "repositories/ClientRepository.h"
#include "repositories/EngagementRepository.h"
#include "repositories/RecordContent.h"
#include "repositories/SessionRepository.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTest>

using namespace mandaat;

class AuditLogTest : public QObject
{
    Q_OBJECT

private:
    test::RecordsFixture m_fixture;
    AuditLog& log() { return m_fixture.records().audit(); }

    // A second vault for the entries that record changes themselves write (issue 15, item 6).
    test::RecordsFixture m_edits;
    Records& edits() { return m_edits.records(); }
    /// The entries appended since \a from (an entry count), as "kind|summary" (as told in English).
    QStringList entriesSince(qsizetype from)
    {
        QStringList lines;
        const QList<AuditEntry> all = edits().audit().entries();
        for (qsizetype i = from; i < all.size(); ++i) {
            lines << all.at(i).kind + QLatin1Char('|') + Phrase::render(all.at(i).summary);
        }
        return lines;
    }
    qsizetype entryCount() { return edits().audit().entries().size(); }

    // Tampering means getting past the append-only triggers first, as an attacker with the
    // key would.
    bool dropTriggers()
    {
        return m_fixture.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_entry_no_update")) &&
            m_fixture.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_entry_no_delete"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.open(&error), qPrintable(error));
        QVERIFY2(m_edits.open(&error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_fixture.close();
        m_edits.close();
    }

    // Issue 15, item 6: a client created, edited and deleted leaves three entries naming the
    // fields that changed, never the values typed.
    void clientEditsAreLogged()
    {
        const qsizetype before = entryCount();
        Client client;
        client.name = QStringLiteral("Marie Claes");
        client.email = QStringLiteral("marie@example.be");
        RecordError error;
        QVERIFY2(edits().clients().save(client, &error), qPrintable(error.message));
        const QString id = QString::number(client.id);
        QCOMPARE(entriesSince(before), QStringList{QStringLiteral("client.created|Created: client %1").arg(id)});

        const qsizetype afterCreate = entryCount();
        client.name = QStringLiteral("Marie Claes-Peeters");
        client.address.city = QStringLiteral("Leuven");
        QVERIFY2(edits().clients().save(client, &error), qPrintable(error.message));
        QCOMPARE(entriesSince(afterCreate),
                 QStringList{QStringLiteral("client.updated|Changed: client %1 (name, city, updated_at)").arg(id)});

        // Saving without a change writes nothing but the time of the save.
        const qsizetype afterEdit = entryCount();
        QVERIFY2(edits().clients().save(client, &error), qPrintable(error.message));
        QCOMPARE(entriesSince(afterEdit),
                 QStringList{QStringLiteral("client.updated|Changed: client %1 (updated_at)").arg(id)});

        const qsizetype afterSave = entryCount();
        QVERIFY2(edits().clients().remove(client.id, &error), qPrintable(error.message));
        QCOMPARE(entriesSince(afterSave), QStringList{QStringLiteral("client.deleted|Deleted: client %1").arg(id)});

        for (const AuditEntry& entry : edits().audit().entries()) {
            QVERIFY2(!entry.summary.contains(QStringLiteral("Marie")) &&
                         !entry.summary.contains(QStringLiteral("Leuven")),
                     qPrintable(entry.summary));
        }
        QVERIFY(edits().audit().verify().intact);
    }

    // A client system's members are records of their own: added, renamed and removed members
    // each leave an entry, and deleting the client records the members it takes along.
    void membersAndCascadesAreLogged()
    {
        Client team;
        team.kind = ClientKind::System;
        team.name = QStringLiteral("Team Finance");
        team.members = {{0, QStringLiteral("Jan"), QStringLiteral("lead"), {}},
                        {0, QStringLiteral("Els"), QString(), {}}};
        RecordError error;
        QVERIFY2(edits().clients().save(team, &error), qPrintable(error.message));
        const qint64 jan = team.members.at(0).id;
        const qint64 els = team.members.at(1).id;

        const qsizetype before = entryCount();
        team.members[0].role = QStringLiteral("sponsor");
        team.members.removeAt(1);
        QVERIFY2(edits().clients().save(team, &error), qPrintable(error.message));
        const QStringList edited = entriesSince(before);
        QVERIFY2(edited.contains(
                     QStringLiteral("client_member.updated|Changed: member of a client system %1 (role)").arg(jan)),
                 qPrintable(edited.join(QLatin1Char('\n'))));
        QVERIFY2(
            edited.contains(QStringLiteral("client_member.deleted|Deleted: member of a client system %1").arg(els)),
            qPrintable(edited.join(QLatin1Char('\n'))));

        const qsizetype beforeRemove = entryCount();
        QVERIFY2(edits().clients().remove(team.id, &error), qPrintable(error.message));
        const QStringList removed = entriesSince(beforeRemove);
        QCOMPARE(removed,
                 (QStringList{QStringLiteral("client_member.deleted|Deleted: member of a client system %1").arg(jan),
                              QStringLiteral("client.deleted|Deleted: client %1").arg(team.id)}));
    }

    // An engagement's terms and a note: the entry names the terms that changed and is filed
    // under the engagement; a note's edit names its text (and the version it keeps).
    void engagementAndNoteEditsAreLogged()
    {
        Client client;
        client.name = QStringLiteral("Piet Janssens");
        RecordError error;
        QVERIFY2(edits().clients().save(client, &error), qPrintable(error.message));
        Engagement engagement;
        engagement.clientId = client.id;
        engagement.payerKind = PayerKind::Client;
        engagement.title = QStringLiteral("Loopbaan");
        QVERIFY2(edits().engagements().save(engagement, &error), qPrintable(error.message));

        const qsizetype before = entryCount();
        engagement.objectives = QStringLiteral("A new job within a year");
        engagement.vatRateBasisPoints = 600;
        QVERIFY2(edits().engagements().save(engagement, &error), qPrintable(error.message));
        const QStringList edited = entriesSince(before);
        QCOMPARE(edited.size(), 1);
        QVERIFY2(edited.constFirst().startsWith(
                     QStringLiteral("engagement.updated|Changed: engagement %1 (objectives, vat_rate_bp")
                         .arg(engagement.id)),
                 qPrintable(edited.constFirst()));
        // Stored as an id and its arguments, not as English words (issue 17, item 5).
        const QString stored = edits().audit().entries(engagement.id).constLast().summary;
        QVERIFY2(Phrase::isPhrase(stored) && !stored.contains(QStringLiteral("Changed")), qPrintable(stored));
        QVERIFY2(Phrase::render(stored).startsWith(QStringLiteral("Changed: engagement %1 (").arg(engagement.id)),
                 qPrintable(Phrase::render(stored)));

        Note note;
        note.engagementId = engagement.id;
        note.text = QStringLiteral("First conversation about values.");
        QVERIFY2(edits().sessions().saveNote(note, &error), qPrintable(error.message));
        const qsizetype beforeEdit = entryCount();
        note.text = QStringLiteral("First conversation about values and money.");
        QVERIFY2(edits().sessions().saveNote(note, &error), qPrintable(error.message));
        const QStringList noteEntries = entriesSince(beforeEdit);
        QVERIFY2(noteEntries.contains(QStringLiteral("note.updated|Changed: note %1 (text, edited_at)").arg(note.id)),
                 qPrintable(noteEntries.join(QLatin1Char('\n'))));
        QVERIFY2(noteEntries.constFirst().startsWith(QStringLiteral("note_version.created|")),
                 qPrintable(noteEntries.join(QLatin1Char('\n'))));
        for (const AuditEntry& entry : edits().audit().entries()) {
            QVERIFY2(!entry.summary.contains(QStringLiteral("values")), qPrintable(entry.summary));
        }
    }

    // Issue 16, item 5: each entry about a record carries the hash of its content, and verify
    // names a record changed outside Mandaat; put back as it was, it verifies again.
    void recordChangedOutsideMandaatIsNamed()
    {
        Client client;
        client.name = QStringLiteral("Sofie Wouters");
        RecordError error;
        QVERIFY2(edits().clients().save(client, &error), qPrintable(error.message));
        const AuditEntry last = edits().audit().entries().constLast();
        QCOMPARE(last.recordTable, QStringLiteral("client"));
        QCOMPARE(last.recordId, client.id);
        QCOMPARE(
            last.contentHash,
            RecordContent::hash(QStringLiteral("client"),
                                client.id,
                                RecordContent::read(m_edits.vault().database(), QStringLiteral("client"), client.id)));

        const AuditVerifier verifier(m_edits.vault().database());
        const AuditReport clean = verifier.verify();
        QVERIFY2(clean.intact(), qPrintable(clean.message));
        QVERIFY(clean.recordsChecked > 0);

        QVERIFY(m_edits.exec(QStringLiteral("UPDATE client SET name = 'Iemand anders' WHERE id = ?"), {client.id}));
        const AuditReport changed = verifier.verify();
        QVERIFY(!changed.intact());
        QCOMPARE(changed.findings.size(), 1);
        QCOMPARE(changed.findings.constFirst().kind, AuditFinding::Kind::RecordChanged);
        QCOMPARE(changed.findings.constFirst().recordTable, QStringLiteral("client"));
        QCOMPARE(changed.findings.constFirst().recordId, client.id);
        QVERIFY2(changed.findings.constFirst().message.contains(
                     QStringLiteral("client %1 was changed outside Mandaat").arg(client.id)),
                 qPrintable(changed.findings.constFirst().message));

        QVERIFY(m_edits.exec(QStringLiteral("UPDATE client SET name = 'Sofie Wouters' WHERE id = ?"), {client.id}));
        QVERIFY(verifier.verify().intact());
    }

    // The limit docs/audit-log.md states: a key holder who rewrites a record and appends a
    // matching entry, hash and all, leaves nothing inside the vault to see; this computer's
    // record of the log, which Mandaat keeps up to date with every entry it writes, shows it.
    void forgedMatchingEntryIsCaughtByThisComputersRecord()
    {
        const AuditVerifier verifier(m_edits.vault().database());
        AuditHead seen = verifier.head();
        seen.local = true;
        seen.source = QStringLiteral("this computer's record of the log");
        QVERIFY(verifier.verify({seen}).intact());

        const Client client = edits().clients().clients().constFirst();
        QVERIFY(m_edits.exec(QStringLiteral("UPDATE client SET city = 'Brugge' WHERE id = ?"), {client.id}));
        const AuditEntry last = edits().audit().entries().constLast();
        AuditEntry forged;
        forged.id = last.id + 1;
        forged.at = last.at.addSecs(60);
        forged.kind = QStringLiteral("client.updated");
        forged.summary = QStringLiteral("client %1 updated: city").arg(client.id);
        forged.recordTable = QStringLiteral("client");
        forged.recordId = client.id;
        forged.contentHash =
            RecordContent::hash(forged.recordTable,
                                client.id,
                                RecordContent::read(m_edits.vault().database(), forged.recordTable, client.id));
        forged.prevHash = last.hash;
        forged.hash = AuditLog::entryHash(forged);
        QVERIFY(m_edits.exec(QStringLiteral("INSERT INTO audit_entry (id, at, kind, summary, record_table, record_id, "
                                            "content_hash, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {forged.id,
                              forged.at.toString(Qt::ISODateWithMs),
                              forged.kind,
                              forged.summary,
                              forged.recordTable,
                              forged.recordId,
                              forged.contentHash,
                              forged.prevHash,
                              forged.hash}));
        QVERIFY(verifier.verify().intact()); // nothing inside the vault shows it
        const AuditReport report = verifier.verify({seen});
        QVERIFY(!report.intact());
        QCOMPARE(report.findings.size(), 1);
        QCOMPARE(report.findings.constFirst().kind, AuditFinding::Kind::Unrecorded);
        QCOMPARE(report.findings.constFirst().position, forged.id);
    }

    // A change that fails leaves no entry: the entry is part of the change's transaction.
    void aRefusedChangeLeavesNoEntry()
    {
        const qsizetype before = entryCount();
        Client nameless;
        RecordError error;
        QVERIFY(!edits().clients().save(nameless, &error));
        QCOMPARE(entryCount(), before);
    }

    void emptyLogVerifies()
    {
        const AuditVerification result = log().verify();
        QVERIFY(result.intact);
        QCOMPARE(result.entries, 0);
        QCOMPARE(result.headHash, AuditLog::genesisHash());
        QCOMPARE(log().head(), AuditLog::genesisHash());
    }

    void appendAndVerify()
    {
        QSignalSpy appended(&log(), &AuditLog::appended);
        for (int i = 1; i <= 5; ++i) {
            RecordError error;
            const qint64 id = log().append(QStringLiteral("test.entry"), QStringLiteral("entry %1").arg(i), i, &error);
            QVERIFY2(id == i, qPrintable(error.message));
        }
        QCOMPARE(appended.count(), 5);
        const QList<AuditEntry> entries = log().entries();
        QCOMPARE(entries.size(), 5);
        QCOMPARE(entries.at(0).prevHash, AuditLog::genesisHash());
        for (int i = 1; i < entries.size(); ++i) {
            QCOMPARE(entries.at(i).prevHash, entries.at(i - 1).hash);
        }
        // The canonical form, spelled out: a verifier outside Mandaat can recompute it.
        const AuditEntry& first = entries.at(0);
        const QByteArray canonical = (first.prevHash + QStringLiteral("\n1\n") + first.at.toString(Qt::ISODateWithMs) +
                                      QStringLiteral("\ntest.entry\n1\nentry 1"))
                                         .toUtf8();
        QCOMPARE(first.hash,
                 QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(log().entries(3).size(), 1);

        const AuditVerification result = log().verify(log().head());
        QVERIFY2(result.intact, qPrintable(result.message));
        QCOMPARE(result.entries, 5);
        QCOMPARE(result.headHash, entries.constLast().hash);
    }

    void appendRefusesBadInput_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("summary");
        QTest::newRow("no kind") << QString() << QStringLiteral("x");
        QTest::newRow("kind with spaces") << QStringLiteral("an export") << QStringLiteral("x");
        QTest::newRow("no summary") << QStringLiteral("export") << QStringLiteral(" ");
    }

    void appendRefusesBadInput()
    {
        QFETCH(QString, kind);
        QFETCH(QString, summary);
        RecordError error;
        QCOMPARE(log().append(kind, summary, 0, &error), qint64(0));
        QCOMPARE(error.kind, RecordError::Kind::Invalid);
    }

    void triggersKeepItAppendOnly()
    {
        QVERIFY(!m_fixture.exec(QStringLiteral("UPDATE audit_entry SET summary = 'x' WHERE id = 2")));
        QVERIFY(!m_fixture.exec(QStringLiteral("DELETE FROM audit_entry WHERE id = 2")));
        QVERIFY(log().verify().intact);
    }

    void alteredEntryIsFound()
    {
        const QString head = log().head();
        QVERIFY(dropTriggers());
        QVERIFY(m_fixture.exec(QStringLiteral("UPDATE audit_entry SET summary = 'entry 3, rewritten' WHERE id = 3")));
        const AuditVerification result = log().verify(head);
        QVERIFY(!result.intact);
        QCOMPARE(result.firstBrokenPosition, 3);
        QCOMPARE(result.firstBrokenId, qint64(3));
        QVERIFY2(result.message.contains(QStringLiteral("broken at entry 3 (position 3)")), qPrintable(result.message));
        QVERIFY(m_fixture.exec(QStringLiteral("UPDATE audit_entry SET summary = 'entry 3' WHERE id = 3")));
        QVERIFY(log().verify(head).intact);

        // A rehashed entry still breaks the link to the next one.
        AuditEntry forged = log().entries().at(2);
        forged.summary = QStringLiteral("entry 3, forged");
        forged.hash = AuditLog::entryHash(forged);
        QVERIFY(m_fixture.exec(QStringLiteral("UPDATE audit_entry SET summary = ?, hash = ? WHERE id = 3"),
                               {forged.summary, forged.hash}));
        const AuditVerification rehashed = log().verify();
        QVERIFY(!rehashed.intact);
        QCOMPARE(rehashed.firstBrokenPosition, 4);
        QCOMPARE(rehashed.firstBrokenId, qint64(4));
    }

    void removedEntryIsFound()
    {
        // Start again from an intact chain of five.
        QVERIFY(m_fixture.exec(QStringLiteral("DELETE FROM audit_entry")));
        for (int i = 1; i <= 5; ++i) {
            QVERIFY(log().append(QStringLiteral("test.entry"), QStringLiteral("entry %1").arg(i)) > 0);
        }
        const QString head = log().head();
        QVERIFY(log().verify(head).intact);

        QVERIFY(
            m_fixture.exec(QStringLiteral("DELETE FROM audit_entry WHERE id = (SELECT min(id) + 1 FROM audit_entry)")));
        const AuditVerification middle = log().verify(head);
        QVERIFY(!middle.intact);
        QCOMPARE(middle.firstBrokenPosition, 2); // the entry after the gap no longer links
        QCOMPARE(middle.entries, 4);
    }

    void truncatedTailIsFound()
    {
        QVERIFY(m_fixture.exec(QStringLiteral("DELETE FROM audit_entry")));
        for (int i = 1; i <= 4; ++i) {
            QVERIFY(log().append(QStringLiteral("test.entry"), QStringLiteral("entry %1").arg(i)) > 0);
        }
        const QString head = log().head(); // as a backup or export records it
        QVERIFY(m_fixture.exec(QStringLiteral("DELETE FROM audit_entry WHERE id = (SELECT max(id) FROM audit_entry)")));
        QVERIFY(log().verify().intact); // the chain alone cannot tell
        const AuditVerification result = log().verify(head);
        QVERIFY(!result.intact);
        QCOMPARE(result.firstBrokenPosition, 4);
        QVERIFY2(result.message.contains(QStringLiteral("removed from the end")), qPrintable(result.message));
    }
};

QTEST_GUILESS_MAIN(AuditLogTest)
#include "AuditLogTest.moc"
