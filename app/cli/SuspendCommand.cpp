#include "SuspendCommand.h"

#include "CliIo.h"
#include "SharedSettings.h"
#include "domain/DisplayNames.h"
#include "lifecycle/Suspensions.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/Records.h"

namespace mandaat::cli {

SuspendCommand::SuspendCommand()
    : VaultCommand(QStringLiteral("suspend"),
                   tr("Suspend an active engagement while a conflict of interest is worked through or while you or the "
                      "client cannot go on for now; no session is held while it lasts."),
                   tr("The engagement's id (see 'list FILE engagements')."))
{
    addOption({QStringLiteral("ground"), tr("Why, in a word: %1.").arg(idsOf<SuspensionGround>()), tr("GROUND")});
    addOption({QStringLiteral("reason"), tr("Why, in words."), tr("TEXT")});
    addOption({QStringLiteral("at"), tr("The first day of the suspension (YYYY-MM-DD; default: today)."), tr("DATE")});
    addOption({QStringLiteral("resume-on"), tr("The day it should resume (YYYY-MM-DD)."), tr("DATE")});
}

int SuspendCommand::checkOptions(const QCommandLineParser& parser)
{
    m_suspension = Suspension();
    m_suspension.engagementId = engagementId();
    m_suspension.reason = parser.value(QStringLiteral("reason")).trimmed();
    if (!parser.isSet(QStringLiteral("ground")) || m_suspension.reason.isEmpty()) {
        err() << tr("'suspend' needs --ground GROUND (%1) and --reason TEXT.").arg(idsOf<SuspensionGround>())
              << Qt::endl;
        return ExitUsage;
    }
    const std::optional<SuspensionGround> ground = fromId<SuspensionGround>(parser.value(QStringLiteral("ground")));
    if (!ground) {
        err() << tr("Unknown ground '%1'. Use one of: %2.")
                     .arg(parser.value(QStringLiteral("ground")), idsOf<SuspensionGround>())
              << Qt::endl;
        return ExitUsage;
    }
    m_suspension.ground = *ground;
    m_today = QDate::currentDate();
    if (!dayOption(parser,
                   QStringLiteral("at"),
                   tr("the first day of the suspension"),
                   m_today,
                   m_today,
                   &m_suspension.suspendedOn) ||
        !dayOption(
            parser, QStringLiteral("resume-on"), tr("the day it should resume"), {}, {}, &m_suspension.resumeOn)) {
        return ExitUsage;
    }
    return ExitOk;
}

int SuspendCommand::executeWithVault(Vault& vault, const QCommandLineParser& /*parser*/)
{
    Records records(vault);
    RecordError error;
    const bool suspended = Suspensions::suspend(records, m_suspension, m_today, &error);
    noteAuditHead(vault);
    if (!suspended) {
        return reportNothingRecorded(vault, error.message);
    }
    // Said only once the vault says so.
    const std::optional<Suspension> stored = records.compliance().suspension(m_suspension.id, &error);
    if (!stored || *stored != m_suspension) {
        return reportFailure(vault, tr("The suspension was saved but does not read back."));
    }
    out() << (stored->resumeOn.isValid() ? tr("Engagement %1 is suspended from %2 (%3), to resume on %4.")
                                               .arg(QString::number(stored->engagementId),
                                                    stored->suspendedOn.toString(Qt::ISODate),
                                                    displayName(stored->ground).toLower(),
                                                    stored->resumeOn.toString(Qt::ISODate))
                                         : tr("Engagement %1 is suspended from %2 (%3).")
                                               .arg(QString::number(stored->engagementId),
                                                    stored->suspendedOn.toString(Qt::ISODate),
                                                    displayName(stored->ground).toLower()))
          << Qt::endl;
    return ExitOk;
}

ResumeCommand::ResumeCommand()
    : VaultCommand(QStringLiteral("resume"),
                   tr("Resume a suspended engagement."),
                   tr("The engagement's id (see 'list FILE engagements')."))
{
    addOption({QStringLiteral("at"), tr("The day it resumed (YYYY-MM-DD; default: today)."), tr("DATE")});
}

int ResumeCommand::checkOptions(const QCommandLineParser& parser)
{
    m_today = QDate::currentDate();
    m_on = QDate();
    if (!dayOption(parser, QStringLiteral("at"), tr("the day it resumed"), m_today, m_today, &m_on)) {
        return ExitUsage;
    }
    return ExitOk;
}

int ResumeCommand::executeWithVault(Vault& vault, const QCommandLineParser& /*parser*/)
{
    Records records(vault);
    RecordError error;
    const bool resumed = Suspensions::resume(records, engagementId(), m_on, m_today, &error);
    noteAuditHead(vault);
    if (!resumed) {
        return reportNothingRecorded(vault, error.message);
    }
    if (Suspensions::on(records, engagementId(), m_on, &error)) {
        return reportFailure(vault, tr("The engagement was resumed but does not read back so."));
    }
    out() << tr("Engagement %1 resumed on %2.").arg(QString::number(engagementId()), m_on.toString(Qt::ISODate))
          << Qt::endl;
    return ExitOk;
}

} // namespace mandaat::cli
