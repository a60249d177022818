#pragma once

#include "demo/DemoPlan.h"
#include "demo/DemoSessionWriter.h"
#include "repositories/AuditLog.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/RecordStore.h"
#include "util/Error.h"
#include "util/Progress.h"

#include <QList>
#include <QString>

namespace mandaat::demo {

/// Writes a PracticePlan the way the practice would have been recorded: every event in the
/// order it happened, with the repositories' clock set to the event's time, so that ids,
/// timestamps and the audit chain read as a real history. Sessions and notes go through
/// DemoSessionWriter; everything else through the repositories. One transaction. Internal to
/// core/demo.
class DemoBuilder
{
public:
    DemoBuilder(const QString& connectionName, PracticePlan& plan);

    /// \a progress hears the events written of all of them; one transaction that runs to its end.
    bool build(Error* error, Progress* progress = nullptr);

    int sessions() const { return m_sessions; }
    int notes() const { return m_notes; }

private:
    enum class EventKind {
        Principal,
        Client,
        Create,
        Onboard,
        Activate,
        Session,
        Record, // reports, warnings, referrals, complaints and their steps, supervision
        Ending,
        End,
    };
    struct Event
    {
        QDateTime at;
        EventKind kind;
        int target; // the principal, client or engagement
        int index; // the session, or which complaint or supervision
        int record; // for EventKind::Record: a Record
        int order; // ties: in the order planned
    };
    enum Record { Report, Warning, Referral, Received, Acknowledged, Settled, Supervision };

    QList<Event> events() const;
    bool run(const Event& event);
    bool addPractice();
    bool addPrincipal(PrincipalPlan& plan);
    bool addClient(ClientPlan& plan);
    bool createEngagement(EngagementPlan& plan);
    bool activate(EngagementPlan& plan);
    bool addSession(EngagementPlan& plan, int index);
    bool addRecord(EngagementPlan* plan, int record, int index);
    bool addComplaint(EngagementPlan& plan, int index, int step);
    bool move(EngagementPlan& plan, EngagementStatus to, QDate on);
    /// Records evidence on \a topic, filed under the article of the plan's codes that asks for it.
    bool evidence(
        const EngagementPlan& plan, const QString& topic, Party party, QDate on, Channel channel, const QString& text);
    bool failed(const QString& what);

    PracticePlan& m_plan;
    RecordStore m_store;
    AuditLog m_audit;
    PracticeRepository m_practice;
    PrincipalRepository m_principals;
    ClientRepository m_clients;
    EngagementRepository m_engagements;
    ComplianceRecords m_compliance;
    DemoSessionWriter m_writer;
    QDateTime m_now;
    RecordError m_error;
    QString m_failure;
    QList<EngagementStatus> m_status; // per engagement, as the vault has it now
    QList<qint64> m_consents; // per engagement, the consent a report relies on
    int m_sessions = 0;
    int m_notes = 0;
};

} // namespace mandaat::demo
