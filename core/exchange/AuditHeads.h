#pragma once

#include "exchange/AuditVerifier.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace mandaat {

class Settings;

/// Where the audit log's head is recorded besides the log (docs/architecture.md, Compliance): in the
/// vault's practice_setting under a prefix ("backup.last", "export.last"; a backup carries
/// its own), and per machine in Settings, keyed by the vault's salt: a count and a hash only.
class AuditHeads
{
    Q_DECLARE_TR_FUNCTIONS(AuditHeads)

public:
    /// practice_setting keys: <prefix>_audit_count, <prefix>_audit_head, <prefix>_at, <prefix>_path.
    static AuditHead read(const QSqlDatabase& database, const QString& prefix);
    static QDateTime recordedAt(const QSqlDatabase& database, const QString& prefix);
    static QString recordedPath(const QSqlDatabase& database, const QString& prefix);
    /// Writes the head, the time and (when given) a path; joins the caller's transaction.
    static bool write(const QSqlDatabase& database,
                      const QString& prefix,
                      const AuditHead& head,
                      const QDateTime& at,
                      const QString& path,
                      Error* error);

    /// The head last seen on this machine for the vault with salt \a saltHex.
    static AuditHead seen(const Settings& settings, const QString& saltHex);
    /// Records \a head as seen; a longer log is never replaced by a shorter one unless
    /// \a replace (after a restore, whose log is legitimately shorter).
    static void noteSeen(Settings& settings, const QString& saltHex, const AuditHead& head, bool replace = false);
};

} // namespace mandaat
