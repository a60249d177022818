#pragma once

#include "common/OpenPractice.h"
#include "common/models/RecordTableModel.h"
#include "search/SearchHit.h"

#include <QPointer>

namespace mandaat {

/// The hits of one full-text search (SearchService), newest first.
class SearchResultModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, TitleColumn, SnippetColumn, DateColumn, ColumnCount };

    explicit SearchResultModel(QObject* parent = nullptr);
    ~SearchResultModel() override;

    void setPractice(OpenPractice* practice);
    /// Searches for \a text; an empty text clears the list.
    void setQuery(const QString& text);
    QString query() const { return m_query; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    int rowOf(qint64 id) const override;
    const SearchHit& hit(int row) const { return m_rows.at(row); }

protected:
    bool isAttached() const override { return m_practice != nullptr; }
    bool loadRows(QString* error) override;
    void clearRows() override { m_rows.clear(); }
    QVariant displayData(int row, int column) const override;
    QVariant sortData(int row, int column) const override;
    qint64 idAt(int row) const override { return m_rows.at(row).recordId; }

private:
    QPointer<OpenPractice> m_practice;
    QString m_query;
    QList<SearchHit> m_rows;
};

} // namespace mandaat
