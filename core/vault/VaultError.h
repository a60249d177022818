#pragma once

#include <QString>

namespace mandaat {

/// Why a vault could not be created, opened or changed. The kinds follow the
/// classification of opening in docs/architecture.md, Opening; exitCode() gives mandaat-cli's exit code for each.
struct VaultError
{
    enum class Kind {
        None,
        Failed, ///< cannot open (a directory, no permission, no such file), I/O error: exit 1
        WrongKey, ///< wrong passphrase or key, or the first page is damaged: exit 3
        Damaged, ///< damaged, or not a vault at all: exit 4
        TooNew, ///< made by a newer Mandaat: exit 1
        Cancelled, ///< stopped by the user before it ended; nothing was written: exit 1
    };

    Kind kind = Kind::None;
    QString message;

    bool isError() const { return kind != Kind::None; }
    bool isCancelled() const { return kind == Kind::Cancelled; }
    int exitCode() const
    {
        switch (kind) {
        case Kind::None:
            return 0;
        case Kind::WrongKey:
            return 3;
        case Kind::Damaged:
            return 4;
        case Kind::Failed:
        case Kind::TooNew:
        case Kind::Cancelled:
            break;
        }
        return 1;
    }

    static VaultError make(Kind kind, const QString& message) { return VaultError{kind, message}; }
};

} // namespace mandaat
