#include "util/Error.h"

#include <QStringList>

namespace mandaat {

Error Error::invalid(const ValidationIssues& issues)
{
    QStringList lines;
    for (const ValidationIssue& issue : issues) {
        lines.append(issue.message);
    }
    return {Kind::Invalid, lines.join(QLatin1Char('\n')), issues};
}

} // namespace mandaat
