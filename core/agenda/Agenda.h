#pragma once

#include "domain/RecordError.h"
#include "domain/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace mandaat {

class Records;
class RecordListing;

/// One planned or held session in the agenda, with what tells its engagement apart.
struct AgendaItem
{
    Session session;
    QString clientName;
    QString engagementTitle;

    /// The local date and time the session starts.
    QDateTime localStart() const { return session.startsAt.toLocalTime(); }
};

/// What a calendar file (.ics) may show of a session (issue 15): by default only the client's
/// initials and the kind of session, because a calendar is synchronised to phones and servers
/// the vault's protection does not reach. Names and places only when the user chooses so.
enum class CalendarDetail {
    InitialsAndKind,
    NamesAndPlaces,
};

/// The agenda across all engagements (docs/journey.md: "which sessions do I have this week and the
/// next ones").
class Agenda
{
    Q_DECLARE_TR_FUNCTIONS(Agenda)

public:
    /// The sessions that start on a local date from \a first up to and including \a last, in
    /// order of their start; nullopt, with \a error set, when the vault could not be read.
    static std::optional<QList<AgendaItem>>
    items(Records& records, RecordListing& listing, QDate first, QDate last, RecordError* error = nullptr);

    /// The Monday of the ISO week of \a date.
    static QDate weekStart(QDate date);
    /// "2026-W49": the ISO year and week of \a date, for file names.
    static QString weekKey(QDate date);
    /// "K.J." for "Karin Jansen"; "K.d.V." for "Karel de Vries".
    static QString initials(const QString& name);
    /// The session's kind in words: an intake, or a session, with how it takes place.
    static QString kindText(const Session& session);
    /// The title shown for \a item in a calendar under \a detail.
    static QString calendarTitle(const AgendaItem& item, CalendarDetail detail);

    /// An iCalendar file (RFC 5545) of \a items: CRLF lines folded at 75 octets, text escaped,
    /// times in UTC; each event's UID stays the same between exports so that a calendar that
    /// imports the file again updates the event instead of doubling it. \a stamp is DTSTAMP.
    static QByteArray calendar(const QList<AgendaItem>& items, CalendarDetail detail, const QDateTime& stamp);

    /// Writes \a items to the calendar file \a path (OutputFile: never over a vault, a folder or,
    /// unless \a replace, an existing file). False with a translated reason.
    static bool writeCalendar(
        const QString& path, const QList<AgendaItem>& items, CalendarDetail detail, bool replace, Error* error);
    /// Writes one calendar file per ISO week ("2026-W49.ics") of \a items into the folder
    /// \a folder (made when missing); \a written gets the files' paths. Nothing is written when
    /// one of them may not be (an existing file without \a replace). False with a reason.
    static bool writeWeeks(const QString& folder,
                           const QList<AgendaItem>& items,
                           CalendarDetail detail,
                           bool replace,
                           QStringList* written,
                           Error* error);
};

} // namespace mandaat
