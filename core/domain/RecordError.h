#pragma once

// RecordError is the one error value, mandaat::Error (util/Error.h), under the name the
// repositories have always used.
#include "util/Error.h"
