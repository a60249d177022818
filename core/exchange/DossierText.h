#pragma once

#include "domain/DisplayNames.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace mandaat {

/// The values of data.json as dossier.pdf says them, in the interface's language: dates and
/// times as a reader writes them ("12 March 2026", never ISO), amounts and rates with the
/// locale's decimal sign ("21 %"), stored ids as words ("bank transfer", never
/// bank_transfer). Each returns an empty string for an empty or null value, so that the
/// dossier leaves the line out.
class DossierText
{
    Q_DECLARE_TR_FUNCTIONS(DossierText)

public:
    /// The text of \a key in \a object as stored (text), a number as digits.
    static QString plain(const QJsonObject& object, const char* key);
    /// A stored date ("2026-03-12") as "12 March 2026".
    static QString date(const QJsonObject& object, const char* key);
    /// A stored moment (UTC, ISO 8601) in local time: "12 March 2026, 10:00".
    static QString moment(const QJsonObject& object, const char* key);
    /// A stored yes/no; an unanswered one (null) is empty.
    static QString yesNo(const QJsonObject& object, const char* key);
    /// Integer cents of \a key with the engagement's currency: "95.00 EUR".
    static QString amount(const QJsonObject& object, const char* key, const QString& currency);
    /// Basis points as a percentage: 2100 as "21 %", 600 as "6 %", 550 as "5.5 %".
    static QString percent(qint64 basisPoints);
    /// A stored id of enum E (EnumIds.h) by its translated name, lower case unless \a capital.
    template <typename E>
    static QString name(const QJsonObject& object, const char* key, bool capital = false)
    {
        const auto value = fromId<E>(object.value(QLatin1String(key)).toString());
        if (!value) {
            return plain(object, key);
        }
        const QString text = displayName(*value);
        return capital ? text : lowerFirst(text);
    }
    static QString letterKind(const QString& id);
    static QString destructionScope(const QString& id);
    static QString language(const QString& id);
    /// Joins the non-empty \a parts with ", ".
    static QString list(const QStringList& parts);

private:
    static QString lowerFirst(const QString& text);
};

} // namespace mandaat
