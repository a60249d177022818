#pragma once

#include "domain/NoteDraft.h"
#include "domain/RecordError.h"

#include <QDateTime>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace mandaat {

class RecordStore;
class Vault;

/// The drafts of notes (schema version 5): what the note editor saves while the user types,
/// and on a lock, a switch of record or a quit, so that typed text is never lost. One draft per
/// note: a session's note is found by its session, a note on the engagement by its id (0 for
/// a new one). Drafts are not audited and not searched; they go with their engagement.
class NoteDrafts
{
public:
    explicit NoteDrafts(const QString& connectionName);
    explicit NoteDrafts(const Vault& vault);
    ~NoteDrafts();

    /// Stores \a draft in place of the same note's earlier draft; sets id and savedAt. An empty
    /// text discards the draft instead.
    bool save(NoteDraft& draft, RecordError* error = nullptr);
    /// The draft of that note, or nullopt (without an error) when it has none.
    std::optional<NoteDraft>
    draft(qint64 engagementId, qint64 sessionId, qint64 noteId, RecordError* error = nullptr) const;
    /// The engagement's drafts, oldest first.
    QList<NoteDraft> drafts(qint64 engagementId, RecordError* error = nullptr) const;
    /// Forgets the draft of that note (after the note was saved, or on the user's request).
    bool discard(qint64 engagementId, qint64 sessionId, qint64 noteId, RecordError* error = nullptr);

    /// For tests (CONTRIBUTING.md, point 16); nullptr restores the system clock.
    void setClock(std::function<QDateTime()> clock);

private:
    std::unique_ptr<RecordStore> m_store;
};

} // namespace mandaat
