#include "FilterProxyModel.h"

#include "models/RecordTableModel.h"

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
    const QString text = sourceModel()->index(sourceRow, 0, sourceParent).data(RecordTableModel::FilterRole).toString();
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
