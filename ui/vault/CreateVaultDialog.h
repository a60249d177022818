#pragma once

#include "vault/KeyChain.h"
#include "vault/KeyDerivationJob.h"

#include <QDialog>

#include <memory>

class QLabel;

namespace Ui {
class CreateVaultDialog;
}

namespace mandaat {

class Vault;

/// Creates a vault: where the file goes and the passphrase, with the rule and a strength bar,
/// errors shown under the field they concern. Accepted only once the vault exists.
class CreateVaultDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr const char* Suffix = ".mandaat";

    explicit CreateVaultDialog(QWidget* parent = nullptr);
    ~CreateVaultDialog() override;

    /// A new name in the user's Documents folder that does not exist yet.
    static QString defaultLocation();
    /// \a text as the file to create: made absolute under Documents, with the suffix appended.
    static QString locationFor(const QString& text);

    /// Until this is called the remember option waits for the keychain's answer.
    void setKeyChainAvailability(const KeyChain::Availability& availability);
    void setLocation(const QString& path);
    QString location() const;
    bool rememberKey() const;

    /// The new vault, after the dialog was accepted.
    std::unique_ptr<Vault> takeVault();

    /// Checks the fields and creates the vault; the dialog closes only when that worked.
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    bool validate();
    void keyDerived(const SecureBytes& key, const QString& error);
    void browse();
    void updateStrength();
    void updateLocationError();
    void setBusy(bool busy);
    static void showFieldError(QLabel* label, const QString& text);

    std::unique_ptr<Ui::CreateVaultDialog> m_ui;
    std::unique_ptr<Vault> m_vault;
    KeyDerivationJob m_derivation;
    QByteArray m_salt;
    QString m_path;
    bool m_busy = false;
};

} // namespace mandaat
