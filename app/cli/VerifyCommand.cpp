#include "VerifyCommand.h"

#include "CliIo.h"
#include "SharedSettings.h"
#include "exchange/AuditHeads.h"
#include "exchange/AuditVerifier.h"
#include "exchange/BackupService.h"

#include <QDir>
#include <QFileInfo>

namespace mandaat::cli {

VerifyCommand::VerifyCommand()
    : VaultCommand(QStringLiteral("verify"),
                   tr("Check a vault without changing it: database integrity, the search index, and the audit log's "
                      "hash chain against the heads recorded in the latest backup and on this computer."))
{
    addOption({QStringLiteral("backup"),
               tr("Compare the audit log with the head recorded in this backup (default: the latest backup the "
                  "vault names)."),
               tr("BACKUP")});
}

Vault::Access VerifyCommand::access(const QCommandLineParser& /*parser*/) const
{
    return Vault::Access::ReadOnly;
}

int VerifyCommand::executeWithVault(Vault& vault, const QCommandLineParser& parser)
{
    const QStringList problems = vault.checkIntegrity(false);
    if (!problems.isEmpty()) {
        out() << tr("Database integrity: damaged") << Qt::endl;
        for (const QString& problem : problems) {
            out() << QStringLiteral("  ") << problem << Qt::endl;
        }
        err() << tr("The vault is damaged. Restore it from a backup.") << Qt::endl;
        return ExitDamaged;
    }
    out() << tr("Database integrity: ok") << Qt::endl;
    bool broken = false;
    // FTS4's integrity-check is an INSERT, which a read-only connection refuses: verify never
    // writes, so the index is checked by the window (SearchIndex::check) on a writable vault.
    out() << tr("Search index: not checked (the check needs write access; verify writes nothing)") << Qt::endl;

    // Heads recorded outside the vault: in the backup itself, and on this computer.
    QList<AuditHead> heads;
    QString backupPath = parser.value(QStringLiteral("backup"));
    if (backupPath.isEmpty()) {
        backupPath = AuditHeads::recordedPath(vault.database(), BackupService::settingPrefix());
    }
    if (!backupPath.isEmpty()) {
        Error error;
        const AuditHead head =
            QFileInfo::exists(backupPath) ? BackupService::recordedHead(backupPath, vault.key(), &error) : AuditHead();
        if (head.isValid()) {
            heads << head;
        } else {
            out() << tr("Latest backup: %1 could not be read, so the log is not compared with it. %2")
                         .arg(QDir::toNativeSeparators(backupPath), error.message)
                         .trimmed()
                  << Qt::endl;
        }
    }
    const auto settings = sharedSettings();
    const AuditHead seen = AuditHeads::seen(*settings, vault.saltHex());
    if (seen.isValid()) {
        heads << seen;
    }
    const AuditReport report = AuditVerifier(vault.database()).verify(heads);
    if (!report.readable) {
        out() << tr("Audit log: unreadable") << Qt::endl;
        err() << report.message << Qt::endl;
        return ExitDamaged;
    }
    QList<AuditFinding> logFindings;
    QList<AuditFinding> recordFindings;
    for (const AuditFinding& finding : report.findings) {
        (finding.aboutRecords() ? recordFindings : logFindings) << finding;
    }
    if (logFindings.isEmpty()) {
        out() << tr("Audit log: ok (%n entries", nullptr, static_cast<int>(report.entries))
              << tr(", compared with %n outside record(s))", nullptr, static_cast<int>(report.comparedWith.size()))
              << Qt::endl;
    } else {
        broken = true;
        out() << tr("Audit log: broken (%n entries)", nullptr, static_cast<int>(report.entries)) << Qt::endl;
        for (const AuditFinding& finding : std::as_const(logFindings)) {
            out() << QStringLiteral("  ") << finding.message << Qt::endl;
        }
    }
    // Issue 16, item 5: every record against the hash of its last entry, every stored file
    // (issued letters among them) against its SHA-256.
    if (report.recordsChecked < 0 && recordFindings.isEmpty()) {
        out() << tr("Records: not compared with the audit log (it covers records from the first time this version "
                    "of Mandaat opens the vault for writing)")
              << Qt::endl;
    } else if (recordFindings.isEmpty()) {
        out() << tr("Records: ok (%n records match their last audit entry)",
                    nullptr,
                    static_cast<int>(report.recordsChecked))
              << Qt::endl;
    } else {
        broken = true;
        out() << tr("Records: changed outside Mandaat") << Qt::endl;
        for (const AuditFinding& finding : std::as_const(recordFindings)) {
            out() << QStringLiteral("  ") << finding.message << Qt::endl;
        }
    }
    if (report.intact()) {
        AuditHeads::noteSeen(*settings, vault.saltHex(), AuditVerifier(vault.database()).head());
    }
    if (broken) {
        err() << tr("The vault's records are readable, but the check above failed: keep this vault aside and "
                    "compare it with your latest backup.")
              << Qt::endl;
        return ExitDamaged;
    }
    return ExitOk;
}

} // namespace mandaat::cli
