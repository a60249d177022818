#pragma once

// An engagement whose onboarding is complete, built in memory: every rule is met or out of
// scope. Rule tests take it and break one thing at a time.

#include "compliance/ComplianceContext.h"
#include "compliance/EvidenceTopics.h"

#include <functional>

namespace mandaat::test {

using ContextSetup = std::function<void(ComplianceContext&)>;

inline QDate day(int year, int month, int dayOfMonth)
{
    return QDate(year, month, dayOfMonth);
}

// The baseline's dates: onboarding from 1 March 2026, planned start 16 March.
inline QDate onboardingDay()
{
    return day(2026, 3, 1);
}
inline QDate evidenceDay()
{
    return day(2026, 3, 2);
}
inline QDate plannedStart()
{
    return day(2026, 3, 16);
}
inline QDate beforeStart()
{
    return day(2026, 3, 10);
}
inline QDate afterStart()
{
    return day(2026, 3, 20);
}

inline Evidence evidenceRow(const QString& article, const QString& topic, Party party, QDate on = evidenceDay())
{
    static qint64 nextId = 1000;
    Evidence row;
    row.id = ++nextId;
    row.engagementId = 1;
    row.articleId = article;
    row.topic = topic;
    row.party = party;
    row.occurredOn = on;
    row.channel = Channel::Email;
    row.text = QStringLiteral("Recorded for the test.");
    return row;
}

inline void
addEvidence(ComplianceContext& c, const QString& article, const QString& topic, Party party, QDate on = evidenceDay())
{
    c.evidence.append(evidenceRow(article, topic, party, on));
}

/// Removes the evidence with \a topic (for \a party only, when given).
inline void removeEvidence(ComplianceContext& c, const QString& topic, std::optional<Party> party = std::nullopt)
{
    c.evidence.removeIf([&](const Evidence& row) { return row.topic == topic && (!party || row.party == *party); });
}

inline void withoutPrincipal(ComplianceContext& c)
{
    c.engagement.principalId = 0;
    c.engagement.payerKind = PayerKind::Client;
    c.principal.reset();
}

/// Active since the planned start.
inline void activate(ComplianceContext& c, QDate on = plannedStart())
{
    c.engagement.status = EngagementStatus::Active;
    c.engagement.activatedOn = on;
}

inline Session sessionOn(QDate on, bool intake = false)
{
    static qint64 nextId = 500;
    Session session;
    session.id = ++nextId;
    session.engagementId = 1;
    session.startsAt = QDateTime(on, QTime(10, 0), Qt::UTC);
    session.intake = intake;
    return session;
}

/// A complete onboarding for \a kind, judged at beforeStart(): MW-2020 and CMI-2009 pinned
/// (each applies to its own kinds), every field, evidence and consent in place.
inline ComplianceContext completeContext(EngagementKind kind = EngagementKind::Coaching)
{
    ComplianceContext c;
    c.today = beforeStart();
    Engagement& e = c.engagement;
    e.id = 1;
    e.clientId = 1;
    e.principalId = 1;
    e.kind = kind;
    e.title = QStringLiteral("Loopbaantraject");
    e.objectives = QStringLiteral("A new job within six months");
    e.clientExpectations = QStringLiteral("Clarity about the next step");
    e.principalExpectations = QStringLiteral("A respectful departure");
    e.methods = {
        {1, QStringLiteral("GROW"), QStringLiteral("Goal, reality, options, will"), QStringLiteral("John Whitmore")}};
    e.feeModel = FeeModel::Hourly;
    e.rateCents = 12000;
    e.expensesArrangement = QStringLiteral("Travel at cost");
    e.paymentMethod = PaymentMethod::BankTransfer;
    e.paymentTerms = QStringLiteral("Within 30 days of the invoice");
    e.plannedStart = plannedStart();
    e.plannedEnd = day(2026, 9, 16);
    e.plannedSessions = 8;
    e.followsEarlierAdvice = false;
    e.endOfEmployment = false;
    e.pinnedCodes = {{QStringLiteral("MW-2020"), QStringLiteral("2020")},
                     {QStringLiteral("CMI-2009"), QStringLiteral("002")}};
    e.status = EngagementStatus::Onboarding;
    e.onboardingOn = onboardingDay();

    c.client.id = 1;
    c.client.name = QStringLiteral("Karin Janssens");
    Principal principal;
    principal.id = 1;
    principal.organisation = QStringLiteral("Logistiek NV");
    c.principal = principal;
    c.codeIds = {QStringLiteral("MW-2020"), QStringLiteral("CMI-2009")};

    namespace ev = mandaat::evidence;
    for (const Party party : {Party::Client, Party::Principal}) {
        addEvidence(c, QStringLiteral("MW-2.2"), ev::codeHandedOver(), party);
        addEvidence(c, QStringLiteral("CMI-5"), ev::confirmationAccepted(), party);
        for (const QString& topic : {ev::termsFinance(), ev::termsLogistics(), ev::termsConfidentiality()}) {
            addEvidence(c, QStringLiteral("MW-2.3"), topic, party);
        }
    }
    addEvidence(c, QStringLiteral("CMI-5"), ev::confirmationIssued(), Party::Principal);
    addEvidence(c, QStringLiteral("MW-2.6"), ev::durationAdequate(), Party::Client);
    addEvidence(c, QStringLiteral("MW-2.7"), ev::clientInterestFirst(), Party::Client);
    addEvidence(c, QStringLiteral("CMI-6"), ev::independenceConfirmed(), Party::Client);
    addEvidence(c, QStringLiteral("CMI-10"), ev::freedomToStop(), Party::Client);
    addEvidence(c, QStringLiteral("GDPR-13"), ev::privacyNoticeHandedOver(), Party::Client);
    addEvidence(c, QStringLiteral("MW-4.1"), ev::reportContentAgreed(), Party::Client);
    if (kind == EngagementKind::Evaluation || kind == EngagementKind::Selection) {
        addEvidence(c, QStringLiteral("MW-2.8"), ev::neutralityDeclared(), Party::Client);
    }

    Consent consent;
    consent.id = 1;
    consent.engagementId = 1;
    consent.scope = ConsentScope::ProgressOnly;
    consent.givenOn = evidenceDay();
    c.consents = {consent};

    PracticeQualification certificate;
    certificate.id = 1;
    certificate.kind = QualificationKind::Certification;
    certificate.title = QStringLiteral("EMCC Senior Practitioner");
    certificate.issuer = QStringLiteral("EMCC");
    certificate.issuedOn = day(2024, 1, 1);
    certificate.expiresOn = day(2027, 1, 1);
    c.qualifications = {certificate};
    PracticeRegistration registration;
    registration.id = 1;
    registration.body = QStringLiteral("Noloc");
    registration.registerNumber = QStringLiteral("RL-1234");
    registration.validFrom = day(2020, 1, 1);
    c.registrations = {registration};
    c.subscriptions = {{1, QStringLiteral("MW-2020"), QStringLiteral("2020"), day(2020, 9, 1), 0},
                       {2, QStringLiteral("CMI-2009"), QStringLiteral("002"), day(2015, 1, 1), 0}};
    return c;
}

} // namespace mandaat::test
