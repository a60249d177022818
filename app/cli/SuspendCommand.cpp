#include "SuspendCommand.h"

#include "CliIo.h"
#include "SharedSettings.h"
#include "domain/DisplayNames.h"
#include "lifecycle/Suspensions.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/Records.h"

namespace mandaat::cli {

SuspendCommand::SuspendCommand()
    : Command(QStringLiteral("suspend"),
              tr("Suspend an active engagement while a conflict of interest is worked through or while you or the "
                 "client cannot go on for now; no session is held while it lasts."))
{
    addPositional(QStringLiteral("file"), tr("The vault file."));
    addPositional(QStringLiteral("engagement"), tr("The engagement's id (see 'list FILE engagements')."));
    addOption(PassphraseSource::stdinOption());
    addOption({QStringLiteral("ground"), tr("Why, in a word: %1.").arg(idsOf<SuspensionGround>()), tr("GROUND")});
    addOption({QStringLiteral("reason"), tr("Why, in words."), tr("TEXT")});
    addOption({QStringLiteral("at"), tr("The first day of the suspension (YYYY-MM-DD; default: today)."), tr("DATE")});
    addOption({QStringLiteral("resume-on"), tr("The day it should resume (YYYY-MM-DD)."), tr("DATE")});
}

int SuspendCommand::execute(const QCommandLineParser& parser)
{
    const QString path = parser.positionalArguments().at(1);
    const std::optional<qint64> engagementId = engagementArgument(parser, 2);
    if (!engagementId) {
        return ExitUsage;
    }
    Suspension suspension;
    suspension.engagementId = *engagementId;
    suspension.reason = parser.value(QStringLiteral("reason")).trimmed();
    if (!parser.isSet(QStringLiteral("ground")) || suspension.reason.isEmpty()) {
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
    suspension.ground = *ground;
    const QDate today = QDate::currentDate();
    if (!dayOption(parser,
                   QStringLiteral("at"),
                   tr("the first day of the suspension"),
                   today,
                   today,
                   &suspension.suspendedOn) ||
        !dayOption(parser, QStringLiteral("resume-on"), tr("the day it should resume"), {}, {}, &suspension.resumeOn)) {
        return ExitUsage;
    }

    PassphraseSource source(parser);
    int exitCode = ExitOk;
    const auto vault = openVault(path, source, Vault::Access::ReadWrite, &exitCode);
    if (!vault) {
        return exitCode;
    }
    Records records(*vault);
    RecordError error;
    const bool suspended = Suspensions::suspend(records, suspension, today, &error);
    noteAuditHead(*vault);
    if (!suspended) {
        return reportNothingRecorded(*vault, error.message);
    }
    // Said only once the vault says so.
    const std::optional<Suspension> stored = records.compliance().suspension(suspension.id, &error);
    if (!stored || *stored != suspension) {
        return reportFailure(*vault, tr("The suspension was saved but does not read back."));
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
    : Command(QStringLiteral("resume"), tr("Resume a suspended engagement."))
{
    addPositional(QStringLiteral("file"), tr("The vault file."));
    addPositional(QStringLiteral("engagement"), tr("The engagement's id (see 'list FILE engagements')."));
    addOption(PassphraseSource::stdinOption());
    addOption({QStringLiteral("at"), tr("The day it resumed (YYYY-MM-DD; default: today)."), tr("DATE")});
}

int ResumeCommand::execute(const QCommandLineParser& parser)
{
    const QString path = parser.positionalArguments().at(1);
    const std::optional<qint64> engagementId = engagementArgument(parser, 2);
    if (!engagementId) {
        return ExitUsage;
    }
    const QDate today = QDate::currentDate();
    QDate on;
    if (!dayOption(parser, QStringLiteral("at"), tr("the day it resumed"), today, today, &on)) {
        return ExitUsage;
    }
    PassphraseSource source(parser);
    int exitCode = ExitOk;
    const auto vault = openVault(path, source, Vault::Access::ReadWrite, &exitCode);
    if (!vault) {
        return exitCode;
    }
    Records records(*vault);
    RecordError error;
    const bool resumed = Suspensions::resume(records, *engagementId, on, today, &error);
    noteAuditHead(*vault);
    if (!resumed) {
        return reportNothingRecorded(*vault, error.message);
    }
    if (Suspensions::on(records, *engagementId, on, &error)) {
        return reportFailure(*vault, tr("The engagement was resumed but does not read back so."));
    }
    out() << tr("Engagement %1 resumed on %2.").arg(QString::number(*engagementId), on.toString(Qt::ISODate))
          << Qt::endl;
    return ExitOk;
}

} // namespace mandaat::cli
