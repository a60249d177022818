#include "ChangePassphraseDialog.h"
#include "ui_ChangePassphraseDialog.h"

#include "common/Appearance.h"
#include "vault/KeyChain.h"
#include "vault/KeyDerivation.h"
#include "vault/PassphrasePolicy.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QEvent>
#include <QPushButton>

namespace mandaat {

ChangePassphraseDialog::ChangePassphraseDialog(Vault& vault, KeyChain& keyChain, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChangePassphraseDialog>())
    , m_vault(vault)
    , m_keyChain(keyChain)
{
    m_ui->setupUi(this);
    for (QLabel* label :
         {m_ui->currentErrorLabel, m_ui->passphraseErrorLabel, m_ui->repeatErrorLabel, m_ui->errorLabel}) {
        appearance::makeErrorText(label);
    }
    clearErrors();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Change"));
}

ChangePassphraseDialog::~ChangePassphraseDialog() = default;

void ChangePassphraseDialog::clearErrors()
{
    for (QLabel* label :
         {m_ui->currentErrorLabel, m_ui->passphraseErrorLabel, m_ui->repeatErrorLabel, m_ui->errorLabel}) {
        label->clear();
        label->hide();
    }
}

bool ChangePassphraseDialog::validate()
{
    const auto show = [](QLabel* label, const QString& text) {
        label->setText(text);
        label->show();
    };
    QLineEdit* firstInvalid = nullptr;
    const QString current = m_ui->currentLineEdit->text();
    const QString fresh = m_ui->passphraseLineEdit->text();
    if (current.isEmpty()) {
        show(m_ui->currentErrorLabel, tr("Type the passphrase that opens this vault now."));
        firstInvalid = m_ui->currentLineEdit;
    }
    const QString problem = PassphrasePolicy::check(fresh);
    if (!problem.isEmpty()) {
        show(m_ui->passphraseErrorLabel, problem);
        firstInvalid = firstInvalid ? firstInvalid : m_ui->passphraseLineEdit;
    } else if (!current.isEmpty() && fresh == current) {
        show(m_ui->passphraseErrorLabel, tr("The new passphrase is the current one."));
        firstInvalid = firstInvalid ? firstInvalid : m_ui->passphraseLineEdit;
    } else if (m_ui->repeatLineEdit->text() != fresh) {
        show(m_ui->repeatErrorLabel, tr("The two new passphrases are not the same."));
        firstInvalid = firstInvalid ? firstInvalid : m_ui->repeatLineEdit;
    }
    if (firstInvalid) {
        firstInvalid->setFocus(Qt::OtherFocusReason);
        firstInvalid->selectAll();
    }
    return !firstInvalid;
}

void ChangePassphraseDialog::accept()
{
    clearErrors();
    if (!validate()) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // The current passphrase is asked again, as for any change of a lock: an unlocked window
    // left alone must not let someone else choose the passphrase.
    Error derivationError;
    const SecureBytes current =
        KeyDerivation::deriveKey(m_ui->currentLineEdit->text(), m_vault.salt(), &derivationError);
    if (current.isEmpty() || !(current == m_vault.key())) {
        QApplication::restoreOverrideCursor();
        QLabel* label = current.isEmpty() ? m_ui->errorLabel : m_ui->currentErrorLabel;
        label->setText(current.isEmpty()
                           ? derivationError.message
                           : tr("This is not the passphrase that opens this vault. Nothing was changed."));
        label->show();
        m_ui->currentLineEdit->setFocus(Qt::OtherFocusReason);
        m_ui->currentLineEdit->selectAll();
        return;
    }
    Error keyChainError;
    const bool remembered = m_keyChain.retrieve(m_vault.saltHex(), &keyChainError).has_value();
    VaultError error;
    const bool ok = m_vault.changePassphrase(m_ui->passphraseLineEdit->text(), &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        m_ui->errorLabel->setText(error.message);
        m_ui->errorLabel->show();
        return;
    }
    // The remembered key is the old one, which no longer opens the vault: the new one takes
    // its place, or none does.
    QString notice;
    if (remembered) {
        Error storeError;
        if (!m_keyChain.store(m_vault.saltHex(), m_vault.key(), &storeError)) {
            Error forgetError;
            (void)m_keyChain.forget(m_vault.saltHex(), &forgetError);
            notice = tr("This computer could not remember the new key (%1); unlock with the new passphrase.")
                         .arg(storeError.message);
        }
    }
    for (QLineEdit* field : {m_ui->currentLineEdit, m_ui->passphraseLineEdit, m_ui->repeatLineEdit}) {
        field->clear();
    }
    Q_EMIT changed(notice);
    QDialog::accept();
}

void ChangePassphraseDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Change"));
    }
    QDialog::changeEvent(event);
}

} // namespace mandaat
