#include "SessionListModel.h"

#include "common/Formats.h"
#include "common/OpenPractice.h"
#include "domain/DisplayNames.h"
#include "repositories/NoteDrafts.h"
#include "repositories/Records.h"
#include "repositories/SessionRepository.h"

#include <QLocale>

namespace mandaat {

SessionListModel::SessionListModel(QObject* parent)
    : RecordTableModel(parent)
{ }

SessionListModel::~SessionListModel() = default;

void SessionListModel::setPractice(OpenPractice* practice)
{
    m_practice = nullptr; // first: detach() must not load again
    detach();
    m_practice = practice;
    m_engagementId = 0;
    if (!practice) {
        return;
    }
    SessionRepository& sessions = practice->records().sessions();
    const auto changed = [this](qint64 engagementId) {
        if (engagementId == m_engagementId) {
            scheduleRefresh();
        }
    };
    track(connect(&sessions, &SessionRepository::sessionsChanged, this, changed));
    track(connect(&sessions, &SessionRepository::notesChanged, this, changed));
    track(connect(&practice->records(), &Records::batchRolledBack, this, [this]() { scheduleRefresh(); }));
}

void SessionListModel::setEngagement(qint64 engagementId)
{
    m_engagementId = engagementId;
    reload();
}

int SessionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SessionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return RecordTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TimeColumn:
        return tr("Time");
    case DurationColumn:
        return tr("Duration");
    case ModeColumn:
        return tr("Meeting");
    case KindColumn:
        return tr("Kind");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

bool SessionListModel::loadRows(QString* error)
{
    RecordError problem;
    const SessionRepository& sessions = m_practice->records().sessions();
    m_rows = sessions.sessions(m_engagementId, &problem);
    const QList<Note> notes = sessions.notes(m_engagementId, &problem);
    const QList<NoteDraft> drafts = m_practice->drafts().drafts(m_engagementId, &problem);
    if (problem.kind != RecordError::Kind::None) {
        *error = problem.message;
        return false;
    }
    for (const Note& note : notes) {
        m_withNote.insert(note.sessionId);
    }
    for (const NoteDraft& draft : drafts) {
        m_withDraft.insert(draft.sessionId);
    }
    return true;
}

void SessionListModel::clearRows()
{
    m_rows.clear();
    m_withNote.clear();
    m_withDraft.clear();
}

QVariant SessionListModel::displayData(int row, int column) const
{
    const Session& session = m_rows.at(row);
    switch (column) {
    case DateColumn:
        return formats::shortDate(session.startsAt.toLocalTime().date());
    case TimeColumn:
        return formats::time(session.startsAt);
    case DurationColumn:
        return tr("%1 min").arg(QLocale().toString(session.durationMinutes));
    case ModeColumn:
        return displayName(session.mode);
    case KindColumn:
        return session.intake ? tr("Intake") : tr("Session");
    case NoteColumn:
        if (m_withDraft.contains(session.id)) {
            return tr("Unsaved draft");
        }
        return m_withNote.contains(session.id) ? tr("Written") : QString();
    default:
        return {};
    }
}

QVariant SessionListModel::sortData(int row, int column) const
{
    const Session& session = m_rows.at(row);
    switch (column) {
    case DateColumn:
    case TimeColumn:
        return session.startsAt;
    case DurationColumn:
        return session.durationMinutes;
    default:
        return displayData(row, column);
    }
}

} // namespace mandaat
