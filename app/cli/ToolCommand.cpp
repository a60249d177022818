#include "ToolCommand.h"

#include "CliIo.h"
#include "SharedSettings.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/Records.h"

namespace mandaat::cli {

namespace {

QString dayText(QDate day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QStringLiteral("-");
}

/// The id given with option \a name; nullopt, with \a usage printed, when it is not a whole number of at least 1.
std::optional<qint64> idOption(const QCommandLineParser& parser, const QString& name, const QString& usage)
{
    bool valid = false;
    const qint64 id = parser.value(name).trimmed().toLongLong(&valid);
    if (!parser.isSet(name) || !valid || id < 1) {
        err() << usage << Qt::endl;
        return std::nullopt;
    }
    return id;
}

} // namespace

ToolCommand::ToolCommand()
    : VaultCommand(QStringLiteral("tool"),
                   tr("The practice's technology register: the tools, platforms and software used with client data "
                      "(add, list, retire)."))
{
    addPositional(QStringLiteral("action"), tr("add, list or retire."), tr("add|list|retire"));
    addOption({QStringLiteral("name"), tr("add: the tool's name."), tr("NAME")});
    addOption({QStringLiteral("purpose"), tr("add: what the tool is used for."), tr("TEXT")});
    addOption({QStringLiteral("where"), tr("add: where the tool stores or processes the data."), tr("TEXT")});
    addOption({QStringLiteral("ai"), tr("add: the tool uses artificial intelligence.")});
    addOption({QStringLiteral("processor-agreement"), tr("add: a processor agreement covers the tool.")});
    addOption({QStringLiteral("reviewed"), tr("add: the day you last reviewed the tool (YYYY-MM-DD)."), tr("DATE")});
    addOption({QStringLiteral("id"), tr("retire: the tool's id (see 'tool FILE list')."), tr("TOOL")});
    addOption({QStringLiteral("at"), tr("retire: the day it was retired (YYYY-MM-DD; default: today)."), tr("DATE")});
}

int ToolCommand::checkOptions(const QCommandLineParser& parser)
{
    const QString action = parser.positionalArguments().at(2);
    if (action == QLatin1String("add")) {
        m_action = Action::Add;
        return checkAdd(parser);
    }
    if (action == QLatin1String("list")) {
        m_action = Action::List;
        return ExitOk;
    }
    if (action == QLatin1String("retire")) {
        m_action = Action::Retire;
        return checkRetire(parser);
    }
    err() << tr("Unknown action '%1'. Use add, list or retire.").arg(action) << Qt::endl;
    return ExitUsage;
}

Vault::Access ToolCommand::access(const QCommandLineParser& parser) const
{
    Q_UNUSED(parser);
    return m_action == Action::List ? Vault::Access::ReadOnly : Vault::Access::ReadWrite;
}

int ToolCommand::executeWithVault(Vault& vault, const QCommandLineParser& parser)
{
    Q_UNUSED(parser);
    switch (m_action) {
    case Action::Add:
        return add(vault);
    case Action::List:
        return list(vault);
    case Action::Retire:
        return retire(vault);
    }
    return ExitError;
}

int ToolCommand::checkAdd(const QCommandLineParser& parser)
{
    TechnologyTool& tool = m_tool;
    tool.name = parser.value(QStringLiteral("name")).trimmed();
    tool.purpose = parser.value(QStringLiteral("purpose")).trimmed();
    tool.dataLocation = parser.value(QStringLiteral("where")).trimmed();
    tool.ai = parser.isSet(QStringLiteral("ai"));
    tool.processorAgreement = parser.isSet(QStringLiteral("processor-agreement"));
    if (tool.name.isEmpty() || tool.purpose.isEmpty() || tool.dataLocation.isEmpty()) {
        err() << tr("'tool add' needs --name NAME, --purpose TEXT and --where TEXT.") << Qt::endl;
        return ExitUsage;
    }
    const QDate today = QDate::currentDate();
    if (!dayOption(
            parser, QStringLiteral("reviewed"), tr("the day you reviewed the tool"), {}, today, &tool.reviewedOn)) {
        return ExitUsage;
    }
    return ExitOk;
}

int ToolCommand::add(Vault& vault)
{
    TechnologyTool& tool = m_tool;
    Records records(vault);
    RecordError error;
    const bool saved = records.practice().saveTool(tool, &error);
    noteAuditHead(vault);
    if (!saved) {
        return reportNothingRecorded(vault, error.message);
    }
    const std::optional<TechnologyTool> stored = records.practice().tool(tool.id, &error);
    if (!stored || *stored != tool) {
        return reportFailure(vault, tr("The tool was saved but does not read back."));
    }
    out() << tr("Added tool %1: %2 (%3).")
                 .arg(QString::number(stored->id),
                      stored->name,
                      stored->ai ? tr("uses AI: each party agrees to it per engagement") : tr("no AI"))
          << Qt::endl;
    return ExitOk;
}

int ToolCommand::list(Vault& vault)
{
    Records records(vault);
    RecordError error;
    const QList<TechnologyTool> tools = records.practice().tools(&error);
    if (error.kind != RecordError::Kind::None) {
        return reportFailure(vault, error.message);
    }
    // Tab-separated, one tool a line, as `list` prints its tables.
    out() << QStringLiteral("id\tname\tpurpose\twhere\tai\tprocessor_agreement\treviewed_on\tretired_on") << '\n';
    for (const TechnologyTool& tool : tools) {
        out() << QStringList{QString::number(tool.id),
                             tool.name,
                             tool.purpose,
                             tool.dataLocation,
                             tool.ai ? QStringLiteral("yes") : QStringLiteral("no"),
                             tool.processorAgreement ? QStringLiteral("yes") : QStringLiteral("no"),
                             dayText(tool.reviewedOn),
                             dayText(tool.retiredOn)}
                     .join(QLatin1Char('\t'))
              << '\n';
    }
    out().flush();
    return ExitOk;
}

int ToolCommand::checkRetire(const QCommandLineParser& parser)
{
    m_retiredId = idOption(
        parser, QStringLiteral("id"), tr("'tool retire' needs --id TOOL, the tool's id (see 'tool FILE list')."));
    if (!m_retiredId) {
        return ExitUsage;
    }
    const QDate today = QDate::currentDate();
    if (!dayOption(parser, QStringLiteral("at"), tr("the day the tool was retired"), today, today, &m_retiredOn)) {
        return ExitUsage;
    }
    return ExitOk;
}

int ToolCommand::retire(Vault& vault)
{
    Records records(vault);
    RecordError error;
    std::optional<TechnologyTool> tool = records.practice().tool(*m_retiredId, &error);
    if (!tool) {
        return reportNothingRecorded(vault, error.message);
    }
    if (tool->isRetired()) {
        return reportNothingRecorded(
            vault,
            tr("Tool %1 was retired on %2 already.").arg(QString::number(*m_retiredId), dayText(tool->retiredOn)));
    }
    tool->retiredOn = m_retiredOn;
    const bool saved = records.practice().saveTool(*tool, &error);
    noteAuditHead(vault);
    if (!saved) {
        return reportNothingRecorded(vault, error.message);
    }
    out() << tr("Retired tool %1 (%2) on %3; the engagements that used it still name it.")
                 .arg(QString::number(tool->id), tool->name, dayText(m_retiredOn))
          << Qt::endl;
    return ExitOk;
}

ToolsCommand::ToolsCommand()
    : VaultCommand(QStringLiteral("tools"),
                   tr("The tools of the technology register used with an engagement's client data, and the day each "
                      "party agreed to them; with --use, add a tool or record its agreements."),
                   tr("The engagement's id (see 'list FILE engagements')."))
{
    addOption({QStringLiteral("use"), tr("The tool's id in the register (see 'tool FILE list')."), tr("TOOL")});
    addOption({QStringLiteral("client-agreed"), tr("With --use: the day the client agreed (YYYY-MM-DD)."), tr("DATE")});
    addOption(
        {QStringLiteral("principal-agreed"), tr("With --use: the day the principal agreed (YYYY-MM-DD)."), tr("DATE")});
}

int ToolsCommand::checkOptions(const QCommandLineParser& parser)
{
    m_using = parser.isSet(QStringLiteral("use"));
    if (!m_using &&
        (parser.isSet(QStringLiteral("client-agreed")) || parser.isSet(QStringLiteral("principal-agreed")))) {
        err() << tr("--client-agreed and --principal-agreed go with --use TOOL: say which tool was agreed to.")
              << Qt::endl;
        return ExitUsage;
    }
    m_toolId.reset();
    m_clientAgreed = QDate();
    m_principalAgreed = QDate();
    if (m_using) {
        m_toolId = idOption(
            parser, QStringLiteral("use"), tr("--use needs the tool's id in the register (see 'tool FILE list')."));
        const QDate today = QDate::currentDate();
        if (!m_toolId ||
            !dayOption(
                parser, QStringLiteral("client-agreed"), tr("the day the client agreed"), {}, today, &m_clientAgreed) ||
            !dayOption(parser,
                       QStringLiteral("principal-agreed"),
                       tr("the day the principal agreed"),
                       {},
                       today,
                       &m_principalAgreed)) {
            return ExitUsage;
        }
    }
    return ExitOk;
}

Vault::Access ToolsCommand::access(const QCommandLineParser& /*parser*/) const
{
    return m_using ? Vault::Access::ReadWrite : Vault::Access::ReadOnly;
}

int ToolsCommand::executeWithVault(Vault& vault, const QCommandLineParser& /*parser*/)
{
    Records records(vault);
    RecordError error;
    if (!records.engagements().engagement(engagementId(), &error)) {
        return m_using ? reportNothingRecorded(vault, error.message) : reportFailure(vault, error.message);
    }
    QList<ToolUse> uses = records.compliance().toolUsesFor(engagementId(), &error);
    if (m_using) {
        ToolUse use{0, engagementId(), *m_toolId, {}, {}};
        for (const ToolUse& listed : std::as_const(uses)) {
            if (listed.toolId == *m_toolId) {
                use = listed; // the agreements of a tool already listed; what is not given stays
            }
        }
        if (m_clientAgreed.isValid()) {
            use.clientAgreedOn = m_clientAgreed;
        }
        if (m_principalAgreed.isValid()) {
            use.principalAgreedOn = m_principalAgreed;
        }
        const bool saved = records.compliance().save(use, &error);
        noteAuditHead(vault);
        if (!saved) {
            return reportNothingRecorded(vault, error.message);
        }
        const std::optional<ToolUse> stored = records.compliance().toolUse(use.id, &error);
        if (!stored || *stored != use) {
            return reportFailure(vault, tr("The tool was saved but does not read back."));
        }
        uses = records.compliance().toolUsesFor(engagementId(), &error);
    }
    // Tab-separated, one tool a line; "-": not agreed.
    out() << QStringLiteral("tool\tname\tai\tclient_agreed_on\tprincipal_agreed_on") << '\n';
    for (const ToolUse& use : std::as_const(uses)) {
        const std::optional<TechnologyTool> tool = records.practice().tool(use.toolId, &error);
        out() << QStringList{QString::number(use.toolId),
                             tool ? tool->name : QString(),
                             tool && tool->ai ? QStringLiteral("yes") : QStringLiteral("no"),
                             dayText(use.clientAgreedOn),
                             dayText(use.principalAgreedOn)}
                     .join(QLatin1Char('\t'))
              << '\n';
    }
    out().flush();
    return ExitOk;
}

} // namespace mandaat::cli
