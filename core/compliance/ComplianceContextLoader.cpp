#include "ComplianceContextLoader.h"

#include "compliance/CodeCatalogue.h"
#include "compliance/ConflictCheck.h"
#include "repositories/AuditLog.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/Records.h"
#include "repositories/SessionRepository.h"

#include <algorithm>

namespace mandaat {

namespace {

bool failed(const RecordError& error)
{
    return error.kind != RecordError::Kind::None;
}

} // namespace

ComplianceContextLoader::ComplianceContextLoader(const Records& records, const CodeCatalogue& catalogue)
    : m_records(records)
    , m_catalogue(catalogue)
{ }

std::optional<PracticeSnapshot> ComplianceContextLoader::snapshot(bool checkAuditLog, RecordError* error) const
{
    RecordError local;
    PracticeSnapshot practice;
    practice.qualifications = m_records.practice().qualifications(&local);
    if (!failed(local)) {
        practice.registrations = m_records.practice().registrations(&local);
    }
    if (!failed(local)) {
        practice.subscriptions = m_records.practice().codeSubscriptions(&local);
    }
    if (!failed(local)) {
        practice.tools = m_records.practice().tools(&local);
    }
    if (!failed(local)) {
        practice.profile = m_records.practice().profile(&local);
    }
    QMap<qint64, Client> clients;
    if (!failed(local)) {
        for (const Client& client : m_records.clients().clients({}, &local)) {
            clients.insert(client.id, client);
        }
    }
    if (!failed(local)) {
        for (const Principal& principal : m_records.principals().principals({}, &local)) {
            practice.principals.insert(principal.id, principal);
        }
    }
    if (!failed(local)) {
        for (const Engagement& engagement : m_records.engagements().engagements({}, &local)) {
            const qsizetype position = practice.engagements.size();
            practice.engagements.append({engagement, clients.value(engagement.clientId)});
            practice.byClient[engagement.clientId].append(position);
            for (const QString& person : ConflictCheck::peopleOf(practice.engagements.last().client)) {
                practice.byPerson[person].append(position);
            }
        }
    }
    if (failed(local)) {
        setRecordError(error, local);
        return std::nullopt;
    }
    if (checkAuditLog) {
        practice.auditLogIntact = m_records.audit().verify().intact;
    }
    return practice;
}

std::optional<EngagementRecordSet> ComplianceContextLoader::readRecords(qint64 id, RecordError* error) const
{
    RecordError local;
    EngagementRecordSet set;
    const ComplianceRecords& records = m_records.compliance();
    set.sessions = m_records.sessions().sessions(id, &local);
    if (!failed(local)) {
        set.evidence = records.evidenceFor(id, {}, &local);
    }
    if (!failed(local)) {
        set.consents = records.consentsFor(id, &local);
    }
    if (!failed(local)) {
        set.reports = records.reportsFor(id, &local);
    }
    if (!failed(local)) {
        set.referrals = records.referralsFor(id, &local);
    }
    if (!failed(local)) {
        set.consultations = records.consultationsFor(id, &local);
    }
    if (!failed(local)) {
        set.complaints = records.complaintsFor(id, &local);
    }
    if (!failed(local)) {
        set.warnings = records.warningsFor(id, &local);
    }
    if (!failed(local)) {
        set.suspensions = records.suspensionsFor(id, &local);
    }
    if (!failed(local)) {
        set.toolUses = records.toolUsesFor(id, &local);
    }
    if (failed(local)) {
        setRecordError(error, local);
        return std::nullopt;
    }
    return set;
}

namespace {

// Appends each of \a rows to its engagement's list in \a sets; false when the read failed.
template <typename T>
bool distribute(const QList<T>& rows,
                const RecordError& error,
                QHash<qint64, EngagementRecordSet>& sets,
                QList<T> EngagementRecordSet::*member)
{
    if (failed(error)) {
        return false;
    }
    for (const T& row : rows) {
        (sets[row.engagementId].*member).append(row);
    }
    return true;
}

} // namespace

bool ComplianceContextLoader::readAllRecords(PracticeSnapshot& practice, RecordError* error) const
{
    RecordError local;
    QHash<qint64, EngagementRecordSet> sets;
    const ComplianceRecords& records = m_records.compliance();
    const bool read =
        // The rules read a session's time, mode and intake only (RuleSupport, RunningRules, …).
        distribute(m_records.sessions().allSessionTimes(&local), local, sets, &EngagementRecordSet::sessions) &&
        distribute(records.allOfEngagements<Evidence>(&local), local, sets, &EngagementRecordSet::evidence) &&
        distribute(records.allOfEngagements<Consent>(&local), local, sets, &EngagementRecordSet::consents) &&
        distribute(records.allOfEngagements<PrincipalReport>(&local), local, sets, &EngagementRecordSet::reports) &&
        distribute(records.allOfEngagements<Referral>(&local), local, sets, &EngagementRecordSet::referrals) &&
        distribute(records.allOfEngagements<Consultation>(&local), local, sets, &EngagementRecordSet::consultations) &&
        distribute(records.allOfEngagements<Complaint>(&local), local, sets, &EngagementRecordSet::complaints) &&
        distribute(records.allOfEngagements<WrittenWarning>(&local), local, sets, &EngagementRecordSet::warnings) &&
        distribute(records.allOfEngagements<Suspension>(&local), local, sets, &EngagementRecordSet::suspensions) &&
        distribute(records.allOfEngagements<ToolUse>(&local), local, sets, &EngagementRecordSet::toolUses);
    if (!read) {
        setRecordError(error, local);
        return false;
    }
    practice.records = std::move(sets);
    return true;
}

std::optional<ComplianceContext> ComplianceContextLoader::load(const Engagement& engagement,
                                                               const PracticeSnapshot& practice,
                                                               QDate today,
                                                               RecordError* error) const
{
    std::optional<ComplianceContext> context = shell(engagement, practice, today, error);
    if (!context || !complete(*context, practice, error)) {
        return std::nullopt;
    }
    return context;
}

bool ComplianceContextLoader::complete(ComplianceContext& context,
                                       const PracticeSnapshot& practice,
                                       RecordError* error) const
{
    RecordError local;
    const qint64 id = context.engagement.id;
    std::optional<EngagementRecordSet> own;
    if (practice.records && id > 0) {
        own = practice.records->value(id);
    } else {
        own = readRecords(id, &local);
    }
    if (!own || failed(local)) {
        setRecordError(error, local);
        return false;
    }
    static_cast<EngagementRecordSet&>(context) = *own;
    context.standAsOfToday(); // judged as it stood on the day, never with facts dated after it
    return true;
}

std::optional<ComplianceContext> ComplianceContextLoader::shell(const Engagement& engagement,
                                                                const PracticeSnapshot& practice,
                                                                QDate today,
                                                                RecordError* error) const
{
    RecordError local;
    ComplianceContext context;
    context.today = today;
    context.engagement = engagement;
    const QList<qsizetype> ofClient = practice.byClient.value(engagement.clientId);
    if (!ofClient.isEmpty()) {
        context.client = practice.engagements.at(ofClient.first()).client;
    } else {
        const std::optional<Client> client = m_records.clients().client(engagement.clientId, &local);
        if (!client) {
            setRecordError(error, local);
            return std::nullopt;
        }
        context.client = *client;
    }
    if (engagement.principalId != 0) {
        if (practice.principals.contains(engagement.principalId)) {
            context.principal = practice.principals.value(engagement.principalId);
        } else {
            context.principal = m_records.principals().principal(engagement.principalId, &local);
        }
    }
    context.codeIds = codeIdsFor(engagement, practice.subscriptions, m_catalogue, today);
    if (failed(local)) {
        setRecordError(error, local);
        return std::nullopt;
    }
    // The conflict check (MW-5.2, MW-2.8) compares only engagements of the same client or of
    // a client who stands for one of the same people; looking those up keeps a practice of
    // thousands of engagements from comparing every one with every other.
    QList<qsizetype> related = ofClient;
    for (const QString& person : ConflictCheck::peopleOf(context.client)) {
        related.append(practice.byPerson.value(person));
    }
    std::sort(related.begin(), related.end());
    related.erase(std::unique(related.begin(), related.end()), related.end());
    for (const qsizetype position : std::as_const(related)) {
        context.others.append(practice.engagements.at(position));
    }
    context.qualifications = practice.qualifications;
    context.registrations = practice.registrations;
    context.subscriptions = practice.subscriptions;
    context.tools = practice.tools;
    context.profile = practice.profile;
    context.auditLogIntact = practice.auditLogIntact;
    context.endReason = engagement.endReason;
    return context;
}

QStringList ComplianceContextLoader::codeIdsFor(const Engagement& engagement,
                                                const QList<CodeSubscription>& subscriptions,
                                                const CodeCatalogue& catalogue,
                                                QDate today)
{
    QStringList ids;
    for (const PinnedCode& pinned : engagement.pinnedCodes) {
        ids.append(pinned.codeId);
    }
    if (!ids.isEmpty()) {
        return ids;
    }
    QStringList subscribed;
    for (const CodeSubscription& subscription : subscriptions) {
        subscribed.append(subscription.codeId);
    }
    QDate start = engagement.plannedStart;
    for (const QDate candidate :
         {engagement.activatedOn, engagement.onboardingOn, engagement.createdAt.date(), today}) {
        if (!start.isValid()) {
            start = candidate;
        }
    }
    return catalogue.codesInForce(subscribed, start);
}

} // namespace mandaat
