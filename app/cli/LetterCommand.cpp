#include "LetterCommand.h"

#include "CliIo.h"
#include "SharedSettings.h"
#include "documents/LetterService.h"
#include "lifecycle/ConfirmationRecords.h"
#include "repositories/Records.h"
#include "util/OutputFile.h"

#include <QDir>
#include <QFileInfo>

namespace mandaat::cli {

LetterCommand::LetterCommand()
    : VaultCommand(QStringLiteral("letter"),
                   tr("Issue a letter for an engagement: store it in the vault and write its PDF."))
{
    addOption({QStringLiteral("engagement"), tr("The engagement's id (see 'list FILE engagements')."), tr("ID")});
    addOption({QStringLiteral("out"), tr("Where to write the PDF."), tr("PDF")});
    addOption({QStringLiteral("lang"), tr("The letter's language: nl or en (default: the engagement's)."), tr("LANG")});
    addOption({QStringLiteral("kind"), tr("The letter: confirmation (the only one so far)."), tr("KIND")});
    addOption({QStringLiteral("overwrite"), tr("Replace the PDF file when it exists (never a vault or a folder).")});
}

int LetterCommand::checkOptions(const QCommandLineParser& parser)
{
    bool validId = false;
    m_letterEngagementId = parser.value(QStringLiteral("engagement")).toLongLong(&validId);
    m_outPath = parser.value(QStringLiteral("out"));
    if (!validId || m_letterEngagementId <= 0 || m_outPath.isEmpty()) {
        err() << tr("'letter' needs --engagement ID and --out X.pdf.") << Qt::endl;
        return ExitUsage;
    }
    m_language.reset();
    if (!letterLanguage(parser, &m_language)) {
        return ExitUsage;
    }
    const QString kind = parser.value(QStringLiteral("kind"));
    if (!kind.isEmpty() && kind != QLatin1String("confirmation")) {
        err() << tr("Unknown letter kind '%1'. This version issues: confirmation.").arg(kind) << Qt::endl;
        return ExitUsage;
    }
    return ExitOk;
}

int LetterCommand::executeWithVault(Vault& vault, const QCommandLineParser& parser)
{
    // Checked before the letter is issued: a refused file name issues nothing.
    const bool overwrite = parser.isSet(QStringLiteral("overwrite"));
    if (!outputAllowed(m_outPath, overwrite)) {
        return ExitError;
    }
    Records records(vault);
    // The same records as the onboarding wizard's: the letter and the evidence the rules read.
    Error error;
    const auto issued =
        ConfirmationRecords::issue(records, m_letterEngagementId, m_language, QDate::currentDate(), &error);
    if (!issued) {
        err() << error.message << Qt::endl;
        return ExitError;
    }
    noteAuditHead(vault);
    if (!writeIssued(m_outPath, *issued, overwrite)) {
        return ExitError;
    }
    out() << tr("Issued letter %1 (%2, SHA-256 %3) and wrote %4.")
                 .arg(issued->letter.id)
                 .arg(toId(issued->letter.language), issued->letter.sha256, QDir::toNativeSeparators(m_outPath))
          << Qt::endl;
    return ExitOk;
}

} // namespace mandaat::cli
