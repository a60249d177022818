#include "WarningCommand.h"

#include "CliIo.h"
#include "SharedSettings.h"
#include "documents/LetterService.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/Records.h"

#include <QDir>

namespace mandaat::cli {

WarningCommand::WarningCommand()
    : Command(QStringLiteral("warning"),
              tr("Issue the written warning that must precede ending an engagement early for obstruction: store it "
                 "and write its PDF."))
{
    addPositional(QStringLiteral("file"), tr("The vault file."));
    addPositional(QStringLiteral("engagement"), tr("The engagement's id (see 'list FILE engagements')."));
    addOption(PassphraseSource::stdinOption());
    addOption({QStringLiteral("reason"), tr("The obstruction the warning names."), tr("TEXT")});
    addOption({QStringLiteral("out"), tr("Where to write the PDF."), tr("PDF")});
    addOption({QStringLiteral("at"), tr("The warning's date (YYYY-MM-DD; default: today)."), tr("DATE")});
    addOption({QStringLiteral("lang"), tr("The letter's language: nl or en (default: the engagement's)."), tr("LANG")});
    addOption({QStringLiteral("overwrite"), tr("Replace the PDF file when it exists (never a vault or a folder).")});
}

int WarningCommand::execute(const QCommandLineParser& parser)
{
    const QString path = parser.positionalArguments().at(1);
    const std::optional<qint64> engagementId = engagementArgument(parser, 2);
    if (!engagementId) {
        return ExitUsage;
    }
    const QString outPath = parser.value(QStringLiteral("out"));
    const QString reason = parser.value(QStringLiteral("reason")).trimmed();
    if (outPath.isEmpty() || reason.isEmpty()) {
        err() << tr("'warning' needs --reason TEXT, the obstruction, and --out X.pdf.") << Qt::endl;
        return ExitUsage;
    }
    std::optional<Language> language;
    if (!letterLanguage(parser, &language)) {
        return ExitUsage;
    }
    const QDate today = QDate::currentDate();
    QDate on;
    if (!dayOption(parser, QStringLiteral("at"), tr("the warning's date"), today, today, &on)) {
        return ExitUsage;
    }

    PassphraseSource source(parser);
    int exitCode = ExitOk;
    const auto vault = openVault(path, source, Vault::Access::ReadWrite, &exitCode);
    if (!vault) {
        return exitCode;
    }
    const bool overwrite = parser.isSet(QStringLiteral("overwrite"));
    if (!outputAllowed(outPath, overwrite)) {
        return ExitError;
    }
    Records records(*vault);
    WrittenWarning warning;
    warning.engagementId = *engagementId;
    warning.issuedOn = on;
    warning.reason = reason;
    Error error;
    const auto issued = LetterService::issueWarning(records, warning, language, &error);
    noteAuditHead(*vault);
    if (!issued) {
        err() << error.message << Qt::endl;
        return reportFailure(*vault, QString());
    }
    const QList<WrittenWarning> stored = records.compliance().warningsFor(*engagementId);
    if (std::none_of(stored.cbegin(), stored.cend(), [&warning](const WrittenWarning& kept) {
            return kept.id == warning.id && kept.attachmentId == warning.attachmentId;
        })) {
        return reportFailure(*vault, tr("The warning was stored but does not read back."));
    }
    if (!writeIssued(outPath, *issued, overwrite)) {
        return ExitError;
    }
    out() << tr("Issued the written warning of %1 for engagement %2 (letter %3) and wrote %4.")
                 .arg(on.toString(Qt::ISODate))
                 .arg(*engagementId)
                 .arg(issued->letter.id)
                 .arg(QDir::toNativeSeparators(outPath))
          << Qt::endl;
    return ExitOk;
}

} // namespace mandaat::cli
