#pragma once

#include "demo/DemoWords.h"
#include "domain/Client.h"
#include "domain/ComplianceRecord.h"
#include "domain/Engagement.h"
#include "domain/Session.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

/// The demo practice as a plan: every record with its dates, decided before anything is
/// written, so that DemoBuilder can write the practice in the order it happened. Internal to
/// core/demo.
namespace mandaat::demo {

struct PrincipalPlan
{
    QString organisation;
    DemoPerson contact;
    Address address;
    bool recruitmentRole = false; // CMI-3: the consultant also recruits for them
    QDateTime createdAt;
    qint64 id = 0;
    qint64 roleId = 0; // the recruitment role, once stored
};

struct ClientPlan
{
    DemoPerson person; // a system: its contact, the first member
    bool system = false;
    QString systemName;
    QList<ClientMember> members;
    Language language = Language::Dutch;
    QString notes;
    QDateTime createdAt;
    qint64 id = 0;
};

struct SessionPlan
{
    QDateTime startsAt;
    int minutes = 60;
    SessionMode mode = SessionMode::InPerson;
    QString location;
    bool intake = false;
    QString note; // empty: no note
};

struct ComplaintPlan
{
    Party complainant = Party::Client;
    QDate receivedOn;
    QDate acknowledgedOn; // invalid: not acknowledged
    QDate settledOn; // invalid: still open
    QString summary;
    QString outcome;
    qint64 id = 0;
    QString handlingNotes; // written once acknowledged
};

struct EngagementPlan
{
    int client = 0; // index into the clients
    int principal = -1; // index into the principals; -1: none
    EngagementKind kind = EngagementKind::Coaching;
    EngagementStatus status = EngagementStatus::Draft; // the status it ends up in
    std::optional<EndReason> endReason;
    PayerKind payer = PayerKind::Principal;
    QString payerName;
    QString payerReference;
    bool topCivilServant = false;
    QString title;
    QString objectives;
    QString clientExpectations;
    QString principalExpectations;
    EngagementMethod method;
    FeeModel feeModel = FeeModel::Hourly;
    qint64 rateCents = 0;
    std::optional<int> plannedSessions;

    QDateTime createdAt;
    QDate onboardingOn; // invalid when the plan never gets there
    QDate activatedOn;
    QDate endingOn;
    QDate endedOn;
    QList<SessionPlan> sessions; // in order; an intake first when there is one
    ConsentScope consent = ConsentScope::None; // recorded at activation when there is a principal
    QDate reportOn; // a progress report to the principal (CMI-8), or invalid
    QDate warningOn; // CMI-12: a written warning, or invalid
    QDate referralOn; // CMI-11: a referral, or invalid
    QList<ComplaintPlan> complaints;
    qint64 id = 0;
};

struct PracticePlan
{
    QDate today;
    QDateTime practiceStart;
    QList<PrincipalPlan> principals;
    QList<ClientPlan> clients;
    QList<EngagementPlan> engagements;
    QList<QDate> supervisions; // MW-4.3: general supervision, no engagement
};

/// Plans a practice of \a clientCount clients (at least FeaturedClients), all
/// dated before or on \a today.
PracticePlan planPractice(DemoRandom& random, QDate today, int clientCount);

/// The first clients are the same in every demo: the cases the Overview warns about, and one
/// engagement of every kind and every status.
constexpr int FeaturedClients = 8;

} // namespace mandaat::demo
