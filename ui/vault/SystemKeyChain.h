#pragma once

#include "vault/KeyChain.h"
#include "vault/KeyStore.h"

namespace mandaat {

/// The OS keychain through core's KeyStore, with a timeout short enough for a window.
class SystemKeyChain : public KeyChain
{
public:
    explicit SystemKeyChain(std::chrono::milliseconds timeout = std::chrono::seconds(5));

    Availability probe() override;
    bool store(const QString& saltHex, const SecureBytes& key, Error* error) override;
    std::optional<SecureBytes> retrieve(const QString& saltHex, Error* error) override;
    bool forget(const QString& saltHex, Error* error) override;

private:
    KeyStore m_store;
};

} // namespace mandaat
