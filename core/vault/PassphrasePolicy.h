#pragma once

#include <QString>

namespace mandaat::PassphrasePolicy {

/// The rule a new passphrase must meet: at least 12 characters, or at least 4 words.
/// Returns an empty string when \a passphrase meets it, else the translated reason.
QString check(const QString& passphrase);

/// A rough strength estimate in bits, for the strength bar.
int estimatedBits(const QString& passphrase);

} // namespace mandaat::PassphrasePolicy
