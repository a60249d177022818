#include "DisclosureCommand.h"

#include "CliIo.h"
#include "SharedSettings.h"
#include "domain/DisplayNames.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/Records.h"

namespace mandaat::cli {

DisclosureCommand::DisclosureCommand()
    : VaultCommand(QStringLiteral("disclosure"),
                   tr("Record confidential information passed on under an exception to confidentiality agreed in "
                      "advance: to whom, on which ground, what, and whether the client was told."),
                   tr("The engagement's id (see 'list FILE engagements')."))
{
    addOption(
        {QStringLiteral("to"), tr("To whom the information went (an authority, a court, a person)."), tr("NAME")});
    addOption({QStringLiteral("ground"),
               tr("The exception it falls under: %1.").arg(idsOf<DisclosureGround>()),
               tr("GROUND")});
    addOption({QStringLiteral("what"), tr("What was disclosed."), tr("TEXT")});
    addOption({QStringLiteral("at"), tr("The day of the disclosure (YYYY-MM-DD; default: today)."), tr("DATE")});
    addOption({QStringLiteral("client-told"), tr("The day the client was told of it (YYYY-MM-DD)."), tr("DATE")});
    addOption({QStringLiteral("not-told-why"), tr("Why the client was not told (without --client-told)."), tr("TEXT")});
}

int DisclosureCommand::checkOptions(const QCommandLineParser& parser)
{
    m_disclosure = Disclosure();
    m_disclosure.engagementId = engagementId();
    m_disclosure.disclosedTo = parser.value(QStringLiteral("to")).trimmed();
    m_disclosure.what = parser.value(QStringLiteral("what")).trimmed();
    m_disclosure.notToldWhy = parser.value(QStringLiteral("not-told-why")).trimmed();
    if (m_disclosure.disclosedTo.isEmpty() || m_disclosure.what.isEmpty() || !parser.isSet(QStringLiteral("ground"))) {
        err()
            << tr("'disclosure' needs --to NAME, --ground GROUND (%1) and --what TEXT.").arg(idsOf<DisclosureGround>())
            << Qt::endl;
        return ExitUsage;
    }
    const std::optional<DisclosureGround> ground = fromId<DisclosureGround>(parser.value(QStringLiteral("ground")));
    if (!ground) {
        err() << tr("Unknown ground '%1'. Use one of: %2.")
                     .arg(parser.value(QStringLiteral("ground")), idsOf<DisclosureGround>())
              << Qt::endl;
        return ExitUsage;
    }
    m_disclosure.ground = *ground;
    const QDate today = QDate::currentDate();
    if (!dayOption(
            parser, QStringLiteral("at"), tr("the day of the disclosure"), today, today, &m_disclosure.disclosedOn) ||
        !dayOption(parser,
                   QStringLiteral("client-told"),
                   tr("the day the client was told"),
                   {},
                   today,
                   &m_disclosure.clientToldOn)) {
        return ExitUsage;
    }
    return ExitOk;
}

int DisclosureCommand::executeWithVault(Vault& vault, const QCommandLineParser& /*parser*/)
{
    Records records(vault);
    RecordError error;
    const bool saved = records.compliance().save(m_disclosure, &error);
    noteAuditHead(vault);
    if (!saved) {
        return reportNothingRecorded(vault, error.message);
    }
    // Said only once the vault says so.
    const std::optional<Disclosure> stored = records.compliance().disclosure(m_disclosure.id, &error);
    if (!stored || *stored != m_disclosure) {
        return reportFailure(vault, tr("The disclosure was saved but does not read back."));
    }
    out() << tr("Recorded disclosure %1 of %2 to %3 (%4).")
                 .arg(QString::number(stored->id),
                      stored->disclosedOn.toString(Qt::ISODate),
                      stored->disclosedTo,
                      displayName(stored->ground).toLower())
          << Qt::endl;
    out() << (stored->clientToldOn.isValid()
                  ? tr("The client was told on %1.").arg(stored->clientToldOn.toString(Qt::ISODate))
                  : tr("The client was not told."))
          << Qt::endl;
    return ExitOk;
}

} // namespace mandaat::cli
