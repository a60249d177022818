#pragma once

// One vault and its Records for a test class, with a clock that ticks one second per
// reading, and valid values to start from.

#include "TestSupport.h"

#include "repositories/Records.h"
#include "vault/Vault.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace mandaat::test {

class RecordsFixture
{
public:
    bool open(QString* error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        VaultError vaultError;
        m_vault = Vault::create(m_dir.filePath(QStringLiteral("records.mandaat")), passphrase(), &vaultError);
        if (!m_vault) {
            *error = vaultError.message;
            return false;
        }
        m_records = std::make_unique<Records>(*m_vault);
        m_records->setClock([this] {
            m_now = m_now.addSecs(1);
            return m_now;
        });
        return true;
    }

    void close()
    {
        m_records.reset();
        if (m_vault) {
            m_vault->close();
        }
    }

    Records& records() { return *m_records; }
    Vault& vault() { return *m_vault; }
    /// The last time the clock gave.
    QDateTime now() const { return m_now; }

    /// Raw SQL, for tests that tamper with the vault the way an attacker or a bug would.
    bool exec(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery query(m_vault->database());
        if (!query.prepare(sql)) {
            return false;
        }
        for (int i = 0; i < values.size(); ++i) {
            query.bindValue(i, values.at(i));
        }
        return query.exec();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<Records> m_records;
    QDateTime m_now{QDate(2026, 3, 1), QTime(9, 0, 0, 123), Qt::UTC};
};

} // namespace mandaat::test
