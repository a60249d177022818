#include "Vault.h"

#include "repositories/AuditLog.h"
#include "storage/Migrations.h"
#include "storage/SqlCipherDriver.h"
#include "util/OutputFile.h"
#include "vault/KeyDerivation.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <sqlite3.h>
#include <sys/statvfs.h>

#include <algorithm>

namespace mandaat {

namespace {

constexpr qint64 PageSize = 4096;
const QByteArray PlainSqliteHeader("SQLite format 3\0", 16);

QString sqliteMessage(sqlite3* db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
}

// Runs one statement that returns nothing we need. \a rcOut receives SQLite's result code.
bool execute(sqlite3* db, const char* sql, int* rcOut = nullptr)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rcOut) {
        *rcOut = rc;
    }
    return rc == SQLITE_OK;
}

// Reads a single integer (a PRAGMA's value); -1 when there is none.
int queryInt(sqlite3* db, const char* sql, int* rcOut = nullptr)
{
    sqlite3_stmt* statement = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    int value = -1;
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW) {
            value = sqlite3_column_int(statement, 0);
            rc = SQLITE_OK;
        } else if (rc == SQLITE_DONE) {
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(statement);
    if (rcOut) {
        *rcOut = rc;
    }
    return value;
}

VaultError classify(int rc, sqlite3* db, const QString& path)
{
    const int primary = rc & 0xff;
    const QString file = QDir::toNativeSeparators(path);
    switch (primary) {
    case SQLITE_NOTADB:
        return VaultError::make(VaultError::Kind::WrongKey,
                                Vault::tr("The passphrase or key is wrong, or the first page of %1 is damaged. "
                                          "Check the passphrase; if it is right, restore the vault from a backup.")
                                    .arg(file));
    case SQLITE_CORRUPT:
        return VaultError::make(
            VaultError::Kind::Damaged,
            Vault::tr("%1 is damaged (%2). Restore the vault from a backup.").arg(file, sqliteMessage(db)));
    case SQLITE_FULL:
        return VaultError::make(VaultError::Kind::Failed,
                                Vault::tr("The disk holding %1 is full. Nothing was changed; free some space and "
                                          "try again.")
                                    .arg(file));
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
        return VaultError::make(VaultError::Kind::Failed,
                                Vault::tr("%1 cannot be opened for writing (%2). Check the file's permissions.")
                                    .arg(file, sqliteMessage(db)));
    default:
        break;
    }
    return VaultError::make(VaultError::Kind::Failed,
                            Vault::tr("%1 could not be used: %2.").arg(file, sqliteMessage(db)));
}

QAtomicInt s_connectionCounter;

// Keys a fresh connection as configure() does, up to the first read; SQLITE_NOTADB means the
// key is refused.
int keyAndRead(sqlite3* db, const QByteArray& salt, const SecureBytes& key)
{
    int rc = SQLITE_OK;
    if (!execute(db, "PRAGMA cipher_default_page_size = 4096", &rc)) {
        return rc;
    }
    const SecureBytes spec = KeyDerivation::rawKeySpec(key, salt);
    rc = sqlite3_key_v2(db, "main", spec.data(), static_cast<int>(spec.size()));
    if (rc != SQLITE_OK || !execute(db, "PRAGMA cipher_page_size = 4096", &rc)) {
        return rc;
    }
    sqlite3_busy_timeout(db, 5000);
    queryInt(db, "SELECT count(*) FROM sqlite_master", &rc);
    return rc;
}

// How the file answers a key, asked on a connection of its own (never the Vault's).
enum class KeyAnswer { Opens, Refused, Unknown };

// Opens \a path afresh with \a key. Read-write, so that a change left unfinished is rolled back
// first as at any opening, but nothing is written (query_only). With \a wholeFile every page is
// read (PRAGMA quick_check), not only the first. \a detail receives why the answer is Unknown.
KeyAnswer tryKey(const QString& path, const QByteArray& salt, const SecureBytes& key, bool wholeFile, QString* detail)
{
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) {
        rc = keyAndRead(db, salt, key);
    }
    KeyAnswer answer = KeyAnswer::Unknown;
    QString why = sqliteMessage(db);
    if ((rc & 0xff) == SQLITE_NOTADB) {
        answer = KeyAnswer::Refused;
    } else if (rc == SQLITE_OK) {
        execute(db, "PRAGMA query_only = ON");
        answer = KeyAnswer::Opens;
        if (wholeFile) {
            sqlite3_stmt* check = nullptr;
            rc = sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &check, nullptr);
            rc = rc == SQLITE_OK ? sqlite3_step(check) : rc;
            const QByteArray first = rc == SQLITE_ROW
                ? QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(check, 0)))
                : QByteArray();
            if (first != "ok") {
                answer = KeyAnswer::Unknown;
                why = first.isEmpty() ? sqliteMessage(db) : QString::fromUtf8(first);
            }
            sqlite3_finalize(check);
        }
    }
    sqlite3_close_v2(db);
    if (detail) {
        *detail = why;
    }
    return answer;
}

// Opens \a path for writing once, keyed, so that SQLite rolls back the change a stopped program
// left unfinished (its hot journal) under SQLite's own lock, then closes it again.
bool rollBackJournal(const QString& path, const QByteArray& salt, const SecureBytes& key, VaultError* error)
{
    const QString file = QDir::toNativeSeparators(path);
    const QString journal = QDir::toNativeSeparators(path + QStringLiteral("-journal"));
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) {
        rc = keyAndRead(db, salt, key);
    }
    if (rc == SQLITE_OK) {
        sqlite3_close_v2(db);
        return true;
    }
    VaultError failure;
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        failure = classify(rc, db, path);
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        failure = VaultError::make(
            VaultError::Kind::Failed,
            Vault::tr("%1 is being changed by another program right now. Nothing was read; try again when it is done.")
                .arg(file));
        break;
    default:
        failure = VaultError::make(
            VaultError::Kind::Failed,
            Vault::tr("%1 has a change left unfinished by a program that stopped: the journal %2 beside it holds "
                      "what is needed to undo it. The first program that may write the vault and its folder rolls "
                      "that change back when it opens the vault; this could not be done here (%3). Open the vault "
                      "once with permission to write it and its folder (in Mandaat, or with this command from an "
                      "account that may). Do not delete or move %2: without it the vault stays half changed.")
                .arg(file, journal, sqliteMessage(db)));
        break;
    }
    sqlite3_close_v2(db);
    setError(error, failure);
    return false;
}

} // namespace

Vault::Vault(const QString& path, Access access)
    : m_path(path)
    , m_access(access)
{ }

Vault::~Vault()
{
    close();
}

QString Vault::saltHex() const
{
    return QString::fromLatin1(m_salt.toHex());
}

bool Vault::inspectFile(const QString& path, QByteArray* salt, VaultError* error)
{
    const QString file = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        setError(error, VaultError::make(VaultError::Kind::Failed, tr("There is no file at %1.").arg(file)));
        return false;
    }
    if (info.isDir()) {
        setError(error, VaultError::make(VaultError::Kind::Failed, tr("%1 is a folder, not a vault file.").arg(file)));
        return false;
    }
    const qint64 size = info.size();
    if (size == 0) {
        setError(error,
                 VaultError::make(VaultError::Kind::Damaged,
                                  tr("%1 is empty: it is not a Mandaat vault, or it was not copied completely. "
                                     "Restore the vault from a backup.")
                                      .arg(file)));
        return false;
    }
    if (size < PageSize || size % PageSize != 0) {
        setError(error,
                 VaultError::make(VaultError::Kind::Damaged,
                                  tr("%1 is not a Mandaat vault, or it is damaged: its size (%2 bytes) is not a "
                                     "whole number of 4096-byte pages. Restore the vault from a backup.")
                                      .arg(file)
                                      .arg(size)));
        return false;
    }
    QFile handle(path);
    if (!handle.open(QIODevice::ReadOnly)) {
        setError(error,
                 VaultError::make(
                     VaultError::Kind::Failed,
                     tr("%1 cannot be read: %2. Check the file's permissions.").arg(file, handle.errorString())));
        return false;
    }
    const QByteArray head = handle.read(KeyDerivation::SaltSize);
    if (head.size() != KeyDerivation::SaltSize) {
        setError(
            error,
            VaultError::make(VaultError::Kind::Failed, tr("%1 cannot be read: %2.").arg(file, handle.errorString())));
        return false;
    }
    if (head == PlainSqliteHeader) {
        setError(error,
                 VaultError::make(VaultError::Kind::Damaged,
                                  tr("%1 is an unencrypted SQLite database, not a Mandaat vault.").arg(file)));
        return false;
    }
    if (salt) {
        *salt = head;
    }
    return true;
}

QByteArray Vault::newSalt()
{
    QByteArray salt(KeyDerivation::SaltSize, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()),
                                          KeyDerivation::SaltSize / static_cast<int>(sizeof(quint32)));
    return salt;
}

std::unique_ptr<Vault> Vault::create(const QString& path, const QString& passphrase, VaultError* error)
{
    const QByteArray salt = newSalt();
    Error derivationError;
    const SecureBytes key = KeyDerivation::deriveKey(passphrase, salt, &derivationError);
    if (key.isEmpty()) {
        setError(error, VaultError::make(VaultError::Kind::Failed, derivationError.message));
        return nullptr;
    }
    return createWithKey(path, salt, key, error);
}

std::unique_ptr<Vault>
Vault::createWithKey(const QString& path, const QByteArray& salt, const SecureBytes& key, VaultError* error)
{
    const QString file = QDir::toNativeSeparators(path);
    if (salt.size() != KeyDerivation::SaltSize || key.size() != KeyDerivation::KeySize) {
        setError(error,
                 VaultError::make(VaultError::Kind::Failed, tr("A new vault needs a 16-byte salt and a 32-byte key.")));
        return nullptr;
    }
    // Reserve the name atomically: an existing file, even an empty one, is never overwritten
    // or turned into a vault.
    QFile reservation(path);
    if (!reservation.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        const bool exists = QFileInfo::exists(path);
        setError(error,
                 VaultError::make(VaultError::Kind::Failed,
                                  exists ? tr("%1 already exists. Choose another name; Mandaat never overwrites a file "
                                              "when it creates a vault.")
                                               .arg(file)
                                         : tr("%1 cannot be created: %2.").arg(file, reservation.errorString())));
        return nullptr;
    }
    reservation.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    reservation.close();

    std::unique_ptr<Vault> vault(new Vault(path, Access::ReadWrite));
    vault->m_salt = salt;
    vault->m_key = key;
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    vault->m_connection = db;
    if (rc != SQLITE_OK) {
        setError(error, classify(rc, db, path));
        vault->close();
        QFile::remove(path);
        return nullptr;
    }
    if (!vault->configure(error) || !vault->migrate(error) || !vault->recordCreation(error)) {
        vault->close();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-journal"));
        return nullptr;
    }
    vault->adoptConnection();
    return vault;
}

// The first row of every vault: when it was made. It is also what the owner's way out
// (README) reads back to show the vault opens without Mandaat.
bool Vault::recordCreation(VaultError* error)
{
    sqlite3_stmt* statement = nullptr;
    int rc = sqlite3_prepare_v2(m_connection,
                                "INSERT INTO practice_setting (key, value) VALUES ('vault.created_at', ?1)",
                                -1,
                                &statement,
                                nullptr);
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8();
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(statement, 1, now.constData(), static_cast<int>(now.size()), nullptr);
        rc = sqlite3_step(statement);
        rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_OK) {
        setError(error, classify(rc, m_connection, m_path));
        return false;
    }
    return true;
}

std::unique_ptr<Vault> Vault::open(const QString& path, const QString& passphrase, Access access, VaultError* error)
{
    QByteArray salt;
    if (!inspectFile(path, &salt, error)) {
        return nullptr;
    }
    Error derivationError;
    const SecureBytes key = KeyDerivation::deriveKey(passphrase, salt, &derivationError);
    if (key.isEmpty()) {
        setError(error, VaultError::make(VaultError::Kind::Failed, derivationError.message));
        return nullptr;
    }
    return openKeyed(path, salt, key, access, error);
}

std::unique_ptr<Vault> Vault::openWithKey(const QString& path, const SecureBytes& key, Access access, VaultError* error)
{
    if (key.size() != KeyDerivation::KeySize) {
        setError(
            error,
            VaultError::make(
                VaultError::Kind::WrongKey,
                tr("A vault key has 64 hexadecimal characters (32 bytes); this one has %1 bytes.").arg(key.size())));
        return nullptr;
    }
    QByteArray salt;
    if (!inspectFile(path, &salt, error)) {
        return nullptr;
    }
    return openKeyed(path, salt, key, access, error);
}

std::unique_ptr<Vault>
Vault::openKeyed(const QString& path, const QByteArray& salt, const SecureBytes& key, Access access, VaultError* error)
{
    // A read-only connection cannot roll back a change left unfinished by a program that
    // stopped (SQLITE_READONLY_ROLLBACK at the first read): the file is opened for writing once
    // for that, and then read-only again.
    bool rolledBack = false;
    for (int attempt = 0; attempt < 2; ++attempt) {
        std::unique_ptr<Vault> vault(new Vault(path, access));
        vault->m_salt = salt;
        vault->m_key = key;
        const int flags = access == Access::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
        sqlite3* db = nullptr;
        const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr);
        vault->m_connection = db;
        if (rc != SQLITE_OK) {
            setError(error, classify(rc, db, path));
            vault->close();
            return nullptr;
        }
        if (!vault->configure(error) || !vault->migrate(error)) {
            const bool hotJournal = sqlite3_extended_errcode(db) == SQLITE_READONLY_ROLLBACK;
            vault->close();
            if (hotJournal && attempt == 0) {
                if (!rollBackJournal(path, salt, key, error)) {
                    return nullptr;
                }
                rolledBack = true;
                continue;
            }
            return nullptr;
        }
        vault->m_recoveredJournal = rolledBack;
        vault->adoptConnection();
        return vault;
    }
    return nullptr;
}

// The order matters (docs/architecture.md, Keys): default page size before the key, the page size after
// the key and before the first read, the first read classifies the key, then the page size is
// checked and the connection's pragmas set.
bool Vault::configure(VaultError* error)
{
    sqlite3* db = m_connection;
    int rc = SQLITE_OK;
    if (!execute(db, "PRAGMA cipher_default_page_size = 4096", &rc)) {
        setError(error, classify(rc, db, m_path));
        return false;
    }
    const SecureBytes spec = KeyDerivation::rawKeySpec(m_key, m_salt);
    rc = sqlite3_key_v2(db, "main", spec.data(), static_cast<int>(spec.size()));
    if (rc != SQLITE_OK) {
        setError(error, classify(rc, db, m_path));
        return false;
    }
    if (!execute(db, "PRAGMA cipher_page_size = 4096", &rc)) {
        setError(error, classify(rc, db, m_path));
        return false;
    }
    queryInt(db, "SELECT count(*) FROM sqlite_master", &rc);
    if (rc != SQLITE_OK) {
        setError(error, classify(rc, db, m_path));
        return false;
    }
    const int pageSize = queryInt(db, "PRAGMA page_size", &rc);
    if (rc != SQLITE_OK || pageSize != PageSize) {
        setError(error,
                 VaultError::make(VaultError::Kind::Damaged,
                                  tr("%1 uses %2-byte pages; a Mandaat vault uses 4096-byte pages. It was not made "
                                     "by Mandaat, or it is damaged.")
                                      .arg(QDir::toNativeSeparators(m_path))
                                      .arg(pageSize)));
        return false;
    }
    // No plaintext in temporary files: SQLite's sorter and temp tables stay in memory.
    // A page cache of 16 MiB instead of SQLite's 2 MiB: every page read from the file is
    // decrypted and checked, so the pages a search or the Overview reads again (the notes'
    // index, the session table) should stay decrypted (docs/performance.md).
    const char* common[] = {"PRAGMA foreign_keys = ON",
                            "PRAGMA secure_delete = ON",
                            "PRAGMA temp_store = MEMORY",
                            "PRAGMA cache_size = -16384"};
    for (const char* sql : common) {
        if (!execute(db, sql, &rc)) {
            setError(error, classify(rc, db, m_path));
            return false;
        }
    }
    if (m_access == Access::ReadOnly) {
        execute(db, "PRAGMA query_only = ON");
        return true;
    }
    // One file a user can copy: a rollback journal, never WAL.
    const char* writable[] = {"PRAGMA journal_mode = DELETE", "PRAGMA synchronous = FULL"};
    for (const char* sql : writable) {
        if (!execute(db, sql, &rc)) {
            setError(error, classify(rc, db, m_path));
            return false;
        }
    }
    sqlite3_busy_timeout(db, 5000);
    return true;
}

bool Vault::migrate(VaultError* error)
{
    int rc = SQLITE_OK;
    const int version = queryInt(m_connection, "PRAGMA user_version", &rc);
    if (rc != SQLITE_OK) {
        setError(error, classify(rc, m_connection, m_path));
        return false;
    }
    const int latest = latestSchemaVersion();
    if (version > latest) {
        setError(error,
                 VaultError::make(VaultError::Kind::TooNew,
                                  tr("%1 was last used by a newer version of Mandaat (schema %2; this version knows "
                                     "up to %3). Update Mandaat to open it; nothing was changed.")
                                      .arg(QDir::toNativeSeparators(m_path))
                                      .arg(version)
                                      .arg(latest)));
        return false;
    }
    if (version == latest || m_access == Access::ReadOnly) {
        return true;
    }
    if (version == 0) {
        const int objects = queryInt(m_connection, "SELECT count(*) FROM sqlite_master", &rc);
        if (objects > 0) {
            setError(
                error,
                VaultError::make(
                    VaultError::Kind::Damaged,
                    tr("%1 is an encrypted database, but not a Mandaat vault.").arg(QDir::toNativeSeparators(m_path))));
            return false;
        }
    } else {
        // An existing vault: keep an encrypted copy of it as it was before changing its schema.
        if (!copyTo(backupNameBeforeMigration(latest), error)) {
            return false;
        }
    }
    return runMigrations(version, error);
}

bool Vault::runMigrations(int from, VaultError* error)
{
    for (const Migration& step : schemaMigrations()) {
        if (step.version <= from) {
            continue;
        }
        int rc = SQLITE_OK;
        const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(step.version);
        if (!execute(m_connection, "BEGIN IMMEDIATE", &rc)) {
            setError(error, classify(rc, m_connection, m_path));
            return false;
        }
        if (!execute(m_connection, step.sql, &rc) || !execute(m_connection, setVersion.constData(), &rc)) {
            const VaultError failure = classify(rc, m_connection, m_path);
            execute(m_connection, "ROLLBACK");
            setError(error,
                     VaultError::make(failure.kind,
                                      tr("The vault could not be brought to schema version %1: %2")
                                          .arg(step.version)
                                          .arg(failure.message)));
            return false;
        }
        if (!execute(m_connection, "COMMIT", &rc)) {
            const VaultError failure = classify(rc, m_connection, m_path);
            execute(m_connection, "ROLLBACK");
            setError(error, failure);
            return false;
        }
    }
    return true;
}

QString Vault::backupNameBeforeMigration(int toVersion) const
{
    const QFileInfo info(m_path);
    const QString stem = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QStringLiteral("mandaat") : info.suffix();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate =
        info.dir().filePath(QStringLiteral("%1.before-schema-%2.%3.%4").arg(stem).arg(toVersion).arg(stamp, suffix));
    for (int n = 2; QFileInfo::exists(candidate); ++n) {
        candidate = info.dir().filePath(
            QStringLiteral("%1.before-schema-%2.%3-%4.%5").arg(stem).arg(toVersion).arg(stamp).arg(n).arg(suffix));
    }
    return candidate;
}

void Vault::adoptConnection()
{
    m_connectionName = QStringLiteral("mandaat-vault-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1) + 1);
    auto* driver = new SqlCipherDriver(m_connection);
    QSqlDatabase::addDatabase(driver, m_connectionName);
    OutputFile::noteOpenVault(this, m_path); // no letter or export is ever written over it
    // The records of a vault from before schema 9 get their first audit entries once (issue
    // 16, item 5). A failure does not keep the vault closed: verify reports the records that
    // have no entry.
    if (m_access == Access::ReadWrite) {
        AuditLog::coverRecords(m_connectionName);
    }
}

QSqlDatabase Vault::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Vault::schemaVersion() const
{
    return m_connection ? queryInt(m_connection, "PRAGMA user_version") : -1;
}

int Vault::pageSize() const
{
    return m_connection ? queryInt(m_connection, "PRAGMA page_size") : -1;
}

bool Vault::changePassphrase(const QString& newPassphrase, VaultError* error)
{
    if (!m_connection || m_access != Access::ReadWrite) {
        setError(error, VaultError::make(VaultError::Kind::Failed, tr("The vault is not open for writing.")));
        return false;
    }
    Error derivationError;
    const SecureBytes newKey = KeyDerivation::deriveKey(newPassphrase, m_salt, &derivationError);
    if (newKey.isEmpty()) {
        setError(error, VaultError::make(VaultError::Kind::Failed, derivationError.message));
        return false;
    }
    return changeKey(newKey, error);
}

// SQLCipher 3.4's sqlite3_rekey_v2 returns SQLITE_OK whatever happened: when a page cannot be
// written (a full disk, no journal in a read-only folder, another connection's lock) it rolls
// back and says nothing, and it leaves this connection writing under the new key while reading
// under the old one. Hence: the lock first, a write that needs the journal before the rekey,
// and afterwards the file itself is asked which key opens it, and this connection is keyed
// again with that one.
bool Vault::changeKey(const SecureBytes& newKey, VaultError* error)
{
    const QString file = QDir::toNativeSeparators(m_path);
    const QString unchanged = tr("Nothing was changed: the current passphrase still opens the vault.");
    const auto fail = [error](const QString& message) {
        setError(error, VaultError::make(VaultError::Kind::Failed, message));
        return false;
    };
    if (!m_connection || m_access != Access::ReadWrite) {
        return fail(tr("The vault is not open for writing."));
    }
    if (newKey.size() != KeyDerivation::KeySize) {
        return fail(tr("A vault key has 32 bytes; this one has %1.").arg(newKey.size()));
    }
    if (newKey == m_key) {
        return fail(tr("The new passphrase is the vault's current passphrase. Nothing was changed."));
    }
    if (!sqlite3_get_autocommit(m_connection)) {
        return fail(
            tr("A change to %1 is still being saved; change the passphrase when it is done. %2").arg(file, unchanged));
    }
    // While the pages are re-encrypted the journal beside the file holds a copy of each.
    const qint64 size = QFileInfo(m_path).size();
    struct statvfs disk = {};
    if (::statvfs(QFile::encodeName(QFileInfo(m_path).absolutePath()).constData(), &disk) == 0) {
        const qint64 available = qint64(disk.f_bavail) * qint64(disk.f_frsize);
        const qint64 needed = size + size / 64 + 64 * 1024;
        if (available < needed) {
            const auto mb = [](qint64 bytes) { return QString::number(double(bytes) / (1024 * 1024), 'f', 1); };
            return fail(tr("The disk holding %1 has %2 MB free; changing the passphrase needs about %3 MB beside the "
                           "vault, for a journal that holds every page while it is re-encrypted. %4 Free some space "
                           "and try again.")
                            .arg(file, mb(available), mb(needed), unchanged));
        }
    }

    // 1. The lock: no other connection reads or writes the file until the change is done.
    int rc = SQLITE_OK;
    if (!execute(m_connection, "BEGIN EXCLUSIVE", &rc)) {
        switch (rc & 0xff) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return fail(tr("Another program (or another Mandaat window) is reading or changing %1, so its "
                           "passphrase cannot be changed now. %2 Close the other program and try again.")
                            .arg(file, unchanged));
        case SQLITE_NOTADB:
            return fail(tr("The current passphrase no longer opens %1: another program changed its passphrase (or "
                           "damaged its first page) since it was opened here. This change was not made; the "
                           "passphrase set by the other program opens the vault now.")
                            .arg(file));
        default:
            return fail(tr("The passphrase of %1 cannot be changed: %2 %3")
                            .arg(file, classify(rc, m_connection, m_path).message, unchanged));
        }
    }
    // 2. A write that needs the journal, so that a folder SQLite cannot write in stops it here.
    const int version = queryInt(m_connection, "PRAGMA user_version", &rc);
    const QByteArray touch = "PRAGMA user_version = " + QByteArray::number(version);
    if (rc != SQLITE_OK || !execute(m_connection, touch.constData(), &rc)) {
        const int primary = rc & 0xff;
        const QString reason = sqliteMessage(m_connection);
        execute(m_connection, "ROLLBACK");
        if (primary == SQLITE_CANTOPEN || primary == SQLITE_READONLY || primary == SQLITE_PERM) {
            return fail(tr("Mandaat cannot write the journal it needs beside %1 (%2): the folder may be read-only. "
                           "%3 Check the folder's permissions.")
                            .arg(file, reason, unchanged));
        }
        return fail(tr("The passphrase of %1 cannot be changed: %2 %3")
                        .arg(file, classify(rc, m_connection, m_path).message, unchanged));
    }
    // 3. Every page under the new key, inside the lock; rekey commits or rolls back itself.
    {
        const SecureBytes spec = KeyDerivation::rawKeySpec(newKey, m_salt);
        sqlite3_rekey_v2(m_connection, "main", spec.data(), static_cast<int>(spec.size()));
    }
    if (!execute(m_connection, "COMMIT")) {
        execute(m_connection, "ROLLBACK");
    }

    // 4. What opens the file now, asked afresh.
    QString newDetail;
    QString oldDetail;
    const KeyAnswer withNew = tryKey(m_path, m_salt, newKey, true, &newDetail);
    const KeyAnswer withOld = tryKey(m_path, m_salt, m_key, false, &oldDetail);
    if (withNew == KeyAnswer::Opens && withOld == KeyAnswer::Refused) {
        // Changed. Should this connection not take the new key, it is closed (the windows lock)
        // rather than left reading under a key the file no longer has.
        if (!resyncKey(newKey)) {
            close();
            return true;
        }
        m_key = newKey;
        return true;
    }
    if (withOld == KeyAnswer::Opens) {
        resyncKey(m_key);
        return fail(tr("The passphrase of %1 was not changed: re-encrypting its pages failed (the disk may be full, "
                       "or a file-size limit reached) and SQLite undid it. %2")
                        .arg(file, unchanged));
    }
    if (withNew == KeyAnswer::Opens) {
        resyncKey(newKey);
        m_key = newKey;
        return fail(tr("The new passphrase opens %1 now (checked), but whether the old one still does could not be "
                       "checked (%2).")
                        .arg(file, oldDetail));
    }
    return fail(tr("Neither the current passphrase nor the new one opens %1 now (%2). Another program may have changed "
                   "its passphrase at the same time: the passphrase set there opens it. If none does, restore the "
                   "vault from a backup; a backup keeps opening with the passphrase it was made with.")
                    .arg(file, withNew == KeyAnswer::Unknown ? newDetail : oldDetail));
}

// Keys this connection afresh (both directions) with \a key and reads the first page.
bool Vault::resyncKey(const SecureBytes& key)
{
    const SecureBytes spec = KeyDerivation::rawKeySpec(key, m_salt);
    if (sqlite3_key_v2(m_connection, "main", spec.data(), static_cast<int>(spec.size())) != SQLITE_OK) {
        return false;
    }
    int rc = SQLITE_OK;
    queryInt(m_connection, "SELECT count(*) FROM sqlite_master", &rc);
    return rc == SQLITE_OK;
}

bool Vault::copyTo(const QString& destination, VaultError* error, Progress* progress) const
{
    std::unique_ptr<VaultCopy> copy = startCopy(destination, error);
    return copy && copy->write(progress, error) && copy->finish(error);
}

std::unique_ptr<VaultCopy> Vault::startCopy(const QString& destination, VaultError* error) const
{
    if (!m_connection) {
        setError(error, VaultError::make(VaultError::Kind::Failed, tr("The vault is locked.")));
        return nullptr;
    }
    std::unique_ptr<VaultCopy> copy(new VaultCopy(*this, destination));
    // Never over an existing file, a folder or an open vault; written beside it and renamed.
    copy->m_partial = std::make_unique<OutputFile>(destination, OutputFile::Existing::Refuse);
    Error reason;
    if (!copy->m_partial->open(&reason)) {
        setError(error, VaultError::make(VaultError::Kind::Failed, reason.message));
        return nullptr;
    }
    const QByteArray partialName = QFile::encodeName(copy->m_partial->temporaryPath());

    // The copy gets the same raw key with the same salt, bound as a parameter so that the key
    // never appears in SQL text; an unkeyed destination is never attached.
    int rc = SQLITE_OK;
    execute(m_connection, "PRAGMA cipher_default_page_size = 4096");
    sqlite3_stmt* attach = nullptr;
    rc = sqlite3_prepare_v2(m_connection, "ATTACH DATABASE ?1 AS mandaat_copy KEY ?2", -1, &attach, nullptr);
    const SecureBytes spec = KeyDerivation::rawKeySpec(m_key, m_salt);
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(attach, 1, partialName.constData(), static_cast<int>(partialName.size()), nullptr);
        sqlite3_bind_text(
            attach, 2, reinterpret_cast<const char*>(spec.data()), static_cast<int>(spec.size()), nullptr);
        rc = sqlite3_step(attach);
        rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
    sqlite3_finalize(attach);
    if (rc != SQLITE_OK) {
        setError(error, classify(rc, m_connection, destination));
        return nullptr;
    }
    copy->m_attached = true;
    // Before the first read of the copy; a small cache, so that the pages reach the file as they
    // are copied (the progress is the file's size) rather than all at the commit.
    if (!execute(m_connection, "PRAGMA mandaat_copy.cipher_page_size = 4096", &rc) ||
        !execute(m_connection, "PRAGMA mandaat_copy.cache_size = 256", &rc)) {
        setError(error, classify(rc, m_connection, destination));
        return nullptr;
    }
    return copy;
}

namespace {

// sqlite3_progress_handler's state while sqlcipher_export runs (VaultCopy::write).
struct ExportWatch
{
    Progress* progress = nullptr;
    QString path; ///< the partial copy, whose size is the progress
    qint64 total = 0;
    int calls = 0;
    bool cancelled = false;
};

// SQLite calls this every ExportWatchSteps virtual machine steps; every ExportWatchReport-th
// call looks at the copy's size (one stat) and asks whether to go on.
constexpr int ExportWatchSteps = 100;
constexpr int ExportWatchReport = 8;

int watchExport(void* context)
{
    auto* watch = static_cast<ExportWatch*>(context);
    if (watch->cancelled) {
        return 1;
    }
    if (++watch->calls % ExportWatchReport != 0) {
        return 0;
    }
    // An estimate: the copy leaves out free pages, and its last pages reach the file at the
    // commit; it is never shown complete before it is.
    const qint64 done = std::min(QFileInfo(watch->path).size(), watch->total * 99 / 100);
    watch->cancelled = !watch->progress->report(done, watch->total);
    return watch->cancelled ? 1 : 0;
}

} // namespace

VaultCopy::VaultCopy(const Vault& vault, const QString& destination)
    : m_vault(vault)
    , m_destination(destination)
{ }

VaultCopy::~VaultCopy()
{
    discard();
}

bool VaultCopy::write(Progress* progress, VaultError* error)
{
    sqlite3* db = m_vault.m_connection;
    if (!db || !m_attached) {
        setError(error, VaultError::make(VaultError::Kind::Failed, Vault::tr("The vault is locked.")));
        return false;
    }
    // sqlcipher_export, not SQLite's online backup API (sqlite3_backup_step), although the
    // backup API counts its pages: SQLCipher documents sqlcipher_export as the way to copy an
    // encrypted database (also between keys); the backup API copies pages as they are, which is
    // valid only between databases keyed alike with the same cipher and page settings, and it
    // would need a second keyed connection. The export is watched and interrupted instead
    // through sqlite3_progress_handler, which SQLite calls every few thousand virtual machine
    // steps, also inside the export's own statements; the progress is the copy's size against
    // the vault's pages.
    ExportWatch watch;
    watch.progress = progress;
    watch.path = m_partial->temporaryPath();
    watch.total = qMax<qint64>(1, qint64(queryInt(db, "PRAGMA main.page_count")) * PageSize);
    if (progress) {
        if (!progress->report(0, watch.total)) {
            setError(error,
                     VaultError::make(VaultError::Kind::Cancelled,
                                      Vault::tr("The copy was cancelled; nothing was written.")));
            return false;
        }
        sqlite3_progress_handler(db, ExportWatchSteps, &watchExport, &watch);
    }
    int rc = SQLITE_OK;
    const QByteArray setVersion = "PRAGMA mandaat_copy.user_version = " + QByteArray::number(m_vault.schemaVersion());
    const bool exported = execute(db, "SELECT sqlcipher_export('mandaat_copy')", &rc) && !watch.cancelled &&
        execute(db, setVersion.constData(), &rc);
    sqlite3_progress_handler(db, 0, nullptr, nullptr);
    if (watch.cancelled) {
        setError(
            error,
            VaultError::make(VaultError::Kind::Cancelled, Vault::tr("The copy was cancelled; nothing was written.")));
        return false;
    }
    if (!exported) {
        setError(error, classify(rc, db, m_destination));
        return false;
    }
    return true;
}

bool VaultCopy::finish(VaultError* error)
{
    sqlite3* db = m_vault.m_connection;
    int rc = SQLITE_OK;
    if (!db || !execute(db, "DETACH DATABASE mandaat_copy", &rc)) {
        setError(error,
                 db ? classify(rc, db, m_destination)
                    : VaultError::make(VaultError::Kind::Failed, Vault::tr("The vault is locked.")));
        return false;
    }
    m_attached = false;
    Error reason;
    if (!m_partial->commit(&reason)) {
        setError(error, VaultError::make(VaultError::Kind::Failed, reason.message));
        return false;
    }
    m_partial.reset();
    return true;
}

void VaultCopy::discard()
{
    if (m_attached && m_vault.m_connection) {
        execute(m_vault.m_connection, "DETACH DATABASE mandaat_copy");
    }
    m_attached = false;
    m_partial.reset(); // removes the partial copy and its journal
}

namespace {

struct CheckWatch
{
    const Progress* progress = nullptr;
    bool cancelled = false;
};

int watchCheck(void* context)
{
    auto* watch = static_cast<CheckWatch*>(context);
    watch->cancelled = watch->cancelled || !watch->progress->keepGoing();
    return watch->cancelled ? 1 : 0;
}

} // namespace

QStringList Vault::checkIntegrity(bool quick, Progress* progress) const
{
    QStringList problems;
    if (!m_connection) {
        return {tr("The vault is locked.")};
    }
    CheckWatch watch;
    watch.progress = progress;
    if (progress) {
        sqlite3_progress_handler(m_connection, 1000, &watchCheck, &watch);
    }
    sqlite3_stmt* statement = nullptr;
    int rc = sqlite3_prepare_v2(
        m_connection, quick ? "PRAGMA quick_check" : "PRAGMA integrity_check", -1, &statement, nullptr);
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW) {
            const QString line = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
            if (line != QLatin1String("ok")) {
                problems << line;
            }
        }
    }
    if (rc != SQLITE_DONE && !watch.cancelled) {
        problems << classify(rc, m_connection, m_path).message;
    }
    sqlite3_finalize(statement);
    sqlite3_progress_handler(m_connection, 0, nullptr, nullptr);
    if (watch.cancelled) {
        return {tr("The check was cancelled.")};
    }
    return problems;
}

void Vault::close()
{
    const bool wasOpen = m_connection != nullptr;
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    } else if (m_connection) {
        sqlite3_close_v2(m_connection);
    }
    m_connection = nullptr;
    m_key.clear();
    OutputFile::forgetOpenVault(this);
    if (wasOpen) {
        Q_EMIT closed();
    }
}

} // namespace mandaat
