#include "WarningCommand.h"

#include "CliIo.h"
#include "SharedSettings.h"
#include "documents/LetterService.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/Records.h"

#include <QDir>

namespace mandaat::cli {

WarningCommand::WarningCommand()
    : VaultCommand(
          QStringLiteral("warning"),
          tr("Issue the written warning that must precede ending an engagement early for obstruction: store it "
             "and write its PDF."),
          tr("The engagement's id (see 'list FILE engagements')."))
{
    addOption({QStringLiteral("reason"), tr("The obstruction the warning names."), tr("TEXT")});
    addOption({QStringLiteral("out"), tr("Where to write the PDF."), tr("PDF")});
    addOption({QStringLiteral("at"), tr("The warning's date (YYYY-MM-DD; default: today)."), tr("DATE")});
    addOption({QStringLiteral("lang"), tr("The letter's language: nl or en (default: the engagement's)."), tr("LANG")});
    addOption({QStringLiteral("overwrite"), tr("Replace the PDF file when it exists (never a vault or a folder).")});
}

int WarningCommand::checkOptions(const QCommandLineParser& parser)
{
    m_outPath = parser.value(QStringLiteral("out"));
    m_reason = parser.value(QStringLiteral("reason")).trimmed();
    if (m_outPath.isEmpty() || m_reason.isEmpty()) {
        err() << tr("'warning' needs --reason TEXT, the obstruction, and --out X.pdf.") << Qt::endl;
        return ExitUsage;
    }
    m_language.reset();
    if (!letterLanguage(parser, &m_language)) {
        return ExitUsage;
    }
    m_today = QDate::currentDate();
    m_on = QDate();
    if (!dayOption(parser, QStringLiteral("at"), tr("the warning's date"), m_today, m_today, &m_on)) {
        return ExitUsage;
    }
    return ExitOk;
}

int WarningCommand::executeWithVault(Vault& vault, const QCommandLineParser& parser)
{
    const bool overwrite = parser.isSet(QStringLiteral("overwrite"));
    if (!outputAllowed(m_outPath, overwrite)) {
        return ExitError;
    }
    Records records(vault);
    WrittenWarning warning;
    warning.engagementId = engagementId();
    warning.issuedOn = m_on;
    warning.reason = m_reason;
    Error error;
    const auto issued = LetterService::issueWarning(records, warning, m_language, &error);
    noteAuditHead(vault);
    if (!issued) {
        err() << error.message << Qt::endl;
        return reportFailure(vault, QString());
    }
    const QList<WrittenWarning> stored = records.compliance().warningsFor(engagementId());
    if (std::none_of(stored.cbegin(), stored.cend(), [&warning](const WrittenWarning& kept) {
            return kept.id == warning.id && kept.attachmentId == warning.attachmentId;
        })) {
        return reportFailure(vault, tr("The warning was stored but does not read back."));
    }
    if (!writeIssued(m_outPath, *issued, overwrite)) {
        return ExitError;
    }
    out() << tr("Issued the written warning of %1 for engagement %2 (letter %3) and wrote %4.")
                 .arg(m_on.toString(Qt::ISODate))
                 .arg(engagementId())
                 .arg(issued->letter.id)
                 .arg(QDir::toNativeSeparators(m_outPath))
          << Qt::endl;
    return ExitOk;
}

} // namespace mandaat::cli
