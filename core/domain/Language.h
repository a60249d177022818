#pragma once

#include "domain/EnumIds.h"

namespace mandaat {

/// The language of letters and of a client's documents; Dutch is the users' first language.
enum class Language { Dutch, English };

MANDAAT_ENUM_IDS(Language, {Language::Dutch, "nl"}, {Language::English, "en"})

} // namespace mandaat
