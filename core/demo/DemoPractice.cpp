#include "DemoPractice.h"

#include "demo/DemoBuilder.h"
#include "demo/DemoPlan.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace mandaat {

namespace {

bool isEmptyVault(const QString& connectionName)
{
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    return query.exec(QStringLiteral("SELECT (SELECT count(*) FROM client) + (SELECT count(*) FROM principal) + "
                                     "(SELECT count(*) FROM engagement)")) &&
        query.next() && query.value(0).toLongLong() == 0;
}

} // namespace

bool DemoPractice::fill(
    const QString& connectionName, const DemoOptions& options, DemoSummary* summary, Error* error, Progress* progress)
{
    auto fail = [error](const QString& message) {
        setError(error, Error::make(Error::Kind::Storage, message));
        return false;
    };
    if (options.clients < DemoOptions::MinimumClients || options.clients > DemoOptions::MaximumClients) {
        return fail(tr("A demo practice has between %1 and %2 clients.")
                        .arg(DemoOptions::MinimumClients)
                        .arg(DemoOptions::MaximumClients));
    }
    if (!isEmptyVault(connectionName)) {
        return fail(tr("The demo practice goes into a new, empty vault; this one already holds records."));
    }
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    DemoRandom random(options.seed);
    demo::PracticePlan plan = demo::planPractice(random, today, options.clients);
    demo::DemoBuilder builder(connectionName, plan);
    if (!builder.build(error, progress)) {
        return false;
    }
    if (summary) {
        summary->principals = static_cast<int>(plan.principals.size());
        summary->clients = static_cast<int>(plan.clients.size());
        summary->engagements = static_cast<int>(plan.engagements.size());
        summary->sessions = builder.sessions();
        summary->notes = builder.notes();
    }
    return true;
}

} // namespace mandaat
