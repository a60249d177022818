#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

/// Dates, times and sizes as the windows show them: through QLocale, in the interface language.
namespace mandaat::formats {

/// "03/03/2026" or "3-3-2026", or an empty text when \a date is not set.
QString shortDate(QDate date);
/// "3 March 2026".
QString longDate(QDate date);
/// A UTC time shown in the computer's time zone: "03/03/2026 14:05".
QString dateTime(const QDateTime& utc);
QString time(const QDateTime& utc);
/// "1.2 MB".
QString size(qint64 bytes);
/// A path with the home folder as "~", as the user knows it (and no temporary path shows).
QString displayPath(const QString& path);

} // namespace mandaat::formats
