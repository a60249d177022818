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
    : VaultCommand(
          QStringLiteral("complaint"),
          tr("Record a complaint about an engagement and, with --acknowledge, issue its written acknowledgement."),
          tr("The engagement's id (see 'list FILE engagements')."))
{
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

int ComplaintCommand::checkOptions(const QCommandLineParser& parser)
{
    m_today = QDate::currentDate();
    m_outPath = parser.value(QStringLiteral("acknowledge"));
    m_complaintId = 0;
    if (parser.isSet(QStringLiteral("complaint"))) {
        bool valid = false;
        m_complaintId = parser.value(QStringLiteral("complaint")).toLongLong(&valid);
        if (!valid || m_complaintId < 1 || m_outPath.isEmpty()) {
            err() << tr("--complaint takes the id of a recorded complaint, with --acknowledge X.pdf.") << Qt::endl;
            return ExitUsage;
        }
    }
    m_complaint = Complaint();
    m_complaint.engagementId = engagementId();
    m_complaint.summary = parser.value(QStringLiteral("summary")).trimmed();
    if (m_complaintId == 0 && m_complaint.summary.isEmpty()) {
        err() << tr("'complaint' needs --summary TEXT, what the complaint is about.") << Qt::endl;
        return ExitUsage;
    }
    const QString from = parser.value(QStringLiteral("from"));
    if (from == QLatin1String("principal")) {
        m_complaint.complainant = Party::Principal;
    } else if (!from.isEmpty() && from != QLatin1String("client")) {
        err() << tr("Unknown complainant '%1': use client or principal.").arg(from) << Qt::endl;
        return ExitUsage;
    }
    m_acknowledgedOn = QDate();
    if (!dayOption(parser,
                   QStringLiteral("received"),
                   tr("the day it was received"),
                   m_today,
                   m_today,
                   &m_complaint.receivedOn) ||
        !dayOption(
            parser, QStringLiteral("at"), tr("the acknowledgement's date"), m_today, m_today, &m_acknowledgedOn)) {
        return ExitUsage;
    }
    m_language.reset();
    if (!letterLanguage(parser, &m_language)) {
        return ExitUsage;
    }
    return ExitOk;
}

int ComplaintCommand::executeWithVault(Vault& vault, const QCommandLineParser& parser)
{
    const bool overwrite = parser.isSet(QStringLiteral("overwrite"));
    if (!m_outPath.isEmpty() && !outputAllowed(m_outPath, overwrite)) {
        return ExitError;
    }
    Records records(vault);
    std::optional<LetterService::Issued> issued;
    RecordError recordError;
    Error error;
    const bool done = records.transaction(
        [&](RecordError* failure) {
            if (m_complaintId == 0) {
                if (!records.compliance().save(m_complaint, failure)) {
                    return false;
                }
                m_complaintId = m_complaint.id;
            } else {
                const std::optional<Complaint> recorded = records.compliance().complaint(m_complaintId, failure);
                if (!recorded) {
                    return false;
                }
                if (recorded->engagementId != engagementId()) {
                    *failure = RecordError::make(
                        RecordError::Kind::Refused,
                        tr("Complaint %1 is not about engagement %2.").arg(m_complaintId).arg(engagementId()));
                    return false;
                }
            }
            if (m_outPath.isEmpty()) {
                return true;
            }
            issued = LetterService::issueComplaintAcknowledgement(
                records, m_complaintId, m_language, m_acknowledgedOn, &error);
            if (!issued) {
                *failure = RecordError::make(RecordError::Kind::Refused, error.message);
            }
            return issued.has_value();
        },
        &recordError);
    noteAuditHead(vault);
    if (!done) {
        return reportNothingRecorded(vault, recordError.message);
    }
    // Said only once the vault says so.
    const std::optional<Complaint> stored = records.compliance().complaint(m_complaintId, &recordError);
    if (!stored || (issued && stored->acknowledgedOn != m_acknowledgedOn)) {
        return reportFailure(vault, tr("The complaint was recorded but does not read back."));
    }
    if (issued && !writeIssued(m_outPath, *issued, overwrite)) {
        return ExitError;
    }
    if (parser.isSet(QStringLiteral("complaint"))) {
        out() << tr("Acknowledged complaint %1 on %2 (letter %3) and wrote %4.")
                     .arg(m_complaintId)
                     .arg(m_acknowledgedOn.toString(Qt::ISODate))
                     .arg(issued->letter.id)
                     .arg(QDir::toNativeSeparators(m_outPath))
              << Qt::endl;
    } else {
        out() << tr("Recorded complaint %1 on engagement %2, received %3; to be settled by %4.")
                     .arg(m_complaintId)
                     .arg(engagementId())
                     .arg(stored->receivedOn.toString(Qt::ISODate), stored->dueOn().toString(Qt::ISODate))
              << Qt::endl;
        if (issued) {
            out() << tr("Acknowledged it on %1 (letter %2) and wrote %3.")
                         .arg(m_acknowledgedOn.toString(Qt::ISODate))
                         .arg(issued->letter.id)
                         .arg(QDir::toNativeSeparators(m_outPath))
                  << Qt::endl;
        }
    }
    return ExitOk;
}

} // namespace mandaat::cli
