#pragma once

#include "domain/RecordError.h"
#include "domain/Session.h"

#include <QList>
#include <QObject>

#include <optional>

namespace mandaat {

class RecordStore;

/// Sessions and notes. A note's latest text is in the note; each edit keeps the text it
/// replaces as a NoteVersion, so a note's history is never lost.
class SessionRepository : public QObject
{
    Q_OBJECT

public:
    explicit SessionRepository(RecordStore& store, QObject* parent = nullptr);

    std::optional<Session> session(qint64 id, RecordError* error = nullptr) const;
    /// In order of their start.
    QList<Session> sessions(qint64 engagementId, RecordError* error = nullptr) const;
    /// Every engagement's sessions in one read, in the order sessions() gives them.
    QList<Session> allSessions(RecordError* error = nullptr) const;
    /// The same with only what the compliance rules read (id, engagement, start, duration,
    /// mode, intake): no location and no stamps, for the Overview's run over the practice.
    QList<Session> allSessionTimes(RecordError* error = nullptr) const;
    /// Before activation only intake sessions; none once the engagement has ended.
    bool save(Session& session, RecordError* error = nullptr);
    /// Only a session without a note (a cancelled appointment); one with a note is part of
    /// the record.
    bool remove(qint64 id, RecordError* error = nullptr);

    std::optional<Note> note(qint64 id, RecordError* error = nullptr) const;
    /// The note of a session, or nullopt (without an error) when it has none.
    std::optional<Note> noteForSession(qint64 sessionId, RecordError* error = nullptr) const;
    /// The engagement's notes, oldest first.
    QList<Note> notes(qint64 engagementId, RecordError* error = nullptr) const;
    /// A new note (id 0), or an edit: the previous text goes to the history first.
    bool saveNote(Note& note, RecordError* error = nullptr);
    /// The earlier texts of a note, version 1 first; the current text is the note itself.
    QList<NoteVersion> noteHistory(qint64 noteId, RecordError* error = nullptr) const;

Q_SIGNALS:
    void sessionsChanged(qint64 engagementId);
    void notesChanged(qint64 engagementId);
    void noteChanged(qint64 noteId);

private:
    bool checkEngagement(const Session& session, RecordError* error) const;
    ValidationIssues checkNoteReferences(const Note& note) const;

    RecordStore& m_store;
};

} // namespace mandaat
