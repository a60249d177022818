// Destruction after the retention date (MW-4.2, issue 7): after destroying an engagement's
// dossier, a canary word from its texts is absent from a plaintext export of the vault
// (tables, FTS segments, note history, drafts, audit texts), from every copy made afterwards
// and from the vault a restore sets aside; the tombstone and the audit entry exist; a restore
// of an older backup re-applies the destruction and says so.
#include "ExchangeFixture.h"

#include "domain/IssuedLetter.h"
#include "domain/Phrase.h"
#include "domain/RecordKinds.h"
#include "exchange/AuditVerifier.h"
#include "exchange/BackupService.h"
#include "retention/RetentionService.h"

#include <QDir>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace mandaat;

namespace {

// A plaintext copy of the whole database, made on the test's own connection only: what an
// attacker with the key would see, every table and index segment included.
bool plaintextCopy(const Vault& vault, const QString& target, QString* error)
{
    // The vault's connection may not create files: the database to attach must exist.
    if (!test::writeFile(target, {})) {
        *error = QStringLiteral("cannot create ") + target;
        return false;
    }
    QSqlQuery query(vault.database());
    const bool ok = query.exec(QStringLiteral("ATTACH DATABASE '%1' AS plain KEY ''").arg(target)) &&
        query.exec(QStringLiteral("SELECT sqlcipher_export('plain')"));
    *error = query.lastError().text();
    query.finish(); // an active statement would keep the attached database locked
    QSqlQuery(vault.database()).exec(QStringLiteral("DETACH DATABASE plain"));
    return ok;
}

QStringList canaryIn(const Vault& vault, const QString& folder)
{
    QDir().mkpath(folder);
    QString error;
    if (!plaintextCopy(vault, folder + QStringLiteral("/plain.db"), &error)) {
        return {QStringLiteral("no plaintext copy: ") + error};
    }
    return test::filesContaining(folder, test::canary());
}

} // namespace

class RetentionTest : public QObject
{
    Q_OBJECT

private:
    test::ExchangeFixture m_fixture;
    test::ExchangeIds m_ids;
    QTemporaryDir m_dir;
    QString m_before; // a backup made before the destruction

    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.build(&m_ids, &error), qPrintable(error));
        QVERIFY(m_dir.isValid());
        // The canary is really there to begin with, in the tables and the search index.
        const QStringList found = canaryIn(m_fixture.vault(), path(QStringLiteral("plain-before")));
        QVERIFY2(found.contains(path(QStringLiteral("plain-before/plain.db"))),
                 qPrintable(found.join(QLatin1Char(' '))));
        QSqlQuery fts(m_fixture.vault().database());
        QVERIFY(
            fts.exec(QStringLiteral("SELECT count(*) FROM note_fts WHERE note_fts MATCH '%1'").arg(test::canary())));
        QVERIFY(fts.next() && fts.value(0).toInt() == 1);
        fts.finish();
        // The complaint's handling notes are confidential text of the dossier too.
        QVERIFY(fts.exec(
            QStringLiteral("SELECT count(*) FROM complaint WHERE handling_notes LIKE '%%1%'").arg(test::canary())));
        QVERIFY(fts.next() && fts.value(0).toInt() == 1);
        fts.finish();
        m_before = path(QStringLiteral("before.mandaat"));
        BackupResult backup;
        Error backupError;
        QVERIFY2(BackupService::backup(m_fixture.vault(), m_fixture.records(), m_before, &backup, &backupError),
                 qPrintable(backupError.message));
        // The Overview's reminder: due again once the practice's interval (7 days) has passed.
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const BackupStatus status = BackupService::status(m_fixture.vault(), m_fixture.records(), today);
        QVERIFY(!status.due);
        QCOMPARE(status.lastBackupPath, QFileInfo(m_before).absoluteFilePath());
        QCOMPARE(status.intervalDays, 7);
        QVERIFY(BackupService::status(m_fixture.vault(), m_fixture.records(), today.addDays(8)).due);
        QCOMPARE(BackupService::recordedHead(m_before, m_fixture.vault().key(), &backupError).hash, backup.head.hash);
    }

    void cleanupTestCase() { m_fixture.close(); }

    void nothingIsDueBeforeTheDate()
    {
        RetentionService retention(m_fixture.vault(), m_fixture.records());
        QVERIFY(retention.due(QDate(2026, 4, 1)).isEmpty());
        RecordError error;
        QVERIFY(!retention.plan(m_ids.ended, QDate(2026, 4, 1), &error));
        QCOMPARE(error.kind, RecordError::Kind::Refused);
        QVERIFY(!retention.plan(m_ids.second, QDate(2030, 1, 1), &error));
        QVERIFY(error.message.contains(QStringLiteral("has not ended")));
    }

    void destroyTheDossier()
    {
        RetentionService retention(m_fixture.vault(), m_fixture.records());
        const QList<RetentionDue> due = retention.due(QDate(2026, 4, 2));
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.at(0).engagementId, m_ids.ended);
        QVERIFY(due.at(0).dossierDue);
        QVERIFY(!due.at(0).financialDue);

        RecordError error;
        // A file lives as long as the longest-lived record that refers to it (issue 18, item 3):
        // the confirmation states the fees and stays for the financial clock, as does a record
        // of a financial kind that the registry names (an invoice, as a later schema adds it);
        // a termination letter and the evidence's scan go with the dossier.
        const auto letter = [&](LetterKind kind, const char* name) {
            IssuedLetter issued;
            issued.engagementId = m_ids.ended;
            issued.kind = kind;
            issued.language = Language::English;
            const bool ok = m_fixture.records().letters().issue(
                issued, QByteArrayLiteral("%PDF-1.4 ") + name, QLatin1String(name), &error);
            return ok ? issued : IssuedLetter();
        };
        const IssuedLetter confirmation = letter(LetterKind::Confirmation, "confirmation.pdf");
        const IssuedLetter termination = letter(LetterKind::Termination, "termination.pdf");
        QVERIFY2(confirmation.attachmentId && termination.attachmentId, qPrintable(error.message));
        QVERIFY(m_fixture.exec(QStringLiteral(
            "CREATE TABLE invoice (id INTEGER PRIMARY KEY, engagement_id INTEGER NOT NULL REFERENCES engagement(id) "
            "ON DELETE RESTRICT, attachment_id INTEGER REFERENCES attachment(id) ON DELETE RESTRICT)")));
        Attachment invoicePdf;
        invoicePdf.engagementId = m_ids.ended;
        invoicePdf.fileName = QStringLiteral("invoice 2026-001.pdf");
        invoicePdf.mimeType = QStringLiteral("application/pdf");
        invoicePdf.content = QByteArrayLiteral("%PDF-1.4 invoice 2026-001");
        QVERIFY2(m_fixture.records().attachments().add(invoicePdf, &error), qPrintable(error.message));
        QVERIFY(m_fixture.exec(QStringLiteral("INSERT INTO invoice (engagement_id, attachment_id) VALUES (?, ?)"),
                               {m_ids.ended, invoicePdf.id}));
        static QList<RecordKindDescriptor> withInvoices = RecordKinds::all();
        withInvoices.append({.table = "invoice",
                             .name = "invoice",
                             .owner = RecordOwner::Engagement,
                             .ownerColumn = "engagement_id",
                             .parent = "engagement",
                             .clock = RetentionClock::Financial,
                             .attachmentColumns = "attachment_id"});
        RecordKinds::setForTesting(&withInvoices);
        const auto builtInKinds = qScopeGuard([] { RecordKinds::setForTesting(nullptr); });

        const auto plan = retention.plan(m_ids.ended, QDate(2026, 4, 2), &error);
        QVERIFY2(plan, qPrintable(error.message));
        QCOMPARE(plan->scopes, QList<DestructionScope>{DestructionScope::Dossier});
        QStringList tables;
        for (const DestructionItem& item : plan->items) {
            tables << item.table;
        }
        for (const char* table : {"note",
                                  "note_version",
                                  "note_draft",
                                  "principal_report",
                                  "consent",
                                  "referral",
                                  "consultation",
                                  "complaint",
                                  "written_warning",
                                  "engagement_tool",
                                  "evidence",
                                  "attachment",
                                  "session",
                                  "engagement"}) {
            QVERIFY2(tables.contains(QLatin1String(table)), table);
        }
        QVERIFY(!plan->summary().isEmpty());
        QVERIFY2(retention.destroy(*plan, QStringLiteral("retention period over"), &error), qPrintable(error.message));
        RecordKinds::setForTesting(nullptr); // the invoice table is not a record of this build

        const auto fileNames = [&] {
            QSqlQuery files(m_fixture.vault().database());
            QStringList names;
            if (files.exec(QStringLiteral("SELECT file_name FROM attachment WHERE engagement_id = %1 ORDER BY id")
                               .arg(m_ids.ended))) {
                while (files.next()) {
                    names << files.value(0).toString();
                }
            }
            return names;
        };
        QCOMPARE(fileNames(),
                 (QStringList{QStringLiteral("confirmation.pdf"), QStringLiteral("invoice 2026-001.pdf")}));
        QVERIFY(m_fixture.records().letters().letter(confirmation.id, &error));
        QVERIFY(!m_fixture.records().letters().letter(termination.id, &error));

        const QStringList found = canaryIn(m_fixture.vault(), path(QStringLiteral("plain-after")));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char(' '))));
        QSqlQuery handling(m_fixture.vault().database());
        QVERIFY(handling.exec(QStringLiteral("SELECT count(*) FROM complaint WHERE handling_notes <> ''")));
        QVERIFY(handling.next());
        QCOMPARE(handling.value(0).toInt(), 0);
        handling.finish();
        QVERIFY(retention.due(QDate(2026, 4, 2)).isEmpty());

        const QList<Tombstone> tombstones = retention.tombstones();
        QCOMPARE(tombstones.size(), 1);
        QCOMPARE(tombstones.at(0).engagementId, m_ids.ended);
        QCOMPARE(tombstones.at(0).clientId, m_ids.client);
        QCOMPARE(tombstones.at(0).scope, DestructionScope::Dossier);
        QCOMPARE(tombstones.at(0).retentionUntil, QDate(2026, 4, 1));
        QVERIFY(tombstones.at(0).destroyedIds.contains(QStringLiteral("note:")));
        QSqlQuery audit(m_fixture.vault().database());
        QVERIFY(audit.exec(
            QStringLiteral("SELECT summary FROM audit_entry WHERE kind = 'destruction' AND engagement_id = %1")
                .arg(m_ids.ended)));
        QVERIFY(audit.next());
        QVERIFY(audit.value(0).toString().contains(tombstones.at(0).uid));
        QVERIFY(AuditVerifier(m_fixture.vault().database()).verify().intact());
        // ICF-2.5: the tools used with this client's data go with the dossier; the practice's
        // register, which is not client data, stays.
        QSqlQuery tools(m_fixture.vault().database());
        QVERIFY(tools.exec(
            QStringLiteral("SELECT count(*) FROM engagement_tool WHERE engagement_id = %1").arg(m_ids.ended)));
        QVERIFY(tools.next());
        QCOMPARE(tools.value(0).toInt(), 0);
        tools.finish();
        QVERIFY(tools.exec(QStringLiteral("SELECT name FROM technology_tool WHERE id = %1").arg(m_ids.tool)));
        QVERIFY(tools.next());
        QCOMPARE(tools.value(0).toString(), QStringLiteral("Otter Notes"));
        tools.finish();
        // The engagement and its non-dossier records stay until the financial date.
        QSqlQuery kept(m_fixture.vault().database());
        QVERIFY(kept.exec(QStringLiteral("SELECT count(*) FROM session WHERE engagement_id = %1").arg(m_ids.ended)));
        QVERIFY(kept.next() && kept.value(0).toInt() == 1);
    }

    void copiesMadeAfterwardsHoldNoCanary()
    {
        Error error;
        BackupResult backup;
        const QString after = path(QStringLiteral("after.mandaat"));
        QVERIFY2(BackupService::backup(m_fixture.vault(), m_fixture.records(), after, &backup, &error),
                 qPrintable(error.message));
        QCOMPARE(test::filesContaining(m_dir.path(), test::canary()).filter(QStringLiteral("after.mandaat")),
                 QStringList());
        VaultError vaultError;
        // Read-write only because the plaintext copy attaches a database to it.
        auto copy = Vault::openWithKey(after, m_fixture.vault().key(), Vault::Access::ReadWrite, &vaultError);
        QVERIFY2(copy, qPrintable(vaultError.message));
        const QStringList found = canaryIn(*copy, path(QStringLiteral("plain-backup-after")));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char(' '))));
    }

    void restoringAnOlderBackupReappliesTheDestruction()
    {
        // The backup made before holds the canary; that is what re-application is for.
        {
            VaultError vaultError;
            auto old = Vault::openWithKey(m_before, m_fixture.vault().key(), Vault::Access::ReadWrite, &vaultError);
            QVERIFY(old);
            const QStringList found = canaryIn(*old, path(QStringLiteral("plain-old")));
            QVERIFY2(found.contains(path(QStringLiteral("plain-old/plain.db"))),
                     qPrintable(found.join(QLatin1Char(' '))));
        }
        const QString vaultPath = m_fixture.vault().path();
        const SecureBytes key = m_fixture.vault().key();
        m_fixture.close();

        RestoreResult result;
        VaultError error;
        QVERIFY2(BackupService::restore(m_before, key, vaultPath, SecureBytes(), &result, &error),
                 qPrintable(error.message));
        QCOMPARE(result.reapplied.size(), 1);
        QVERIFY(result.reapplied.at(0).contains(QStringLiteral("Engagement %1").arg(m_ids.ended)));
        QVERIFY(QFileInfo::exists(result.replacedPath));
        QVERIFY(result.replacedPath.contains(QStringLiteral(".replaced-")));

        auto restored = Vault::openWithKey(vaultPath, key, Vault::Access::ReadWrite, &error);
        QVERIFY2(restored, qPrintable(error.message));
        QStringList found = canaryIn(*restored, path(QStringLiteral("plain-restored")));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char(' '))));
        QSqlQuery query(restored->database());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM destruction")));
        QVERIFY(query.next() && query.value(0).toInt() == 1);
        QVERIFY(query.exec(
            QStringLiteral("SELECT count(*) FROM audit_entry WHERE kind IN ('destruction.reapplied', 'restore')")));
        QVERIFY(query.next() && query.value(0).toInt() == 2);
        QVERIFY(AuditVerifier(restored->database()).verify().intact());

        auto aside = Vault::openWithKey(result.replacedPath, key, Vault::Access::ReadWrite, &error);
        QVERIFY(aside);
        found = canaryIn(*aside, path(QStringLiteral("plain-aside")));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char(' '))));
        // No file beside the vault holds it either (no journal, no staging copy left).
        found = test::filesContaining(QFileInfo(vaultPath).absolutePath(), test::canary());
        found = found.filter(QRegularExpression(QStringLiteral("records\\.mandaat")));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char(' '))));

        // The financial records go after their own date, with the engagement and the client
        // (who has another engagement here, so stays).
        Records records(*restored);
        RetentionService retention(*restored, records);
        RecordError recordError;
        const auto plan = retention.plan(m_ids.ended, QDate(2026, 5, 2), &recordError);
        QVERIFY2(plan, qPrintable(recordError.message));
        QCOMPARE(plan->scopes, QList<DestructionScope>{DestructionScope::Financial});
        query.finish(); // VACUUM needs every statement finished
        QVERIFY2(retention.destroy(*plan, QString(), &recordError), qPrintable(recordError.message));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM engagement WHERE id = %1").arg(m_ids.ended)));
        QVERIFY(query.next() && query.value(0).toInt() == 0);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM client WHERE id = %1").arg(m_ids.client)));
        QVERIFY(query.next() && query.value(0).toInt() == 1);
        QCOMPARE(retention.tombstones().size(), 2);
        // Destroyed without a reason typed: the tombstone keeps a phrase, told in the reader's
        // language (issue 17, item 5), not the words of the language it was destroyed in.
        const Tombstone latest = retention.tombstones().constLast();
        QVERIFY2(Phrase::isPhrase(latest.reason), qPrintable(latest.reason));
        QCOMPARE(Phrase::render(latest.reason), QStringLiteral("retention period over"));
    }
};

QTEST_GUILESS_MAIN(RetentionTest)
#include "RetentionTest.moc"
