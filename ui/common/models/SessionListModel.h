#pragma once

#include "common/OpenPractice.h"
#include "common/models/RecordTableModel.h"
#include "domain/Session.h"

#include <QPointer>
#include <QSet>

namespace mandaat {

/// The sessions of one engagement in the order they took place: its timeline, with whether
/// each has a note or an unsaved draft.
class SessionListModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, TimeColumn, DurationColumn, ModeColumn, KindColumn, NoteColumn, ColumnCount };

    explicit SessionListModel(QObject* parent = nullptr);
    ~SessionListModel() override;

    void setPractice(OpenPractice* practice);
    void setEngagement(qint64 engagementId);
    qint64 engagementId() const { return m_engagementId; }
    /// The draft marks change without a repository signal: the note editor says so.
    void draftsChanged() { scheduleRefresh(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    int rowOf(qint64 id) const override { return indexOfId(m_rows, id); }
    const Session& session(int row) const { return m_rows.at(row); }

protected:
    bool isAttached() const override { return m_practice != nullptr && m_engagementId > 0; }
    bool loadRows(QString* error) override;
    void clearRows() override;
    QVariant displayData(int row, int column) const override;
    QVariant sortData(int row, int column) const override;
    qint64 idAt(int row) const override { return m_rows.at(row).id; }

private:
    QPointer<OpenPractice> m_practice;
    qint64 m_engagementId = 0;
    QList<Session> m_rows;
    QSet<qint64> m_withNote;
    QSet<qint64> m_withDraft;
};

} // namespace mandaat
