#pragma once

#include <QDateTime>
#include <QString>

namespace mandaat {

/// One full-text hit: the record it belongs to, a title to show it by, and a snippet of the
/// matching text with the matched words between the highlight markers of SearchOptions.
struct SearchHit
{
    enum class Kind { Note, Client, Principal, Engagement };

    Kind kind = Kind::Note;
    qint64 recordId = 0; // the note, client, principal or engagement
    qint64 engagementId = 0; // for notes and engagements; 0 otherwise
    qint64 clientId = 0; // for notes, engagements and clients; 0 for principals
    QString title; // a note's client and engagement title, a client's or principal's name, an engagement's title
    QString snippet;
    QDateTime timestamp; // UTC: the session's start for a note, the last change for the others

    bool operator==(const SearchHit&) const = default;
};

struct SearchOptions
{
    static constexpr int DefaultLimit = 50;

    int limit = DefaultLimit;
    QString highlightOpen = QStringLiteral("[");
    QString highlightClose = QStringLiteral("]");
    QString ellipsis = QStringLiteral("…");
    int snippetWords = 12;
};

/// The stable id of a kind ("note", "client", "principal", "engagement"), as the CLI prints it.
QString searchHitKindId(SearchHit::Kind kind);

} // namespace mandaat
