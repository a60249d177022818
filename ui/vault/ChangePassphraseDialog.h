#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ChangePassphraseDialog;
}

namespace mandaat {

class KeyChain;
class Vault;

/// Practice → Change passphrase (issue 15): asks the current passphrase and a new one twice,
/// re-encrypts the open vault (Vault::changePassphrase) and, when this computer remembers the
/// key, remembers the new one instead. The main window then offers the new emergency sheet.
class ChangePassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    ChangePassphraseDialog(Vault& vault, KeyChain& keyChain, QWidget* parent = nullptr);
    ~ChangePassphraseDialog() override;

    void accept() override;

Q_SIGNALS:
    /// The vault opens with the new passphrase only; \a notice tells what became of the key
    /// remembered on this computer, empty when nothing needs saying.
    void changed(const QString& notice);

protected:
    void changeEvent(QEvent* event) override;

private:
    bool validate();
    void clearErrors();

    std::unique_ptr<Ui::ChangePassphraseDialog> m_ui;
    Vault& m_vault;
    KeyChain& m_keyChain;
};

} // namespace mandaat
