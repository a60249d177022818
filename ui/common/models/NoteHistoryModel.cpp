#include "NoteHistoryModel.h"

#include "common/Formats.h"
#include "common/OpenPractice.h"
#include "repositories/Records.h"
#include "repositories/SessionRepository.h"

#include <QLocale>

namespace mandaat {

NoteHistoryModel::NoteHistoryModel(QObject* parent)
    : RecordTableModel(parent)
{ }

NoteHistoryModel::~NoteHistoryModel() = default;

void NoteHistoryModel::setPractice(OpenPractice* practice)
{
    m_practice = nullptr; // first: detach() must not load again
    detach();
    m_practice = practice;
    m_noteId = 0;
    if (!practice) {
        return;
    }
    track(connect(&practice->records().sessions(), &SessionRepository::noteChanged, this, [this](qint64 id) {
        if (id == m_noteId) {
            scheduleRefresh();
        }
    }));
}

void NoteHistoryModel::setNote(qint64 noteId)
{
    m_noteId = noteId;
    reload();
}

int NoteHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int NoteHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NoteHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return RecordTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case VersionColumn:
        return tr("Version");
    case WrittenColumn:
        return tr("Written");
    case ReplacedColumn:
        return tr("Replaced");
    case TextColumn:
        return tr("Text");
    default:
        return {};
    }
}

bool NoteHistoryModel::loadRows(QString* error)
{
    RecordError problem;
    const SessionRepository& sessions = m_practice->records().sessions();
    const std::optional<Note> note = sessions.note(m_noteId, &problem);
    if (!note) {
        *error = problem.message;
        return false;
    }
    m_rows = sessions.noteHistory(m_noteId, &problem);
    if (problem.kind != RecordError::Kind::None) {
        *error = problem.message;
        return false;
    }
    NoteVersion current;
    current.noteId = note->id;
    current.version = static_cast<int>(m_rows.size()) + 1;
    current.text = note->text;
    current.writtenAt = note->editedAt.isValid() ? note->editedAt : note->createdAt;
    m_rows.append(current);
    return true;
}

QVariant NoteHistoryModel::displayData(int row, int column) const
{
    const NoteVersion& version = m_rows.at(row);
    const bool current = row == m_rows.size() - 1;
    switch (column) {
    case VersionColumn:
        return current ? tr("%1 (current)").arg(QLocale().toString(version.version))
                       : QLocale().toString(version.version);
    case WrittenColumn:
        return formats::dateTime(version.writtenAt);
    case ReplacedColumn:
        return formats::dateTime(version.replacedAt);
    case TextColumn:
        return version.text.section(QLatin1Char('\n'), 0, 0).left(200);
    default:
        return {};
    }
}

QVariant NoteHistoryModel::sortData(int row, int column) const
{
    const NoteVersion& version = m_rows.at(row);
    switch (column) {
    case VersionColumn:
        return version.version;
    case WrittenColumn:
        return version.writtenAt;
    case ReplacedColumn:
        return version.replacedAt;
    default:
        return displayData(row, column);
    }
}

QVariant NoteHistoryModel::otherData(int row, int, int role) const
{
    return role == TextRole ? QVariant(m_rows.at(row).text) : QVariant();
}

} // namespace mandaat
