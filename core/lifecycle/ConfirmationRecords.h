#pragma once

#include "documents/LetterService.h"
#include "domain/Attachment.h"
#include "domain/ComplianceRecord.h"
#include "domain/Engagement.h"
#include "domain/IssuedLetter.h"
#include "util/Error.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace mandaat {

class Records;

/// The confirmation as every way into the practice records it (the onboarding wizard and
/// `mandaat-cli letter` alike; docs/compliance-evidence.md): the issued letter (LetterService:
/// the PDF with its hash and an audit entry) and the signed copy or e-mail acceptance on it,
/// each with the Evidence rows the rules look for, in one transaction. The evidence is filed
/// under the engagement's own article that the rule asking for it serves (MW-2.2, CMI-5, …),
/// found in the catalogue, never named here.
namespace ConfirmationRecords {

/// Issues the confirmation in \a language (std::nullopt: the engagement's letter language),
/// dated \a on, and records confirmation_issued for all parties, the PDF attached. Issuing
/// again keeps the earlier versions. Refused, with nothing stored, when the letter is
/// incomplete or no code of the engagement asks for a confirmation.
std::optional<LetterService::Issued>
issue(Records& records, qint64 engagementId, std::optional<Language> language, QDate on, Error* error);

/// Records the acceptance of \a letter: the signed copy (\a signedCopy, a PDF or an image) or
/// an e-mail (\a signedCopy nullptr, \a channel Email); and confirmation_accepted for each of
/// \a parties, the scan attached.
bool accept(Records& records,
            const IssuedLetter& letter,
            QDate on,
            Channel channel,
            const Attachment* signedCopy,
            const QList<Party>& parties,
            Error* error);

/// The parties whose acceptance the confirmation asks for: the client, and the principal when
/// the engagement has one.
QList<Party> partiesOf(const Engagement& engagement);

/// The signed copy at \a path, read for accept(): a PDF or an image of at most
/// Attachment::MaxBytes. std::nullopt, with \a error set to a translated reason, otherwise.
std::optional<Attachment> signedCopyFrom(const QString& path, Error* error);

/// Makes the engagement active on \a on, as the onboarding wizard does once the confirmation is
/// accepted: refused, with the obligations that still block listed (ComplianceGuard), while the
/// rules of its codes do not allow it, and for an engagement that is not in onboarding. Asks
/// the rules itself, whether or not a guard is installed on \a records.
bool activate(Records& records, qint64 engagementId, QDate on, Error* error);

/// Appends "letter.printed" or "letter.saved" to the audit log (which letter, never a name).
bool recordUse(Records& records, const IssuedLetter& letter, const QString& kind, Error* error);

} // namespace ConfirmationRecords
} // namespace mandaat
