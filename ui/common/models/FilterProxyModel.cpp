#include "FilterProxyModel.h"

#include "common/models/RecordTableModel.h"

#include <QCollator>
#include <QDate>
#include <QDateTime>

namespace mandaat {

FilterProxyModel::FilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RecordTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

void FilterProxyModel::setSourceModel(QAbstractItemModel* model)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_sourceConnections)) {
        disconnect(connection);
    }
    m_sourceConnections.clear();
    m_folded.clear();
    if (model) {
        // Connected before QSortFilterProxyModel's own: the texts are forgotten before it
        // filters the changed rows again. A language change comes as dataChanged.
        const auto forget = [this]() { m_folded.clear(); };
        m_sourceConnections << connect(model, &QAbstractItemModel::modelReset, this, forget)
                            << connect(model, &QAbstractItemModel::rowsInserted, this, forget)
                            << connect(model, &QAbstractItemModel::rowsRemoved, this, forget)
                            << connect(model, &QAbstractItemModel::rowsMoved, this, forget)
                            << connect(model, &QAbstractItemModel::dataChanged, this, forget)
                            << connect(model, &QAbstractItemModel::layoutChanged, this, forget);
    }
    QSortFilterProxyModel::setSourceModel(model);
}

QString FilterProxyModel::foldedRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const int rows = sourceModel()->rowCount(sourceParent);
    if (sourceParent.isValid() || sourceRow >= rows) { // flat lists only; a tree folds each time
        return sourceModel()->index(sourceRow, 0, sourceParent).data(RecordTableModel::FilterRole).toString();
    }
    if (m_folded.size() != rows) {
        m_folded = QList<std::optional<QString>>(rows);
    }
    std::optional<QString>& folded = m_folded[sourceRow];
    if (!folded) {
        folded = sourceModel()->index(sourceRow, 0).data(RecordTableModel::FilterRole).toString();
    }
    return *folded;
}

void FilterProxyModel::setFilterText(const QString& text)
{
    if (text == m_text) {
        return;
    }
    m_text = text;
    m_words = RecordTableModel::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool FilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.isEmpty()) {
        return true;
    }
    const QString text = foldedRow(sourceRow, sourceParent);
    for (const QString& word : m_words) {
        if (!text.contains(word)) {
            return false;
        }
    }
    return true;
}

bool FilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
        if (m_collator.locale() != QLocale()) {
            m_collator.setLocale(QLocale()); // the interface language changed
        }
        const int order = m_collator.compare(a.toString(), b.toString());
        if (order != 0) {
            return order < 0;
        }
        return left.row() < right.row();
    }
    // Empty values (no date) sort first.
    if (!a.isValid() || a.isNull() || !b.isValid() || b.isNull()) {
        return (!a.isValid() || a.isNull()) && b.isValid() && !b.isNull();
    }
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace mandaat
