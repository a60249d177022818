// mandaat-cli export, backup, restore and verify as a user or a script runs them (issue 7).
#include "CliRunner.h"
#include "TestSupport.h"

#include "repositories/AuditLog.h"
#include "repositories/RecordContent.h"
#include "vault/Vault.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using mandaat::test::fileHash;
using mandaat::test::passphrase;

namespace {

using Run = mandaat::test::CliRun;

// Runs \a program (mandaat-cli when empty) without a terminal, with \a input on stdin.
Run run(const QStringList& arguments,
        const QByteArray& input = {},
        const QStringList& environment = {},
        const QString& program = {})
{
    return mandaat::test::runInSession(
        QStringList{program.isEmpty() ? mandaat::test::cliProgram() : program} + arguments, input, environment, 120000);
}

QByteArray lines(const QStringList& texts)
{
    return texts.join(QLatin1Char('\n')).toUtf8() + '\n';
}

const QString exportPassword = QStringLiteral("Export-wachtwoord 42");

} // namespace

class ExchangeCliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_vault;
    QString m_settings;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QStringList env() const { return {QStringLiteral("MANDAAT_SETTINGS_FILE=") + m_settings}; }

    // Raw SQL on a vault, as an attacker or a bug with the key would do it.
    bool tamper(const QString& file, const QStringList& statements)
    {
        mandaat::VaultError error;
        auto vault = mandaat::Vault::open(file, passphrase(), mandaat::Vault::Access::ReadWrite, &error);
        if (!vault) {
            qWarning("%s", qPrintable(error.message));
            return false;
        }
        for (const QString& sql : statements) {
            QSqlQuery query(vault->database());
            if (!query.exec(sql)) {
                return false;
            }
        }
        return true;
    }

    qint64 scalar(const QString& file, const QString& sql)
    {
        mandaat::VaultError error;
        auto vault = mandaat::Vault::open(file, passphrase(), mandaat::Vault::Access::ReadOnly, &error);
        QSqlQuery query(vault ? vault->database() : QSqlDatabase());
        return vault && query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

    QString copyOfVault(const QString& name)
    {
        const QString copy = path(name);
        QFile::remove(copy);
        return QFile::copy(m_vault, copy) ? copy : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_vault = path(QStringLiteral("praktijk.mandaat"));
        m_settings = path(QStringLiteral("settings.ini"));
        const Run demo = run({QStringLiteral("demo"),
                              m_vault,
                              QStringLiteral("--clients"),
                              QStringLiteral("8"),
                              QStringLiteral("--seed"),
                              QStringLiteral("7"),
                              QStringLiteral("--today"),
                              QStringLiteral("2026-03-01"),
                              QStringLiteral("--passphrase-stdin")},
                             lines({passphrase()}),
                             env());
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    }

    void exportWithPasswordFromStdin()
    {
        const QString zip = path(QStringLiteral("one.zip"));
        const Run r = run({QStringLiteral("export"),
                           m_vault,
                           QStringLiteral("--engagement"),
                           QStringLiteral("1"),
                           QStringLiteral("--out"),
                           zip,
                           QStringLiteral("--passphrase-stdin"),
                           QStringLiteral("--password-stdin")},
                          lines({passphrase(), exportPassword}),
                          env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("AES-256")));
        QVERIFY(r.out.contains(QStringLiteral("7-Zip")));
        QCOMPARE(run({QStringLiteral("t"), QStringLiteral("-p") + exportPassword, zip}, {}, {}, QStringLiteral("7z"))
                     .exitCode,
                 0);
        QVERIFY(run({QStringLiteral("t"), QStringLiteral("-pnope"), zip}, {}, {}, QStringLiteral("7z")).exitCode != 0);
        QCOMPARE(scalar(m_vault,
                        QStringLiteral("SELECT count(*) FROM audit_entry WHERE kind = 'export' AND engagement_id = 1")),
                 1);
    }

    void exportWithPasswordFromEnvironment()
    {
        const QString zip = path(QStringLiteral("client.zip"));
        const Run r = run({QStringLiteral("export"),
                           m_vault,
                           QStringLiteral("--client"),
                           QStringLiteral("1"),
                           QStringLiteral("--out"),
                           zip,
                           QStringLiteral("--passphrase-stdin")},
                          lines({passphrase()}),
                          env() << QStringLiteral("MANDAAT_EXPORT_PASSWORD=") + exportPassword);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(run({QStringLiteral("t"), QStringLiteral("-p") + exportPassword, zip}, {}, {}, QStringLiteral("7z"))
                     .exitCode,
                 0);
    }

    void plaintextExportWarns()
    {
        const QString zip = path(QStringLiteral("all.zip"));
        const Run r = run({QStringLiteral("export"),
                           m_vault,
                           QStringLiteral("--all"),
                           QStringLiteral("--out"),
                           zip,
                           QStringLiteral("--plaintext"),
                           QStringLiteral("--passphrase-stdin")},
                          lines({passphrase()}),
                          env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("not encrypted")));
        QVERIFY(r.out.contains(QStringLiteral("NOT encrypted")));
        QCOMPARE(run({QStringLiteral("t"), QStringLiteral("-p"), zip}, {}, {}, QStringLiteral("7z")).exitCode, 0);
    }

    void exportUsageErrors()
    {
        const QString zip = path(QStringLiteral("never.zip"));
        // No password source and no terminal.
        Run r = run({QStringLiteral("export"),
                     m_vault,
                     QStringLiteral("--engagement"),
                     QStringLiteral("1"),
                     QStringLiteral("--out"),
                     zip,
                     QStringLiteral("--passphrase-stdin")},
                    lines({passphrase()}),
                    env());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("MANDAAT_EXPORT_PASSWORD")));
        r = run({QStringLiteral("export"),
                 m_vault,
                 QStringLiteral("--engagement"),
                 QStringLiteral("1"),
                 QStringLiteral("--all"),
                 QStringLiteral("--out"),
                 zip});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFileInfo::exists(zip));
    }

    // CI runs as root, which ignores permissions: the export runs as nobody.
    void exportIntoAFolderTheUserMayNotWrite()
    {
        QVERIFY2(::geteuid() == 0, "this test needs root, to run the export as nobody with setpriv");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty(),
                 "setpriv (util-linux) is missing");
        const QString shared = QStringLiteral("/tmp/mandaat-export-perm-%1").arg(::getpid());
        QDir(shared).removeRecursively();
        QVERIFY(QDir().mkpath(shared + QStringLiteral("/locked")));
        const auto all = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::WriteGroup |
            QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(shared, all));
        QVERIFY(QFile::setPermissions(shared + QStringLiteral("/locked"),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                          QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
        const QString vault = shared + QStringLiteral("/praktijk.mandaat");
        QVERIFY(QFile::copy(m_vault, vault));
        QVERIFY(QFile::setPermissions(vault,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::WriteGroup |
                                          QFile::ReadOther | QFile::WriteOther));
        const QString zip = shared + QStringLiteral("/locked/out.zip");
        const Run r = run({QStringLiteral("--reuid=65534"),
                           QStringLiteral("--regid=65534"),
                           QStringLiteral("--clear-groups"),
                           QStringLiteral(MANDAAT_BINARY_DIR "/app/mandaat-cli"),
                           QStringLiteral("export"),
                           vault,
                           QStringLiteral("--engagement"),
                           QStringLiteral("1"),
                           QStringLiteral("--out"),
                           zip,
                           QStringLiteral("--passphrase-stdin"),
                           QStringLiteral("--password-stdin")},
                          lines({passphrase(), exportPassword}),
                          {QStringLiteral("MANDAAT_SETTINGS_FILE=") + shared + QStringLiteral("/settings.ini"),
                           QStringLiteral("HOME=") + shared},
                          QStringLiteral("setpriv"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot be written into")) && r.err.contains(QStringLiteral("locked")),
                 qPrintable(r.err));
        QVERIFY(QDir(shared + QStringLiteral("/locked")).isEmpty());
        QDir(shared).removeRecursively();
    }

    void backupChangeRestore()
    {
        const QString vault = copyOfVault(QStringLiteral("restore-me.mandaat"));
        const QString backup = path(QStringLiteral("restore-me.backup"));
        Run r = run(
            {QStringLiteral("backup"), vault, QStringLiteral("--out"), backup, QStringLiteral("--passphrase-stdin")},
            lines({passphrase()}),
            env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const qint64 clients = scalar(vault, QStringLiteral("SELECT count(*) FROM client"));
        QVERIFY(clients > 0);
        // The backup opens without Mandaat, with the same passphrase (the README's way out).
        QFile script(path(QStringLiteral("way-out.sh")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(
            "SALT=$(head -c 16 \"$1\" | od -An -tx1 | tr -d ' \\n')\n"
            "KEY=$(printf '%s' \"$2\" | argon2 \"$SALT\" -id -t 3 -m 16 -p 1 -l 32 -r)\n"
            "printf 'PRAGMA key = \"x%s%s%s\";\\nPRAGMA cipher_page_size = 4096;\\nSELECT count(*) FROM client;\\n' "
            "\"'\" \"$KEY$SALT\" \"'\" | sqlcipher \"$1\"\n");
        script.close();
        r = run({script.fileName(), backup, passphrase()}, {}, {}, QStringLiteral("/bin/bash"));
        QVERIFY2(r.out.trimmed().endsWith(QString::number(clients)), qPrintable(r.out + r.err));

        QVERIFY(tamper(
            vault,
            {QStringLiteral("INSERT INTO client (kind, name, created_at, updated_at) VALUES "
                            "('person', 'Na de backup', '2026-03-02T00:00:00.000Z', '2026-03-02T00:00:00.000Z')")}));
        QCOMPARE(scalar(vault, QStringLiteral("SELECT count(*) FROM client")), clients + 1);
        r = run(
            {QStringLiteral("restore"), backup, QStringLiteral("--to"), vault, QStringLiteral("--passphrase-stdin")},
            lines({passphrase()}),
            env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("kept at")));
        QCOMPARE(scalar(vault, QStringLiteral("SELECT count(*) FROM client")), clients);
        QCOMPARE(scalar(vault, QStringLiteral("SELECT count(*) FROM client WHERE name = 'Na de backup'")), 0);
        const QStringList aside =
            QDir(m_dir.path()).entryList({QStringLiteral("restore-me.mandaat.replaced-*.mandaat")});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(scalar(path(aside.first()), QStringLiteral("SELECT count(*) FROM client WHERE name = 'Na de backup'")),
                 1);
        r = run({QStringLiteral("verify"), vault, QStringLiteral("--passphrase-stdin")}, lines({passphrase()}), env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }

    void retentionListsAndDestroys()
    {
        const QString vault = copyOfVault(QStringLiteral("retention.mandaat"));
        const QStringList at = {
            QStringLiteral("--at"), QStringLiteral("2099-01-01"), QStringLiteral("--passphrase-stdin")};
        Run r = run(QStringList{QStringLiteral("retention"), vault} + at, lines({passphrase()}), env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList due = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(!due.isEmpty() && due.first().contains(QStringLiteral("dossier due")), qPrintable(r.out));
        const QString id = due.first().section(QLatin1Char('\t'), 0, 0);
        const QByteArray before = fileHash(vault);
        r = run(QStringList{QStringLiteral("retention"), vault, QStringLiteral("--destroy"), id} + at,
                lines({passphrase()}),
                env());
        QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("Nothing was destroyed")), qPrintable(r.out + r.err));
        QCOMPARE(fileHash(vault), before);
        r = run(
            QStringList{QStringLiteral("retention"), vault, QStringLiteral("--destroy"), id, QStringLiteral("--yes")} +
                at,
            lines({passphrase()}),
            env());
        QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("Destroyed")), qPrintable(r.out + r.err));
        QCOMPARE(scalar(vault, QStringLiteral("SELECT count(*) FROM note WHERE engagement_id = %1").arg(id)), 0);
        // Both clocks have run out by 2099: the dossier and the financial records go.
        QCOMPARE(scalar(vault, QStringLiteral("SELECT count(*) FROM destruction WHERE engagement_id = %1").arg(id)), 2);
        QCOMPARE(scalar(vault, QStringLiteral("SELECT count(*) FROM engagement WHERE id = %1").arg(id)), 0);
        r = run({QStringLiteral("verify"), vault, QStringLiteral("--passphrase-stdin")}, lines({passphrase()}), env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }

    void truncatedBackupIsRefused_data()
    {
        QTest::addColumn<int>("cut");
        QTest::newRow("mid-page") << 100;
        QTest::newRow("a whole page") << 4096;
    }

    void truncatedBackupIsRefused()
    {
        QFETCH(int, cut);
        const QString vault = copyOfVault(QStringLiteral("keep-me.mandaat"));
        const QString backup = path(QStringLiteral("truncated-%1.backup").arg(cut));
        QFile::remove(backup);
        Run r = run(
            {QStringLiteral("backup"), vault, QStringLiteral("--out"), backup, QStringLiteral("--passphrase-stdin")},
            lines({passphrase()}),
            env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(backup);
        QVERIFY(file.resize(file.size() - cut));
        const QByteArray before = fileHash(vault);
        r = run(
            {QStringLiteral("restore"), backup, QStringLiteral("--to"), vault, QStringLiteral("--passphrase-stdin")},
            lines({passphrase()}),
            env());
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(fileHash(vault), before);
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("keep-me.mandaat.*")}).isEmpty());
    }

    void verifyFindsTampering_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("heading");
        const QString broken = QStringLiteral("Audit log: broken");
        QTest::newRow("altered") << QStringList{QStringLiteral("DROP TRIGGER audit_entry_no_update"),
                                                QStringLiteral(
                                                    "UPDATE audit_entry SET summary = 'nothing happened' WHERE id = 3")}
                                 << QStringLiteral("Entry 3 was altered") << broken;
        QTest::newRow("altered and rehashed")
            << QStringList{QStringLiteral("DROP TRIGGER audit_entry_no_update"), QStringLiteral("REHASH 4")}
            << QStringLiteral("Entry 4 was altered") << broken;
        QTest::newRow("removed") << QStringList{QStringLiteral("DROP TRIGGER audit_entry_no_delete"),
                                                QStringLiteral("DELETE FROM audit_entry WHERE id = 5")}
                                 << QStringLiteral("Entry 5 was removed") << broken;
        QTest::newRow("truncated")
            << QStringList{QStringLiteral("DROP TRIGGER audit_entry_no_delete"),
                           QStringLiteral("DELETE FROM audit_entry WHERE id > (SELECT max(id) - 2 FROM audit_entry)")}
            << QStringLiteral("The last 2 entries are missing") << broken;

        // Issue 16, item 5: the records and the log's protection, each named.
        const QString records = QStringLiteral("Records: changed outside Mandaat");
        QTest::newRow("trigger dropped") << QStringList{QStringLiteral("DROP TRIGGER audit_entry_no_delete")}
                                         << QStringLiteral("The trigger audit_entry_no_delete") << broken;
        QTest::newRow("forged entry appended")
            << QStringList{QStringLiteral("UPDATE client SET city = 'Brugge' WHERE id = 1"),
                           QStringLiteral("FORGE client 1")}
            << QStringLiteral("were added after this computer's record of the log") << broken;
        QTest::newRow("note") << QStringList{QStringLiteral("UPDATE note SET text = 'Niets gebeurd.' WHERE id = 1")}
                              << QStringLiteral("note 1 was changed outside Mandaat") << records;
        QTest::newRow("client name") << QStringList{QStringLiteral(
                                            "UPDATE client SET name = 'Iemand anders' WHERE id = 2")}
                                     << QStringLiteral("client 2 was changed outside Mandaat") << records;
        QTest::newRow("consent date") << QStringList{QStringLiteral(
                                             "UPDATE consent SET given_on = '2020-01-01' WHERE id = 1")}
                                      << QStringLiteral("consent 1 was changed outside Mandaat") << records;
        QTest::newRow("engagement status")
            << QStringList{QStringLiteral("UPDATE engagement SET status = CASE status WHEN 'ended' THEN 'active' ELSE "
                                          "'ended' END WHERE id = 2")}
            << QStringLiteral("engagement 2 was changed outside Mandaat") << records;
        QTest::newRow("letter's SHA-256")
            << QStringList{QStringLiteral("UPDATE issued_letter SET sha256 = '%1' WHERE id = 1").arg(QString(64, u'0'))}
            << QStringLiteral("Issued letter 1 no longer matches") << records;
        QTest::newRow("letter's PDF") << QStringList{QStringLiteral(
                                             "UPDATE attachment SET content = CAST('%PDF-1.4 forged' AS BLOB) "
                                             "WHERE id = (SELECT attachment_id FROM issued_letter WHERE id = 1)")}
                                      << QStringLiteral("Issued letter 1 no longer matches") << records;
    }

    void verifyFindsTampering()
    {
        QFETCH(QStringList, statements);
        QFETCH(QString, expected);
        QFETCH(QString, heading);
        const QString vault = copyOfVault(QStringLiteral("tampered.mandaat"));
        const QString backup = path(QStringLiteral("tampered.backup"));
        QFile::remove(backup);
        QFile::remove(m_settings);
        QFile::remove(path(QStringLiteral("tampered-letter.pdf")));
        // An issued letter, with its PDF stored and its SHA-256 recorded.
        Run r = run({QStringLiteral("letter"),
                     vault,
                     QStringLiteral("--engagement"),
                     QStringLiteral("1"),
                     QStringLiteral("--out"),
                     path(QStringLiteral("tampered-letter.pdf")),
                     QStringLiteral("--passphrase-stdin")},
                    lines({passphrase()}),
                    env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run(
            {QStringLiteral("backup"), vault, QStringLiteral("--out"), backup, QStringLiteral("--passphrase-stdin")},
            lines({passphrase()}),
            env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({QStringLiteral("verify"), vault, QStringLiteral("--passphrase-stdin")}, lines({passphrase()}), env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("Audit log: ok")));

        QStringList sql;
        for (const QString& statement : statements) {
            if (statement.startsWith(QStringLiteral("REHASH "))) {
                // Changed together with its own hash: only the next entry's link shows it.
                const int id = statement.mid(7).toInt();
                mandaat::AuditEntry entry;
                mandaat::VaultError error;
                auto open = mandaat::Vault::open(vault, passphrase(), mandaat::Vault::Access::ReadOnly, &error);
                QVERIFY(open);
                QSqlQuery query(open->database());
                QVERIFY(query.exec(QStringLiteral("SELECT id, at, kind, ifnull(engagement_id, 0), summary, prev_hash "
                                                  "FROM audit_entry WHERE id = %1")
                                       .arg(id)));
                QVERIFY(query.next());
                entry.id = id;
                entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
                entry.kind = query.value(2).toString();
                entry.engagementId = query.value(3).toLongLong();
                entry.summary = QStringLiteral("rewritten");
                entry.prevHash = query.value(5).toString();
                sql << QStringLiteral("UPDATE audit_entry SET summary = 'rewritten', hash = '%1' WHERE id = %2")
                           .arg(mandaat::AuditLog::entryHash(entry))
                           .arg(id);
            } else if (statement.startsWith(QStringLiteral("FORGE "))) {
                // An entry for a record changed outside Mandaat, hash and chain correct: nothing
                // inside the vault shows it.
                QVERIFY(tamper(vault, sql));
                sql.clear();
                const QString table = statement.section(QLatin1Char(' '), 1, 1);
                const qint64 id = statement.section(QLatin1Char(' '), 2, 2).toLongLong();
                mandaat::VaultError error;
                auto open = mandaat::Vault::open(vault, passphrase(), mandaat::Vault::Access::ReadOnly, &error);
                QVERIFY(open);
                QSqlQuery last(open->database());
                QVERIFY(last.exec(QStringLiteral("SELECT id, at, hash FROM audit_entry ORDER BY id DESC LIMIT 1")));
                QVERIFY(last.next());
                mandaat::AuditEntry forged;
                forged.id = last.value(0).toLongLong() + 1;
                forged.at = QDateTime::fromString(last.value(1).toString(), Qt::ISODateWithMs).addSecs(60);
                forged.kind = table + QStringLiteral(".updated");
                forged.summary = QStringLiteral("%1 %2 updated: city").arg(table).arg(id);
                forged.recordTable = table;
                forged.recordId = id;
                forged.contentHash =
                    mandaat::RecordContent::hash(table, id, mandaat::RecordContent::read(open->database(), table, id));
                forged.prevHash = last.value(2).toString();
                forged.hash = mandaat::AuditLog::entryHash(forged);
                sql << QStringLiteral("INSERT INTO audit_entry (id, at, kind, summary, record_table, record_id, "
                                      "content_hash, prev_hash, hash) VALUES (%1, '%2', '%3', '%4', '%5', %6, '%7', "
                                      "'%8', '%9')")
                           .arg(forged.id)
                           .arg(forged.at.toUTC().toString(Qt::ISODateWithMs),
                                forged.kind,
                                forged.summary,
                                forged.recordTable)
                           .arg(forged.recordId)
                           .arg(forged.contentHash, forged.prevHash, forged.hash);
            } else {
                sql << statement;
            }
        }
        QVERIFY(tamper(vault, sql));
        r = run({QStringLiteral("verify"), vault, QStringLiteral("--passphrase-stdin")}, lines({passphrase()}), env());
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.out.contains(expected), qPrintable(r.out));
        QVERIFY2(r.out.contains(heading), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(ExchangeCliTest)
#include "ExchangeCliTest.moc"
