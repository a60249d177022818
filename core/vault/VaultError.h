#pragma once

// VaultError is the one error value, mandaat::Error (util/Error.h), under the name the vault has
// always used.
#include "util/Error.h"
