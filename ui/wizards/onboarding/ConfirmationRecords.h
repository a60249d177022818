#pragma once

#include "documents/LetterService.h"
#include "domain/Attachment.h"
#include "domain/ComplianceRecord.h"
#include "domain/IssuedLetter.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace mandaat {

class Records;

/// The confirmation as the onboarding records it (docs/compliance-evidence.md): the issued
/// letter (LetterService: the PDF with its hash and an audit entry) and the signed copy or
/// e-mail acceptance on it, each with the Evidence rows the rules look for, in one transaction.
namespace ConfirmationRecords {

/// Issues the confirmation in the engagement's letter language, dated \a on, and records
/// confirmation_issued on \a article (MW-2.2 or CMI-5) for all parties, the PDF attached.
/// Issuing again keeps the earlier versions.
std::optional<LetterService::Issued>
issue(Records& records, qint64 engagementId, const QString& article, QDate on, QString* error);

/// Records the acceptance of \a letter: the signed copy (\a signedCopy, a PDF or an image) or
/// an e-mail (\a signedCopy nullptr, \a channel Email); and confirmation_accepted for each of
/// \a parties, the scan attached.
bool accept(Records& records,
            const IssuedLetter& letter,
            QDate on,
            Channel channel,
            const Attachment* signedCopy,
            const QList<Party>& parties,
            const QString& article,
            QString* error);

/// Appends "letter.printed" or "letter.saved" to the audit log (which letter, never a name).
bool recordUse(Records& records, const IssuedLetter& letter, const QString& kind, QString* error);

} // namespace ConfirmationRecords
} // namespace mandaat
