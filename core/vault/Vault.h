#pragma once

#include "util/Progress.h"
#include "util/SecureBytes.h"
#include "vault/VaultError.h"

#include <QByteArray>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

namespace mandaat {

class OutputFile;
class Vault;

/// A copy of an open vault under way (Vault::startCopy): the destination is attached to the
/// vault's connection under a temporary name beside it. write() copies the pages, finish()
/// detaches it and moves it into place. Destroyed before finish() (cancelled, failed), it
/// detaches and removes the partial file and its journal: nothing is left behind. Everything
/// runs on the thread that opened the vault.
class VaultCopy
{
public:
    ~VaultCopy();
    VaultCopy(const VaultCopy&) = delete;
    VaultCopy& operator=(const VaultCopy&) = delete;

    /// Copies every page (sqlcipher_export) and the user_version. May run inside a transaction
    /// of the vault's (what it writes first is then in the copy, and undone with it). \a progress,
    /// when given, hears the bytes written so far of those expected (an estimate) every few
    /// hundred of SQLite's steps, and may cancel: the error's kind is then
    /// VaultError::Kind::Cancelled.
    bool write(Progress* progress, VaultError* error);
    /// Detaches the copy (outside any transaction) and renames it to its destination.
    bool finish(VaultError* error);

private:
    friend class Vault;
    VaultCopy(const Vault& vault, const QString& destination);
    void discard();

    const Vault& m_vault;
    QString m_destination;
    std::unique_ptr<OutputFile> m_partial;
    bool m_attached = false;
};

/// One practice's encrypted file (docs/architecture.md, Storage and Keys). A Vault is open from the
/// moment a factory returns it until close(); closing wipes the key and removes the
/// database connection. All SQL goes through database(); the key never leaves this class
/// except to the keychain and the emergency sheet, through key().
class Vault : public QObject
{
    Q_OBJECT

public:
    enum class Access { ReadWrite, ReadOnly };

    ~Vault() override;

    /// Creates a new vault at \a path, which must not exist (an existing file, even an empty
    /// one, is never turned into a vault), with a fresh random salt.
    static std::unique_ptr<Vault> create(const QString& path, const QString& passphrase, VaultError* error);
    /// Creates with a key already derived from \a salt (KeyDerivation::deriveKey), so that
    /// the slow derivation can run on a worker thread; \a salt comes from newSalt().
    static std::unique_ptr<Vault>
    createWithKey(const QString& path, const QByteArray& salt, const SecureBytes& key, VaultError* error);
    /// 16 random bytes from the system's generator: a new vault's salt.
    static QByteArray newSalt();
    /// Opens with the passphrase; derives the key with Argon2id over the file's salt.
    static std::unique_ptr<Vault>
    open(const QString& path, const QString& passphrase, Access access, VaultError* error);
    /// Opens with the 32-byte key itself (the keychain, the emergency sheet).
    static std::unique_ptr<Vault>
    openWithKey(const QString& path, const SecureBytes& key, Access access, VaultError* error);

    /// Checks size and readability and reads the salt without opening the database: the first
    /// step of every open, usable before a slow key derivation. Writes nothing.
    static bool inspectFile(const QString& path, QByteArray* salt, VaultError* error);

    QSqlDatabase database() const;
    QString connectionName() const { return m_connectionName; }
    QString path() const { return m_path; }
    QByteArray salt() const { return m_salt; }
    /// The salt as the 32-character lowercase hex text Argon2 is given; also the keychain's
    /// entry name for this vault.
    QString saltHex() const;
    const SecureBytes& key() const { return m_key; }
    Access access() const { return m_access; }
    bool isOpen() const { return m_connection != nullptr; }
    int schemaVersion() const;
    int pageSize() const;

    /// Re-encrypts every page under the key of \a newPassphrase; the salt stays, so copies
    /// made before still open with the old passphrase. Holds an exclusive lock on the file for
    /// the whole change (another program reading or writing it makes it fail at once, nothing
    /// changed) and returns true only after a fresh connection opened the file with the new key
    /// and the old key was refused. On false, \a error says what happened and which
    /// passphrase opens the vault now; this object then goes on with the key that opens the
    /// file (key() tells which). Not inside a transaction.
    bool changePassphrase(const QString& newPassphrase, VaultError* error);
    /// The same with the new key already derived over salt() (KeyDerivation::deriveKey), so
    /// that the slow derivation can run on a worker thread.
    bool changeKey(const SecureBytes& newKey, VaultError* error);
    /// True when opening found a change left unfinished by a program that stopped (a hot
    /// journal beside the file) and rolled it back first. A read-only open does that too: it
    /// opens the file for writing once, under SQLite's lock, only for the rollback.
    bool recoveredJournal() const { return m_recoveredJournal; }
    /// Writes an encrypted copy with the same salt and key (sqlcipher_export into an
    /// attached database) and the same user_version. \a destination must not exist; the copy
    /// is written under a temporary name and renamed when complete.
    bool copyTo(const QString& destination, VaultError* error, Progress* progress = nullptr) const;
    /// The first step of copyTo: checks \a destination and attaches it, keyed like this vault.
    /// nullptr with \a error when it cannot. Not inside a transaction (SQLite cannot attach there).
    std::unique_ptr<VaultCopy> startCopy(const QString& destination, VaultError* error) const;
    /// PRAGMA integrity_check (or quick_check): empty when the vault is sound, else the
    /// problems SQLite names. Damage that stops the check itself is returned as its message.
    /// \a progress, when given, is asked every few thousand steps whether to go on; once it is
    /// cancelled the check stops and the list holds only that it was cancelled.
    QStringList checkIntegrity(bool quick, Progress* progress = nullptr) const;

    /// Locks: closes the connection and wipes the key. Idempotent.
    void close();

Q_SIGNALS:
    void closed();

private:
    friend class VaultCopy;
    Vault(const QString& path, Access access);

    static std::unique_ptr<Vault>
    openKeyed(const QString& path, const QByteArray& salt, const SecureBytes& key, Access access, VaultError* error);
    bool configure(VaultError* error);
    bool migrate(VaultError* error);
    bool recordCreation(VaultError* error);
    bool runMigrations(int from, VaultError* error);
    void adoptConnection();
    QString backupNameBeforeMigration(int toVersion) const;
    bool resyncKey(const SecureBytes& key);

    QString m_path;
    Access m_access;
    QByteArray m_salt;
    SecureBytes m_key;
    sqlite3* m_connection = nullptr;
    QString m_connectionName;
    bool m_recoveredJournal = false;
};

} // namespace mandaat
