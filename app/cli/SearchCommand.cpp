#include "SearchCommand.h"

#include "CliIo.h"
#include "search/SearchService.h"

namespace mandaat::cli {

SearchCommand::SearchCommand()
    : VaultCommand(QStringLiteral("search"), tr("Search the notes, clients, principals and engagements of a vault."))
{
    addPositional(QStringLiteral("query"),
                  tr("The words to find; each finds the words that start with it, with or without accents."),
                  QStringLiteral("QUERY..."));
    addOption(QCommandLineOption(QStringLiteral("limit"),
                                 tr("Show at most N hits (default %1).").arg(SearchOptions::DefaultLimit),
                                 QStringLiteral("N")));
}

int SearchCommand::checkOptions(const QCommandLineParser& parser)
{
    m_text = parser.positionalArguments().mid(2).join(QLatin1Char(' '));
    m_options = SearchOptions();
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        m_options.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || m_options.limit < 1) {
            err() << tr("--limit needs a whole number of at least 1.") << Qt::endl;
            return ExitUsage;
        }
    }
    return ExitOk;
}

Vault::Access SearchCommand::access(const QCommandLineParser& /*parser*/) const
{
    return Vault::Access::ReadOnly;
}

int SearchCommand::executeWithVault(Vault& vault, const QCommandLineParser& /*parser*/)
{
    Error error;
    const auto hits = SearchService(vault.connectionName()).search(m_text, m_options, &error);
    if (!hits) {
        return reportFailure(vault, error.message);
    }
    // Per hit: kind, id, engagement, client, UTC time and title on one line (tab-separated),
    // then the snippet indented, with the matched words in [brackets].
    for (const SearchHit& hit : *hits) {
        out() << QStringList{searchHitKindId(hit.kind),
                             QString::number(hit.recordId),
                             QString::number(hit.engagementId),
                             QString::number(hit.clientId),
                             hit.timestamp.toString(Qt::ISODate),
                             printable(hit.title)}
                     .join(QLatin1Char('\t'))
              << QLatin1Char('\n');
        out() << QStringLiteral("    ") << printable(QString(hit.snippet).replace(QLatin1Char('\n'), QLatin1Char(' ')))
              << QLatin1Char('\n');
    }
    out().flush();
    if (hits->isEmpty()) {
        err() << tr("Nothing matches “%1”.").arg(m_text) << Qt::endl;
    }
    return ExitOk;
}

} // namespace mandaat::cli
