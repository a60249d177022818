// planPractice(): who the demo practice's clients and principals are, and what happened
// when. Every date counts back from today; the random generator is the only other input.

#include "demo/DemoPlan.h"
#include "demo/DemoTexts.h"

#include <algorithm>

namespace mandaat::demo {

namespace {

QDateTime at(QDate day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), Qt::UTC);
}

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

class Planner
{
public:
    Planner(DemoRandom& random, QDate today)
        : m_random(random)
        , m_today(today)
    { }

    PracticePlan plan(int clientCount);

private:
    int addPrincipal(const QString& organisation, bool dutch, bool recruitmentRole);
    int addPerson(const DemoPerson& person, const QString& notes = {});
    EngagementPlan newEngagement(int client, EngagementKind kind, EngagementStatus status);
    void chooseParties(EngagementPlan& plan, bool dutch);
    void setFee(EngagementPlan& plan);
    /// Dates and sessions of an engagement that was activated: regular sessions every
    /// \a gap days, the last on \a lastSession; an intake before activation.
    void scheduleActive(EngagementPlan& plan, int regularSessions, int gap, QDate lastSession);
    /// Dates of an engagement that ends at \a endedOn (or is ending, when invalid).
    void scheduleEnded(EngagementPlan& plan, int regularSessions, int gap, QDate endedOn);
    void scheduleNotStarted(EngagementPlan& plan, QDate endedOn);
    SessionPlan session(const EngagementPlan& plan, QDate day, bool intake, NotePhase phase);
    void finish(const EngagementPlan& plan);
    void featured();
    void randomClient(bool dutch);

    DemoRandom& m_random;
    QDate m_today;
    PracticePlan m_plan;
};

int Planner::addPrincipal(const QString& organisation, bool dutch, bool recruitmentRole)
{
    PrincipalPlan principal;
    principal.organisation = organisation;
    principal.contact = person(m_random, dutch);
    principal.address = addressFor(m_random, dutch);
    principal.recruitmentRole = recruitmentRole;
    m_plan.principals.append(principal);
    return static_cast<int>(m_plan.principals.size()) - 1;
}

int Planner::addPerson(const DemoPerson& person, const QString& notes)
{
    ClientPlan client;
    client.person = person;
    client.language = person.dutch || !m_random.chance(8) ? Language::Dutch : Language::English;
    client.notes = notes;
    m_plan.clients.append(client);
    return static_cast<int>(m_plan.clients.size()) - 1;
}

EngagementPlan Planner::newEngagement(int client, EngagementKind kind, EngagementStatus status)
{
    EngagementPlan plan;
    plan.client = client;
    plan.kind = kind;
    plan.status = status;
    const ClientPlan& owner = m_plan.clients.at(client);
    const QString firstName = owner.system ? owner.systemName : owner.person.firstName;
    plan.title = engagementTitle(m_random, kind, firstName);
    plan.objectives = objectives(m_random, kind);
    plan.clientExpectations = clientExpectations(m_random);
    plan.method = method(m_random, kind);
    return plan;
}

void Planner::chooseParties(EngagementPlan& plan, bool dutch)
{
    const int principals = static_cast<int>(m_plan.principals.size());
    auto anyPrincipal = [&] { return m_random.below(principals); };
    switch (plan.kind) {
    case EngagementKind::Outplacement:
    case EngagementKind::Evaluation:
    case EngagementKind::Selection:
        plan.principal = anyPrincipal();
        break;
    case EngagementKind::Coaching:
        plan.principal = m_random.chance(70) ? anyPrincipal() : -1;
        break;
    case EngagementKind::CareerGuidance:
        if (!dutch && m_random.chance(60)) {
            // The Flemish career voucher pays most career guidance.
            plan.payer = PayerKind::Scheme;
            plan.payerName = QStringLiteral("Loopbaancheque VDAB");
            plan.payerReference = QStringLiteral("LC-%1").arg(m_random.between(1000000, 9999999));
        }
        break;
    case EngagementKind::CareerCoaching:
        if (m_random.chance(40)) {
            plan.principal = anyPrincipal();
        } else if (dutch && m_random.chance(30)) {
            plan.payer = PayerKind::ThirdParty;
            plan.payerName = QStringLiteral("Sectorfonds Transport en Logistiek");
        }
        break;
    case EngagementKind::Supervision:
        break;
    }
    if (plan.principal >= 0) {
        plan.payer = PayerKind::Principal;
        plan.principalExpectations = principalExpectations(m_random);
        const int roll = m_random.below(100);
        plan.consent = roll < 60 ? ConsentScope::ProgressOnly
            : roll < 85          ? ConsentScope::ListedReports
                                 : ConsentScope::None;
    } else if (plan.payer == PayerKind::Principal) {
        plan.payer = PayerKind::Client;
    }
}

void Planner::setFee(EngagementPlan& plan)
{
    switch (plan.kind) {
    case EngagementKind::Outplacement:
    case EngagementKind::Evaluation:
        plan.feeModel = FeeModel::Fixed;
        plan.rateCents = m_random.between(15, 45) * 10000;
        break;
    case EngagementKind::Selection:
        plan.feeModel = FeeModel::Daily;
        plan.rateCents = m_random.between(90, 120) * 1000;
        break;
    case EngagementKind::CareerGuidance:
    case EngagementKind::Supervision:
        plan.feeModel = FeeModel::PerSession;
        plan.rateCents = m_random.between(80, 120) * 100;
        break;
    case EngagementKind::Coaching:
    case EngagementKind::CareerCoaching:
        plan.feeModel = FeeModel::Hourly;
        plan.rateCents = m_random.between(95, 145) * 100;
        break;
    }
}

SessionPlan Planner::session(const EngagementPlan& plan, QDate day, bool intake, NotePhase phase)
{
    const ClientPlan& client = m_plan.clients.at(plan.client);
    SessionPlan value;
    value.startsAt = at(day, m_random.between(7, 15), m_random.chance(50) ? 30 : 0);
    value.intake = intake;
    value.minutes = intake ? 90 : (m_random.chance(80) ? 60 : 90);
    const int mode = m_random.below(10);
    value.mode = mode < 6 ? SessionMode::InPerson : mode < 9 ? SessionMode::Video : SessionMode::Phone;
    if (value.mode == SessionMode::InPerson) {
        value.location = plan.principal >= 0 && m_random.chance(30) ? m_plan.principals.at(plan.principal).organisation
                                                                    : QStringLiteral("Praktijk, Gent");
    }
    if (m_random.chance(93) || intake) {
        const QString firstName = client.system ? client.systemName : client.person.firstName;
        value.note = sessionNote(m_random, plan.kind, phase, firstName);
    }
    return value;
}

void Planner::scheduleActive(EngagementPlan& plan, int regularSessions, int gap, QDate lastSession)
{
    QList<QDate> days;
    QDate day = lastSession;
    for (int i = 0; i < regularSessions; ++i) {
        days.prepend(day);
        day = day.addDays(-gap - m_random.between(0, gap / 3));
    }
    const QDate first = days.isEmpty() ? lastSession : days.constFirst();
    plan.activatedOn = first.addDays(-m_random.between(1, 7));
    const QDate intakeOn = plan.activatedOn.addDays(-m_random.between(2, 14));
    plan.onboardingOn = intakeOn.addDays(-m_random.between(0, 7));
    plan.createdAt = at(plan.onboardingOn.addDays(-m_random.between(1, 10)), 8, m_random.between(0, 59));
    plan.sessions.append(session(plan, intakeOn, true, NotePhase::Intake));
    const bool closes = plan.endReason == EndReason::Completed;
    for (int i = 0; i < days.size(); ++i) {
        const bool last = i == days.size() - 1;
        plan.sessions.append(session(plan, days.at(i), false, last && closes ? NotePhase::Closing : NotePhase::Middle));
    }
    if (plan.consent != ConsentScope::None && days.size() >= 4) {
        plan.reportOn = days.at(days.size() / 2).addDays(1);
    }
    plan.plannedSessions = regularSessions + 1 + m_random.between(0, 4);
}

void Planner::scheduleEnded(EngagementPlan& plan, int regularSessions, int gap, QDate endedOn)
{
    plan.endedOn = endedOn;
    plan.endingOn =
        endedOn.isValid() ? endedOn.addDays(-m_random.between(0, 14)) : m_today.addDays(-m_random.between(0, 10));
    scheduleActive(plan, regularSessions, gap, plan.endingOn.addDays(-m_random.between(0, 5)));
}

void Planner::scheduleNotStarted(EngagementPlan& plan, QDate endedOn)
{
    plan.endedOn = endedOn;
    plan.onboardingOn = endedOn.addDays(-m_random.between(3, 30));
    plan.createdAt = at(plan.onboardingOn.addDays(-m_random.between(1, 7)), 9, m_random.between(0, 59));
}

void Planner::finish(const EngagementPlan& plan)
{
    m_plan.engagements.append(plan);
}

PracticePlan Planner::plan(int clientCount)
{
    m_plan.today = m_today;
    featured();
    const int extraPrincipals = std::max(2, clientCount / 12);
    for (int i = 0; i < extraPrincipals; ++i) {
        const bool dutch = m_random.chance(40);
        addPrincipal(organisation(m_random, dutch), dutch, m_random.chance(20));
    }
    for (int i = FeaturedClients; i < clientCount; ++i) {
        randomClient(m_random.chance(40));
    }
    // Clients exist from a little before their first engagement; principals from a little
    // before their first engagement too, or from the practice's start.
    QDateTime earliest = at(m_today, 0);
    for (const EngagementPlan& engagement : std::as_const(m_plan.engagements)) {
        ClientPlan& client = m_plan.clients[engagement.client];
        const QDateTime before = engagement.createdAt.addSecs(-3600 * m_random.between(1, 24 * 14));
        if (!client.createdAt.isValid() || before < client.createdAt) {
            client.createdAt = before;
        }
        if (engagement.principal >= 0) {
            PrincipalPlan& principal = m_plan.principals[engagement.principal];
            const QDateTime known = before.addDays(-m_random.between(0, 30));
            if (!principal.createdAt.isValid() || known < principal.createdAt) {
                principal.createdAt = known;
            }
        }
        earliest = std::min(earliest, before.addDays(-31));
    }
    m_plan.practiceStart = QDateTime(earliest.date(), QTime(8, 0), Qt::UTC);
    for (PrincipalPlan& principal : m_plan.principals) {
        if (!principal.createdAt.isValid()) {
            principal.createdAt = m_plan.practiceStart.addDays(m_random.between(1, 30));
        }
    }
    const QDate firstSupervision = std::max(m_today.addYears(-2), m_plan.practiceStart.date());
    for (QDate day = m_today.addDays(-20); day > firstSupervision; day = day.addDays(-91)) {
        m_plan.supervisions.prepend(day);
    }
    return m_plan;
}

void Planner::featured()
{
    const int verstraete = addPrincipal(QStringLiteral("Transport Verstraete NV"), false, true);
    const int zorggroep = addPrincipal(QStringLiteral("Zorggroep Zuiderkempen vzw"), false, false);
    const int agentschap = addPrincipal(QStringLiteral("Vlaams Agentschap voor Talent"), false, false);
    const int noord = addPrincipal(QStringLiteral("Logistiek Noord B.V."), true, false);

    // 1. CMI-10: active, but no session for more than five months.
    const int zoe = addPerson({text("Zoë"), QStringLiteral("Van den Broeck"), false},
                              text("Cliënt via VDAB; vraagt loopbaanbegeleiding rond heroriëntatie."));
    EngagementPlan plan = newEngagement(zoe, EngagementKind::CareerGuidance, EngagementStatus::Active);
    chooseParties(plan, false);
    plan.payer = PayerKind::Scheme;
    plan.payerName = QStringLiteral("Loopbaancheque VDAB");
    plan.payerReference = QStringLiteral("LC-4815162");
    plan.title = QStringLiteral("Loopbaanbegeleiding Zoë");
    setFee(plan);
    scheduleActive(plan, 5, 14, m_today.addDays(-160));
    plan.sessions[0].note =
        text("Intake met Zoë. De cliënt wil loopbaanbegeleiding: na tien jaar in de boekhouding zoekt ze werk met "
             "meer contact met mensen.");
    plan.sessions[3].note = text("Geëvalueerd: de eerste opdrachten zijn af. Zoë overweegt een opleiding tot "
                                 "loopbaancoach en wil daarover met een loopbaancoach uit het werkveld praten.");
    finish(plan);

    // 2. CMI-17: a complaint received three days ago, not yet acknowledged.
    const int karin = addPerson({QStringLiteral("Karin"), QStringLiteral("Dekker"), true});
    plan = newEngagement(karin, EngagementKind::Outplacement, EngagementStatus::Active);
    plan.principal = noord;
    plan.principalExpectations = QStringLiteral("Begeleiding naar ander werk na de reorganisatie.");
    plan.consent = ConsentScope::ProgressOnly;
    setFee(plan);
    scheduleActive(plan, 7, 14, m_today.addDays(-6));
    plan.complaints.append({Party::Client,
                            m_today.addDays(-3),
                            {},
                            {},
                            text("Karin vindt dat de voortgangsmelding aan de werkgever meer vertelde dan "
                                 "afgesproken."),
                            {},
                            0,
                            {}});
    finish(plan);

    // 3. CMI-17: a complaint older than four weeks, acknowledged but not settled; ending.
    const int jeroen = addPerson({QStringLiteral("Jeroen"), QStringLiteral("Maes"), false});
    plan = newEngagement(jeroen, EngagementKind::Coaching, EngagementStatus::Ending);
    plan.principal = zorggroep;
    plan.principalExpectations = principalExpectations(m_random);
    plan.consent = ConsentScope::ListedReports;
    setFee(plan);
    scheduleEnded(plan, 9, 14, {});
    plan.complaints.append({Party::Client,
                            m_today.addDays(-40),
                            m_today.addDays(-37),
                            {},
                            text("Klacht over een gemiste afspraak en de aangerekende annuleringskosten."),
                            {},
                            0,
                            text("Ontvangst per e-mail bevestigd. Agenda en sms-herinnering nagekeken: de "
                                 "afspraak stond er, de herinnering is niet verstuurd. Voorstel: de kosten "
                                 "kwijtschelden; wacht op antwoord van Jeroen.")});
    finish(plan);

    // 4. MW-1: a client system (a team) with its members, each with a consent (CMI-8).
    ClientPlan team;
    team.system = true;
    team.systemName = QStringLiteral("Team Planning");
    team.notes = QStringLiteral("Planningsteam van Transport Verstraete NV.");
    for (int i = 0; i < 3; ++i) {
        const DemoPerson member = person(m_random, false);
        team.members.append({0,
                             member.fullName(),
                             i == 0 ? QStringLiteral("teamleider") : memberRole(m_random),
                             emailFor(member, QStringLiteral("verstraete.example"))});
    }
    team.person = {team.members.constFirst().name.section(QLatin1Char(' '), 0, 0), {}, false};
    m_plan.clients.append(team);
    plan =
        newEngagement(static_cast<int>(m_plan.clients.size()) - 1, EngagementKind::Coaching, EngagementStatus::Active);
    plan.title = QStringLiteral("Teamcoaching Team Planning");
    plan.principal = verstraete;
    plan.principalExpectations = QStringLiteral("Betere samenwerking en minder overuren in de planning.");
    plan.consent = ConsentScope::ProgressOnly;
    setFee(plan);
    scheduleActive(plan, 5, 21, m_today.addDays(-12));
    finish(plan);

    // 5. MW-2.8 and MW-5.3: an evaluation of a top civil servant, declined for a conflict.
    const int lotte = addPerson({QStringLiteral("Lotte"), QStringLiteral("Goossens"), false});
    plan = newEngagement(lotte, EngagementKind::Evaluation, EngagementStatus::Ended);
    plan.principal = agentschap;
    plan.topCivilServant = true;
    plan.title = QStringLiteral("Evaluatie kandidaat-leidend ambtenaar");
    plan.endReason = EndReason::ConflictOfInterest;
    setFee(plan);
    scheduleNotStarted(plan, m_today.addDays(-84));
    finish(plan);

    // 6. CMI-12 and CMI-11: ended for obstruction after a written warning, with a referral;
    //    and a complaint that was settled.
    const int thijs = addPerson({QStringLiteral("Thijs"), QStringLiteral("de Groot"), true});
    plan = newEngagement(thijs, EngagementKind::CareerCoaching, EngagementStatus::Ended);
    plan.payer = PayerKind::Client;
    plan.endReason = EndReason::EarlyObstruction;
    setFee(plan);
    scheduleEnded(plan, 8, 10, m_today.addDays(-40));
    plan.warningOn = plan.endingOn.addDays(-30);
    plan.referralOn = plan.endingOn.addDays(-2);
    plan.complaints.append({Party::Client,
                            m_today.addDays(-100),
                            m_today.addDays(-98),
                            m_today.addDays(-80),
                            text("Thijs vond de factuur voor een geannuleerde sessie onterecht."),
                            text("Excuses aangeboden en de sessie kosteloos ingehaald."),
                            0,
                            text("Gebeld met Thijs; de annulering kwam binnen de termijn, maar de "
                                 "factuur ging toch uit. Factuur gecrediteerd.")});
    finish(plan);

    // 7. A draft, and 8. an engagement in onboarding.
    const int chloe = addPerson({text("Chloë"), QStringLiteral("Willems"), false});
    plan = newEngagement(chloe, EngagementKind::Supervision, EngagementStatus::Draft);
    plan.payer = PayerKind::Client;
    setFee(plan);
    plan.createdAt = at(m_today.addDays(-2), 10, 15);
    finish(plan);

    const int bram = addPerson({QStringLiteral("Bram"), QStringLiteral("Aerts"), false});
    plan = newEngagement(bram, EngagementKind::Selection, EngagementStatus::Onboarding);
    plan.principal = zorggroep;
    plan.principalExpectations = QStringLiteral("Een shortlist van drie kandidaten voor het afdelingshoofd.");
    setFee(plan);
    plan.onboardingOn = m_today.addDays(-4);
    plan.createdAt = at(m_today.addDays(-6), 11, 0);
    finish(plan);
}

void Planner::randomClient(bool dutch)
{
    const DemoPerson who = person(m_random, dutch);
    const int client = addPerson(who);
    const int roll = m_random.below(100);
    const int count = roll < 70 ? 1 : roll < 95 ? 2 : 3;
    // Earlier engagements of a returning client have ended; the last one may be anywhere.
    QDate endBefore = m_today;
    QList<EngagementPlan> engagements;
    for (int i = count - 1; i >= 0; --i) {
        const bool latest = i == count - 1;
        static const EngagementKind dutchKinds[] = {EngagementKind::CareerGuidance,
                                                    EngagementKind::CareerCoaching,
                                                    EngagementKind::CareerCoaching,
                                                    EngagementKind::Outplacement,
                                                    EngagementKind::Outplacement,
                                                    EngagementKind::Coaching,
                                                    EngagementKind::Selection};
        static const EngagementKind flemishKinds[] = {EngagementKind::CareerGuidance,
                                                      EngagementKind::CareerGuidance,
                                                      EngagementKind::Coaching,
                                                      EngagementKind::Coaching,
                                                      EngagementKind::Outplacement,
                                                      EngagementKind::Evaluation,
                                                      EngagementKind::Selection,
                                                      EngagementKind::Supervision};
        const EngagementKind kind = dutch ? m_random.pick(dutchKinds) : m_random.pick(flemishKinds);
        EngagementStatus status = EngagementStatus::Ended;
        if (latest) {
            const int pick = m_random.below(100);
            status = pick < 40 ? EngagementStatus::Ended
                : pick < 75    ? EngagementStatus::Active
                : pick < 81    ? EngagementStatus::Ending
                : pick < 91    ? EngagementStatus::Onboarding
                               : EngagementStatus::Draft;
        }
        EngagementPlan plan = newEngagement(client, kind, status);
        chooseParties(plan, dutch);
        setFee(plan);
        const int gap = m_random.between(7, 21);
        switch (status) {
        case EngagementStatus::Draft:
            plan.createdAt = at(m_today.addDays(-m_random.between(0, 30)), 9, m_random.between(0, 59));
            break;
        case EngagementStatus::Onboarding:
            plan.onboardingOn = m_today.addDays(-m_random.between(0, 25));
            plan.createdAt = at(plan.onboardingOn.addDays(-m_random.between(1, 7)), 9, m_random.between(0, 59));
            if (m_random.chance(60) && plan.onboardingOn < m_today) {
                plan.sessions.append(
                    session(plan,
                            plan.onboardingOn.addDays(m_random.between(1, plan.onboardingOn.daysTo(m_today))),
                            true,
                            NotePhase::Intake));
            }
            break;
        case EngagementStatus::Active:
            scheduleActive(plan, m_random.between(4, 32), gap, m_today.addDays(-m_random.between(1, 14)));
            break;
        case EngagementStatus::Ending:
            scheduleEnded(plan, m_random.between(8, 24), gap, {});
            break;
        case EngagementStatus::Ended: {
            const QDate endedOn = endBefore.addDays(-m_random.between(latest ? 5 : 60, latest ? 900 : 500));
            const int reason = m_random.below(100);
            if (reason < 6) {
                plan.endReason = m_random.chance(50) ? EndReason::Declined : EndReason::ClientStopped;
                scheduleNotStarted(plan, endedOn);
                break;
            }
            plan.endReason = reason < 80 ? EndReason::Completed
                : reason < 88            ? EndReason::ClientStopped
                : reason < 93            ? EndReason::EarlyNotFeasible
                : reason < 97            ? EndReason::Interruption
                              : (plan.principal >= 0 ? EndReason::PrincipalStopped : EndReason::ClientStopped);
            const bool early = plan.endReason != EndReason::Completed;
            scheduleEnded(plan, early ? m_random.between(2, 8) : m_random.between(7, 32), gap, endedOn);
            if (m_random.chance(1)) {
                const QDate received = plan.endingOn.addDays(-m_random.between(5, 40));
                plan.complaints.append({Party::Client,
                                        received,
                                        received.addDays(m_random.between(1, 5)),
                                        received.addDays(m_random.between(6, 27)),
                                        text("Ontevreden over de planning van de sessies."),
                                        text("Besproken; de planning is aangepast en de cliënt is tevreden."),
                                        0,
                                        text("Gesprek over de planning; vaste dag en uur afgesproken.")});
            }
            break;
        }
        }
        endBefore = plan.createdAt.date().addDays(-m_random.between(10, 120));
        engagements.prepend(plan);
    }
    for (const EngagementPlan& plan : std::as_const(engagements)) {
        finish(plan);
    }
}

} // namespace

PracticePlan planPractice(DemoRandom& random, QDate today, int clientCount)
{
    return Planner(random, today).plan(std::max(clientCount, FeaturedClients));
}

} // namespace mandaat::demo
