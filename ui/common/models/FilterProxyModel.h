#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

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
    void setSourceModel(QAbstractItemModel* model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    /// The source row's folded texts (RecordTableModel::FilterRole), kept until the source
    /// changes: a keystroke compares texts instead of folding every row again.
    QString foldedRow(int sourceRow, const QModelIndex& sourceParent) const;

    QString m_text;
    QStringList m_words;
    mutable QCollator m_collator;
    mutable QList<std::optional<QString>> m_folded;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace mandaat
