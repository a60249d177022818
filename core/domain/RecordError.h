#pragma once

#include "domain/ValidationIssue.h"

#include <QString>
#include <QStringList>

#include <utility>

namespace mandaat {

/// Why a repository call failed (CONTRIBUTING.md, point 7: errors without exceptions). message is one
/// translated text a dialog can show as it is; issues carries the per-field problems when the
/// value itself was invalid.
struct RecordError
{
    enum class Kind {
        None,
        Invalid, // the value breaks a validation rule: see issues
        NotFound, // no record with that id
        Refused, // allowed values, but not now: in use, a lifecycle step, an ended engagement
        Storage, // the database failed
    };

    Kind kind = Kind::None;
    QString message;
    ValidationIssues issues;

    static RecordError invalid(const ValidationIssues& issues)
    {
        QStringList lines;
        for (const ValidationIssue& issue : issues) {
            lines.append(issue.message);
        }
        return {Kind::Invalid, lines.join(QLatin1Char('\n')), issues};
    }
    static RecordError make(Kind kind, const QString& message) { return {kind, message, {}}; }
};

inline void setRecordError(RecordError* target, RecordError value)
{
    if (target) {
        *target = std::move(value);
    }
}

} // namespace mandaat
