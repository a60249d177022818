#include "ComplaintCommand.h"

#include "CliIo.h"
#include "SharedSettings.h"
#include "documents/LetterService.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/Records.h"

#include <QDir>

namespace mandaat::cli {

namespace { } // namespace

ComplaintCommand::ComplaintCommand()
    : Command(QStringLiteral("complaint"),
              tr("Record a complaint about an engagement and, with --acknowledge, issue its written acknowledgement."))
{
    addPositional(QStringLiteral("file"), tr("The vault file."));
    addPositional(QStringLiteral("engagement"), tr("The engagement's id (see 'list FILE engagements')."));
    addOption(PassphraseSource::stdinOption());
    addOption({QStringLiteral("summary"), tr("What the complaint is about."), tr("TEXT")});
    addOption({QStringLiteral("from"), tr("Who complains: client (default) or principal."), tr("PARTY")});
    addOption({QStringLiteral("received"), tr("The day it was received (YYYY-MM-DD; default: today)."), tr("DATE")});
    addOption(
        {QStringLiteral("complaint"),
         tr("Acknowledge this complaint, recorded before (see 'list FILE complaints'), instead of recording one."),
         tr("ID")});
    addOption(
        {QStringLiteral("acknowledge"), tr("Issue the written acknowledgement and write its PDF here."), tr("PDF")});
    addOption({QStringLiteral("at"), tr("The acknowledgement's date (YYYY-MM-DD; default: today)."), tr("DATE")});
    addOption({QStringLiteral("lang"), tr("The letter's language: nl or en (default: the engagement's)."), tr("LANG")});
    addOption({QStringLiteral("overwrite"), tr("Replace the PDF file when it exists (never a vault or a folder).")});
}

int ComplaintCommand::execute(const QCommandLineParser& parser)
{
    const QString path = parser.positionalArguments().at(1);
    const std::optional<qint64> engagementId = engagementArgument(parser, 2);
    if (!engagementId) {
        return ExitUsage;
    }
    const QDate today = QDate::currentDate();
    const QString outPath = parser.value(QStringLiteral("acknowledge"));
    qint64 complaintId = 0;
    if (parser.isSet(QStringLiteral("complaint"))) {
        bool valid = false;
        complaintId = parser.value(QStringLiteral("complaint")).toLongLong(&valid);
        if (!valid || complaintId < 1 || outPath.isEmpty()) {
            err() << tr("--complaint takes the id of a recorded complaint, with --acknowledge X.pdf.") << Qt::endl;
            return ExitUsage;
        }
    }
    Complaint complaint;
    complaint.engagementId = *engagementId;
    complaint.summary = parser.value(QStringLiteral("summary")).trimmed();
    if (complaintId == 0 && complaint.summary.isEmpty()) {
        err() << tr("'complaint' needs --summary TEXT, what the complaint is about.") << Qt::endl;
        return ExitUsage;
    }
    const QString from = parser.value(QStringLiteral("from"));
    if (from == QLatin1String("principal")) {
        complaint.complainant = Party::Principal;
    } else if (!from.isEmpty() && from != QLatin1String("client")) {
        err() << tr("Unknown complainant '%1': use client or principal.").arg(from) << Qt::endl;
        return ExitUsage;
    }
    QDate acknowledgedOn;
    if (!dayOption(
            parser, QStringLiteral("received"), tr("the day it was received"), today, today, &complaint.receivedOn) ||
        !dayOption(parser, QStringLiteral("at"), tr("the acknowledgement's date"), today, today, &acknowledgedOn)) {
        return ExitUsage;
    }
    std::optional<Language> language;
    if (!letterLanguage(parser, &language)) {
        return ExitUsage;
    }

    PassphraseSource source(parser);
    int exitCode = ExitOk;
    const auto vault = openVault(path, source, Vault::Access::ReadWrite, &exitCode);
    if (!vault) {
        return exitCode;
    }
    const bool overwrite = parser.isSet(QStringLiteral("overwrite"));
    if (!outPath.isEmpty() && !outputAllowed(outPath, overwrite)) {
        return ExitError;
    }
    Records records(*vault);
    std::optional<LetterService::Issued> issued;
    RecordError recordError;
    Error error;
    const bool done = records.transaction(
        [&](RecordError* failure) {
            if (complaintId == 0) {
                if (!records.compliance().save(complaint, failure)) {
                    return false;
                }
                complaintId = complaint.id;
            } else {
                const std::optional<Complaint> recorded = records.compliance().complaint(complaintId, failure);
                if (!recorded) {
                    return false;
                }
                if (recorded->engagementId != *engagementId) {
                    *failure = RecordError::make(
                        RecordError::Kind::Refused,
                        tr("Complaint %1 is not about engagement %2.").arg(complaintId).arg(*engagementId));
                    return false;
                }
            }
            if (outPath.isEmpty()) {
                return true;
            }
            issued =
                LetterService::issueComplaintAcknowledgement(records, complaintId, language, acknowledgedOn, &error);
            if (!issued) {
                *failure = RecordError::make(RecordError::Kind::Refused, error.message);
            }
            return issued.has_value();
        },
        &recordError);
    noteAuditHead(*vault);
    if (!done) {
        return reportNothingRecorded(*vault, recordError.message);
    }
    // Said only once the vault says so.
    const std::optional<Complaint> stored = records.compliance().complaint(complaintId, &recordError);
    if (!stored || (issued && stored->acknowledgedOn != acknowledgedOn)) {
        return reportFailure(*vault, tr("The complaint was recorded but does not read back."));
    }
    if (issued && !writeIssued(outPath, *issued, overwrite)) {
        return ExitError;
    }
    if (parser.isSet(QStringLiteral("complaint"))) {
        out() << tr("Acknowledged complaint %1 on %2 (letter %3) and wrote %4.")
                     .arg(complaintId)
                     .arg(acknowledgedOn.toString(Qt::ISODate))
                     .arg(issued->letter.id)
                     .arg(QDir::toNativeSeparators(outPath))
              << Qt::endl;
    } else {
        out() << tr("Recorded complaint %1 on engagement %2, received %3; to be settled by %4.")
                     .arg(complaintId)
                     .arg(*engagementId)
                     .arg(stored->receivedOn.toString(Qt::ISODate), stored->dueOn().toString(Qt::ISODate))
              << Qt::endl;
        if (issued) {
            out() << tr("Acknowledged it on %1 (letter %2) and wrote %3.")
                         .arg(acknowledgedOn.toString(Qt::ISODate))
                         .arg(issued->letter.id)
                         .arg(QDir::toNativeSeparators(outPath))
                  << Qt::endl;
        }
    }
    return ExitOk;
}

} // namespace mandaat::cli
