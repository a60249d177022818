// The hash-chained audit log: the chain verifies; altering an entry, removing one from the
// middle, or cutting off the tail is detected, with the position of the first broken link.
#include "RecordsFixture.h"

#include "repositories/AuditLog.h"

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
    }

    void cleanupTestCase() { m_fixture.close(); }

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
