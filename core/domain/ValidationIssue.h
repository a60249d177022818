#pragma once

#include <QList>
#include <QString>

namespace mandaat {

/// One problem with a value a user entered: the field it concerns (the member's name in the
/// domain struct, "members[2].name" inside a list) and a translated sentence that says what
/// is wrong and what to do.
struct ValidationIssue
{
    QString field;
    QString message;

    bool operator==(const ValidationIssue&) const = default;
};

using ValidationIssues = QList<ValidationIssue>;

} // namespace mandaat
