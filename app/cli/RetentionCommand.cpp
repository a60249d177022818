#include "RetentionCommand.h"

#include "CliIo.h"
#include "SharedSettings.h"
#include "exchange/AuditHeads.h"
#include "repositories/Records.h"
#include "retention/RetentionService.h"

namespace mandaat::cli {

RetentionCommand::RetentionCommand()
    : Command(QStringLiteral("retention"),
              tr("List the engagements past a retention date, or destroy what one of them is due to lose."))
{
    addPositional(QStringLiteral("file"), tr("The vault file."));
    addOption(PassphraseSource::stdinOption());
    addOption({QStringLiteral("at"), tr("The date to judge by (default: today)."), tr("YYYY-MM-DD")});
    addOption({QStringLiteral("destroy"), tr("Show what destroying this engagement's due records deletes."), tr("ID")});
    addOption({QStringLiteral("yes"), tr("With --destroy: destroy it. This cannot be undone.")});
    addOption({QStringLiteral("reason"), tr("With --destroy: the reason kept in the tombstone."), tr("TEXT")});
}

int RetentionCommand::execute(const QCommandLineParser& parser)
{
    const QString path = parser.positionalArguments().at(1);
    QDate at;
    if (!dayOption(parser, QStringLiteral("at"), tr("a date"), QDate::currentDate(), {}, &at)) {
        return ExitUsage;
    }
    bool validId = true;
    const bool destroying = parser.isSet(QStringLiteral("destroy"));
    const qint64 engagementId = destroying ? parser.value(QStringLiteral("destroy")).toLongLong(&validId) : 0;
    if (!validId || (destroying && engagementId <= 0)) {
        err() << tr("--destroy needs an engagement id.") << Qt::endl;
        return ExitUsage;
    }
    const bool confirmed = destroying && parser.isSet(QStringLiteral("yes"));
    PassphraseSource source(parser);
    int exitCode = ExitOk;
    const auto vault =
        openVault(path, source, confirmed ? Vault::Access::ReadWrite : Vault::Access::ReadOnly, &exitCode);
    if (!vault) {
        return exitCode;
    }
    Records records(*vault);
    RetentionService retention(*vault, records);
    RecordError error;
    if (!destroying) {
        const QList<RetentionDue> due = retention.due(at, &error);
        if (error.kind != RecordError::Kind::None) {
            err() << error.message << Qt::endl;
            return ExitError;
        }
        for (const RetentionDue& item : due) {
            out() << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                         .arg(item.engagementId)
                         .arg(item.dossierDue ? tr("dossier due (kept until %1)")
                                                    .arg(item.dossierRetentionUntil.toString(Qt::ISODate))
                                              : QStringLiteral("-"),
                              item.financialDue ? tr("financial records due (kept until %1)")
                                                      .arg(item.financialRetentionUntil.toString(Qt::ISODate))
                                                : QStringLiteral("-"),
                              printable(item.title),
                              tr("client %1").arg(item.clientId))
                  << Qt::endl;
        }
        if (due.isEmpty()) {
            out() << tr("Nothing is past its retention date on %1.").arg(at.toString(Qt::ISODate)) << Qt::endl;
        }
        return ExitOk;
    }
    const auto plan = retention.plan(engagementId, at, &error);
    if (!plan) {
        err() << error.message << Qt::endl;
        return ExitError;
    }
    out() << tr("Engagement %1 (%2): destroying").arg(engagementId).arg(printable(plan->engagementTitle));
    for (const DestructionScope scope : plan->scopes) {
        out() << QLatin1Char(' ')
              << (scope == DestructionScope::Dossier ? tr("the dossier") : tr("the financial records"));
    }
    out() << Qt::endl;
    for (const QString& line : plan->summary()) {
        out() << QStringLiteral("  ") << line << Qt::endl;
    }
    if (!confirmed) {
        out() << tr("Nothing was destroyed. Run again with --yes to destroy this; it cannot be undone.") << Qt::endl;
        return ExitOk;
    }
    if (!retention.destroy(*plan, parser.value(QStringLiteral("reason")), &error)) {
        err() << error.message << Qt::endl;
        return ExitError;
    }
    const auto settings = sharedSettings();
    AuditHeads::noteSeen(*settings, vault->saltHex(), AuditVerifier(vault->database()).head());
    out() << tr("Destroyed. A tombstone and an audit entry record it.") << Qt::endl;
    return ExitOk;
}

} // namespace mandaat::cli
