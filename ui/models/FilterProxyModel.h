#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace mandaat {

/// The instant filter and the sorting of every list: a row stays when each typed word occurs
/// in one of its texts, ignoring case and diacritics; columns sort by their raw values
/// (RecordTableModel::SortRole), texts in the order of the interface language.
class FilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FilterProxyModel(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_text;
    QStringList m_words;
    mutable QCollator m_collator;
};

} // namespace mandaat
