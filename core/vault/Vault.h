#pragma once

#include "util/SecureBytes.h"
#include "vault/VaultError.h"

#include <QByteArray>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace mandaat {

/// One practice's encrypted file (DESIGN.md, Storage and Keys). A Vault is open from the
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
    static std::unique_ptr<Vault> createWithKey(const QString& path,
                                                const QByteArray& salt,
                                                const SecureBytes& key,
                                                VaultError* error);
    /// 16 random bytes from the system's generator: a new vault's salt.
    static QByteArray newSalt();
    /// Opens with the passphrase; derives the key with Argon2id over the file's salt.
    static std::unique_ptr<Vault> open(const QString& path,
                                       const QString& passphrase,
                                       Access access,
                                       VaultError* error);
    /// Opens with the 32-byte key itself (the keychain, the emergency sheet).
    static std::unique_ptr<Vault> openWithKey(const QString& path,
                                              const SecureBytes& key,
                                              Access access,
                                              VaultError* error);

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
    /// made before still open with the old passphrase.
    bool changePassphrase(const QString& newPassphrase, VaultError* error);
    /// Writes an encrypted copy with the same salt and key (sqlcipher_export into an
    /// attached database) and the same user_version. \a destination must not exist; the copy
    /// is written under a temporary name and renamed when complete.
    bool copyTo(const QString& destination, VaultError* error) const;
    /// PRAGMA integrity_check (or quick_check): empty when the vault is sound, else the
    /// problems SQLite names. Damage that stops the check itself is returned as its message.
    QStringList checkIntegrity(bool quick) const;

    /// Locks: closes the connection and wipes the key. Idempotent.
    void close();

Q_SIGNALS:
    void closed();

private:
    Vault(const QString& path, Access access);

    static std::unique_ptr<Vault> openKeyed(const QString& path,
                                            const QByteArray& salt,
                                            const SecureBytes& key,
                                            Access access,
                                            VaultError* error);
    bool configure(VaultError* error);
    bool migrate(VaultError* error);
    bool recordCreation(VaultError* error);
    bool runMigrations(int from, VaultError* error);
    void adoptConnection();
    QString backupNameBeforeMigration(int toVersion) const;

    QString m_path;
    Access m_access;
    QByteArray m_salt;
    SecureBytes m_key;
    sqlite3* m_connection = nullptr;
    QString m_connectionName;
};

} // namespace mandaat
