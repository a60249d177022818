#pragma once

#include "domain/ComplianceRecord.h"
#include "domain/EngagementStatus.h"
#include "domain/IssuedLetter.h"
#include "domain/Language.h"
#include "util/Error.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <memory>
#include <optional>

namespace mandaat {

class LetterDocument;
class Records;

/// Renders letters and issues them: an issued letter's PDF is stored in the vault with its
/// SHA-256 and an audit entry (docs/architecture.md, Documents).
namespace LetterService {

struct Issued
{
    IssuedLetter letter;
    QByteArray pdf;
};

/// The engagement confirmation as a PDF, without storing it (print preview). \a language
/// defaults to the engagement's letter language. Refused, with the missing CMI-5 elements
/// listed in \a error, while the letter is incomplete.
std::optional<QByteArray> renderConfirmation(
    Records& records, qint64 engagementId, std::optional<Language> language, QDate letterDate, Error* error);

/// The engagement confirmation laid out, for a print preview or a printer
/// (LetterDocument::print); nullptr, with the missing CMI-5 elements in \a error, while the
/// letter is incomplete. \a title, when given, receives the document's title.
std::unique_ptr<LetterDocument> confirmationDocument(Records& records,
                                                     qint64 engagementId,
                                                     std::optional<Language> language,
                                                     QDate letterDate,
                                                     Error* error,
                                                     QString* title = nullptr);

/// Renders and stores the confirmation. Issuing again keeps the earlier versions.
std::optional<Issued> issueConfirmation(
    Records& records, qint64 engagementId, std::optional<Language> language, QDate letterDate, Error* error);

/// CMI-12: renders the written warning for \a warning (its reason names the obstruction),
/// stores the letter, and saves \a warning with the letter's PDF as its attachment, in one
/// transaction. \a warning.issuedOn is the letter's date.
std::optional<Issued>
issueWarning(Records& records, WrittenWarning& warning, std::optional<Language> language, Error* error);

/// CMI-17: renders the written acknowledgement of complaint \a complaintId, stores it, and
/// marks the complaint acknowledged on \a letterDate with the letter attached.
std::optional<Issued> issueComplaintAcknowledgement(
    Records& records, qint64 complaintId, std::optional<Language> language, QDate letterDate, Error* error);

/// The termination letter, rendered but not stored: the termination wizard stores it with
/// store() in the same transaction as the end itself.
std::optional<QByteArray> renderTermination(Records& records,
                                            qint64 engagementId,
                                            EndReason reason,
                                            QDate endDate,
                                            QDate dossierUntil,
                                            QDate financialUntil,
                                            const QString& note,
                                            std::optional<Language> language,
                                            Error* error);

/// MW-5.3: the proposal to hand over to \a successor, rendered but not stored.
std::optional<QByteArray> renderHandover(Records& records,
                                         qint64 engagementId,
                                         const QString& successor,
                                         std::optional<Language> language,
                                         QDate letterDate,
                                         Error* error);

/// Stores a rendered letter of \a kind for the engagement (and audits it).
std::optional<IssuedLetter> store(Records& records,
                                  qint64 engagementId,
                                  LetterKind kind,
                                  Language language,
                                  const QByteArray& pdf,
                                  QDate letterDate,
                                  Error* error);

} // namespace LetterService
} // namespace mandaat
