#include "SessionRepository.h"

#include "domain/ComplianceRecord.h"
#include "domain/DisplayNames.h"
#include "domain/Validation.h"
#include "repositories/ChildRows.h"
#include "repositories/RecordStore.h"

#include <QCoreApplication>

namespace mandaat {

namespace {

// What the compliance rules read of a session (allSessionTimes).
Session readSessionTime(const RowReader& row)
{
    Session value;
    value.id = row.id("id");
    value.engagementId = row.id("engagement_id");
    value.startsAt = row.time("starts_at");
    value.durationMinutes = static_cast<int>(row.integer("duration_minutes"));
    value.mode = row.enumeration("mode", SessionMode::InPerson);
    value.intake = row.flag("intake");
    return value;
}

Session readSession(const RowReader& row)
{
    Session value = readSessionTime(row);
    value.location = row.text("location");
    value.createdAt = row.time("created_at");
    value.updatedAt = row.time("updated_at");
    return value;
}

Note readNote(const RowReader& row)
{
    Note value;
    value.id = row.id("id");
    value.engagementId = row.id("engagement_id");
    value.sessionId = row.id("session_id");
    value.text = row.text("text");
    value.createdAt = row.time("created_at");
    value.editedAt = row.time("edited_at");
    return value;
}

NoteVersion readVersion(const RowReader& row)
{
    NoteVersion value;
    value.id = row.id("id");
    value.noteId = row.id("note_id");
    value.version = static_cast<int>(row.integer("version"));
    value.text = row.text("text");
    value.writtenAt = row.time("written_at");
    value.replacedAt = row.time("replaced_at");
    return value;
}

RecordError notFound(const QString& message)
{
    return RecordError::make(RecordError::Kind::NotFound, message);
}

} // namespace

SessionRepository::SessionRepository(RecordStore& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{ }

std::optional<Session> SessionRepository::session(qint64 id, RecordError* error) const
{
    QList<Session> rows;
    if (!loadRows<Session>(
            m_store, QStringLiteral("SELECT * FROM session WHERE id = ?"), {id}, readSession, &rows, error)) {
        return std::nullopt;
    }
    if (rows.isEmpty()) {
        setRecordError(error,
                       notFound(QCoreApplication::translate("Records", "There is no session number %1.").arg(id)));
        return std::nullopt;
    }
    return rows.constFirst();
}

QList<Session> SessionRepository::sessions(qint64 engagementId, RecordError* error) const
{
    QList<Session> rows;
    loadRows<Session>(m_store,
                      QStringLiteral("SELECT * FROM session WHERE engagement_id = ? ORDER BY starts_at, id"),
                      {engagementId},
                      readSession,
                      &rows,
                      error);
    return rows;
}

QList<Session> SessionRepository::allSessions(RecordError* error) const
{
    QList<Session> rows;
    loadRows<Session>(
        m_store, QStringLiteral("SELECT * FROM session ORDER BY starts_at, id"), {}, readSession, &rows, error);
    return rows;
}

QList<Session> SessionRepository::allSessionTimes(RecordError* error) const
{
    QList<Session> rows;
    loadRows<Session>(m_store,
                      QStringLiteral("SELECT id, engagement_id, starts_at, duration_minutes, mode, intake FROM session "
                                     "ORDER BY starts_at, id"),
                      {},
                      readSessionTime,
                      &rows,
                      error);
    return rows;
}

bool SessionRepository::checkEngagement(const Session& session, RecordError* error) const
{
    std::optional<QSqlQuery> query =
        m_store.run(QStringLiteral("SELECT status FROM engagement WHERE id = ?"), {session.engagementId}, error);
    if (!query) {
        return false;
    }
    if (!query->next()) {
        setRecordError(error,
                       RecordError::invalid({{QStringLiteral("engagementId"),
                                              QCoreApplication::translate("Records",
                                                                          "The engagement (number %1) no longer "
                                                                          "exists.")
                                                  .arg(session.engagementId)}}));
        return false;
    }
    const std::optional<EngagementStatus> status = fromId<EngagementStatus>(query->value(0).toString());
    const ValidationIssues issues = validateSessionFor(session, status.value_or(EngagementStatus::Ended));
    if (!issues.isEmpty()) {
        RecordError refusal = RecordError::invalid(issues);
        refusal.kind = RecordError::Kind::Refused;
        setRecordError(error, refusal);
        return false;
    }
    // ICF-3.3, ICF-4.2: no session while the engagement is suspended (Suspension::excludesSessionOn).
    std::optional<QSqlQuery> suspensions = m_store.run(
        QStringLiteral("SELECT suspended_on, resume_on, resumed_on FROM suspension WHERE engagement_id = ?"),
        {session.engagementId},
        error);
    if (!suspensions) {
        return false;
    }
    const QDate day = session.startsAt.toLocalTime().date();
    while (suspensions->next()) {
        Suspension suspension;
        suspension.suspendedOn = QDate::fromString(suspensions->value(0).toString(), Qt::ISODate);
        suspension.resumeOn = QDate::fromString(suspensions->value(1).toString(), Qt::ISODate);
        suspension.resumedOn = QDate::fromString(suspensions->value(2).toString(), Qt::ISODate);
        if (!suspension.excludesSessionOn(day)) {
            continue;
        }
        const QString message =
            QCoreApplication::translate("Records",
                                        "The engagement is suspended since %1: resume it before a session on %2.")
                .arg(displayDate(suspension.suspendedOn), displayDate(day));
        RecordError refusal = RecordError::invalid({{QStringLiteral("startsAt"), message}});
        refusal.kind = RecordError::Kind::Refused;
        setRecordError(error, refusal);
        return false;
    }
    return true;
}

bool SessionRepository::save(Session& session, RecordError* error)
{
    const ValidationIssues issues = validate(session);
    if (!issues.isEmpty()) {
        setRecordError(error, RecordError::invalid(issues));
        return false;
    }
    if (!checkEngagement(session, error)) {
        return false;
    }
    const QDateTime now = m_store.now();
    Fields fields = {
        {"engagement_id", session.engagementId},
        {"starts_at", timeValue(session.startsAt)},
        {"duration_minutes", session.durationMinutes},
        {"mode", enumValue(session.mode)},
        {"location", session.location},
        {"intake", session.intake ? 1 : 0},
        {"updated_at", timeValue(now)},
    };
    if (session.id == 0) {
        fields.emplace_back("created_at", timeValue(now));
        const qint64 id = m_store.insert("session", fields, error);
        if (id == 0) {
            return false;
        }
        session.id = id;
        session.createdAt = now;
    } else {
        // A session stays with its engagement: its note and history are filed there.
        const std::optional<Session> stored = this->session(session.id, error);
        if (!stored) {
            return false;
        }
        if (stored->engagementId != session.engagementId) {
            setRecordError(error,
                           RecordError::make(RecordError::Kind::Refused,
                                             QCoreApplication::translate("Records",
                                                                         "A session cannot move to another "
                                                                         "engagement; record a new one there.")));
            return false;
        }
        if (!m_store.update("session", session.id, fields, error)) {
            return false;
        }
        session.createdAt = stored->createdAt;
    }
    session.startsAt = session.startsAt.toUTC();
    session.updatedAt = now;
    Q_EMIT sessionsChanged(session.engagementId);
    return true;
}

bool SessionRepository::remove(qint64 id, RecordError* error)
{
    const std::optional<Session> existing = session(id, error);
    if (!existing) {
        return false;
    }
    const qint64 notes = m_store.scalar(QStringLiteral("SELECT count(*) FROM note WHERE session_id = ?"), {id}, error);
    if (notes < 0) {
        return false;
    }
    if (notes > 0) {
        setRecordError(
            error,
            RecordError::make(RecordError::Kind::Refused,
                              QCoreApplication::translate("Records",
                                                          "This session has a note, which is part of "
                                                          "the engagement's record; it cannot be deleted.")));
        return false;
    }
    Transaction transaction(m_store, error);
    if (!transaction.isOpen() || !m_store.remove("session", id, error) || !transaction.commit(error)) {
        return false;
    }
    Q_EMIT sessionsChanged(existing->engagementId);
    return true;
}

std::optional<Note> SessionRepository::note(qint64 id, RecordError* error) const
{
    QList<Note> rows;
    if (!loadRows<Note>(m_store, QStringLiteral("SELECT * FROM note WHERE id = ?"), {id}, readNote, &rows, error)) {
        return std::nullopt;
    }
    if (rows.isEmpty()) {
        setRecordError(error, notFound(QCoreApplication::translate("Records", "There is no note number %1.").arg(id)));
        return std::nullopt;
    }
    return rows.constFirst();
}

std::optional<Note> SessionRepository::noteForSession(qint64 sessionId, RecordError* error) const
{
    QList<Note> rows;
    if (!loadRows<Note>(
            m_store, QStringLiteral("SELECT * FROM note WHERE session_id = ?"), {sessionId}, readNote, &rows, error) ||
        rows.isEmpty()) {
        return std::nullopt;
    }
    return rows.constFirst();
}

QList<Note> SessionRepository::notes(qint64 engagementId, RecordError* error) const
{
    QList<Note> rows;
    loadRows<Note>(m_store,
                   QStringLiteral("SELECT * FROM note WHERE engagement_id = ? ORDER BY created_at, id"),
                   {engagementId},
                   readNote,
                   &rows,
                   error);
    return rows;
}

ValidationIssues SessionRepository::checkNoteReferences(const Note& note) const
{
    ValidationIssues issues;
    m_store.requireRow(
        issues,
        "engagement",
        note.engagementId,
        QStringLiteral("engagementId"),
        QCoreApplication::translate("Records", "The engagement (number %1) no longer exists.").arg(note.engagementId));
    if (note.sessionId > 0) {
        const qint64 matching =
            m_store.scalar(QStringLiteral("SELECT count(*) FROM session WHERE id = ? AND engagement_id = ?"),
                           {note.sessionId, note.engagementId},
                           nullptr);
        if (matching <= 0) {
            issues.append({QStringLiteral("sessionId"),
                           QCoreApplication::translate("Records", "Session %1 is not a session of engagement %2.")
                               .arg(note.sessionId)
                               .arg(note.engagementId)});
        }
    }
    return issues;
}

bool SessionRepository::saveNote(Note& note, RecordError* error)
{
    ValidationIssues issues = validate(note);
    if (issues.isEmpty()) {
        issues = checkNoteReferences(note);
    }
    if (!issues.isEmpty()) {
        setRecordError(error, RecordError::invalid(issues));
        return false;
    }
    const QDateTime now = m_store.now();
    Transaction transaction(m_store, error);
    if (!transaction.isOpen()) {
        return false;
    }
    if (note.id == 0) {
        if (note.sessionId > 0 && noteForSession(note.sessionId, nullptr)) {
            setRecordError(error,
                           RecordError::make(RecordError::Kind::Refused,
                                             QCoreApplication::translate("Records",
                                                                         "Session %1 already has a note; edit that "
                                                                         "note instead.")
                                                 .arg(note.sessionId)));
            return false;
        }
        const Fields fields = {
            {"engagement_id", note.engagementId},
            {"session_id", idValue(note.sessionId)},
            {"text", note.text},
            {"created_at", timeValue(now)},
        };
        const qint64 id = m_store.insert("note", fields, error);
        if (id == 0 || !transaction.commit(error)) {
            return false;
        }
        note.id = id;
        note.createdAt = now;
        note.editedAt = {};
    } else {
        const std::optional<Note> stored = this->note(note.id, error);
        if (!stored) {
            return false;
        }
        if (stored->engagementId != note.engagementId || stored->sessionId != note.sessionId) {
            setRecordError(error,
                           RecordError::make(RecordError::Kind::Refused,
                                             QCoreApplication::translate("Records",
                                                                         "A note stays with its engagement and "
                                                                         "session; write a new note there.")));
            return false;
        }
        note.createdAt = stored->createdAt;
        if (stored->text == note.text) {
            note.editedAt = stored->editedAt;
            return true; // nothing changed: no new version
        }
        const qint64 version =
            m_store.scalar(QStringLiteral("SELECT count(*) FROM note_version WHERE note_id = ?"), {note.id}, error);
        const Fields previous = {
            {"note_id", note.id},
            {"version", version + 1},
            {"text", stored->text},
            {"written_at", timeValue(stored->editedAt.isValid() ? stored->editedAt : stored->createdAt)},
            {"replaced_at", timeValue(now)},
        };
        if (version < 0 || m_store.insert("note_version", previous, error) == 0 ||
            !m_store.update("note", note.id, {{"text", note.text}, {"edited_at", timeValue(now)}}, error) ||
            !transaction.commit(error)) {
            return false;
        }
        note.editedAt = now;
    }
    Q_EMIT noteChanged(note.id);
    Q_EMIT notesChanged(note.engagementId);
    return true;
}

QList<NoteVersion> SessionRepository::noteHistory(qint64 noteId, RecordError* error) const
{
    QList<NoteVersion> rows;
    loadRows<NoteVersion>(m_store,
                          QStringLiteral("SELECT * FROM note_version WHERE note_id = ? ORDER BY version"),
                          {noteId},
                          readVersion,
                          &rows,
                          error);
    return rows;
}

} // namespace mandaat
