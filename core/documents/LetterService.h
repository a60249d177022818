#pragma once

#include "domain/IssuedLetter.h"
#include "domain/Language.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>

namespace mandaat {

class Records;

/// Renders letters and issues them: an issued letter's PDF is stored in the vault with its
/// SHA-256 and an audit entry (DESIGN.md, Documents).
namespace LetterService {

struct Issued
{
    IssuedLetter letter;
    QByteArray pdf;
};

/// The engagement confirmation as a PDF, without storing it (print preview). \a language
/// defaults to the engagement's letter language. Refused, with the missing CMI-5 elements
/// listed in \a error, while the letter is incomplete.
std::optional<QByteArray> renderConfirmation(Records& records,
                                             qint64 engagementId,
                                             std::optional<Language> language,
                                             QDate letterDate,
                                             QString* error);

/// Renders and stores the confirmation. Issuing again keeps the earlier versions.
std::optional<Issued> issueConfirmation(Records& records,
                                        qint64 engagementId,
                                        std::optional<Language> language,
                                        QDate letterDate,
                                        QString* error);

} // namespace LetterService
} // namespace mandaat
