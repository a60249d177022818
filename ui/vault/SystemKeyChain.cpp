#include "SystemKeyChain.h"

namespace mandaat {

SystemKeyChain::SystemKeyChain(std::chrono::milliseconds timeout)
    : m_store(timeout)
{ }

KeyChain::Availability SystemKeyChain::probe()
{
    const KeyStore::Availability availability = m_store.probe();
    return {availability.available, availability.reason};
}

bool SystemKeyChain::store(const QString& saltHex, const SecureBytes& key, Error* error)
{
    return m_store.store(saltHex, key, error);
}

std::optional<SecureBytes> SystemKeyChain::retrieve(const QString& saltHex, Error* error)
{
    return m_store.retrieve(saltHex, error);
}

bool SystemKeyChain::forget(const QString& saltHex, Error* error)
{
    return m_store.forget(saltHex, error);
}

} // namespace mandaat
