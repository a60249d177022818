#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

/// Dates, times and sizes as the windows show them: through QLocale, in the interface language.
namespace mandaat::formats {

/// The one way a date is written in the interface language, shown and typed: "dd-MM-yyyy" in
/// Dutch, "dd/MM/yyyy" in English (issue 15: three formats were shown side by side).
QString dateFormat();
/// "03/03/2026" (English) or "03-03-2026" (Dutch), or an empty text when \a date is not set.
QString shortDate(QDate date);
/// "3 March 2026".
QString longDate(QDate date);
/// A UTC time shown in the computer's time zone: "03/03/2026 14:05" (the date as shortDate).
QString dateTime(const QDateTime& utc);
QString time(const QDateTime& utc);
/// "1.2 MB".
QString size(qint64 bytes);
/// A path with the home folder as "~", as the user knows it (and no temporary path shows).
QString displayPath(const QString& path);

} // namespace mandaat::formats
