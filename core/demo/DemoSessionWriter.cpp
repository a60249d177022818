#include "DemoSessionWriter.h"

#include "domain/Validation.h"
#include "repositories/RecordStore.h" // timeValue(): times as the repositories store them

#include <QSqlError>
#include <QStringList>

namespace mandaat::demo {

namespace {

QString joined(const ValidationIssues& issues)
{
    QStringList messages;
    for (const ValidationIssue& issue : issues) {
        messages.append(issue.message);
    }
    return messages.join(QLatin1Char(' '));
}

bool fail(Error* error, const QString& message)
{
    setError(error, Error::make(Error::Kind::Storage, message));
    return false;
}

} // namespace

DemoSessionWriter::DemoSessionWriter(const QSqlDatabase& database)
    : m_database(database)
    , m_session(database)
    , m_note(database)
{ }

bool DemoSessionWriter::prepare(Error* error)
{
    m_session.setForwardOnly(true);
    m_note.setForwardOnly(true);
    if (!m_session.prepare(
            QStringLiteral("INSERT INTO session (engagement_id, starts_at, duration_minutes, mode, "
                           "location, intake, updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))) {
        return fail(error, m_session.lastError().text());
    }
    if (!m_note.prepare(
            QStringLiteral("INSERT INTO note (engagement_id, session_id, text, created_at) VALUES (?, ?, ?, ?)"))) {
        return fail(error, m_note.lastError().text());
    }
    m_prepared = true;
    return true;
}

bool DemoSessionWriter::write(Session& session, EngagementStatus status, Note* note, Error* error)
{
    if (!m_prepared && !prepare(error)) {
        return false;
    }
    ValidationIssues issues = validate(session);
    issues += validateSessionFor(session, status);
    if (!issues.isEmpty()) {
        return fail(error, joined(issues));
    }
    m_session.bindValue(0, session.engagementId);
    m_session.bindValue(1, timeValue(session.startsAt));
    m_session.bindValue(2, session.durationMinutes);
    m_session.bindValue(3, toId(session.mode));
    m_session.bindValue(4, session.location);
    m_session.bindValue(5, session.intake ? 1 : 0);
    m_session.bindValue(6, timeValue(session.updatedAt));
    m_session.bindValue(7, timeValue(session.createdAt));
    if (!m_session.exec()) {
        return fail(error, m_session.lastError().text());
    }
    session.id = m_session.lastInsertId().toLongLong();
    if (!note) {
        return true;
    }
    note->engagementId = session.engagementId;
    note->sessionId = session.id;
    issues = validate(*note);
    if (!issues.isEmpty()) {
        return fail(error, joined(issues));
    }
    m_note.bindValue(0, note->engagementId);
    m_note.bindValue(1, note->sessionId);
    m_note.bindValue(2, note->text);
    m_note.bindValue(3, timeValue(note->createdAt));
    if (!m_note.exec()) {
        return fail(error, m_note.lastError().text());
    }
    note->id = m_note.lastInsertId().toLongLong();
    return true;
}

} // namespace mandaat::demo
