#pragma once

#include "domain/EnumIds.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace mandaat {

enum class SessionMode { InPerson, Video, Phone };

MANDAAT_ENUM_IDS(SessionMode,
                 {SessionMode::InPerson, "in_person"},
                 {SessionMode::Video, "video"},
                 {SessionMode::Phone, "phone"})

/// One meeting with the client. Intake sessions may take place before the engagement is
/// active (CMI-10: the first contact); the others need an active or ending engagement.
struct Session
{
    qint64 id = 0;
    qint64 engagementId = 0;
    QDateTime startsAt; // UTC
    int durationMinutes = 60;
    SessionMode mode = SessionMode::InPerson;
    QString location;
    bool intake = false;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Session&) const = default;
};

/// A note, on a session or on the engagement as a whole (sessionId 0). The latest text
/// lives here; every earlier text is kept as a NoteVersion.
struct Note
{
    qint64 id = 0;
    qint64 engagementId = 0;
    qint64 sessionId = 0;
    QString text;
    QDateTime createdAt;
    QDateTime editedAt; // invalid: never edited

    bool operator==(const Note&) const = default;
};

/// An earlier text of a note: version 1 is the first text, and so on.
struct NoteVersion
{
    qint64 id = 0;
    qint64 noteId = 0;
    int version = 0;
    QString text;
    QDateTime writtenAt; // when this text was written
    QDateTime replacedAt; // when the next edit replaced it

    bool operator==(const NoteVersion&) const = default;
};

} // namespace mandaat
