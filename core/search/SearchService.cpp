#include "SearchService.h"

#include "search/SearchQuery.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <array>

namespace mandaat {

namespace {

// Step one finds the newest matches of each kind with only what ordering needs (kind, id,
// time, docid) and no more than the limit of each: the notes' index is keyed by time (schema
// version 7), so "ORDER BY docid DESC LIMIT ?" walks the matching notes newest first and
// stops, and only those are joined to their note and session (their snippets are made there,
// in the same pass); clients, principals and engagements are walked newest first along their
// index on updated_at, each checked against the set of matches. The cost is thus bounded by
// the limit (and by the number of clients, principals and engagements), not by the number of
// matching notes. Step two reads the titles of the hits shown, and the snippets still missing
// with one query per kind: FTS4 evaluates the whole MATCH for each query, so one query per
// hit ("AND docid = ?") would cost the full list of matches fifty times over. Kinds are
// numbered in SearchHit::Kind's order. Notes within the same second come in the order of
// their ids (the key's resolution).
const char* const HitsSql = R"SQL(
SELECT kind, id, at, docid, snippet FROM (
    SELECT 0 AS kind, n.id AS id, COALESCE(s.starts_at, n.created_at) AS at, f.docid AS docid, f.snippet AS snippet
      FROM (SELECT docid, snippet(note_fts, ?, ?, ?, -1, ?) AS snippet FROM note_fts
             WHERE note_fts MATCH ? ORDER BY docid DESC LIMIT ?) f
      JOIN note_search_key k ON k.key = f.docid JOIN note n ON n.id = k.note_id
      LEFT JOIN session s ON s.id = n.session_id
    UNION ALL
    SELECT * FROM (SELECT 1, c.id, c.updated_at, c.id, NULL FROM client c INDEXED BY client_updated
                    WHERE c.id IN (SELECT docid FROM client_fts WHERE client_fts MATCH ?)
                    ORDER BY c.updated_at DESC, c.id DESC LIMIT ?)
    UNION ALL
    SELECT * FROM (SELECT 2, p.id, p.updated_at, p.id, NULL FROM principal p INDEXED BY principal_updated
                    WHERE p.id IN (SELECT docid FROM principal_fts WHERE principal_fts MATCH ?)
                    ORDER BY p.updated_at DESC, p.id DESC LIMIT ?)
    UNION ALL
    SELECT * FROM (SELECT 3, e.id, e.updated_at, e.id, NULL FROM engagement e INDEXED BY engagement_updated
                    WHERE e.id IN (SELECT docid FROM engagement_fts WHERE engagement_fts MATCH ?)
                    ORDER BY e.updated_at DESC, e.id DESC LIMIT ?)
) ORDER BY at DESC, kind, id DESC LIMIT ?
)SQL";

// The same for a vault of schema 3 to 6 opened read-only (and so not brought to version 7):
// every match joined to its record to sort them; the notes' docid is their id. The first four
// values (the snippet's) are not used.
const char* const UnkeyedHitsSql = R"SQL(
SELECT kind, id, at, docid, NULL FROM (
    SELECT 0 AS kind, n.id AS id, COALESCE(s.starts_at, n.created_at) AS at, n.id AS docid
      FROM note_fts JOIN note n ON n.id = note_fts.docid LEFT JOIN session s ON s.id = n.session_id
     WHERE ? IS NOT NULL AND ? IS NOT NULL AND ? IS NOT NULL AND ? IS NOT NULL AND note_fts MATCH ? AND ? > 0
    UNION ALL
    SELECT 1, c.id, c.updated_at, c.id FROM client_fts JOIN client c ON c.id = client_fts.docid
     WHERE client_fts MATCH ? AND ? > 0
    UNION ALL
    SELECT 2, p.id, p.updated_at, p.id FROM principal_fts JOIN principal p ON p.id = principal_fts.docid
     WHERE principal_fts MATCH ? AND ? > 0
    UNION ALL
    SELECT 3, e.id, e.updated_at, e.id FROM engagement_fts JOIN engagement e ON e.id = engagement_fts.docid
     WHERE engagement_fts MATCH ? AND ? > 0
) ORDER BY at DESC, kind, id DESC LIMIT ?
)SQL";

// Titles: engagement id, client id, name, engagement title; one positional value: the id.
const char* const detailsSql[] = {
    ("SELECT n.engagement_id, e.client_id, c.name, e.title FROM note n "
     "JOIN engagement e ON e.id = n.engagement_id JOIN client c ON c.id = e.client_id WHERE n.id = ?"),
    "SELECT 0, id, name, NULL FROM client WHERE id = ?",
    "SELECT 0, 0, organisation, NULL FROM principal WHERE id = ?",
    "SELECT e.id, e.client_id, e.title, NULL FROM engagement e WHERE e.id = ?",
};

// The FTS table of each kind, for snippet().
const char* const ftsTable[] = {"note_fts", "client_fts", "principal_fts", "engagement_fts"};

bool fail(const QSqlQuery& query, Error* error)
{
    setError(error,
             Error::make(Error::Kind::Storage,
                         SearchService::tr("The search could not read the vault: %1").arg(query.lastError().text())));
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
SearchService::search(const QString& text, const SearchOptions& options, Error* error) const
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
    const int snippetWords = qBound(1, options.snippetWords, 64);
    query.bindValue(0, options.highlightOpen);
    query.bindValue(1, options.highlightClose);
    query.bindValue(2, options.ellipsis);
    query.bindValue(3, snippetWords);
    for (int i = 0; i < 4; ++i) {
        query.bindValue(4 + 2 * i, match);
        query.bindValue(4 + 2 * i + 1, options.limit);
    }
    query.bindValue(12, options.limit);
    if (!query.exec()) {
        fail(query, error);
        return std::nullopt;
    }
    QList<SearchHit> hits;
    QList<qint64> docids;
    while (query.next()) {
        SearchHit hit;
        hit.kind = static_cast<SearchHit::Kind>(query.value(0).toInt());
        hit.recordId = query.value(1).toLongLong();
        hit.timestamp = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs).toUTC();
        docids.append(query.value(3).toLongLong());
        if (!query.value(4).isNull()) {
            hit.snippet = query.value(4).toString();
        }
        hits.append(hit);
    }
    // One prepared statement per kind for the titles, not one per hit.
    std::array<std::optional<QSqlQuery>, 4> details;
    for (SearchHit& hit : hits) {
        std::optional<QSqlQuery>& statement = details.at(static_cast<std::size_t>(hit.kind));
        if (!statement) {
            statement.emplace(database);
            statement->setForwardOnly(true);
            if (!statement->prepare(QString::fromLatin1(detailsSql[static_cast<int>(hit.kind)]))) {
                fail(*statement, error);
                return std::nullopt;
            }
        }
        if (!fillTitle(*statement, hit, error)) {
            return std::nullopt;
        }
    }
    if (!fillSnippets(hits, docids, match, keyed, options, error)) {
        return std::nullopt;
    }
    return hits;
}

bool SearchService::fillTitle(QSqlQuery& details, SearchHit& hit, Error* error) const
{
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
    return true;
}

bool SearchService::fillSnippets(QList<SearchHit>& hits,
                                 const QList<qint64>& docids,
                                 const QString& match,
                                 bool keyed,
                                 const SearchOptions& options,
                                 Error* error) const
{
    const QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
    for (int kind = 0; kind < 4; ++kind) {
        if (kind == 0 && keyed) {
            continue; // made with the hits
        }
        QStringList wanted;
        for (qsizetype i = 0; i < hits.size(); ++i) {
            if (static_cast<int>(hits.at(i).kind) == kind) {
                wanted.append(QString::number(docids.at(i)));
            }
        }
        if (wanted.isEmpty()) {
            continue;
        }
        // The table is one of ftsTable and the docids are numbers: no user text in the SQL.
        QSqlQuery snippet(database);
        snippet.setForwardOnly(true);
        if (!snippet.prepare(
                QStringLiteral("SELECT docid, snippet(%1, ?, ?, ?, -1, ?) FROM %1 WHERE %1 MATCH ? AND docid IN (%2)")
                    .arg(QLatin1String(ftsTable[kind]), wanted.join(QLatin1Char(','))))) {
            return fail(snippet, error);
        }
        snippet.bindValue(0, options.highlightOpen);
        snippet.bindValue(1, options.highlightClose);
        snippet.bindValue(2, options.ellipsis);
        snippet.bindValue(3, qBound(1, options.snippetWords, 64));
        snippet.bindValue(4, match);
        if (!snippet.exec()) {
            return fail(snippet, error);
        }
        while (snippet.next()) {
            const qint64 docid = snippet.value(0).toLongLong();
            for (qsizetype i = 0; i < hits.size(); ++i) {
                if (static_cast<int>(hits.at(i).kind) == kind && docids.at(i) == docid) {
                    hits[i].snippet = snippet.value(1).toString();
                }
            }
        }
    }
    return true;
}

} // namespace mandaat
