#pragma once

#include "util/Error.h"
#include "util/SecureBytes.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <cstddef>
#include <optional>

namespace mandaat {

/// "Remember on this computer" (docs/architecture.md, Keys): keeps a vault's derived key,
/// never its passphrase, in the OS keychain through QtKeychain, under service kService and
/// the vault's salt as 32-character lowercase hex.
///
/// A keychain may never answer (a locked keyring waits for a prompt nobody sees), so every
/// job runs in a local event loop with its own timeout and is abandoned when it runs out.
/// Because of that local loop, call it from the main thread of a running QCoreApplication,
/// and expect other events to be delivered meanwhile. Without a keychain every call fails
/// with a message, and the passphrase still opens the vault.
class KeyStore
{
    Q_DECLARE_TR_FUNCTIONS(KeyStore)

public:
    static constexpr const char* kService = "Mandaat";
    static constexpr std::size_t kKeySize = 32;

    struct Availability
    {
        bool available = false;
        QString reason; ///< Why not, translated, for the disabled option; empty when available.
    };

    explicit KeyStore(std::chrono::milliseconds timeout = std::chrono::seconds(10));

    /// Writes and deletes a throw-away entry. Asks the keychain every time: a keyring can be
    /// locked or stopped between two calls, so nothing is cached.
    Availability probe();

    /// Remembers \a key (kKeySize bytes) for the vault with \a saltHex, replacing any entry.
    bool store(const QString& saltHex, const SecureBytes& key, Error* error);

    /// The remembered key; nullopt with no error in \a error (kind None) when nothing is remembered, nullopt
    /// with a message when the keychain failed or did not answer in time. A locked keyring
    /// whose unlock prompt is dismissed (or cannot be shown) also gives nullopt without an
    /// error, because libsecret reports it so: read it as "ask for the passphrase", never as
    /// "the user stopped remembering this vault".
    std::optional<SecureBytes> retrieve(const QString& saltHex, Error* error);

    /// Removes the entry; removing an entry that is not there succeeds. Fails while the
    /// keyring stays locked (see forget() in KeyStore.cpp for why that needs a test write).
    bool forget(const QString& saltHex, Error* error);

private:
    // The only state: how long one keychain job may take before it is abandoned.
    std::chrono::milliseconds m_timeout;
};

} // namespace mandaat
