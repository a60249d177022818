#pragma once

#include "domain/EngagementStatus.h"
#include "domain/Session.h"
#include "util/Error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace mandaat::demo {

/// The demo's fast path for its ~20 sessions per client: the rows SessionRepository::save()
/// and saveNote() write for a new session and its first note (same columns, same values,
/// same validation), through two statements prepared once. The caller knows that the
/// engagement exists and has \a status, and that the session has no note yet: the checks
/// the repository makes with extra queries. Call inside the caller's transaction.
class DemoSessionWriter
{
public:
    explicit DemoSessionWriter(const QSqlDatabase& database);

    /// Inserts \a session (createdAt and updatedAt as given) and, when \a note is not null, its
    /// note (createdAt as given); fills in their ids. False with \a error set on a validation
    /// or storage failure.
    bool write(Session& session, EngagementStatus status, Note* note, Error* error);

private:
    bool prepare(Error* error);

    QSqlDatabase m_database;
    QSqlQuery m_session;
    QSqlQuery m_note;
    bool m_prepared = false;
};

} // namespace mandaat::demo
