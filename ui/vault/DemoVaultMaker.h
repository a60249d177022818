#pragma once

#include "vault/KeyDerivationJob.h"

#include <QObject>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace mandaat {

class Vault;

/// "Try the demo practice": a new vault with an invented practice (core/demo/DemoPractice) in a
/// temporary folder that goes when Mandaat quits, with a passphrase made up for it and shown to
/// the user. The key is derived on a worker thread, as for any new vault.
class DemoVaultMaker : public QObject
{
    Q_OBJECT

public:
    explicit DemoVaultMaker(QObject* parent = nullptr);
    ~DemoVaultMaker() override;

    /// Starts making a demo vault; finished() follows.
    void start();
    bool isRunning() const { return m_derivation.isRunning(); }
    /// The vault after finished(true).
    std::unique_ptr<Vault> takeVault();
    QString passphrase() const { return m_passphrase; }
    QString path() const { return m_path; }

Q_SIGNALS:
    void finished(bool ok, const QString& error);

private:
    void keyDerived(const SecureBytes& key, const QString& error);

    KeyDerivationJob m_derivation;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<Vault> m_vault;
    QByteArray m_salt;
    QString m_passphrase;
    QString m_path;
};

} // namespace mandaat
