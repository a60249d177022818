#include "SearchResultModel.h"

#include "common/Formats.h"
#include "common/OpenPractice.h"
#include "search/SearchService.h"

namespace mandaat {

SearchResultModel::SearchResultModel(QObject* parent)
    : RecordTableModel(parent)
{ }

SearchResultModel::~SearchResultModel() = default;

void SearchResultModel::setPractice(OpenPractice* practice)
{
    m_practice = nullptr; // first: detach() must not load again
    detach();
    m_practice = practice;
    m_query.clear();
}

void SearchResultModel::setQuery(const QString& text)
{
    m_query = text;
    reload();
}

int SearchResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SearchResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int SearchResultModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).recordId == id) {
            return i;
        }
    }
    return -1;
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return RecordTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case KindColumn:
        return tr("Found in");
    case TitleColumn:
        return tr("Record");
    case SnippetColumn:
        return tr("Text");
    case DateColumn:
        return tr("Date");
    default:
        return {};
    }
}

bool SearchResultModel::loadRows(QString* error)
{
    if (m_query.trimmed().isEmpty()) {
        return true;
    }
    SearchOptions options;
    options.limit = 200;
    options.highlightOpen = QStringLiteral("«");
    options.highlightClose = QStringLiteral("»");
    Error searchError;
    std::optional<QList<SearchHit>> hits = m_practice->search().search(m_query, options, &searchError);
    if (!hits) {
        if (error) {
            *error = searchError.message;
        }
        return false;
    }
    m_rows = std::move(*hits);
    return true;
}

QVariant SearchResultModel::displayData(int row, int column) const
{
    const SearchHit& hit = m_rows.at(row);
    switch (column) {
    case KindColumn:
        switch (hit.kind) {
        case SearchHit::Kind::Note:
            return tr("Note");
        case SearchHit::Kind::Client:
            return tr("Client");
        case SearchHit::Kind::Principal:
            return tr("Principal");
        case SearchHit::Kind::Engagement:
            return tr("Engagement");
        }
        return {};
    case TitleColumn:
        return hit.title;
    case SnippetColumn:
        return hit.snippet;
    case DateColumn:
        return formats::dateTime(hit.timestamp);
    default:
        return {};
    }
}

QVariant SearchResultModel::sortData(int row, int column) const
{
    return column == DateColumn ? QVariant(m_rows.at(row).timestamp) : displayData(row, column);
}

} // namespace mandaat
