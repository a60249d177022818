#include "SearchService.h"

#include "search/SearchQuery.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace mandaat {

namespace {

// Step one finds every matching record with only what ordering needs (kind, id, time), so
// that a common word over 100,000 notes costs one join per hit; step two reads titles and
// snippets for the hits that are shown. Kinds are numbered in SearchHit::Kind's order.
const char* const HitsSql = R"SQL(
SELECT kind, id, at FROM (
    SELECT 0 AS kind, n.id AS id, COALESCE(s.starts_at, n.created_at) AS at
      FROM note_fts JOIN note n ON n.id = note_fts.docid LEFT JOIN session s ON s.id = n.session_id
     WHERE note_fts MATCH ?
    UNION ALL
    SELECT 1, c.id, c.updated_at FROM client_fts JOIN client c ON c.id = client_fts.docid
     WHERE client_fts MATCH ?
    UNION ALL
    SELECT 2, p.id, p.updated_at FROM principal_fts JOIN principal p ON p.id = principal_fts.docid
     WHERE principal_fts MATCH ?
    UNION ALL
    SELECT 3, e.id, e.updated_at FROM engagement_fts JOIN engagement e ON e.id = engagement_fts.docid
     WHERE engagement_fts MATCH ?
) ORDER BY at DESC, kind, id DESC LIMIT ?
)SQL";

struct KindSql
{
    const char* details; // engagement id, client id, name, engagement title; one positional value: the id
    const char* table; // the FTS table, for snippet()
};

const KindSql kindSql[] = {
    {"SELECT n.engagement_id, e.client_id, c.name, e.title FROM note n "
     "JOIN engagement e ON e.id = n.engagement_id JOIN client c ON c.id = e.client_id WHERE n.id = ?",
     "note_fts"},
    {"SELECT 0, id, name, NULL FROM client WHERE id = ?", "client_fts"},
    {"SELECT 0, 0, organisation, NULL FROM principal WHERE id = ?", "principal_fts"},
    {"SELECT e.id, e.client_id, e.title, NULL FROM engagement e WHERE e.id = ?", "engagement_fts"},
};

bool fail(const QSqlQuery& query, QString* error)
{
    if (error) {
        *error = SearchService::tr("The search could not read the vault: %1").arg(query.lastError().text());
    }
    return false;
}

} // namespace

QString searchHitKindId(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Note:
        return QStringLiteral("note");
    case SearchHit::Kind::Client:
        return QStringLiteral("client");
    case SearchHit::Kind::Principal:
        return QStringLiteral("principal");
    case SearchHit::Kind::Engagement:
        return QStringLiteral("engagement");
    }
    return {};
}

SearchService::SearchService(QString connectionName)
    : m_connectionName(std::move(connectionName))
{ }

std::optional<QList<SearchHit>>
SearchService::search(const QString& text, const SearchOptions& options, QString* error) const
{
    const QString match = SearchQuery::matchExpression(text);
    if (match.isEmpty() || options.limit <= 0) {
        return QList<SearchHit>();
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.prepare(QString::fromUtf8(HitsSql))) {
        fail(query, error);
        return std::nullopt;
    }
    for (int i = 0; i < 4; ++i) {
        query.bindValue(i, match);
    }
    query.bindValue(4, options.limit);
    if (!query.exec()) {
        fail(query, error);
        return std::nullopt;
    }
    QList<SearchHit> hits;
    while (query.next()) {
        SearchHit hit;
        hit.kind = static_cast<SearchHit::Kind>(query.value(0).toInt());
        hit.recordId = query.value(1).toLongLong();
        hit.timestamp = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs).toUTC();
        hits.append(hit);
    }
    for (SearchHit& hit : hits) {
        if (!fillDetails(hit, match, options, error)) {
            return std::nullopt;
        }
    }
    return hits;
}

bool SearchService::fillDetails(SearchHit& hit,
                                const QString& match,
                                const SearchOptions& options,
                                QString* error) const
{
    const KindSql& sql = kindSql[static_cast<int>(hit.kind)];
    const QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery details(database);
    details.setForwardOnly(true);
    if (!details.prepare(QString::fromLatin1(sql.details))) {
        return fail(details, error);
    }
    details.bindValue(0, hit.recordId);
    if (!details.exec()) {
        return fail(details, error);
    }
    if (details.next()) {
        hit.engagementId = details.value(0).toLongLong();
        hit.clientId = details.value(1).toLongLong();
        hit.title = details.value(2).toString();
        if (!details.value(3).isNull()) {
            hit.title += QStringLiteral(" · ") + details.value(3).toString(); // a note: client · engagement
        }
    }
    QSqlQuery snippet(database);
    snippet.setForwardOnly(true);
    const QString table = QLatin1String(sql.table);
    if (!snippet.prepare(
            QStringLiteral("SELECT snippet(%1, ?, ?, ?, -1, ?) FROM %1 WHERE %1 MATCH ? AND docid = ?").arg(table))) {
        return fail(snippet, error);
    }
    snippet.bindValue(0, options.highlightOpen);
    snippet.bindValue(1, options.highlightClose);
    snippet.bindValue(2, options.ellipsis);
    snippet.bindValue(3, qBound(1, options.snippetWords, 64));
    snippet.bindValue(4, match);
    snippet.bindValue(5, hit.recordId);
    if (!snippet.exec()) {
        return fail(snippet, error);
    }
    if (snippet.next()) {
        hit.snippet = snippet.value(0).toString();
    }
    return true;
}

} // namespace mandaat
