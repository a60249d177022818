#include "ComplianceCommand.h"

#include "CliIo.h"
#include "compliance/ComplianceEngine.h"
#include "repositories/EngagementRepository.h"
#include "repositories/Records.h"

namespace mandaat::cli {

namespace {

QString date(QDate day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QStringLiteral("-");
}

// One record per line, tab-separated, stored ids for statuses (as `list` does): scripts
// compare the output; the explanation, last, is translated.
void printRow(const QStringList& fields)
{
    QStringList shown;
    for (const QString& field : fields) {
        shown << printable(field); // a name's tab, newline or ESC cannot forge a line or drive the terminal
    }
    out() << shown.join(QLatin1Char('\t')) << QLatin1Char('\n');
}

void printEngagement(const Engagement& engagement, const EngagementCompliance& compliance)
{
    printRow({QStringLiteral("engagement"),
              QString::number(engagement.id),
              toId(compliance.status), // as it stood on the date judged (--at)
              toId(engagement.kind),
              engagement.title,
              compliance.codeIds.join(QLatin1Char(','))});
    for (const ArticleCompliance& item : compliance.articles) {
        printRow({item.article.id, toId(item.status), date(item.due), item.explanation()});
    }
}

} // namespace

ComplianceCommand::ComplianceCommand()
    : VaultCommand(QStringLiteral("compliance"),
                   tr("Show where each article of the codes stands, per engagement, or what is due in the practice."))
{
    addOption(QCommandLineOption(
        QStringLiteral("engagement"), tr("Only the engagement with this id."), QStringLiteral("ID")));
    addOption(QCommandLineOption(QStringLiteral("due"),
                                 tr("List every open obligation with its due date, most urgent first.")));
    addOption(QCommandLineOption(
        QStringLiteral("at"), tr("Judge at this date instead of today (YYYY-MM-DD)."), QStringLiteral("DATE")));
}

int ComplianceCommand::checkOptions(const QCommandLineParser& parser)
{
    m_at = QDate();
    if (!dayOption(parser, QStringLiteral("at"), tr("the day to judge"), QDate::currentDate(), {}, &m_at)) {
        return ExitUsage;
    }
    m_only = 0;
    if (parser.isSet(QStringLiteral("engagement"))) {
        bool ok = false;
        m_only = parser.value(QStringLiteral("engagement")).toLongLong(&ok);
        if (!ok || m_only < 1) {
            err() << tr("--engagement needs an engagement id, a whole number of at least 1.") << Qt::endl;
            return ExitUsage;
        }
    }
    return ExitOk;
}

Vault::Access ComplianceCommand::access(const QCommandLineParser& /*parser*/) const
{
    return Vault::Access::ReadOnly;
}

int ComplianceCommand::executeWithVault(Vault& vault, const QCommandLineParser& parser)
{
    Records records(vault);
    ComplianceEngine engine(records);
    engine.setClock([at = m_at] { return at; });
    engine.setCheckAuditLog(true);
    RecordError error;

    if (parser.isSet(QStringLiteral("due"))) {
        // due, status, engagement (0: the practice), articles, explanation.
        const std::optional<QList<OpenObligation>> obligations = engine.openObligations(m_at, &error);
        if (!obligations) {
            err() << error.message << Qt::endl;
            return ExitError;
        }
        for (const OpenObligation& o : *obligations) {
            if (m_only == 0 || o.engagementId == m_only) {
                printRow({date(o.due),
                          toId(o.status),
                          QString::number(o.engagementId),
                          o.articleIds.join(QLatin1Char(',')),
                          o.explanation});
            }
        }
        out().flush();
        return ExitOk;
    }

    if (m_only != 0) {
        const std::optional<Engagement> engagement = records.engagements().engagement(m_only, &error);
        const std::optional<EngagementCompliance> compliance =
            engagement ? engine.evaluate(m_only, m_at, &error) : std::nullopt;
        if (compliance) {
            printEngagement(*engagement, *compliance);
        }
    } else if (const auto all = engine.evaluateAll(m_at, &error)) {
        for (const EngagementCompliance& compliance : *all) {
            if (const auto engagement = records.engagements().engagement(compliance.engagementId, &error)) {
                printEngagement(*engagement, compliance);
            }
        }
    }
    out().flush();
    if (error.kind != RecordError::Kind::None) {
        err() << error.message << Qt::endl;
        return ExitError;
    }
    return ExitOk;
}

} // namespace mandaat::cli
