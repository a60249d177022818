#pragma once

#include "util/Settings.h"

#include <memory>

namespace mandaat::cli {

/// The window's per-machine settings (organisation and application "Mandaat"), so that the
/// audit heads mandaat-cli records are the ones the window reads, and the other way round.
/// MANDAAT_SETTINGS_FILE names another INI file (tests).
std::unique_ptr<Settings> sharedSettings();

} // namespace mandaat::cli
