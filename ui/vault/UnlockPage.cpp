#include "UnlockPage.h"
#include "ui_UnlockPage.h"

#include "common/Appearance.h"
#include "common/Formats.h"
#include "vault/KeyChain.h"
#include "vault/KeyDerivation.h"
#include "vault/Vault.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QListWidgetItem>
#include <QPointer>
#include <QTimer>

namespace mandaat {

UnlockPage::UnlockPage(KeyChain& keyChain, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UnlockPage>())
    , m_keyChain(keyChain)
{
    m_ui->setupUi(this);
    appearance::makeTitle(m_ui->titleLabel);
    appearance::makeSecondary(m_ui->pathLabel);
    appearance::makeSecondary(m_ui->rememberedLabel);
    appearance::makeError(m_ui->errorIconLabel, m_ui->errorLabel);
    m_ui->passphraseLineEdit->setAccessibleName(tr("Passphrase"));
    m_ui->busyProgressBar->setAccessibleName(tr("Unlocking"));
    m_ui->recentListWidget->setAccessibleName(tr("Recent vaults"));
    m_ui->errorWidget->hide();
    m_ui->busyWidget->hide();
    m_ui->rememberedLabel->hide();

    connect(m_ui->unlockButton, &QPushButton::clicked, this, &UnlockPage::unlock);
    connect(m_ui->passphraseLineEdit, &QLineEdit::returnPressed, this, &UnlockPage::unlock);
    connect(m_ui->passphraseLineEdit, &QLineEdit::textEdited, this, [this]() {
        if (m_fileReadable) {
            clearError();
        }
    });
    connect(m_ui->emergencyKeyCheckBox, &QCheckBox::toggled, this, &UnlockPage::updateMode);
    connect(m_ui->openAnotherButton, &QPushButton::clicked, this, &UnlockPage::openAnotherRequested);
    connect(m_ui->recentListWidget, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT recentVaultChosen(item->data(Qt::UserRole).toString());
    });
    connect(&m_derivation, &KeyDerivationJob::finished, this, &UnlockPage::keyDerived);
    updateMode();
}

UnlockPage::~UnlockPage() = default;

void UnlockPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The texts set here from code; an error already shown stays in its language.
        m_ui->retranslateUi(this);
        m_ui->busyProgressBar->setAccessibleName(tr("Unlocking"));
        m_ui->recentListWidget->setAccessibleName(tr("Recent vaults"));
        if (!m_path.isEmpty()) {
            m_ui->titleLabel->setText(tr("Unlock %1").arg(QFileInfo(m_path).completeBaseName()));
            m_ui->pathLabel->setText(formats::displayPath(QFileInfo(m_path).absoluteFilePath()));
        }
        updateMode();
    }
    QWidget::changeEvent(event);
}

void UnlockPage::showVault(const QString& path, Arrival arrival)
{
    const bool sameVault = path == m_path && m_fileReadable;
    ++m_generation;
    m_derivation.cancel();
    m_vault.reset();
    setBusy(false);
    m_path = path;
    const QFileInfo info(path);
    m_ui->titleLabel->setText(tr("Unlock %1").arg(info.completeBaseName()));
    m_ui->pathLabel->setText(formats::displayPath(info.absoluteFilePath()));
    m_ui->passphraseLineEdit->clear();
    m_ui->emergencyKeyCheckBox->setChecked(false);
    clearError();
    updateRecentList();

    VaultError error;
    m_salt.clear();
    m_fileReadable = Vault::inspectFile(path, &m_salt, &error);
    if (!m_fileReadable) {
        m_remembered = false;
        m_ui->rememberCheckBox->setChecked(false);
        setInputEnabled(false);
        m_ui->rememberedLabel->hide();
        showError(error.message);
        return;
    }
    setInputEnabled(true);
    focusField();
    if (arrival == Arrival::Locked && sameVault) {
        // Known from the unlock that came before the lock; the keychain is not asked again
        // until somebody presses Unlock.
        m_ui->rememberCheckBox->setChecked(m_remembered);
        updateMode();
        return;
    }
    m_remembered = false;
    m_keyChainFailed = false;
    m_ui->rememberCheckBox->setChecked(false);
    updateMode();
    // After the page is on screen: the keychain may take a while to answer.
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation, arrival]() {
        if (generation == m_generation) {
            lookUpRememberedKey(arrival == Arrival::Opened, nullptr);
        }
    });
}

void UnlockPage::setRecentVaults(const QStringList& paths)
{
    m_recentVaults = paths;
    updateRecentList();
}

std::unique_ptr<Vault> UnlockPage::takeVault()
{
    return std::move(m_vault);
}

void UnlockPage::unlock()
{
    if (m_busy || !m_fileReadable) {
        return;
    }
    clearError();
    const QString text = m_ui->passphraseLineEdit->text();
    if (m_ui->emergencyKeyCheckBox->isChecked()) {
        const SecureBytes key = SecureBytes::fromHex(text.toLatin1());
        if (key.size() != KeyDerivation::KeySize) {
            showError(tr("An emergency key has 64 characters, 0 to 9 and a to f, as printed on the emergency "
                         "sheet; spaces between the groups are fine."));
            focusField();
            return;
        }
        openWith(key, Source::EmergencyKey);
        return;
    }
    if (text.isEmpty()) {
        if (m_remembered && m_ui->rememberCheckBox->isChecked()) {
            unlockWithRememberedKey();
            return;
        }
        showError(tr("Type the passphrase of this vault."));
        focusField();
        return;
    }
    setBusy(true, tr("Unlocking…"));
    m_derivation.start(text, m_salt);
}

void UnlockPage::unlockWithRememberedKey()
{
    QString error;
    switch (lookUpRememberedKey(true, &error)) {
    case Lookup::Found:
    case Lookup::Dropped:
        return;
    case Lookup::NotFound:
        showError(tr("No key is remembered for this vault on this computer any more. Type the passphrase."));
        break;
    case Lookup::Failed:
        showError(tr("The keychain did not give the remembered key (%1). Type the passphrase.").arg(error));
        break;
    }
    focusField();
}

UnlockPage::Lookup UnlockPage::lookUpRememberedKey(bool unlockIfFound, QString* error)
{
    setBusy(true, tr("Asking the keychain for a remembered key…"));
    const quint64 generation = m_generation;
    Error message;
    // Runs a local event loop until the keychain answers or times out; this page outlives it.
    std::optional<SecureBytes> key = m_keyChain.retrieve(QString::fromLatin1(m_salt.toHex()), &message);
    if (generation != m_generation) {
        return Lookup::Dropped; // another vault was chosen meanwhile
    }
    setBusy(false);
    m_remembered = key.has_value();
    m_keyChainFailed = !key && !message.message.isEmpty();
    m_ui->rememberCheckBox->setChecked(m_remembered);
    m_ui->rememberCheckBox->setToolTip(m_keyChainFailed ? message.message : QString());
    updateMode();
    if (error) {
        *error = message.message;
    }
    if (!key) {
        return m_keyChainFailed ? Lookup::Failed : Lookup::NotFound;
    }
    if (unlockIfFound) {
        openWith(*key, Source::KeyChain);
    }
    return Lookup::Found;
}

void UnlockPage::keyDerived(const SecureBytes& key, const QString& error)
{
    setBusy(false);
    if (key.isEmpty()) {
        showError(error);
        focusField();
        return;
    }
    openWith(key, Source::Passphrase);
}

void UnlockPage::openWith(const SecureBytes& key, Source source)
{
    VaultError error;
    std::unique_ptr<Vault> vault = Vault::openWithKey(m_path, key, Vault::Access::ReadWrite, &error);
    if (!vault) {
        if (source == Source::KeyChain && error.kind == VaultError::Kind::WrongKey) {
            m_remembered = false;
            m_ui->rememberCheckBox->setChecked(false);
            updateMode();
        }
        showError(messageFor(error, source));
        focusField();
        return;
    }
    const quint64 generation = m_generation;
    updateRememberedKey(key, source);
    if (generation != m_generation) {
        return;
    }
    m_ui->passphraseLineEdit->clear();
    m_vault = std::move(vault);
    Q_EMIT unlocked();
}

// "Remember on this computer": the key goes into the keychain, or out of it, as the box says.
void UnlockPage::updateRememberedKey(const SecureBytes& key, Source source)
{
    const bool wanted = m_ui->rememberCheckBox->isEnabled() && m_ui->rememberCheckBox->isChecked();
    if (wanted == m_remembered && (source == Source::KeyChain || !wanted)) {
        return;
    }
    const QString saltHex = QString::fromLatin1(m_salt.toHex());
    Error error;
    setBusy(true, tr("Updating the keychain…"));
    const quint64 generation = m_generation;
    const bool done = wanted ? m_keyChain.store(saltHex, key, &error) : m_keyChain.forget(saltHex, &error);
    if (generation != m_generation) {
        return;
    }
    setBusy(false);
    if (done) {
        m_remembered = wanted;
    } else if (wanted) {
        Q_EMIT notice(tr("The key could not be remembered on this computer: %1").arg(error.message));
    } else {
        Q_EMIT notice(tr("The remembered key could not be removed from the keychain: %1").arg(error.message));
    }
}

QString UnlockPage::messageFor(const VaultError& error, Source source) const
{
    if (error.kind != VaultError::Kind::WrongKey) {
        // Damaged, made by a newer version, or cannot be read: core's message says which and
        // what to do.
        return error.message;
    }
    switch (source) {
    case Source::Passphrase:
        return tr("Wrong passphrase. Check it and try again. If you are sure it is right, the start of the file "
                  "may be damaged: restore the vault from a backup.");
    case Source::EmergencyKey:
        return tr("This key does not open this vault. Check it against the emergency sheet of this vault.");
    case Source::KeyChain:
        break;
    }
    return tr("The key remembered on this computer no longer opens this vault (was its passphrase changed?). "
              "Type the passphrase.");
}

void UnlockPage::updateMode()
{
    const bool emergency = m_ui->emergencyKeyCheckBox->isChecked();
    QLineEdit* field = m_ui->passphraseLineEdit;
    if (emergency) {
        m_ui->passphraseLabel->setText(tr("Emergency &key"));
        field->setEchoMode(QLineEdit::PasswordEchoOnEdit);
        field->setPlaceholderText(tr("64 characters from the emergency sheet, in groups or not"));
        field->setAccessibleName(tr("Emergency key"));
    } else {
        m_ui->passphraseLabel->setText(tr("P&assphrase"));
        field->setEchoMode(QLineEdit::Password);
        field->setPlaceholderText(QString());
        field->setAccessibleName(tr("Passphrase"));
    }
    m_ui->rememberCheckBox->setEnabled(m_fileReadable && !m_busy && !m_keyChainFailed);
    const bool canUseRemembered = m_remembered && !emergency && m_fileReadable;
    m_ui->rememberedLabel->setText(
        tr("The key of this vault is remembered on this computer: leave the passphrase empty and press Unlock."));
    m_ui->rememberedLabel->setVisible(canUseRemembered);
}

void UnlockPage::updateRecentList()
{
    m_ui->recentListWidget->clear();
    const QString current = QFileInfo(m_path).absoluteFilePath();
    for (const QString& path : std::as_const(m_recentVaults)) {
        if (path == current) {
            continue;
        }
        auto* item = new QListWidgetItem(formats::displayPath(path), m_ui->recentListWidget);
        item->setData(Qt::UserRole, path);
    }
    const bool any = m_ui->recentListWidget->count() > 0;
    m_ui->recentLabel->setVisible(any);
    m_ui->recentListWidget->setVisible(any);
}

void UnlockPage::setBusy(bool busy, const QString& what)
{
    m_busy = busy;
    m_ui->busyLabel->setText(what);
    m_ui->busyWidget->setVisible(busy);
    setInputEnabled(m_fileReadable && !busy);
    m_ui->openAnotherButton->setEnabled(!busy);
    m_ui->recentListWidget->setEnabled(!busy);
    if (!busy && m_fileReadable) {
        focusField();
    }
}

void UnlockPage::setInputEnabled(bool enabled)
{
    m_ui->passphraseLineEdit->setEnabled(enabled);
    m_ui->unlockButton->setEnabled(enabled);
    m_ui->emergencyKeyCheckBox->setEnabled(enabled);
    m_ui->rememberCheckBox->setEnabled(enabled && !m_keyChainFailed);
}

void UnlockPage::showError(const QString& text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorWidget->show();
}

void UnlockPage::clearError()
{
    m_ui->errorLabel->clear();
    m_ui->errorWidget->hide();
}

void UnlockPage::focusField()
{
    m_ui->passphraseLineEdit->setFocus(Qt::OtherFocusReason);
    m_ui->passphraseLineEdit->selectAll();
}

} // namespace mandaat
