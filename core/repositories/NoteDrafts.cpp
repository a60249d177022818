#include "NoteDrafts.h"

#include "domain/Limits.h"
#include "repositories/ChildRows.h"
#include "repositories/RecordStore.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace mandaat {

namespace {

// A session's note is found by its session; the note id only tells the engagement's own notes
// apart.
const QString TargetCondition =
    QStringLiteral("engagement_id = ? AND ifnull(session_id, 0) = ? AND ifnull(note_id, 0) = ?");

QVariantList targetValues(qint64 engagementId, qint64 sessionId, qint64 noteId)
{
    return {engagementId, sessionId, sessionId > 0 ? 0 : noteId};
}

NoteDraft readDraft(const RowReader& row)
{
    NoteDraft value;
    value.id = row.id("id");
    value.engagementId = row.id("engagement_id");
    value.sessionId = row.id("session_id");
    value.noteId = row.id("note_id");
    value.text = row.text("text");
    value.savedAt = row.time("saved_at");
    return value;
}

} // namespace

NoteDrafts::NoteDrafts(const QString& connectionName)
    : m_store(std::make_unique<RecordStore>(connectionName))
{ }

NoteDrafts::NoteDrafts(const Vault& vault)
    : NoteDrafts(vault.connectionName())
{ }

NoteDrafts::~NoteDrafts() = default;

void NoteDrafts::setClock(std::function<QDateTime()> clock)
{
    m_store->setClock(std::move(clock));
}

bool NoteDrafts::save(NoteDraft& draft, RecordError* error)
{
    if (draft.text.isEmpty()) {
        draft.id = 0;
        return discard(draft.engagementId, draft.sessionId, draft.noteId, error);
    }
    ValidationIssues issues;
    if (draft.engagementId <= 0 || !m_store->exists("engagement", draft.engagementId)) {
        issues.append({QStringLiteral("engagementId"),
                       QCoreApplication::translate("Records", "The draft's engagement does not exist.")});
    }
    m_store->requireRow(issues,
                        "session",
                        draft.sessionId,
                        QStringLiteral("sessionId"),
                        QCoreApplication::translate("Records", "The draft's session does not exist."));
    if (draft.sessionId > 0) {
        draft.noteId = 0;
    }
    m_store->requireRow(issues,
                        "note",
                        draft.noteId,
                        QStringLiteral("noteId"),
                        QCoreApplication::translate("Records", "The draft's note does not exist."));
    if (draft.text.size() > limits::NoteText) {
        issues.append({QStringLiteral("text"),
                       QCoreApplication::translate("Records", "The note has %1 characters; at most %2 fit.")
                           .arg(draft.text.size())
                           .arg(limits::NoteText)});
    }
    if (!issues.isEmpty()) {
        setRecordError(error, RecordError::invalid(issues));
        return false;
    }
    Transaction transaction(*m_store, error);
    if (!transaction.isOpen()) {
        return false;
    }
    const QVariantList target = targetValues(draft.engagementId, draft.sessionId, draft.noteId);
    const qint64 existing = m_store->scalar(
        QStringLiteral("SELECT ifnull(max(id), 0) FROM note_draft WHERE ") + TargetCondition, target, error);
    if (existing < 0) {
        return false;
    }
    const QDateTime now = m_store->now();
    const Fields fields = {
        {"engagement_id", draft.engagementId},
        {"session_id", idValue(draft.sessionId)},
        {"note_id", idValue(draft.noteId)},
        {"text", draft.text},
        {"saved_at", timeValue(now)},
    };
    qint64 id = existing;
    if (existing > 0) {
        if (!m_store->update("note_draft", existing, fields, error)) {
            return false;
        }
    } else {
        id = m_store->insert("note_draft", fields, error);
        if (id == 0) {
            return false;
        }
    }
    if (!transaction.commit(error)) {
        return false;
    }
    draft.id = id;
    draft.savedAt = now;
    return true;
}

std::optional<NoteDraft>
NoteDrafts::draft(qint64 engagementId, qint64 sessionId, qint64 noteId, RecordError* error) const
{
    QList<NoteDraft> rows;
    if (!loadRows<NoteDraft>(*m_store,
                             QStringLiteral("SELECT * FROM note_draft WHERE ") + TargetCondition,
                             targetValues(engagementId, sessionId, noteId),
                             readDraft,
                             &rows,
                             error) ||
        rows.isEmpty()) {
        return std::nullopt;
    }
    return rows.constFirst();
}

QList<NoteDraft> NoteDrafts::drafts(qint64 engagementId, RecordError* error) const
{
    QList<NoteDraft> rows;
    loadRows<NoteDraft>(*m_store,
                        QStringLiteral("SELECT * FROM note_draft WHERE engagement_id = ? ORDER BY saved_at, id"),
                        {engagementId},
                        readDraft,
                        &rows,
                        error);
    return rows;
}

bool NoteDrafts::discard(qint64 engagementId, qint64 sessionId, qint64 noteId, RecordError* error)
{
    return m_store
        ->run(QStringLiteral("DELETE FROM note_draft WHERE ") + TargetCondition,
              targetValues(engagementId, sessionId, noteId),
              error)
        .has_value();
}

} // namespace mandaat
