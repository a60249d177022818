#include "Formats.h"

#include <QDir>
#include <QLocale>

namespace mandaat::formats {

QString dateFormat()
{
    return QLocale().language() == QLocale::Dutch ? QStringLiteral("dd-MM-yyyy") : QStringLiteral("dd/MM/yyyy");
}

QString shortDate(QDate date)
{
    return date.isValid() ? QLocale().toString(date, dateFormat()) : QString();
}

QString longDate(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : QString();
}

QString dateTime(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), dateFormat() + QStringLiteral(" HH:mm")) : QString();
}

QString time(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime().time(), QStringLiteral("HH:mm")) : QString();
}

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString displayPath(const QString& path)
{
    const QString home = QDir::homePath();
    const QString clean = QDir::cleanPath(path);
    if (!home.isEmpty() && home != QLatin1String("/") && clean.startsWith(home + QLatin1Char('/'))) {
        return QDir::toNativeSeparators(QStringLiteral("~") + clean.mid(home.size()));
    }
    return QDir::toNativeSeparators(clean);
}

} // namespace mandaat::formats
