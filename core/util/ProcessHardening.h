#pragma once

namespace mandaat {

/// In release builds: no core dumps, which would hold keys and client text in plaintext
/// (DESIGN.md, Keys and locking). Does nothing in debug builds, where dumps help.
void hardenProcess();

} // namespace mandaat
