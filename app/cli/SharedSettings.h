#pragma once

#include "util/Settings.h"
#include "vault/Vault.h"

#include <memory>

namespace mandaat::cli {

/// The window's per-machine settings (organisation and application "Mandaat"), so that the
/// audit heads mandaat-cli records are the ones the window reads, and the other way round.
/// MANDAAT_SETTINGS_FILE names another INI file (tests).
std::unique_ptr<Settings> sharedSettings();

/// Records the audit log's head of \a vault as seen on this computer, after a command wrote
/// entries: verify reports entries added after the head it last recorded (issue 16, item 5).
void noteAuditHead(const Vault& vault);

} // namespace mandaat::cli
