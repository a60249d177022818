#include "ExportCommand.h"

#include "CliIo.h"
#include "SharedSettings.h"
#include "TerminalProgress.h"
#include "exchange/AuditHeads.h"
#include "exchange/ExportJob.h"
#include "repositories/Records.h"
#include "util/OutputFile.h"

#include <QDir>
#include <QFileInfo>

namespace mandaat::cli {

namespace {

// The password: the next line of standard input, MANDAAT_EXPORT_PASSWORD, or asked twice.
std::optional<QString> exportPassword(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("password-stdin"))) {
        const auto line = readStdinLine();
        if (!line || line->isEmpty()) {
            err() << ExportCommand::tr("Standard input ended before the export password was read.") << Qt::endl;
            return std::nullopt;
        }
        return line;
    }
    if (qEnvironmentVariableIsSet("MANDAAT_EXPORT_PASSWORD")) {
        return qEnvironmentVariable("MANDAAT_EXPORT_PASSWORD");
    }
    const auto first = promptHidden(ExportCommand::tr("Password for the export: "));
    if (!first) {
        err() << ExportCommand::tr("No export password given: there is no terminal to ask on. Use --password-stdin, "
                                   "set MANDAAT_EXPORT_PASSWORD, or choose --plaintext.")
              << Qt::endl;
        return std::nullopt;
    }
    const auto second = promptHidden(ExportCommand::tr("Repeat the password: "));
    if (!second || *second != *first || first->isEmpty()) {
        err() << ExportCommand::tr("The two passwords differ or are empty; nothing was exported.") << Qt::endl;
        return std::nullopt;
    }
    return first;
}

} // namespace

ExportCommand::ExportCommand()
    : VaultCommand(QStringLiteral("export"),
                   tr("Export an engagement, everything about a client (GDPR art. 15 and 20) or the whole practice as "
                      "a ZIP with dossier.pdf, data.json and the attachments, encrypted with AES-256."))
{
    addOption({QStringLiteral("engagement"), tr("Export this engagement."), tr("ID")});
    addOption({QStringLiteral("client"), tr("Export every record about this client, across engagements."), tr("ID")});
    addOption({QStringLiteral("all"), tr("Export the whole practice.")});
    addOption({QStringLiteral("out"), tr("The ZIP file to write."), tr("ZIP")});
    addOption({QStringLiteral("password-stdin"),
               tr("Read the export password from standard input: the line after the passphrase when "
                  "--passphrase-stdin is also given, else the first line. Otherwise MANDAAT_EXPORT_PASSWORD, or a "
                  "prompt.")});
    addOption({QStringLiteral("plaintext"), tr("Do not encrypt the ZIP (a warning is printed).")});
    addOption({QStringLiteral("overwrite"), tr("Replace the ZIP file when it exists (never a vault or a folder).")});
}

int ExportCommand::checkOptions(const QCommandLineParser& parser)
{
    m_outPath = parser.value(QStringLiteral("out"));
    const int chosen = int(parser.isSet(QStringLiteral("engagement"))) + int(parser.isSet(QStringLiteral("client"))) +
        int(parser.isSet(QStringLiteral("all")));
    m_options = ExportOptions();
    bool validId = true;
    if (parser.isSet(QStringLiteral("engagement"))) {
        m_options.scope = ExportScope::engagement(parser.value(QStringLiteral("engagement")).toLongLong(&validId));
    } else if (parser.isSet(QStringLiteral("client"))) {
        m_options.scope = ExportScope::client(parser.value(QStringLiteral("client")).toLongLong(&validId));
    } else {
        m_options.scope = ExportScope::practice();
    }
    if (chosen != 1 || !validId || m_outPath.isEmpty() ||
        (m_options.scope.kind != ExportScope::Kind::Practice && m_options.scope.id <= 0)) {
        err() << tr("'export' needs one of --engagement ID, --client ID or --all, and --out X.zip.") << Qt::endl;
        return ExitUsage;
    }
    m_options.outputPath = m_outPath;
    m_options.plaintext = parser.isSet(QStringLiteral("plaintext"));
    m_options.overwrite = parser.isSet(QStringLiteral("overwrite"));
    return ExitOk;
}

int ExportCommand::executeWithVault(Vault& vault, const QCommandLineParser& parser)
{
    // A copy: the password stays in this function, as long as the export runs.
    ExportOptions options = m_options;
    if (options.plaintext) {
        err() << ExportJob::plaintextWarning() << Qt::endl;
    } else {
        const auto password = exportPassword(parser);
        if (!password) {
            return ExitUsage;
        }
        options.password = *password;
    }
    Records records(vault);
    ExportJob job(vault.path(), vault.key(), options);
    TerminalProgress line(tr("Exporting…"));
    const ExportResult result = job.run(line.progress());
    line.finish();
    if (!result.ok()) {
        err() << result.error.message << Qt::endl;
        if (!options.overwrite && QFileInfo(m_outPath).isFile() && !OutputFile::isOpenVault(m_outPath)) {
            err() << tr("Add --overwrite to replace it.") << Qt::endl;
        }
        return ExitError;
    }
    Error error;
    if (!ExportJob::recordExport(vault, records, result, &error)) {
        err() << tr("The export was written, but the audit entry could not be: %1").arg(error.message) << Qt::endl;
        return ExitError;
    }
    const auto settings = sharedSettings();
    AuditHeads::noteSeen(*settings, vault.saltHex(), AuditVerifier(vault.database()).head());
    out() << tr("Wrote %1: %n engagement(s)", nullptr, result.engagements).arg(QDir::toNativeSeparators(result.path))
          << tr(", %n note(s)", nullptr, result.notes) << tr(", %n file(s)", nullptr, result.attachments)
          << (result.encrypted ? tr(", encrypted with AES-256.") : tr(", NOT encrypted.")) << Qt::endl;
    if (result.encrypted) {
        out() << ExportJob::openingToolsText() << Qt::endl;
    }
    return ExitOk;
}

} // namespace mandaat::cli
