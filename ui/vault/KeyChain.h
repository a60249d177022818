#pragma once

#include "util/Error.h"
#include "util/SecureBytes.h"

#include <QString>

#include <optional>

namespace mandaat {

/// "Remember on this computer", as the windows use it: the OS keychain in the application
/// (SystemKeyChain), a fake in tests. Calls may run a local event loop until the keychain
/// answers or times out, so call them only from objects that outlive the call.
class KeyChain
{
public:
    struct Availability
    {
        bool available = false;
        QString reason; ///< why not, translated; empty when available
    };

    virtual ~KeyChain() = default;

    virtual Availability probe() = 0;
    virtual bool store(const QString& saltHex, const SecureBytes& key, Error* error) = 0;
    /// nullopt with no error in \a error (kind None): nothing is remembered for this vault.
    virtual std::optional<SecureBytes> retrieve(const QString& saltHex, Error* error) = 0;
    virtual bool forget(const QString& saltHex, Error* error) = 0;
};

} // namespace mandaat
