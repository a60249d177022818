#include "RecordCommand.h"

#include "CliIo.h"
#include "SharedSettings.h"
#include "domain/DisplayNames.h"
#include "lifecycle/Onboarding.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/Records.h"

#include <algorithm>

namespace mandaat::cli {

namespace {

QString topicList()
{
    QStringList topics = Onboarding::topics();
    for (QString& topic : topics) {
        if (topic.endsWith(QLatin1Char('_'))) {
            topic += QStringLiteral("…");
        }
    }
    return topics.join(QStringLiteral(", "));
}

} // namespace

RecordCommand::RecordCommand()
    : VaultCommand(
          QStringLiteral("record"),
          tr("Record what was done in the onboarding, as a ticked box of the wizard does: the code handed over, "
             "the terms explained, a declaration, a disclosure (docs/compliance-evidence.md)."),
          tr("The engagement's id (see 'list FILE engagements')."))
{
    addPositional(QStringLiteral("topic"), tr("What was done: %1.").arg(topicList()));
    addOption({QStringLiteral("party"),
               tr("For whom: %1 (default: client; all_parties for the consultant's declarations); repeat it for "
                  "more.")
                   .arg(idsOf<Party>()),
               tr("PARTY")});
    addOption({QStringLiteral("at"), tr("The day it happened (YYYY-MM-DD; default: today)."), tr("DATE")});
    addOption({QStringLiteral("channel"),
               tr("How: %1 (default: in_person; other for the consultant's declarations).").arg(idsOf<Channel>()),
               tr("CHANNEL")});
    addOption({QStringLiteral("note"),
               tr("A note with the evidence (what was agreed, how a conflict is resolved)."),
               tr("TEXT")});
}

int RecordCommand::checkOptions(const QCommandLineParser& parser)
{
    const QStringList positionals = parser.positionalArguments();
    if (positionals.size() < 4) {
        err() << tr("'record' needs the topic: %1.").arg(topicList()) << Qt::endl;
        return ExitUsage;
    }
    m_topic = positionals.at(3).trimmed();
    if (!Onboarding::isKnownTopic(m_topic)) {
        err() << tr("Unknown topic '%1'. Use one of: %2.").arg(m_topic, topicList()) << Qt::endl;
        return ExitUsage;
    }
    m_parties = QList<Party>();
    for (const QString& name : parser.values(QStringLiteral("party"))) {
        const std::optional<Party> party = fromId<Party>(name);
        if (!party) {
            err() << tr("Unknown party '%1'. Use one of: %2.").arg(name, idsOf<Party>()) << Qt::endl;
            return ExitUsage;
        }
        if (!m_parties.contains(*party)) {
            m_parties.append(*party);
        }
    }
    // A declaration of the consultant's is made to all parties, by no channel (as the wizard).
    const bool declaration = Onboarding::isDeclaration(m_topic);
    if (m_parties.isEmpty()) {
        m_parties.append(declaration ? Party::AllParties : Party::Client);
    }
    m_channel = declaration ? Channel::Other : Channel::InPerson;
    if (parser.isSet(QStringLiteral("channel"))) {
        const std::optional<Channel> chosen = fromId<Channel>(parser.value(QStringLiteral("channel")));
        if (!chosen) {
            err() << tr("Unknown channel '%1'. Use one of: %2.")
                         .arg(parser.value(QStringLiteral("channel")), idsOf<Channel>())
                  << Qt::endl;
            return ExitUsage;
        }
        m_channel = *chosen;
    }
    m_today = QDate::currentDate();
    m_on = QDate();
    if (!dayOption(parser, QStringLiteral("at"), tr("the day it happened"), m_today, m_today, &m_on)) {
        return ExitUsage;
    }
    return ExitOk;
}

int RecordCommand::executeWithVault(Vault& vault, const QCommandLineParser& parser)
{
    Records records(vault);
    QList<Evidence> saved;
    RecordError recordError;
    const bool recorded = records.transaction(
        [&](RecordError* failure) {
            for (const Party party : m_parties) {
                Evidence row;
                row.engagementId = engagementId();
                row.topic = m_topic;
                row.party = party;
                row.occurredOn = m_on;
                row.channel = m_channel;
                row.text = parser.value(QStringLiteral("note")).trimmed();
                if (!Onboarding::record(records, row, m_today, failure)) {
                    return false;
                }
                saved.append(row);
            }
            return true;
        },
        &recordError);
    noteAuditHead(vault);
    if (!recorded) {
        return reportNothingRecorded(vault, recordError.message);
    }
    // Said only once the vault says so.
    const QList<Evidence> stored = records.compliance().evidenceFor(engagementId(), {}, &recordError);
    for (const Evidence& row : saved) {
        const bool found = std::any_of(stored.cbegin(), stored.cend(), [&row](const Evidence& kept) {
            return kept.id == row.id && kept.topic == row.topic && kept.party == row.party;
        });
        if (!found) {
            return reportFailure(vault, tr("The evidence was saved but does not read back."));
        }
        out() << (row.articleId.isEmpty()
                      ? tr("Recorded %1 for the %2 on %3 (no code of the engagement asks for it).")
                            .arg(row.topic, displayName(row.party).toLower(), row.occurredOn.toString(Qt::ISODate))
                      : tr("Recorded %1 for the %2 on %3, under %4.")
                            .arg(row.topic,
                                 displayName(row.party).toLower(),
                                 row.occurredOn.toString(Qt::ISODate),
                                 row.articleId))
              << Qt::endl;
    }
    return ExitOk;
}

} // namespace mandaat::cli
