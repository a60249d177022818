#include "SearchService.h"

#include "search/SearchQuery.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace mandaat {

namespace {

// Step one finds the newest matches of each kind with only what ordering needs (kind, id,
// time) and no more than the limit of each: the notes' index is keyed by time (schema
// version 7), so "ORDER BY docid DESC LIMIT ?" walks the matching notes newest first and
// stops, and only those are joined to their note and session; clients, principals and
// engagements are walked newest first along their index on updated_at, each checked against
// the set of matches. The cost is thus bounded by the limit (and by the number of clients,
// principals and engagements), not by the number of matching notes. Step two reads titles
// and snippets for the hits that are shown. Kinds are numbered in SearchHit::Kind's order.
// Notes within the same second come in the order of their ids (the key's resolution).
const char* const HitsSql = R"SQL(
SELECT kind, id, at FROM (
    SELECT 0 AS kind, n.id AS id, COALESCE(s.starts_at, n.created_at) AS at
      FROM (SELECT docid FROM note_fts WHERE note_fts MATCH ? ORDER BY docid DESC LIMIT ?) f
      JOIN note_search_key k ON k.key = f.docid JOIN note n ON n.id = k.note_id
      LEFT JOIN session s ON s.id = n.session_id
    UNION ALL
    SELECT * FROM (SELECT 1, c.id, c.updated_at FROM client c INDEXED BY client_updated
                    WHERE c.id IN (SELECT docid FROM client_fts WHERE client_fts MATCH ?)
                    ORDER BY c.updated_at DESC, c.id DESC LIMIT ?)
    UNION ALL
    SELECT * FROM (SELECT 2, p.id, p.updated_at FROM principal p INDEXED BY principal_updated
                    WHERE p.id IN (SELECT docid FROM principal_fts WHERE principal_fts MATCH ?)
                    ORDER BY p.updated_at DESC, p.id DESC LIMIT ?)
    UNION ALL
    SELECT * FROM (SELECT 3, e.id, e.updated_at FROM engagement e INDEXED BY engagement_updated
                    WHERE e.id IN (SELECT docid FROM engagement_fts WHERE engagement_fts MATCH ?)
                    ORDER BY e.updated_at DESC, e.id DESC LIMIT ?)
) ORDER BY at DESC, kind, id DESC LIMIT ?
)SQL";

// The same for a vault of schema 3 to 6 opened read-only (and so not brought to version 7):
// every match joined to its record to sort them; the notes' docid is their id.
const char* const UnkeyedHitsSql = R"SQL(
SELECT kind, id, at FROM (
    SELECT 0 AS kind, n.id AS id, COALESCE(s.starts_at, n.created_at) AS at
      FROM note_fts JOIN note n ON n.id = note_fts.docid LEFT JOIN session s ON s.id = n.session_id
     WHERE note_fts MATCH ? AND ? > 0
    UNION ALL
    SELECT 1, c.id, c.updated_at FROM client_fts JOIN client c ON c.id = client_fts.docid
     WHERE client_fts MATCH ? AND ? > 0
    UNION ALL
    SELECT 2, p.id, p.updated_at FROM principal_fts JOIN principal p ON p.id = principal_fts.docid
     WHERE principal_fts MATCH ? AND ? > 0
    UNION ALL
    SELECT 3, e.id, e.updated_at FROM engagement_fts JOIN engagement e ON e.id = engagement_fts.docid
     WHERE engagement_fts MATCH ? AND ? > 0
) ORDER BY at DESC, kind, id DESC LIMIT ?
)SQL";

struct KindSql
{
    const char* details; // engagement id, client id, name, engagement title; one positional value: the id
    const char* table; // the FTS table, for snippet()
    const char* docid; // the record's docid in that table, from its id (one positional value)
};

const KindSql kindSql[] = {
    {"SELECT n.engagement_id, e.client_id, c.name, e.title FROM note n "
     "JOIN engagement e ON e.id = n.engagement_id JOIN client c ON c.id = e.client_id WHERE n.id = ?",
     "note_fts",
     "(SELECT key FROM note_search_key WHERE note_id = ?)"},
    {"SELECT 0, id, name, NULL FROM client WHERE id = ?", "client_fts", "?"},
    {"SELECT 0, 0, organisation, NULL FROM principal WHERE id = ?", "principal_fts", "?"},
    {"SELECT e.id, e.client_id, e.title, NULL FROM engagement e WHERE e.id = ?", "engagement_fts", "?"},
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
    const QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'note_search_key'")) ||
        !query.next()) {
        fail(query, error);
        return std::nullopt;
    }
    const bool keyed = query.value(0).toInt() > 0;
    query.finish();
    if (!query.prepare(QString::fromUtf8(keyed ? HitsSql : UnkeyedHitsSql))) {
        fail(query, error);
        return std::nullopt;
    }
    for (int i = 0; i < 4; ++i) {
        query.bindValue(2 * i, match);
        query.bindValue(2 * i + 1, options.limit);
    }
    query.bindValue(8, options.limit);
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
        if (!fillDetails(hit, match, keyed, options, error)) {
            return std::nullopt;
        }
    }
    return hits;
}

bool SearchService::fillDetails(SearchHit& hit,
                                const QString& match,
                                bool keyed,
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
            QStringLiteral("SELECT snippet(%1, ?, ?, ?, -1, ?) FROM %1 WHERE %1 MATCH ? AND docid = %2")
                .arg(table, QLatin1String(keyed ? sql.docid : "?")))) {
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
