#pragma once

namespace mandaat {

/// In release builds: no core dumps, which would hold keys and client text in plaintext
/// (docs/architecture.md, Keys). Does nothing in debug builds, where dumps help.
void hardenProcess();

} // namespace mandaat
