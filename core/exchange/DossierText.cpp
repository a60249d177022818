#include "DossierText.h"

#include "domain/IssuedLetter.h"
#include "retention/Destruction.h"

#include <QDateTime>
#include <QLocale>

namespace mandaat {

QString DossierText::plain(const QJsonObject& object, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isDouble()) {
        return QString::number(value.toInteger());
    }
    return value.toString();
}

QString DossierText::date(const QJsonObject& object, const char* key)
{
    const QDate value = QDate::fromString(object.value(QLatin1String(key)).toString(), Qt::ISODate);
    return value.isValid() ? displayDate(value) : QString();
}

QString DossierText::moment(const QJsonObject& object, const char* key)
{
    const QDateTime value = QDateTime::fromString(object.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
    if (!value.isValid()) {
        return {};
    }
    const QDateTime local = value.toLocalTime();
    return tr("%1, %2").arg(displayDate(local.date()), QLocale().toString(local.time(), QStringLiteral("HH:mm")));
}

QString DossierText::yesNo(const QJsonObject& object, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isBool()) {
        return {};
    }
    return value.toBool() ? tr("yes") : tr("no");
}

QString DossierText::amount(const QJsonObject& object, const char* key, const QString& currency)
{
    const QJsonValue cents = object.value(QLatin1String(key));
    if (!cents.isDouble()) {
        return {};
    }
    return displayAmount(cents.toInteger(), currency);
}

QString DossierText::percent(qint64 basisPoints)
{
    const int decimals = basisPoints % 100 == 0 ? 0 : (basisPoints % 10 == 0 ? 1 : 2);
    return tr("%1 %").arg(QLocale().toString(static_cast<double>(basisPoints) / 100.0, 'f', decimals));
}

QString DossierText::letterKind(const QString& id)
{
    const auto kind = fromId<LetterKind>(id);
    if (!kind) {
        return id;
    }
    switch (*kind) {
    case LetterKind::Confirmation:
        return tr("Confirmation of the engagement");
    case LetterKind::WrittenWarning:
        return tr("Written warning");
    case LetterKind::ComplaintAcknowledgement:
        return tr("Acknowledgement of a complaint");
    case LetterKind::Termination:
        return tr("Letter ending the engagement");
    case LetterKind::Handover:
        return tr("Handover letter");
    }
    return id;
}

QString DossierText::destructionScope(const QString& id)
{
    const auto scope = fromId<DestructionScope>(id);
    if (!scope) {
        return id;
    }
    return *scope == DestructionScope::Dossier ? tr("the dossier") : tr("the financial records");
}

QString DossierText::language(const QString& id)
{
    const auto value = fromId<Language>(id);
    return value ? displayName(*value) : id;
}

QString DossierText::list(const QStringList& parts)
{
    QStringList kept;
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty()) {
            kept << part.trimmed();
        }
    }
    return kept.join(QStringLiteral(", "));
}

QString DossierText::lowerFirst(const QString& text)
{
    // "Bank transfer" reads as "bank transfer" inside a sentence; an abbreviation (CMI) stays.
    if (text.size() > 1 && text.at(0).isUpper() && !text.at(1).isUpper()) {
        return text.at(0).toLower() + text.mid(1);
    }
    return text;
}

} // namespace mandaat
