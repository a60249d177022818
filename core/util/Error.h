#pragma once

#include "domain/ValidationIssue.h"

#include <QString>

#include <utility>

namespace mandaat {

/// Why a call failed: the one error value of core, returned or filled in through an `Error*`
/// (docs/architecture.md, Errors). message is one translated text a dialog or mandaat-cli shows
/// as it is; issues carries the per-field problems when the value itself was invalid.
/// exitCode() is mandaat-cli's exit code for each kind, here and nowhere else.
struct Error
{
    enum class Kind {
        None,
        // A record's value or a call's request (core/repositories, core/lifecycle, …):
        Invalid, ///< the value breaks a validation rule: see issues
        NotFound, ///< no record with that id
        Refused, ///< allowed values, but not now: in use, a lifecycle step, an ended engagement
        Storage, ///< the database failed
        // A vault or a file (core/vault, core/exchange, …):
        Failed, ///< cannot open (a directory, no permission, no such file), I/O error
        WrongKey, ///< wrong passphrase or key, or the first page is damaged
        Damaged, ///< damaged, or not a vault at all
        TooNew, ///< made by a newer Mandaat
        Cancelled, ///< stopped by the user before it ended; nothing was written
    };

    Kind kind = Kind::None;
    QString message;
    ValidationIssues issues;

    bool isError() const { return kind != Kind::None; }
    bool isCancelled() const { return kind == Kind::Cancelled; }

    /// mandaat-cli's exit code for \a kind: 0 for None, 3 for WrongKey, 4 for Damaged, 1 for
    /// every other failure (2, a usage error, is the CLI's own and never an Error).
    static constexpr int exitCodeOf(Kind kind)
    {
        switch (kind) {
        case Kind::None:
            return 0;
        case Kind::WrongKey:
            return 3;
        case Kind::Damaged:
            return 4;
        case Kind::Invalid:
        case Kind::NotFound:
        case Kind::Refused:
        case Kind::Storage:
        case Kind::Failed:
        case Kind::TooNew:
        case Kind::Cancelled:
            break;
        }
        return 1;
    }
    int exitCode() const { return exitCodeOf(kind); }

    /// Kind Invalid; the message is the issues' messages, one per line, as mandaat-cli prints it.
    static Error invalid(const ValidationIssues& issues);
    static Error make(Kind kind, const QString& message) { return Error{kind, message, {}}; }
};

/// Sets \a *target to \a value when \a target is given (an `Error*` may always be null).
inline void setError(Error* target, Error value)
{
    if (target) {
        *target = std::move(value);
    }
}

/// setError(target, Error::make(kind, message)) for a call that returns false on failure:
/// `return failWith(error, Error::Kind::Failed, tr("…"));`.
inline bool failWith(Error* target, Error::Kind kind, const QString& message)
{
    setError(target, Error::make(kind, message));
    return false;
}

/// The names the error had before it was one type: a repository's refusal and a vault's
/// failure are the same value.
using RecordError = Error;
using VaultError = Error;

inline void setRecordError(RecordError* target, RecordError value)
{
    setError(target, std::move(value));
}

} // namespace mandaat
