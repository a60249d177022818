#include "Agenda.h"

#include "domain/DisplayNames.h"
#include "repositories/RecordListing.h"
#include "repositories/Records.h"
#include "repositories/SessionRepository.h"
#include "util/OutputFile.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <map>

namespace mandaat {

namespace {

/// RFC 5545, 3.3.11: backslash, semicolon, comma and line breaks escaped.
QString escapeText(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char(';'), QStringLiteral("\\;"));
    text.replace(QLatin1Char(','), QStringLiteral("\\,"));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\\n"));
    text.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    text.replace(QLatin1Char('\r'), QStringLiteral("\\n"));
    // No other control character may appear in a value.
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : std::as_const(text)) {
        if (c.category() != QChar::Other_Control) {
            clean += c;
        }
    }
    return clean;
}

/// RFC 5545, 3.1: a content line of at most 75 octets, continued on lines that start with a
/// space; a UTF-8 sequence is never split.
void appendLine(QByteArray& out, const QString& line)
{
    const QByteArray bytes = line.toUtf8();
    qsizetype start = 0;
    int limit = 75;
    while (bytes.size() - start > limit) {
        qsizetype end = start + limit;
        while (end > start && (static_cast<unsigned char>(bytes.at(end)) & 0xC0) == 0x80) {
            --end; // not inside a character
        }
        out += bytes.mid(start, end - start);
        out += "\r\n ";
        start = end;
        limit = 74; // the leading space counts
    }
    out += bytes.mid(start);
    out += "\r\n";
}

QString utcStamp(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

} // namespace

std::optional<QList<AgendaItem>>
Agenda::items(Records& records, RecordListing& listing, QDate first, QDate last, RecordError* error)
{
    RecordError readError;
    const std::optional<QList<EngagementSummary>> engagements = listing.engagements(0, 0, &readError);
    if (!engagements) {
        setRecordError(error, readError);
        return std::nullopt;
    }
    QHash<qint64, const EngagementSummary*> byId;
    for (const EngagementSummary& engagement : *engagements) {
        byId.insert(engagement.id, &engagement);
    }
    const QList<Session> sessions = records.sessions().allSessions(&readError);
    if (readError.kind != RecordError::Kind::None) {
        setRecordError(error, readError);
        return std::nullopt;
    }
    QList<AgendaItem> items;
    for (const Session& session : sessions) {
        const QDate day = session.startsAt.toLocalTime().date();
        if (day < first || day > last) {
            continue;
        }
        AgendaItem item;
        item.session = session;
        if (const EngagementSummary* engagement = byId.value(session.engagementId)) {
            item.clientName = engagement->clientName;
            item.engagementTitle = engagement->title;
        }
        items.append(item);
    }
    std::stable_sort(items.begin(), items.end(), [](const AgendaItem& a, const AgendaItem& b) {
        return a.session.startsAt < b.session.startsAt;
    });
    return items;
}

QDate Agenda::weekStart(QDate date)
{
    return date.addDays(1 - date.dayOfWeek());
}

QString Agenda::weekKey(QDate date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

QString Agenda::initials(const QString& name)
{
    QString initials;
    const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        // Each part of a double name ("Anne-Marie") counts.
        const QStringList parts = word.split(QLatin1Char('-'), Qt::SkipEmptyParts);
        for (const QString& part : parts) {
            const QChar first = part.at(0);
            if (first.isLetter()) {
                initials += first;
                initials += QLatin1Char('.');
            }
        }
    }
    return initials;
}

QString Agenda::kindText(const Session& session)
{
    const QString mode = displayName(session.mode).toLower();
    return session.intake ? tr("Intake (%1)").arg(mode) : tr("Session (%1)").arg(mode);
}

QString Agenda::calendarTitle(const AgendaItem& item, CalendarDetail detail)
{
    if (detail == CalendarDetail::NamesAndPlaces) {
        return tr("%1 with %2").arg(kindText(item.session), item.clientName);
    }
    const QString initials = Agenda::initials(item.clientName);
    return initials.isEmpty() ? kindText(item.session) : tr("%1 %2").arg(initials, kindText(item.session));
}

QByteArray Agenda::calendar(const QList<AgendaItem>& items, CalendarDetail detail, const QDateTime& stamp)
{
    QByteArray out;
    appendLine(out, QStringLiteral("BEGIN:VCALENDAR"));
    appendLine(out, QStringLiteral("VERSION:2.0"));
    appendLine(out, QStringLiteral("PRODID:-//Mandaat//Agenda//EN"));
    appendLine(out, QStringLiteral("CALSCALE:GREGORIAN"));
    appendLine(out, QStringLiteral("METHOD:PUBLISH"));
    for (const AgendaItem& item : items) {
        const Session& session = item.session;
        appendLine(out, QStringLiteral("BEGIN:VEVENT"));
        // The same session keeps its UID; the session number says nothing about the client.
        appendLine(out,
                   QStringLiteral("UID:mandaat-session-%1-%2@mandaat.invalid")
                       .arg(session.id)
                       .arg(session.createdAt.toUTC().toSecsSinceEpoch()));
        appendLine(out, QStringLiteral("DTSTAMP:") + utcStamp(stamp));
        appendLine(out, QStringLiteral("DTSTART:") + utcStamp(session.startsAt));
        appendLine(out,
                   QStringLiteral("DTEND:") + utcStamp(session.startsAt.addSecs(qint64(session.durationMinutes) * 60)));
        appendLine(out, QStringLiteral("SUMMARY:") + escapeText(calendarTitle(item, detail)));
        if (detail == CalendarDetail::NamesAndPlaces) {
            if (!session.location.trimmed().isEmpty()) {
                appendLine(out, QStringLiteral("LOCATION:") + escapeText(session.location.trimmed()));
            }
            if (!item.engagementTitle.isEmpty()) {
                appendLine(out, QStringLiteral("DESCRIPTION:") + escapeText(item.engagementTitle));
            }
        }
        appendLine(out, QStringLiteral("CLASS:PRIVATE"));
        appendLine(out, QStringLiteral("TRANSP:OPAQUE"));
        appendLine(out, QStringLiteral("END:VEVENT"));
    }
    appendLine(out, QStringLiteral("END:VCALENDAR"));
    return out;
}

bool Agenda::writeCalendar(
    const QString& path, const QList<AgendaItem>& items, CalendarDetail detail, bool replace, Error* error)
{
    return OutputFile::writeAll(path,
                                calendar(items, detail, QDateTime::currentDateTimeUtc()),
                                replace ? OutputFile::Existing::Replace : OutputFile::Existing::Refuse,
                                error);
}

bool Agenda::writeWeeks(const QString& folder,
                        const QList<AgendaItem>& items,
                        CalendarDetail detail,
                        bool replace,
                        QStringList* written,
                        Error* error)
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir()) {
        setError(error,
                 Error::make(Error::Kind::Failed,
                             tr("%1 is a file, not a folder; choose a folder for the weekly calendar files.")
                                 .arg(QDir::toNativeSeparators(folder))));
        return false;
    }
    if (!QDir().mkpath(folder)) {
        setError(error,
                 Error::make(Error::Kind::Failed,
                             tr("The folder %1 could not be made.").arg(QDir::toNativeSeparators(folder))));
        return false;
    }
    std::map<QString, QList<AgendaItem>> weeks;
    for (const AgendaItem& item : items) {
        weeks[weekKey(item.localStart().date())].append(item);
    }
    // Every file checked before the first is written: all or nothing refused.
    const OutputFile::Existing existing = replace ? OutputFile::Existing::Replace : OutputFile::Existing::Refuse;
    for (const auto& [key, weekItems] : weeks) {
        const QString refusal = OutputFile::refusal(QDir(folder).filePath(key + QStringLiteral(".ics")), existing);
        if (!refusal.isEmpty()) {
            setError(error, Error::make(Error::Kind::Failed, refusal));
            return false;
        }
    }
    const QDateTime stamp = QDateTime::currentDateTimeUtc();
    for (const auto& [key, weekItems] : weeks) {
        const QString path = QDir(folder).filePath(key + QStringLiteral(".ics"));
        if (!OutputFile::writeAll(path, calendar(weekItems, detail, stamp), existing, error)) {
            return false;
        }
        if (written) {
            written->append(path);
        }
    }
    return true;
}

} // namespace mandaat
