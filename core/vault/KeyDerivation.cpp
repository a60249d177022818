#include "KeyDerivation.h"

#include <QCoreApplication>

#include <argon2.h>

#include <atomic>

namespace mandaat::KeyDerivation {

static std::atomic_bool s_cheapForFuzzing{false};

void useCheapDerivationForFuzzing()
{
    s_cheapForFuzzing = true;
}

SecureBytes deriveKey(const QString& passphrase, const QByteArray& salt, Error* error)
{
    // The NFC form shares the passphrase's characters when it already is NFC; a copy of its own
    // is wiped here with the UTF-8 bytes, the caller's passphrase is the caller's to wipe.
    QString nfc = passphrase.normalized(QString::NormalizationForm_C);
    QByteArray utf8 = nfc.toUtf8();
    if (nfc.constData() != passphrase.constData()) {
        secureWipe(nfc);
    }
    const QByteArray saltHex = salt.toHex();
    SecureBytes key(KeySize);
    int rc = ARGON2_OK;
    if (s_cheapForFuzzing) {
        const unsigned lowCost = 8;
        rc = argon2id_hash_raw(1,
                               lowCost,
                               1,
                               utf8.constData(),
                               static_cast<size_t>(utf8.size()),
                               saltHex.constData(),
                               static_cast<size_t>(saltHex.size()),
                               key.data(),
                               key.size());
    } else {
        rc = argon2id_hash_raw(TimeCost,
                               MemoryCostKiB,
                               Parallelism,
                               utf8.constData(),
                               static_cast<size_t>(utf8.size()),
                               saltHex.constData(),
                               static_cast<size_t>(saltHex.size()),
                               key.data(),
                               key.size());
    }
    secureWipe(utf8);
    if (rc != ARGON2_OK) {
        setError(error,
                 Error::make(Error::Kind::Failed,
                             QCoreApplication::translate("KeyDerivation",
                                                         "The key could not be derived from the passphrase: %1.")
                                 .arg(QString::fromUtf8(argon2_error_message(rc)))));
        return {};
    }
    return key;
}

SecureBytes rawKeySpec(const SecureBytes& key, const QByteArray& salt)
{
    const SecureBytes keyHex = key.toHex();
    const QByteArray saltHex = salt.toHex();
    SecureBytes spec(3 + keyHex.size() + static_cast<std::size_t>(saltHex.size()));
    std::size_t at = 0;
    spec.data()[at++] = 'x';
    spec.data()[at++] = '\'';
    for (std::size_t i = 0; i < keyHex.size(); ++i) {
        spec.data()[at++] = keyHex.data()[i];
    }
    for (const char c : saltHex) {
        spec.data()[at++] = static_cast<unsigned char>(c);
    }
    spec.data()[at++] = '\'';
    return spec;
}

} // namespace mandaat::KeyDerivation
