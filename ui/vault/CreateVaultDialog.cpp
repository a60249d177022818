#include "CreateVaultDialog.h"
#include "ui_CreateVaultDialog.h"

#include "common/Appearance.h"
#include "vault/PassphrasePolicy.h"
#include "vault/Vault.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QStandardPaths>

namespace mandaat {

namespace {

QString documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

} // namespace

CreateVaultDialog::CreateVaultDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateVaultDialog>())
{
    m_ui->setupUi(this);
    retranslate();
    appearance::makeSecondary(m_ui->ruleLabel);
    appearance::makeSecondary(m_ui->rememberReasonLabel);
    appearance::makeErrorText(m_ui->locationErrorLabel);
    appearance::makeErrorText(m_ui->passphraseErrorLabel);
    appearance::makeErrorText(m_ui->repeatErrorLabel);
    appearance::makeError(m_ui->errorIconLabel, m_ui->errorLabel);
    for (QLabel* label : {m_ui->locationErrorLabel, m_ui->passphraseErrorLabel, m_ui->repeatErrorLabel}) {
        label->hide();
    }
    m_ui->errorWidget->hide();
    m_ui->busyWidget->hide();
    setKeyChainAvailability({false, tr("Checking whether this computer has a keychain…")});

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CreateVaultDialog::accept);
    connect(&m_derivation, &KeyDerivationJob::finished, this, &CreateVaultDialog::keyDerived);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CreateVaultDialog::reject);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &CreateVaultDialog::browse);
    connect(m_ui->locationLineEdit, &QLineEdit::textChanged, this, &CreateVaultDialog::updateLocationError);
    connect(m_ui->passphraseLineEdit, &QLineEdit::textChanged, this, [this]() {
        updateStrength();
        m_ui->passphraseErrorLabel->hide();
        m_ui->errorWidget->hide();
    });
    connect(m_ui->repeatLineEdit, &QLineEdit::textChanged, this, [this]() {
        m_ui->repeatErrorLabel->hide();
        m_ui->errorWidget->hide();
    });
    setLocation(defaultLocation());
    updateStrength();
    m_ui->passphraseLineEdit->setFocus();
}

CreateVaultDialog::~CreateVaultDialog() = default;

void CreateVaultDialog::retranslate()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    m_ui->ruleLabel->setText(tr("At least 12 characters, or at least 4 words. A sentence only you would think "
                                "of is easy to remember and hard to guess. Nobody can recover a forgotten "
                                "passphrase."));
    m_ui->strengthProgressBar->setAccessibleName(tr("Passphrase strength"));
    m_ui->passphraseLineEdit->setAccessibleName(tr("Passphrase"));
    m_ui->repeatLineEdit->setAccessibleName(tr("Repeat the passphrase"));
    m_ui->busyProgressBar->setAccessibleName(tr("Creating the vault"));
}

void CreateVaultDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        updateStrength();
    }
    QDialog::changeEvent(event);
}

QString CreateVaultDialog::defaultLocation()
{
    const QDir folder(documentsFolder());
    const QString base = tr("Practice");
    QString candidate = folder.filePath(base + QLatin1String(Suffix));
    for (int n = 2; QFileInfo::exists(candidate); ++n) {
        candidate = folder.filePath(QStringLiteral("%1 %2").arg(base).arg(n) + QLatin1String(Suffix));
    }
    return candidate;
}

QString CreateVaultDialog::locationFor(const QString& text)
{
    QString path = text.trimmed();
    if (path.isEmpty()) {
        return {};
    }
    if (path.startsWith(QLatin1String("~/"))) {
        path = QDir::home().filePath(path.mid(2));
    }
    if (QFileInfo(path).isRelative()) {
        path = QDir(documentsFolder()).filePath(path);
    }
    if (!path.endsWith(QLatin1String(Suffix), Qt::CaseInsensitive)) {
        path += QLatin1String(Suffix);
    }
    return QDir::cleanPath(path);
}

void CreateVaultDialog::setKeyChainAvailability(const KeyChain::Availability& availability)
{
    m_ui->rememberCheckBox->setEnabled(availability.available && !m_busy);
    if (!availability.available) {
        m_ui->rememberCheckBox->setChecked(false);
    }
    m_ui->rememberCheckBox->setToolTip(availability.reason);
    m_ui->rememberReasonLabel->setText(availability.reason);
    m_ui->rememberReasonLabel->setVisible(!availability.available && !availability.reason.isEmpty());
}

void CreateVaultDialog::setLocation(const QString& path)
{
    m_ui->locationLineEdit->setText(QDir::toNativeSeparators(path));
}

QString CreateVaultDialog::location() const
{
    return locationFor(QDir::fromNativeSeparators(m_ui->locationLineEdit->text()));
}

bool CreateVaultDialog::rememberKey() const
{
    return m_ui->rememberCheckBox->isEnabled() && m_ui->rememberCheckBox->isChecked();
}

std::unique_ptr<Vault> CreateVaultDialog::takeVault()
{
    return std::move(m_vault);
}

void CreateVaultDialog::accept()
{
    if (m_busy || !validate()) {
        return;
    }
    setBusy(true);
    // The slow derivation runs on a worker (KeyDerivationJob); the vault is then made on this
    // thread with the key, since its database connection must belong to this thread.
    m_salt = Vault::newSalt();
    m_path = location();
    m_derivation.start(m_ui->passphraseLineEdit->text(), m_salt);
}

bool CreateVaultDialog::validate()
{
    QWidget* firstInvalid = nullptr;
    if (location().isEmpty()) {
        showFieldError(m_ui->locationErrorLabel, tr("Choose where to keep the vault."));
        firstInvalid = m_ui->locationLineEdit;
    } else if (QFileInfo::exists(location())) {
        updateLocationError();
        firstInvalid = m_ui->locationLineEdit;
    }
    const QString passphrase = m_ui->passphraseLineEdit->text();
    const QString problem = PassphrasePolicy::check(passphrase);
    if (!problem.isEmpty()) {
        showFieldError(m_ui->passphraseErrorLabel, problem);
        firstInvalid = firstInvalid ? firstInvalid : m_ui->passphraseLineEdit;
    }
    if (problem.isEmpty() && m_ui->repeatLineEdit->text() != passphrase) {
        showFieldError(m_ui->repeatErrorLabel, tr("The two passphrases are not the same."));
        firstInvalid = firstInvalid ? firstInvalid : m_ui->repeatLineEdit;
    }
    if (firstInvalid) {
        firstInvalid->setFocus(Qt::OtherFocusReason);
        if (auto* edit = qobject_cast<QLineEdit*>(firstInvalid)) {
            edit->selectAll();
        }
    }
    return !firstInvalid;
}

void CreateVaultDialog::keyDerived(const SecureBytes& key, const QString& error)
{
    setBusy(false);
    if (!isVisible()) {
        return; // closed meanwhile (a lock): nothing is created
    }
    VaultError vaultError;
    if (!key.isEmpty()) {
        m_vault = Vault::createWithKey(m_path, m_salt, key, &vaultError);
    }
    if (!m_vault) {
        m_ui->errorLabel->setText(key.isEmpty() ? error : vaultError.message);
        m_ui->errorWidget->show();
        return;
    }
    m_ui->passphraseLineEdit->clear();
    m_ui->repeatLineEdit->clear();
    QDialog::accept();
}

void CreateVaultDialog::browse()
{
    // open(), never exec(): a lock must be able to close this dialog (docs/architecture.md, Locking and threads).
    auto* dialog = new QFileDialog(this,
                                   tr("Where to keep the new vault"),
                                   QFileInfo(location()).absolutePath(),
                                   tr("Mandaat vaults (*.mandaat)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("mandaat"));
    // Mandaat never overwrites a file; the field's own check says so if one is chosen.
    dialog->setOption(QFileDialog::DontConfirmOverwrite);
    dialog->selectFile(QFileInfo(location()).fileName());
    connect(dialog, &QFileDialog::fileSelected, this, &CreateVaultDialog::setLocation);
    dialog->open();
}

void CreateVaultDialog::updateStrength()
{
    const int bits = PassphrasePolicy::estimatedBits(m_ui->passphraseLineEdit->text());
    QString word;
    if (bits == 0) {
        word = tr("none");
    } else if (bits < 40) {
        word = tr("weak");
    } else if (bits < 60) {
        word = tr("fair");
    } else if (bits < 80) {
        word = tr("strong");
    } else {
        word = tr("very strong");
    }
    m_ui->strengthProgressBar->setValue(std::min(bits, m_ui->strengthProgressBar->maximum()));
    m_ui->strengthProgressBar->setFormat(tr("Strength: %1").arg(word));
}

void CreateVaultDialog::updateLocationError()
{
    m_ui->errorWidget->hide();
    const QString path = location();
    if (!path.isEmpty() && QFileInfo::exists(path)) {
        showFieldError(m_ui->locationErrorLabel,
                       tr("%1 already exists. Choose another name: Mandaat never overwrites a file.")
                           .arg(QDir::toNativeSeparators(path)));
    } else {
        m_ui->locationErrorLabel->hide();
    }
}

void CreateVaultDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->busyWidget->setVisible(busy);
    for (QWidget* widget : std::initializer_list<QWidget*>{m_ui->locationLineEdit,
                                                           m_ui->browseButton,
                                                           m_ui->passphraseLineEdit,
                                                           m_ui->repeatLineEdit,
                                                           m_ui->buttonBox}) {
        widget->setEnabled(!busy);
    }
}

void CreateVaultDialog::showFieldError(QLabel* label, const QString& text)
{
    label->setText(text);
    label->show();
}

} // namespace mandaat
