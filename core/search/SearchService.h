#pragma once

#include "search/SearchHit.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QSqlQuery;

namespace mandaat {

/// Full-text search over notes, clients, principals and engagements (the FTS4 tables of
/// schema version 3, the notes' keyed by time since version 7, kept in step by triggers). Reads only: works on a vault
/// opened read-only. Like the repositories, it looks its connection up by name on every use.
class SearchService
{
    Q_DECLARE_TR_FUNCTIONS(SearchService)

public:
    explicit SearchService(QString connectionName);

    /// Hits for every word of \a text as a prefix ("loopbaan" finds "loopbaancoach"), with
    /// and without diacritics, newest first (then notes, clients, principals, engagements, and
    /// the higher id first), at most options.limit. Text without words gives no hits. nullopt
    /// with \a error set when the vault cannot be read.
    std::optional<QList<SearchHit>>
    search(const QString& text, const SearchOptions& options = {}, Error* error = nullptr) const;

private:
    bool fillTitle(QSqlQuery& details, SearchHit& hit, Error* error) const;
    bool fillSnippets(QList<SearchHit>& hits,
                      const QList<qint64>& docids,
                      const QString& match,
                      bool keyed,
                      const SearchOptions& options,
                      Error* error) const;

    QString m_connectionName;
};

} // namespace mandaat
