#pragma once

#include "util/Error.h"
#include "vault/KeyDerivationJob.h"

#include <QByteArray>
#include <QString>
#include <QWidget>

#include <memory>

namespace Ui {
class UnlockPage;
}

namespace mandaat {

class KeyChain;
class Vault;

/// Unlocks one vault file: with its passphrase (derived on a worker thread), with the key
/// remembered in the OS keychain, or with the emergency key. Errors are shown under the field.
class UnlockPage : public QWidget
{
    Q_OBJECT

public:
    /// How the page was reached. Only a vault that was just opened unlocks by itself with a
    /// remembered key; after a lock somebody has to press Unlock.
    enum class Arrival { Opened, Locked };

    explicit UnlockPage(KeyChain& keyChain, QWidget* parent = nullptr);
    ~UnlockPage() override;

    void showVault(const QString& path, Arrival arrival);
    QString vaultPath() const { return m_path; }
    void setRecentVaults(const QStringList& paths);
    bool isBusy() const { return m_busy; }

    /// The vault after unlocked() was emitted.
    std::unique_ptr<Vault> takeVault();

Q_SIGNALS:
    void unlocked();
    void openAnotherRequested();
    void recentVaultChosen(const QString& path);
    /// Something the user should know that did not stop the unlock (the keychain failed).
    void notice(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Source { Passphrase, EmergencyKey, KeyChain };
    enum class Lookup { Found, NotFound, Failed, Dropped };

    void unlock();
    void unlockWithRememberedKey();
    Lookup lookUpRememberedKey(bool unlockIfFound, QString* error);
    void keyDerived(const SecureBytes& key, const QString& error);
    void openWith(const SecureBytes& key, Source source);
    void updateRememberedKey(const SecureBytes& key, Source source);
    QString messageFor(const VaultError& error, Source source) const;
    void updateMode();
    void updateRecentList();
    void setBusy(bool busy, const QString& what = {});
    void setInputEnabled(bool enabled);
    void showError(const QString& text);
    void clearError();
    void focusField();

    std::unique_ptr<Ui::UnlockPage> m_ui;
    KeyChain& m_keyChain;
    KeyDerivationJob m_derivation;
    QString m_path;
    QByteArray m_salt;
    QStringList m_recentVaults;
    bool m_fileReadable = false;
    bool m_busy = false;
    bool m_remembered = false; ///< the keychain holds a key for this vault
    bool m_keyChainFailed = false;
    quint64 m_generation = 0; ///< changes with every vault shown, so late answers are dropped
    std::unique_ptr<Vault> m_vault;
};

} // namespace mandaat
