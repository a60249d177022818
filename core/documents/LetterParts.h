#pragma once

#include "domain/Address.h"
#include "domain/Practice.h"

#include <QImage>
#include <QString>

namespace mandaat {

class LetterDocument;
class LetterTemplate;

/// Pieces every letter shares.
namespace LetterParts {

/// "Street, postal code city, country", leaving out what is empty.
QString addressLine(const Address& address);
/// The name the practice presents itself under: the trade name, else the consultant's.
QString practiceName(const PracticeProfile& practice);
/// The letterhead: the practice's name, the consultant, address, contact and numbers, logo.
void addLetterhead(LetterDocument& letter,
                   const PracticeProfile& practice,
                   const QImage& logo,
                   const LetterTemplate& text);

} // namespace LetterParts
} // namespace mandaat
