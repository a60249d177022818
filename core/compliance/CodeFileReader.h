#pragma once

#include "compliance/CodeVersion.h"

#include <QJsonObject>
#include <QStringList>

namespace mandaat {

/// Reads one file of the code catalogue (format in resources/codes/README.md). Collects
/// every problem, translated, in \a problems instead of stopping at the first, so that whoever
/// edits the data sees them all at once; the result is only usable when none was found.
CodeVersion readCodeFile(const QJsonObject& root, QStringList* problems);

} // namespace mandaat
