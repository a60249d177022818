#pragma once

// A keychain in memory, so the GUI tests need no keyring and can look inside.
#include "vault/KeyChain.h"

#include <map>

namespace mandaat::test {

class FakeKeyChain : public KeyChain
{
public:
    bool available = true;
    QString reason = QStringLiteral("No keychain in this test");
    std::map<QString, SecureBytes> entries;
    int retrievals = 0;

    Availability probe() override { return {available, available ? QString() : reason}; }

    bool store(const QString& saltHex, const SecureBytes& key, Error* error) override
    {
        if (!available) {
            setError(error, Error::make(Error::Kind::Failed, reason));
            return false;
        }
        entries[saltHex] = key;
        return true;
    }

    std::optional<SecureBytes> retrieve(const QString& saltHex, Error* error) override
    {
        ++retrievals;
        if (!available) {
            setError(error, Error::make(Error::Kind::Failed, reason));
            return std::nullopt;
        }
        const auto it = entries.find(saltHex);
        if (it == entries.end()) {
            return std::nullopt;
        }
        return it->second;
    }

    bool forget(const QString& saltHex, Error* error) override
    {
        if (!available) {
            setError(error, Error::make(Error::Kind::Failed, reason));
            return false;
        }
        entries.erase(saltHex);
        return true;
    }
};

} // namespace mandaat::test
