#include "DemoVaultMaker.h"

#include "demo/DemoPractice.h"
#include "vault/Vault.h"

#include <QDir>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace mandaat {

DemoVaultMaker::DemoVaultMaker(QObject* parent)
    : QObject(parent)
{
    connect(&m_derivation, &KeyDerivationJob::finished, this, &DemoVaultMaker::keyDerived);
}

DemoVaultMaker::~DemoVaultMaker() = default;

void DemoVaultMaker::start()
{
    if (isRunning()) {
        return;
    }
    // A new folder each time: the previous demo may still be open or locked.
    auto folder = std::make_unique<QTemporaryDir>(QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                                                      .filePath(QStringLiteral("mandaat-demo-XXXXXX")));
    if (!folder->isValid()) {
        Q_EMIT finished(false, tr("No temporary folder could be made for the demo: %1").arg(folder->errorString()));
        return;
    }
    m_folder = std::move(folder);
    m_path = QDir(m_folder->path()).filePath(tr("Demo practice") + QStringLiteral(".mandaat"));
    QRandomGenerator* random = QRandomGenerator::system();
    m_passphrase = QStringLiteral("demo-%1-%2")
                       .arg(random->bounded(10000), 4, 10, QLatin1Char('0'))
                       .arg(random->bounded(10000), 4, 10, QLatin1Char('0'));
    m_salt = Vault::newSalt();
    m_derivation.start(m_passphrase, m_salt);
}

void DemoVaultMaker::keyDerived(const SecureBytes& key, const QString& error)
{
    if (key.isEmpty()) {
        Q_EMIT finished(false, error);
        return;
    }
    VaultError vaultError;
    std::unique_ptr<Vault> vault = Vault::createWithKey(m_path, m_salt, key, &vaultError);
    if (!vault) {
        Q_EMIT finished(false, vaultError.message);
        return;
    }
    Error problem;
    DemoSummary summary;
    if (!DemoPractice::fill(vault->connectionName(), DemoOptions(), &summary, &problem)) {
        vault->close();
        Q_EMIT finished(false, problem.message);
        return;
    }
    m_vault = std::move(vault);
    Q_EMIT finished(true, {});
}

std::unique_ptr<Vault> DemoVaultMaker::takeVault()
{
    return std::move(m_vault);
}

} // namespace mandaat
