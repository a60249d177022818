#pragma once

#include <QDateTime>
#include <QString>

namespace mandaat {

/// Text typed into a note and not saved as the note yet (docs/architecture.md, Locking and threads: locking saves
/// drafts). Kept inside the vault, never on disk in plaintext; a draft is not a version of the
/// note until it is saved. A draft belongs to a session's note (sessionId), or to a note on the
/// engagement as a whole (sessionId 0; noteId 0 for a new one).
struct NoteDraft
{
    qint64 id = 0;
    qint64 engagementId = 0;
    qint64 sessionId = 0;
    qint64 noteId = 0; // the note being edited, 0 for a new note; ignored for a session's note
    QString text;
    QDateTime savedAt; // UTC

    bool operator==(const NoteDraft&) const = default;
};

} // namespace mandaat
