#include "RetentionCommand.h"

#include "CliIo.h"
#include "SharedSettings.h"
#include "exchange/AuditHeads.h"
#include "repositories/Records.h"
#include "retention/RetentionService.h"

namespace mandaat::cli {

RetentionCommand::RetentionCommand()
    : VaultCommand(QStringLiteral("retention"),
                   tr("List the engagements past a retention date, or destroy what one of them is due to lose."))
{
    addOption({QStringLiteral("at"), tr("The date to judge by (default: today)."), tr("YYYY-MM-DD")});
    addOption({QStringLiteral("destroy"), tr("Show what destroying this engagement's due records deletes."), tr("ID")});
    addOption({QStringLiteral("yes"), tr("With --destroy: destroy it. This cannot be undone.")});
    addOption({QStringLiteral("reason"), tr("With --destroy: the reason kept in the tombstone."), tr("TEXT")});
}

int RetentionCommand::checkOptions(const QCommandLineParser& parser)
{
    m_at = QDate();
    if (!dayOption(parser, QStringLiteral("at"), tr("a date"), QDate::currentDate(), {}, &m_at)) {
        return ExitUsage;
    }
    bool validId = true;
    m_destroying = parser.isSet(QStringLiteral("destroy"));
    m_destroyId = m_destroying ? parser.value(QStringLiteral("destroy")).toLongLong(&validId) : 0;
    if (!validId || (m_destroying && m_destroyId <= 0)) {
        err() << tr("--destroy needs an engagement id.") << Qt::endl;
        return ExitUsage;
    }
    m_confirmed = m_destroying && parser.isSet(QStringLiteral("yes"));
    return ExitOk;
}

Vault::Access RetentionCommand::access(const QCommandLineParser& /*parser*/) const
{
    return m_confirmed ? Vault::Access::ReadWrite : Vault::Access::ReadOnly;
}

int RetentionCommand::executeWithVault(Vault& vault, const QCommandLineParser& parser)
{
    Records records(vault);
    RetentionService retention(vault, records);
    RecordError error;
    if (!m_destroying) {
        const QList<RetentionDue> due = retention.due(m_at, &error);
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
            out() << tr("Nothing is past its retention date on %1.").arg(m_at.toString(Qt::ISODate)) << Qt::endl;
        }
        return ExitOk;
    }
    const auto plan = retention.plan(m_destroyId, m_at, &error);
    if (!plan) {
        err() << error.message << Qt::endl;
        return ExitError;
    }
    out() << tr("Engagement %1 (%2): destroying").arg(m_destroyId).arg(printable(plan->engagementTitle));
    for (const DestructionScope scope : plan->scopes) {
        out() << QLatin1Char(' ')
              << (scope == DestructionScope::Dossier ? tr("the dossier") : tr("the financial records"));
    }
    out() << Qt::endl;
    for (const QString& line : plan->summary()) {
        out() << QStringLiteral("  ") << line << Qt::endl;
    }
    if (!m_confirmed) {
        out() << tr("Nothing was destroyed. Run again with --yes to destroy this; it cannot be undone.") << Qt::endl;
        return ExitOk;
    }
    if (!retention.destroy(*plan, parser.value(QStringLiteral("reason")), &error)) {
        err() << error.message << Qt::endl;
        return ExitError;
    }
    const auto settings = sharedSettings();
    AuditHeads::noteSeen(*settings, vault.saltHex(), AuditVerifier(vault.database()).head());
    out() << tr("Destroyed. A tombstone and an audit entry record it.") << Qt::endl;
    return ExitOk;
}

} // namespace mandaat::cli
