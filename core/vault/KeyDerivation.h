#pragma once

#include "util/Error.h"
#include "util/SecureBytes.h"

#include <QByteArray>
#include <QString>

namespace mandaat {

/// Key scheme v1 (docs/architecture.md, Keys): Argon2id over the passphrase in Unicode NFC as UTF-8,
/// salted with the vault file's own 16-byte salt given as its 32-character lowercase hex
/// text; t=3, m=64 MiB, p=1, 32 bytes of key.
namespace KeyDerivation {

constexpr int SaltSize = 16;
constexpr int KeySize = 32;
constexpr unsigned TimeCost = 3;
constexpr unsigned MemoryCostKiB = 64 * 1024;
constexpr unsigned Parallelism = 1;

/// Returns the 32-byte key, or an empty object when Argon2 fails (out of memory) with
/// \a error set.
SecureBytes deriveKey(const QString& passphrase, const QByteArray& salt, Error* error = nullptr);

/// The 99 characters `x'<64 hex key><32 hex salt>'` with which SQLCipher is keyed: the raw
/// key with its salt, so that SQLCipher derives nothing itself and keeps the given salt.
SecureBytes rawKeySpec(const SecureBytes& key, const QByteArray& salt);

/// Replaces Argon2 by a cheap stand-in; for fuzzing builds only, where each derivation
/// would otherwise cost a seventh of a second. Never called by the application.
void useCheapDerivationForFuzzing();

} // namespace KeyDerivation
} // namespace mandaat
