// The vault: key scheme v1, opening classified (docs/architecture.md, Opening), passphrase change,
// encrypted copies, migrations, and no plaintext on disk.
#include "TestSupport.h"

#include "storage/Migrations.h"
#include "vault/KeyDerivation.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mandaat;
using mandaat::test::fileHash;
using mandaat::test::passphrase;

class VaultTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static bool put(Vault& vault, const QString& key, const QVariant& value)
    {
        QSqlQuery query(vault.database());
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO practice_setting (key, value) VALUES (?, ?)"));
        query.addBindValue(key);
        query.addBindValue(value);
        return query.exec();
    }

    static QVariant get(Vault& vault, const QString& key)
    {
        QSqlQuery query(vault.database());
        query.prepare(QStringLiteral("SELECT value FROM practice_setting WHERE key = ?"));
        query.addBindValue(key);
        if (!query.exec() || !query.next()) {
            return {};
        }
        return query.value(0);
    }

    std::unique_ptr<Vault> createWith(const QString& name, const QString& canary)
    {
        VaultError error;
        auto vault = Vault::create(path(name), passphrase(), &error);
        if (vault) {
            put(*vault, QStringLiteral("canary"), canary);
        }
        return vault;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void keyDerivationFollowsSchemeV1()
    {
        // Known answer computed with Debian's argon2 tool, as the README's way out does:
        //   printf '%s' 'correct horse battery' | argon2 a0a1...af -id -t 3 -m 16 -p 1 -l 32 -r
        const QByteArray salt = QByteArray::fromHex("a0a1a2a3a4a5a6a7a8a9aaabacadaeaf");
        const SecureBytes key = KeyDerivation::deriveKey(QStringLiteral("correct horse battery"), salt);
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(key.toHex().data()), 64),
                 QByteArray("0a90f0cd7d46ab5bf0a5fe5762985ad3bee4986613089f74eabed2f5d407aa05"));
        // NFC: a decomposed "e + combining diaeresis" gives the same key as the composed one.
        const SecureBytes composed = KeyDerivation::deriveKey(QStringLiteral("Zo\u00eb"), salt);
        const SecureBytes decomposed = KeyDerivation::deriveKey(QStringLiteral("Zoe\u0308"), salt);
        QVERIFY(composed == decomposed);
    }

    void createCloseOpen()
    {
        VaultError error;
        auto vault = Vault::create(path(QStringLiteral("a.mandaat")), passphrase(), &error);
        QVERIFY2(vault, qPrintable(error.message));
        QCOMPARE(vault->pageSize(), 4096);
        QCOMPARE(vault->schemaVersion(), latestSchemaVersion());
        QVERIFY(put(*vault, QStringLiteral("practice.name"), QStringLiteral("Praktijk Claes")));
        const QByteArray salt = vault->salt();
        vault->close();
        QVERIFY(!vault->isOpen());
        QVERIFY(vault->key().isEmpty());

        QFile file(path(QStringLiteral("a.mandaat")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.size() % 4096, 0);
        QCOMPARE(file.read(16), salt); // SQLCipher keeps the salt we drew
        QCOMPARE(file.permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        file.close();

        auto again = Vault::open(path(QStringLiteral("a.mandaat")), passphrase(), Vault::Access::ReadWrite, &error);
        QVERIFY2(again, qPrintable(error.message));
        QCOMPARE(get(*again, QStringLiteral("practice.name")).toString(), QStringLiteral("Praktijk Claes"));
        QVERIFY(get(*again, QStringLiteral("vault.created_at"))
                    .toString()
                    .startsWith(QDate::currentDate().toString(Qt::ISODate).left(4)));
        QSqlQuery pragma(again->database());
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA journal_mode")) && pragma.next());
        QCOMPARE(pragma.value(0).toString(), QStringLiteral("delete"));
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA foreign_keys")) && pragma.next());
        QCOMPARE(pragma.value(0).toInt(), 1);
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA secure_delete")) && pragma.next());
        QCOMPARE(pragma.value(0).toInt(), 1);
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA synchronous")) && pragma.next());
        QCOMPARE(pragma.value(0).toInt(), 2); // FULL
    }

    void createWithAKeyDerivedElsewhere()
    {
        // The GUI derives on a worker thread and creates with the key.
        const QByteArray salt = Vault::newSalt();
        QCOMPARE(salt.size(), 16);
        QVERIFY(salt != Vault::newSalt());
        const SecureBytes key = KeyDerivation::deriveKey(passphrase(), salt);
        VaultError error;
        const QString file = path(QStringLiteral("withkey.mandaat"));
        auto vault = Vault::createWithKey(file, salt, key, &error);
        QVERIFY2(vault, qPrintable(error.message));
        QCOMPARE(vault->salt(), salt);
        vault->close();
        auto reopened = Vault::open(file, passphrase(), Vault::Access::ReadOnly, &error);
        QVERIFY2(reopened, qPrintable(error.message));
        QVERIFY(!Vault::createWithKey(path(QStringLiteral("short.mandaat")), salt.left(8), key, &error));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("short.mandaat"))));
    }

    void openWithKeyAndHexGrouping()
    {
        VaultError error;
        auto vault = Vault::create(path(QStringLiteral("key.mandaat")), passphrase(), &error);
        QVERIFY(vault);
        const SecureBytes hex = vault->key().toHex();
        QByteArray grouped;
        for (std::size_t i = 0; i < hex.size(); ++i) {
            if (i > 0 && i % 4 == 0) {
                grouped.append(i % 16 == 0 ? '\n' : ' ');
            }
            grouped.append(static_cast<char>(std::toupper(hex.data()[i])));
        }
        vault->close();
        const SecureBytes key = SecureBytes::fromHex(grouped);
        QCOMPARE(key.size(), std::size_t(32));
        auto byKey = Vault::openWithKey(path(QStringLiteral("key.mandaat")), key, Vault::Access::ReadOnly, &error);
        QVERIFY2(byKey, qPrintable(error.message));
        QVERIFY(SecureBytes::fromHex("12 3x").isEmpty());
        auto shortKey = Vault::openWithKey(
            path(QStringLiteral("key.mandaat")), SecureBytes::fromHex("0011"), Vault::Access::ReadOnly, &error);
        QVERIFY(!shortKey);
        QCOMPARE(error.exitCode(), 3);
    }

    void createNeverOverwrites()
    {
        const QString existing = path(QStringLiteral("existing.mandaat"));
        QVERIFY(test::writeFile(existing, QByteArray()));
        VaultError error;
        QVERIFY(!Vault::create(existing, passphrase(), &error));
        QCOMPARE(error.kind, VaultError::Kind::Failed);
        QVERIFY(error.message.contains(QStringLiteral("already exists")));
        QCOMPARE(QFileInfo(existing).size(), 0); // a zero-length file is never turned into a vault
    }

    void wrongPassphraseChangesNothing()
    {
        auto vault = createWith(QStringLiteral("wrong.mandaat"), QStringLiteral("x"));
        QVERIFY(vault);
        vault->close();
        const QString file = path(QStringLiteral("wrong.mandaat"));
        const QByteArray before = fileHash(file);
        const QDateTime modified = QFileInfo(file).lastModified();
        VaultError error;
        QVERIFY(!Vault::open(file, QStringLiteral("not the right passphrase"), Vault::Access::ReadWrite, &error));
        QCOMPARE(error.kind, VaultError::Kind::WrongKey);
        QCOMPARE(error.exitCode(), 3);
        QVERIFY(error.message.contains(QStringLiteral("passphrase")));
        QCOMPARE(fileHash(file), before);
        QCOMPARE(QFileInfo(file).lastModified(), modified);
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-journal")));
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("zero-length") << QByteArray() << 4;
        QTest::newRow("3000 bytes") << QByteArray(3000, 'a') << 4;
        QTest::newRow("not a multiple of 4096") << QByteArray(4096 * 2 + 17, 'b') << 4;
        QTest::newRow("plain SQLite") << QByteArray("SQLite format 3\0", 16) + QByteArray(4096 - 16, '\0') << 4;
        QTest::newRow("random page") << QByteArray(4096, 'r') << 3; // reads as a wrong key or damaged page 1
    }

    void badFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, exitCode);
        const QString file = path(QStringLiteral("bad-%1.mandaat").arg(QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY(test::writeFile(file, content));
        for (const auto access : {Vault::Access::ReadOnly, Vault::Access::ReadWrite}) {
            VaultError error;
            QVERIFY(!Vault::open(file, passphrase(), access, &error));
            QCOMPARE(error.exitCode(), exitCode);
            QVERIFY(!error.message.isEmpty());
            QCOMPARE(QFileInfo(file).size(), content.size());
            QCOMPARE(fileHash(file), fileHash(file)); // readable
            QFile check(file);
            QVERIFY(check.open(QIODevice::ReadOnly));
            QCOMPARE(check.readAll(), content);
        }
    }

    void directoryAndMissingFile()
    {
        VaultError error;
        QVERIFY(!Vault::open(m_dir.path(), passphrase(), Vault::Access::ReadOnly, &error));
        QCOMPARE(error.kind, VaultError::Kind::Failed);
        QCOMPARE(error.exitCode(), 1);
        QVERIFY(error.message.contains(QStringLiteral("folder")));
        QVERIFY(!Vault::open(path(QStringLiteral("missing.mandaat")), passphrase(), Vault::Access::ReadOnly, &error));
        QCOMPARE(error.exitCode(), 1);
    }

    void flippedByteInALaterPageReadsAsDamaged()
    {
        VaultError error;
        const QString file = path(QStringLiteral("flipped.mandaat"));
        {
            auto vault = Vault::create(file, passphrase(), &error);
            QVERIFY(vault);
            QSqlQuery query(vault->database());
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT)")));
            QVERIFY(vault->database().transaction());
            query.prepare(QStringLiteral("INSERT INTO filler (text) VALUES (?)"));
            for (int i = 0; i < 400; ++i) {
                query.addBindValue(QString(200, QLatin1Char('a' + i % 26)));
                QVERIFY(query.exec());
            }
            QVERIFY(vault->database().commit());
        }
        const qint64 size = QFileInfo(file).size();
        QVERIFY(size >= 8 * 4096);
        QVERIFY(test::flipByte(file, size - 4096 + 1000)); // inside the last page
        const QByteArray damaged = fileHash(file);

        auto vault = Vault::open(file, passphrase(), Vault::Access::ReadOnly, &error);
        QVERIFY2(vault, qPrintable(error.message)); // the first page is fine
        QSqlQuery query(vault->database());
        query.setForwardOnly(true);
        bool failed = !query.exec(QStringLiteral("SELECT sum(length(text)) FROM filler"));
        if (!failed) {
            failed = !query.next() || query.lastError().isValid();
        }
        QVERIFY2(failed, "reading the damaged page should fail");
        const QStringList problems = vault->checkIntegrity(false);
        QVERIFY(!problems.isEmpty());
        QVERIFY2(problems.join(QLatin1Char(' ')).contains(QStringLiteral("Page")),
                 qPrintable(problems.join(QLatin1Char(' '))));
        vault->close();
        QCOMPARE(fileHash(file), damaged);
    }

    void changePassphraseKeepsSaltAndData()
    {
        VaultError error;
        const QString file = path(QStringLiteral("passwd.mandaat"));
        const QString copy = path(QStringLiteral("passwd-before.mandaat"));
        auto vault = createWith(QStringLiteral("passwd.mandaat"), QStringLiteral("Karin"));
        QVERIFY(vault);
        QVERIFY(vault->copyTo(copy, &error));
        const QString newPassphrase = QStringLiteral("een heel andere lange zin");
        QVERIFY2(vault->changePassphrase(newPassphrase, &error), qPrintable(error.message));
        const QByteArray salt = vault->salt();
        // The open vault goes on under the new key: it reads and writes as before.
        QCOMPARE(get(*vault, QStringLiteral("canary")).toString(), QStringLiteral("Karin"));
        QVERIFY(put(*vault, QStringLiteral("after"), QStringLiteral("Joris")));
        QVERIFY(!vault->changePassphrase(newPassphrase, &error)); // the same passphrase: nothing to change
        QVERIFY2(error.message.contains(QStringLiteral("current passphrase")), qPrintable(error.message));
        vault->close();

        QVERIFY(!Vault::open(file, passphrase(), Vault::Access::ReadOnly, &error));
        QCOMPARE(error.exitCode(), 3);
        auto reopened = Vault::open(file, newPassphrase, Vault::Access::ReadOnly, &error);
        QVERIFY2(reopened, qPrintable(error.message));
        QCOMPARE(reopened->salt(), salt);
        QCOMPARE(get(*reopened, QStringLiteral("canary")).toString(), QStringLiteral("Karin"));
        QCOMPARE(get(*reopened, QStringLiteral("after")).toString(), QStringLiteral("Joris"));

        auto earlier = Vault::open(copy, passphrase(), Vault::Access::ReadOnly, &error);
        QVERIFY2(earlier, qPrintable(error.message));
        QCOMPARE(get(*earlier, QStringLiteral("canary")).toString(), QStringLiteral("Karin"));
        QVERIFY(!Vault::open(copy, newPassphrase, Vault::Access::ReadOnly, &error));
    }

    void encryptedCopy()
    {
        VaultError error;
        auto vault = createWith(QStringLiteral("source.mandaat"), QStringLiteral("Pieter"));
        QVERIFY(vault);
        const QString copy = path(QStringLiteral("copy.mandaat"));
        QVERIFY2(vault->copyTo(copy, &error), qPrintable(error.message));
        QVERIFY(!vault->copyTo(copy, &error)); // never overwrites
        QVERIFY(error.message.contains(QStringLiteral("already exists")));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.partial")}, QDir::Files), QStringList());

        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(16), vault->salt());
        file.close();
        auto opened = Vault::open(copy, passphrase(), Vault::Access::ReadOnly, &error);
        QVERIFY2(opened, qPrintable(error.message));
        QCOMPARE(opened->schemaVersion(), latestSchemaVersion());
        QCOMPARE(opened->pageSize(), 4096);
        QCOMPARE(get(*opened, QStringLiteral("canary")).toString(), QStringLiteral("Pieter"));
        QVERIFY(opened->checkIntegrity(false).isEmpty());
    }

    void readOnlyWritesNothing()
    {
        auto vault = createWith(QStringLiteral("ro.mandaat"), QStringLiteral("ro"));
        QVERIFY(vault);
        vault->close();
        const QString file = path(QStringLiteral("ro.mandaat"));
        const QByteArray before = fileHash(file);
        VaultError error;
        auto readOnly = Vault::open(file, passphrase(), Vault::Access::ReadOnly, &error);
        QVERIFY(readOnly);
        QVERIFY(!put(*readOnly, QStringLiteral("canary"), QStringLiteral("changed")));
        QVERIFY(readOnly->checkIntegrity(true).isEmpty());
        readOnly->close();
        QCOMPARE(fileHash(file), before);
    }

    void migrationsCopyFirstAndRefuseNewer()
    {
        VaultError error;
        const QString file = path(QStringLiteral("migrate.mandaat"));
        {
            auto vault = createWith(QStringLiteral("migrate.mandaat"), QStringLiteral("before"));
            QVERIFY(vault);
        }
        const int current = latestSchemaVersion();
        std::vector<Migration> steps = schemaMigrations();
        steps.push_back(
            {current + 1, "test: an extra table", "CREATE TABLE extra (x TEXT); INSERT INTO extra VALUES ('y');"});
        setSchemaMigrationsForTesting(&steps);
        auto migrated = Vault::open(file, passphrase(), Vault::Access::ReadWrite, &error);
        QVERIFY2(migrated, qPrintable(error.message));
        QCOMPARE(migrated->schemaVersion(), current + 1);
        migrated->close();

        const QStringList copies =
            QDir(m_dir.path())
                .entryList({QStringLiteral("migrate.before-schema-%1.*.mandaat").arg(current + 1)}, QDir::Files);
        QCOMPARE(copies.size(), 1);
        auto copy = Vault::open(m_dir.filePath(copies.first()), passphrase(), Vault::Access::ReadOnly, &error);
        QVERIFY2(copy, qPrintable(error.message));
        QCOMPARE(copy->schemaVersion(), current);
        QCOMPARE(get(*copy, QStringLiteral("canary")).toString(), QStringLiteral("before"));
        copy->close();

        // A failing step rolls back: the vault stays at the version it had.
        steps.push_back({current + 2, "test: a broken step", "CREATE TABLE broken (x); THIS IS NOT SQL;"});
        QVERIFY(!Vault::open(file, passphrase(), Vault::Access::ReadWrite, &error));
        QVERIFY(error.message.contains(QString::number(current + 2)));
        steps.pop_back();
        auto still = Vault::open(file, passphrase(), Vault::Access::ReadOnly, &error);
        QVERIFY(still);
        QCOMPARE(still->schemaVersion(), current + 1);
        QSqlQuery query(still->database());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'broken'")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        still->close();

        // This version of Mandaat knows only up to `current`: the newer vault is refused untouched.
        setSchemaMigrationsForTesting(nullptr);
        const QByteArray before = fileHash(file);
        QVERIFY(!Vault::open(file, passphrase(), Vault::Access::ReadWrite, &error));
        QCOMPARE(error.kind, VaultError::Kind::TooNew);
        QVERIFY(error.message.contains(QStringLiteral("newer version")));
        QCOMPARE(fileHash(file), before);
    }

    void noPlaintextOnDisk()
    {
        // The canary is written, rewritten in a transaction (so a journal exists while we look)
        // and deleted; at no point may it be readable in any file in the folder.
        QTemporaryDir dir;
        const QString canary = QStringLiteral("Kanarie-Vogel-7731 Zo\u00eb");
        VaultError error;
        auto vault = Vault::create(dir.filePath(QStringLiteral("canary.mandaat")), passphrase(), &error);
        QVERIFY(vault);
        QVERIFY(put(*vault, QStringLiteral("canary"), canary));
        QVERIFY(test::filesContaining(dir.path(), canary).isEmpty());
        QVERIFY(vault->database().transaction());
        QVERIFY(put(*vault, QStringLiteral("canary2"), canary + canary));
        QVERIFY(put(*vault, QStringLiteral("canary"), QStringLiteral("other")));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("canary.mandaat-journal"))));
        QCOMPARE(test::filesContaining(dir.path(), canary), QStringList());
        QVERIFY(vault->database().commit());
        QVERIFY(vault->copyTo(dir.filePath(QStringLiteral("copy.mandaat")), &error));
        vault->close();
        QCOMPARE(test::filesContaining(dir.path(), canary), QStringList());
        // The scan itself can find: the same text in a plain file is reported.
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("plain.txt")), canary.toUtf8()));
        QCOMPARE(test::filesContaining(dir.path(), canary).size(), 1);
    }
};

QTEST_GUILESS_MAIN(VaultTest)
#include "VaultTest.moc"
