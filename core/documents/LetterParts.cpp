#include "LetterParts.h"

#include "documents/LetterDocument.h"
#include "documents/LetterTemplate.h"

#include <QStringList>

namespace mandaat::LetterParts {

QString addressLine(const Address& address)
{
    QStringList parts;
    if (!address.street.isEmpty()) {
        parts << address.street;
    }
    const QString place = QStringLiteral("%1 %2").arg(address.postalCode, address.city).trimmed();
    if (!place.isEmpty()) {
        parts << place;
    }
    if (!address.country.isEmpty()) {
        parts << address.country;
    }
    return parts.join(QStringLiteral(", "));
}

QString practiceName(const PracticeProfile& practice)
{
    return practice.tradeName.isEmpty() ? practice.consultantName : practice.tradeName;
}

void addLetterhead(LetterDocument& letter,
                   const PracticeProfile& practice,
                   const QImage& logo,
                   const LetterTemplate& text)
{
    QStringList lines{practiceName(practice)};
    if (!practice.tradeName.isEmpty() && practice.tradeName != practice.consultantName) {
        lines << practice.consultantName;
    }
    lines << addressLine(practice.address);
    QStringList contact;
    for (const QString& item : {practice.email, practice.phone}) {
        if (!item.trimmed().isEmpty()) {
            contact << item;
        }
    }
    lines << contact.join(QStringLiteral(" · "));
    QStringList numbers;
    const std::pair<const char*, const QString*> fields[] = {{"label.vat_number", &practice.vatNumber},
                                                             {"label.company_number", &practice.companyNumber},
                                                             {"label.iban", &practice.iban}};
    for (const auto& [label, value] : fields) {
        if (!value->isEmpty()) {
            // Lines break between the numbers, never inside one: an IBAN split over two
            // lines is easily copied wrong.
            numbers << QString(text.text(QString::fromLatin1(label)) + QLatin1Char(' ') + *value)
                           .replace(QLatin1Char(' '), QChar::Nbsp);
        }
    }
    lines << numbers.join(QStringLiteral(" · "));
    lines.removeAll(QString());
    letter.setLetterhead(lines, logo);
}

} // namespace mandaat::LetterParts
