#include "ComplianceContextLoader.h"

#include "compliance/CodeCatalogue.h"
#include "repositories/AuditLog.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/Records.h"
#include "repositories/SessionRepository.h"

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
            practice.engagements.append({engagement, clients.value(engagement.clientId)});
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

std::optional<ComplianceContext> ComplianceContextLoader::load(const Engagement& engagement,
                                                               const PracticeSnapshot& practice,
                                                               QDate today,
                                                               RecordError* error) const
{
    RecordError local;
    ComplianceContext context;
    context.today = today;
    context.engagement = engagement;
    const qint64 id = engagement.id;
    bool clientFound = false;
    for (const OtherEngagement& other : practice.engagements) {
        if (other.client.id == engagement.clientId) {
            context.client = other.client;
            clientFound = true;
            break;
        }
    }
    if (!clientFound) {
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
    const ComplianceRecords& records = m_records.compliance();
    context.sessions = m_records.sessions().sessions(id, &local);
    if (!failed(local)) {
        context.evidence = records.evidenceFor(id, {}, &local);
    }
    if (!failed(local)) {
        context.consents = records.consentsFor(id, &local);
    }
    if (!failed(local)) {
        context.reports = records.reportsFor(id, &local);
    }
    if (!failed(local)) {
        context.referrals = records.referralsFor(id, &local);
    }
    if (!failed(local)) {
        context.consultations = records.consultationsFor(id, &local);
    }
    if (!failed(local)) {
        context.complaints = records.complaintsFor(id, &local);
    }
    if (!failed(local)) {
        context.warnings = records.warningsFor(id, &local);
    }
    if (failed(local)) {
        setRecordError(error, local);
        return std::nullopt;
    }
    context.others = practice.engagements;
    context.qualifications = practice.qualifications;
    context.registrations = practice.registrations;
    context.subscriptions = practice.subscriptions;
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
