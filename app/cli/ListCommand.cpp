#include "ListCommand.h"

#include "CliIo.h"
#include "domain/DisplayNames.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/Records.h"

#include <algorithm>

namespace mandaat::cli {

namespace {

template <typename T>
void sortById(QList<T>& values)
{
    std::sort(values.begin(), values.end(), [](const T& a, const T& b) { return a.id < b.id; });
}

// One record per line, fields separated by tabs, ids first and in order: scripts and tests
// compare the output. Stored ids ("active", "outplacement") rather than translated names.
void printRow(const QStringList& fields)
{
    QStringList shown;
    for (const QString& field : fields) {
        shown << printable(field); // a name's tab, newline or ESC cannot forge a line or drive the terminal
    }
    out() << shown.join(QLatin1Char('\t')) << QLatin1Char('\n');
}

QString date(QDate day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QStringLiteral("-");
}

/// What `list` lists, as its WHAT argument names it.
QStringList listable()
{
    return {QStringLiteral("clients"),
            QStringLiteral("principals"),
            QStringLiteral("engagements"),
            QStringLiteral("complaints")};
}

} // namespace

ListCommand::ListCommand()
    : VaultCommand(QStringLiteral("list"),
                   tr("List a vault's clients, principals, engagements or complaints, with their ids."))
{
    addPositional(QStringLiteral("what"),
                  tr("clients, principals, engagements or complaints."),
                  QStringLiteral("clients|principals|engagements|complaints"));
}

int ListCommand::checkOptions(const QCommandLineParser& parser)
{
    m_what = parser.positionalArguments().at(2);
    const QStringList kinds = listable();
    if (!kinds.contains(m_what)) {
        err() << tr("'%1' cannot be listed; choose one of: %2.").arg(m_what, kinds.join(QStringLiteral(", ")))
              << Qt::endl;
        return ExitUsage;
    }
    return ExitOk;
}

Vault::Access ListCommand::access(const QCommandLineParser& /*parser*/) const
{
    return Vault::Access::ReadOnly;
}

int ListCommand::executeWithVault(Vault& vault, const QCommandLineParser& /*parser*/)
{
    const QStringList kinds = listable();
    Records records(vault);
    RecordError error;
    if (m_what == kinds.at(0)) {
        QList<Client> clients = records.clients().clients({}, &error);
        sortById(clients);
        for (const Client& client : clients) {
            printRow({QString::number(client.id), toId(client.kind), client.name});
        }
    } else if (m_what == kinds.at(1)) {
        QList<Principal> principals = records.principals().principals({}, &error);
        sortById(principals);
        for (const Principal& principal : principals) {
            printRow({QString::number(principal.id), principal.organisation, principal.contactName});
        }
    } else if (m_what == kinds.at(2)) {
        QList<Engagement> engagements = records.engagements().engagements({}, &error);
        sortById(engagements);
        for (const Engagement& engagement : engagements) {
            printRow({QString::number(engagement.id),
                      toId(engagement.status),
                      toId(engagement.kind),
                      QString::number(engagement.clientId),
                      engagement.title});
        }
    } else {
        QList<Complaint> complaints = records.compliance().complaints(false, &error);
        sortById(complaints);
        for (const Complaint& complaint : complaints) {
            printRow({QString::number(complaint.id),
                      QString::number(complaint.engagementId),
                      toId(complaint.status),
                      date(complaint.receivedOn),
                      date(complaint.dueOn()),
                      date(complaint.acknowledgedOn),
                      complaint.summary.section(QLatin1Char('\n'), 0, 0)});
        }
    }
    out().flush();
    if (error.kind != RecordError::Kind::None) {
        return reportFailure(vault, error.message);
    }
    return ExitOk;
}

} // namespace mandaat::cli
