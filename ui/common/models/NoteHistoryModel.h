#pragma once

#include "common/OpenPractice.h"
#include "common/models/RecordTableModel.h"
#include "domain/Session.h"

#include <QPointer>

namespace mandaat {

/// Every text a note has had: its earlier versions, oldest first, and the current text last.
class NoteHistoryModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { VersionColumn, WrittenColumn, ReplacedColumn, TextColumn, ColumnCount };
    enum { TextRole = FilterRole + 1 }; ///< the version's whole text

    explicit NoteHistoryModel(QObject* parent = nullptr);
    ~NoteHistoryModel() override;

    void setPractice(OpenPractice* practice);
    void setNote(qint64 noteId);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    int rowOf(qint64 id) const override { return indexOfId(m_rows, id); }
    const NoteVersion& version(int row) const { return m_rows.at(row); }

protected:
    bool isAttached() const override { return m_practice != nullptr && m_noteId > 0; }
    bool loadRows(QString* error) override;
    void clearRows() override { m_rows.clear(); }
    QVariant displayData(int row, int column) const override;
    QVariant sortData(int row, int column) const override;
    QVariant otherData(int row, int column, int role) const override;
    qint64 idAt(int row) const override { return m_rows.at(row).id; }

private:
    QPointer<OpenPractice> m_practice;
    qint64 m_noteId = 0;
    QList<NoteVersion> m_rows; // the current text as the last "version", with id 0
};

} // namespace mandaat
