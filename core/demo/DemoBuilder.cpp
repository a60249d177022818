#include "DemoBuilder.h"

#include "compliance/CodeCatalogue.h"
#include "compliance/EvidenceFiling.h"
#include "compliance/EvidenceTopics.h"
#include "compliance/RuleRegistry.h"
#include "domain/Phrase.h"
#include "search/SearchIndex.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

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

bool isMwKind(EngagementKind kind)
{
    return kind == EngagementKind::Coaching || kind == EngagementKind::Evaluation ||
        kind == EngagementKind::Selection || kind == EngagementKind::Supervision;
}

/// The code versions a demo engagement of \a kind is pinned to: Mens(en)werk for its kinds,
/// CMI for the career kinds, and the privacy law.
QStringList pinnedCodeIds(EngagementKind kind)
{
    return {isMwKind(kind) ? QStringLiteral("MW-2020") : QStringLiteral("CMI-2009"), QStringLiteral("GDPR-2016")};
}

QString endNote(const EngagementPlan& plan)
{
    switch (plan.endReason.value_or(EndReason::Completed)) {
    case EndReason::Completed:
        return QStringLiteral("Traject afgerond met een eindgesprek.");
    case EndReason::ConflictOfInterest:
        return QStringLiteral("De kandidaat werd drie jaar geleden door mij gecoacht. Opdracht "
                              "teruggegeven; een collega voorgesteld.");
    case EndReason::EarlyObstruction:
        return QStringLiteral("Na de schriftelijke waarschuwing bleven afspraken uit; traject beëindigd en "
                              "doorverwezen.");
    case EndReason::Interruption:
        return QStringLiteral("Meer dan zes maanden geen sessie; het traject is van rechtswege beëindigd.");
    default:
        return {};
    }
}

} // namespace

DemoBuilder::DemoBuilder(const QString& connectionName, PracticePlan& plan)
    : m_plan(plan)
    , m_store(connectionName)
    , m_audit(m_store)
    , m_practice(m_store)
    , m_principals(m_store)
    , m_clients(m_store)
    , m_engagements(m_store, m_audit, m_practice)
    , m_compliance(m_store, m_audit)
    , m_writer(m_store.database())
{
    m_store.setClock([this] { return m_now; });
}

bool DemoBuilder::failed(const QString& what)
{
    m_failure = QCoreApplication::translate("DemoPractice", "The demo could not write %1: %2")
                    .arg(what, m_failure.isEmpty() ? m_error.message : m_failure);
    return false;
}

QList<DemoBuilder::Event> DemoBuilder::events() const
{
    QList<Event> list;
    int order = 0;
    auto add = [&](const QDateTime& when, EventKind kind, int target, int index = 0, int record = 0) {
        list.append({when, kind, target, index, record, order++});
    };
    for (int i = 0; i < m_plan.principals.size(); ++i) {
        add(m_plan.principals.at(i).createdAt, EventKind::Principal, i);
    }
    for (int i = 0; i < m_plan.clients.size(); ++i) {
        add(m_plan.clients.at(i).createdAt, EventKind::Client, i);
    }
    for (int i = 0; i < m_plan.engagements.size(); ++i) {
        const EngagementPlan& plan = m_plan.engagements.at(i);
        add(plan.createdAt, EventKind::Create, i);
        if (plan.onboardingOn.isValid()) {
            add(at(plan.onboardingOn, 7), EventKind::Onboard, i);
        }
        if (plan.activatedOn.isValid()) {
            add(at(plan.activatedOn, 7), EventKind::Activate, i);
        }
        for (int s = 0; s < plan.sessions.size(); ++s) {
            add(plan.sessions.at(s).startsAt, EventKind::Session, i, s);
        }
        if (plan.reportOn.isValid()) {
            add(at(plan.reportOn, 12), EventKind::Record, i, 0, Report);
        }
        if (plan.warningOn.isValid()) {
            add(at(plan.warningOn, 12), EventKind::Record, i, 0, Warning);
        }
        if (plan.referralOn.isValid()) {
            add(at(plan.referralOn, 12), EventKind::Record, i, 0, Referral);
        }
        for (int c = 0; c < plan.complaints.size(); ++c) {
            const ComplaintPlan& complaint = plan.complaints.at(c);
            add(at(complaint.receivedOn, 10), EventKind::Record, i, c, Received);
            if (complaint.acknowledgedOn.isValid()) {
                add(at(complaint.acknowledgedOn, 10), EventKind::Record, i, c, Acknowledged);
            }
            if (complaint.settledOn.isValid()) {
                add(at(complaint.settledOn, 10), EventKind::Record, i, c, Settled);
            }
        }
        if (plan.endingOn.isValid()) {
            add(at(plan.endingOn, 17), EventKind::Ending, i);
        }
        if (plan.endedOn.isValid()) {
            add(at(plan.endedOn, 17), EventKind::End, i);
        }
    }
    for (int i = 0; i < m_plan.supervisions.size(); ++i) {
        add(at(m_plan.supervisions.at(i), 13), EventKind::Record, -1, i, Supervision);
    }
    std::stable_sort(list.begin(), list.end(), [](const Event& a, const Event& b) {
        if (a.at != b.at) {
            return a.at < b.at;
        }
        return a.kind < b.kind;
    });
    return list;
}

bool DemoBuilder::build(Error* error, Progress* progress)
{
    m_status = QList<EngagementStatus>(m_plan.engagements.size(), EngagementStatus::Draft);
    m_consents = QList<qint64>(m_plan.engagements.size(), 0);
    m_now = m_plan.practiceStart;
    // The whole practice is one transaction of some 100 MB: with SQLite's default 8 MB page
    // cache, pages spill to the file and are read back, each time through SQLCipher's
    // encryption. A cache that holds the transaction writes every page once, at commit.
    QSqlQuery pragma(m_store.database());
    pragma.exec(QStringLiteral("PRAGMA cache_size"));
    const QVariant previousCacheSize = pragma.next() ? pragma.value(0) : QVariant(-2000);
    pragma.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    Transaction transaction(m_store, &m_error);
    // The note index is built once at the end rather than by its trigger for each of some
    // 100,000 notes: a statement that fires a trigger keeps a statement journal, and SQLCipher
    // encrypts every page that goes into it, which tripled the time. The trigger comes back
    // as the schema has it, in the same transaction.
    QSqlQuery schema(m_store.database());
    schema.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'note_fts_ai'"));
    const QString noteTrigger = schema.next() ? schema.value(0).toString() : QString();
    bool ok = transaction.isOpen() && !noteTrigger.isEmpty() &&
        schema.exec(QStringLiteral("DROP TRIGGER note_fts_ai")) && addPractice();
    if (transaction.isOpen() && !ok && m_failure.isEmpty() && m_error.message.isEmpty()) {
        m_failure =
            noteTrigger.isEmpty() ? QStringLiteral("the schema has no trigger note_fts_ai") : schema.lastError().text();
    }
    if (ok) {
        const QList<Event> list = events();
        qint64 done = 0;
        for (const Event& event : list) {
            m_now = event.at;
            if (!run(event)) {
                ok = false;
                break;
            }
            reportProgress(progress, ++done, list.size());
        }
    }
    Error indexError;
    if (ok && (!schema.exec(noteTrigger) || !SearchIndex::rebuildNotes(m_store.database(), &indexError))) {
        m_failure = indexError.isError() ? indexError.message : schema.lastError().text();
        ok = failed(QCoreApplication::translate("DemoPractice", "the search index"));
    }
    // The sessions and notes written in bulk (DemoSessionWriter) get their audit entries here.
    if (ok && !m_audit.recordUnrecorded(Phrase::store("audit.why.demo"), &m_error)) {
        ok = failed(QCoreApplication::translate("DemoPractice", "the audit log"));
    }
    if (ok && !transaction.commit(&m_error)) {
        ok = failed(QCoreApplication::translate("DemoPractice", "the practice"));
    }
    pragma.exec(QStringLiteral("PRAGMA cache_size = %1").arg(previousCacheSize.toLongLong()));
    if (!ok && error) {
        setError(error, Error::make(Error::Kind::Storage, m_failure.isEmpty() ? m_error.message : m_failure));
    }
    return ok;
}

bool DemoBuilder::run(const Event& event)
{
    switch (event.kind) {
    case EventKind::Principal:
        return addPrincipal(m_plan.principals[event.target]);
    case EventKind::Client:
        return addClient(m_plan.clients[event.target]);
    case EventKind::Create:
        return createEngagement(m_plan.engagements[event.target]);
    case EventKind::Onboard: {
        EngagementPlan& plan = m_plan.engagements[event.target];
        return move(plan, EngagementStatus::Onboarding, plan.onboardingOn);
    }
    case EventKind::Activate:
        return activate(m_plan.engagements[event.target]);
    case EventKind::Session:
        return addSession(m_plan.engagements[event.target], event.index);
    case EventKind::Record:
        return addRecord(event.target >= 0 ? &m_plan.engagements[event.target] : nullptr, event.record, event.index);
    case EventKind::Ending: {
        EngagementPlan& plan = m_plan.engagements[event.target];
        return move(plan, EngagementStatus::Ending, plan.endingOn);
    }
    case EventKind::End: {
        EngagementPlan& plan = m_plan.engagements[event.target];
        return move(plan, EngagementStatus::Ended, plan.endedOn);
    }
    }
    return false;
}

bool DemoBuilder::addPractice()
{
    const QDate start = m_plan.practiceStart.date();
    PracticeProfile profile;
    profile.consultantName = QStringLiteral("Griet Vandenberghe");
    profile.tradeName = QStringLiteral("Loopbaanpraktijk De Wegwijzer");
    profile.address = {
        QStringLiteral("Lindenlaan 12"), QStringLiteral("9000"), QStringLiteral("Gent"), QStringLiteral("BE")};
    profile.email = QStringLiteral("griet@dewegwijzer.example");
    profile.phone = QStringLiteral("+32 9 123 45 67");
    profile.vatNumber = QStringLiteral("BE0123.456.749");
    profile.companyNumber = QStringLiteral("0123.456.749");
    profile.iban = QStringLiteral("BE68 5390 0754 7034");
    profile.complaintsProcedure = text("Een klacht kan mondeling of schriftelijk. U krijgt binnen een week een "
                                       "schriftelijke ontvangstbevestiging; binnen vier weken volgt een antwoord.");
    profile.complaintsBody = QStringLiteral("Klachtencommissie van de beroepsvereniging");
    if (!m_practice.saveProfile(profile, &m_error)) {
        return failed(QCoreApplication::translate("DemoPractice", "the practice profile"));
    }
    PracticeRegistration registration{
        0, RegistrationKind::Registration, QStringLiteral("Noloc"), QStringLiteral("NL-12345"), start, {}};
    PracticeRegistration membership{0, RegistrationKind::Membership, QStringLiteral("Mens(en)werk vzw"), {}, start, {}};
    // MW-3.1: one certification expires in 45 days, as the Overview shows.
    PracticeQualification certificate{0,
                                      QualificationKind::Certification,
                                      QStringLiteral("Gecertificeerd loopbaanprofessional"),
                                      QStringLiteral("Noloc"),
                                      start.addDays(30),
                                      m_plan.today.addDays(45),
                                      0};
    PracticeQualification degree{0,
                                 QualificationKind::Qualification,
                                 QStringLiteral("Master in de psychologie"),
                                 QStringLiteral("Universiteit Gent"),
                                 start.addYears(-12),
                                 {},
                                 0};
    CodeSubscription mw{0, QStringLiteral("MW-2020"), QStringLiteral("2020"), start, 0};
    CodeSubscription cmi{0, QStringLiteral("CMI-2009"), QStringLiteral("002"), start, 0};
    if (!m_practice.saveRegistration(registration, &m_error) || !m_practice.saveRegistration(membership, &m_error) ||
        !m_practice.saveQualification(certificate, &m_error) || !m_practice.saveQualification(degree, &m_error) ||
        !m_practice.saveCodeSubscription(mw, &m_error) || !m_practice.saveCodeSubscription(cmi, &m_error)) {
        return failed(QCoreApplication::translate("DemoPractice", "the practice profile"));
    }
    return true;
}

bool DemoBuilder::addPrincipal(PrincipalPlan& plan)
{
    Principal principal;
    principal.organisation = plan.organisation;
    principal.contactName = plan.contact.fullName();
    principal.address = plan.address;
    principal.email = emailFor(
        plan.contact, plan.contact.dutch ? QStringLiteral("bedrijf.example.nl") : QStringLiteral("bedrijf.example.be"));
    if (plan.recruitmentRole) {
        // CMI-3: the client is told that the consultant also recruits for this principal.
        principal.roles.append({0, PrincipalRoleKind::RecruitmentSelection, {}, plan.createdAt.date(), {}});
    }
    if (!m_principals.save(principal, &m_error)) {
        return failed(plan.organisation);
    }
    plan.id = principal.id;
    plan.roleId = principal.roles.isEmpty() ? 0 : principal.roles.constFirst().id;
    return true;
}

bool DemoBuilder::addClient(ClientPlan& plan)
{
    Client client;
    client.kind = plan.system ? ClientKind::System : ClientKind::Person;
    client.name = plan.system ? plan.systemName : plan.person.fullName();
    client.language = plan.language;
    client.notes = plan.notes;
    client.members = plan.members;
    if (!plan.system) {
        DemoRandom random(static_cast<quint64>(plan.createdAt.toSecsSinceEpoch()));
        client.email = emailFor(plan.person);
        client.phone = phoneFor(random, plan.person.dutch);
        client.address = addressFor(random, plan.person.dutch);
    }
    if (!m_clients.save(client, &m_error)) {
        return failed(client.name);
    }
    plan.id = client.id;
    plan.members = client.members; // with their ids, for consents
    return true;
}

bool DemoBuilder::createEngagement(EngagementPlan& plan)
{
    Engagement engagement;
    engagement.clientId = m_plan.clients.at(plan.client).id;
    engagement.principalId = plan.principal >= 0 ? m_plan.principals.at(plan.principal).id : 0;
    engagement.payerKind = plan.payer;
    engagement.payerName = plan.payerName;
    engagement.payerReference = plan.payerReference;
    engagement.kind = plan.kind;
    engagement.topCivilServant = plan.topCivilServant;
    engagement.title = plan.title;
    engagement.objectives = plan.objectives;
    engagement.clientExpectations = plan.clientExpectations;
    engagement.principalExpectations = plan.principalExpectations;
    engagement.methods = {plan.method};
    engagement.feeModel = plan.feeModel;
    engagement.rateCents = plan.rateCents;
    engagement.paymentMethod = PaymentMethod::BankTransfer;
    engagement.paymentTerms = QStringLiteral("30 dagen na factuurdatum");
    engagement.plannedSessions = plan.plannedSessions;
    // Every CMI-5 element is there, so that the demo's confirmations can be issued.
    engagement.plannedStart = plan.activatedOn.isValid() ? plan.activatedOn
        : plan.onboardingOn.isValid()                    ? plan.onboardingOn.addDays(14)
                                                         : plan.createdAt.date().addDays(21);
    engagement.plannedEnd = engagement.plannedStart.addDays(14 * plan.plannedSessions.value_or(6));
    engagement.expensesArrangement = plan.plannedSessions.value_or(0) % 2 == 0
        ? QStringLiteral("Reiskosten worden niet apart aangerekend.")
        : QStringLiteral("Reiskosten buiten de eigen gemeente: \u20ac 0,25 per km.");
    engagement.followsEarlierAdvice = false;
    engagement.endOfEmployment = plan.kind == EngagementKind::Outplacement;
    engagement.letterLanguage = m_plan.clients.at(plan.client).language;
    const bool mw = isMwKind(plan.kind);
    const QStringList codes = pinnedCodeIds(plan.kind);
    engagement.pinnedCodes = {{codes.at(0), mw ? QStringLiteral("2020") : QStringLiteral("002")},
                              {codes.at(1), QStringLiteral("2016/679")}};
    if (!m_engagements.save(engagement, &m_error)) {
        return failed(plan.title);
    }
    plan.id = engagement.id;
    return true;
}

bool DemoBuilder::move(EngagementPlan& plan, EngagementStatus to, QDate on)
{
    const QString note = to == EngagementStatus::Ended ? endNote(plan) : QString();
    if (!m_engagements.transition(plan.id, to, on, plan.endReason, note, &m_error)) {
        return failed(plan.title);
    }
    m_status[static_cast<int>(&plan - m_plan.engagements.data())] = to;
    return true;
}

bool DemoBuilder::evidence(
    const EngagementPlan& plan, const QString& topic, Party party, QDate on, Channel channel, const QString& text)
{
    // The article is the catalogue's (EvidenceFiling), looked up once per code, kind and topic.
    static thread_local QHash<QString, QString> articles;
    const QString kind = toId(plan.kind);
    const QString key = kind + QLatin1Char('/') + topic;
    auto found = articles.constFind(key);
    if (found == articles.constEnd()) {
        const QStringList asking = EvidenceFiling::articlesAsking(
            CodeCatalogue::builtIn(), RuleRegistry::builtIn(), pinnedCodeIds(plan.kind), kind, topic);
        found = articles.insert(key, asking.value(0));
    }
    Evidence record;
    record.engagementId = plan.id;
    record.articleId = *found;
    record.topic = topic;
    record.party = party;
    record.occurredOn = on;
    record.channel = channel;
    record.text = text;
    return m_compliance.save(record, &m_error) || failed(plan.title);
}

bool DemoBuilder::activate(EngagementPlan& plan)
{
    if (!move(plan, EngagementStatus::Active, plan.activatedOn)) {
        return false;
    }
    const QDate first = plan.sessions.isEmpty() ? plan.onboardingOn : plan.sessions.constFirst().startsAt.date();
    const bool hasPrincipal = plan.principal >= 0;
    // The onboarding evidence the rules look for (docs/compliance-evidence.md), so that a demo
    // engagement that was activated reads as compliant; the open cases are the deliberate ones.
    QList<Party> parties{Party::Client};
    if (hasPrincipal) {
        parties << Party::Principal;
    }
    const QDate onboarding = plan.onboardingOn;
    const QDate signedOn = plan.activatedOn;
    bool ok = evidence(plan,
                       evidence::privacyNoticeHandedOver(),
                       Party::Client,
                       onboarding,
                       Channel::Email,
                       text("Privacyverklaring per e-mail bezorgd."));
    ok = ok &&
        evidence(plan,
                 evidence::confirmationIssued(),
                 Party::AllParties,
                 onboarding,
                 Channel::Letter,
                 text("Opdrachtbevestiging opgemaakt en verstuurd."));
    for (const Party party : std::as_const(parties)) {
        ok = ok &&
            evidence(plan,
                     evidence::confirmationAccepted(),
                     party,
                     signedOn,
                     Channel::Letter,
                     text("Ondertekende opdrachtbevestiging ontvangen."));
    }
    if (isMwKind(plan.kind)) {
        for (const Party party : std::as_const(parties)) {
            ok = ok &&
                evidence(plan,
                         evidence::codeHandedOver(),
                         party,
                         onboarding,
                         Channel::Email,
                         text("Gedragscode Mens(en)werk per e-mail bezorgd."));
            for (const QString& topic :
                 {evidence::termsFinance(), evidence::termsLogistics(), evidence::termsConfidentiality()}) {
                ok = ok &&
                    evidence(
                         plan, topic, party, first, Channel::InPerson, text("Toegelicht tijdens de intake; begrepen."));
            }
        }
        ok = ok &&
            evidence(plan,
                     evidence::durationAdequate(),
                     Party::AllParties,
                     onboarding,
                     Channel::InPerson,
                     text("Duur en aantal sessies volstaan voor de doelen.")) &&
            evidence(plan,
                     evidence::clientInterestFirst(),
                     Party::AllParties,
                     onboarding,
                     Channel::Other,
                     text("Het belang van de cliënt staat voorop.")) &&
            (!plan.topCivilServant ||
             evidence(plan,
                      evidence::neutralityDeclared(),
                      Party::AllParties,
                      onboarding,
                      Channel::Letter,
                      text("Neutraliteitsverklaring ondertekend."))) &&
            ((plan.kind != EngagementKind::Evaluation && plan.kind != EngagementKind::Selection) ||
             evidence(plan,
                      evidence::reportContentAgreed(),
                      Party::Client,
                      onboarding,
                      Channel::InPerson,
                      text("Inhoud van het verslag aan de opdrachtgever afgesproken.")));
    } else {
        ok = ok &&
            evidence(plan,
                     evidence::freedomToStop(),
                     Party::Client,
                     first,
                     Channel::InPerson,
                     text("Verteld dat de cliënt het traject op elk moment kan stoppen.")) &&
            evidence(plan,
                     evidence::independenceConfirmed(),
                     Party::AllParties,
                     onboarding,
                     Channel::Other,
                     text("Onafhankelijkheid bevestigd.")) &&
            (!hasPrincipal || m_plan.principals.at(plan.principal).roleId == 0 ||
             evidence(plan,
                      evidence::otherRolePrefix() + QString::number(m_plan.principals.at(plan.principal).roleId),
                      Party::Client,
                      onboarding,
                      Channel::InPerson,
                      text("Verteld dat de consultant ook werft en selecteert voor deze opdrachtgever.")));
        if (plan.kind == EngagementKind::Outplacement) {
            for (const Party party : std::as_const(parties)) {
                ok = ok &&
                    evidence(plan,
                             evidence::endOfEmploymentDisclosed(),
                             party,
                             onboarding,
                             Channel::InPerson,
                             text("Meegedeeld dat het traject deel is van de beëindigingsregeling."));
            }
        }
    }
    if (!ok || !hasPrincipal) {
        return ok;
    }
    // CMI-8: what may go to the principal; for a client system, each member's own consent.
    const ClientPlan& client = m_plan.clients.at(plan.client);
    QList<qint64> members = {0};
    if (client.system) {
        members.clear();
        for (const ClientMember& member : client.members) {
            members.append(member.id);
        }
    }
    for (const qint64 member : std::as_const(members)) {
        Consent consent;
        consent.engagementId = plan.id;
        consent.memberId = member;
        consent.scope = plan.consent;
        if (plan.consent == ConsentScope::ListedReports) {
            consent.listedReports = {text("Voortgangsmelding na drie sessies"), text("Eindrapport")};
        }
        consent.givenOn = first;
        consent.channel = Channel::InPerson;
        if (!m_compliance.save(consent, &m_error)) {
            return failed(plan.title);
        }
        m_consents[static_cast<int>(&plan - m_plan.engagements.data())] = consent.id;
    }
    return true;
}

bool DemoBuilder::addSession(EngagementPlan& plan, int index)
{
    const SessionPlan& planned = plan.sessions.at(index);
    Session session;
    session.engagementId = plan.id;
    session.startsAt = planned.startsAt;
    session.durationMinutes = planned.minutes;
    session.mode = planned.mode;
    session.location = planned.location;
    session.intake = planned.intake;
    // Recorded when it ends; the note a little later.
    session.createdAt = planned.startsAt.addSecs(60 * planned.minutes);
    session.updatedAt = session.createdAt;
    Note note;
    note.text = planned.note;
    note.createdAt = session.createdAt.addSecs(60 * (15 + 7 * (index % 10)));
    const EngagementStatus status = m_status.at(static_cast<int>(&plan - m_plan.engagements.data()));
    Error writeError;
    if (!m_writer.write(session, status, planned.note.isEmpty() ? nullptr : &note, &writeError)) {
        m_failure = writeError.message;
        return failed(plan.title);
    }
    ++m_sessions;
    m_notes += planned.note.isEmpty() ? 0 : 1;
    return true;
}

bool DemoBuilder::addComplaint(EngagementPlan& plan, int index, int step)
{
    ComplaintPlan& planned = plan.complaints[index];
    Complaint complaint;
    if (planned.id > 0) {
        const std::optional<Complaint> stored = m_compliance.complaint(planned.id, &m_error);
        if (!stored) {
            return failed(plan.title);
        }
        complaint = *stored;
    }
    complaint.engagementId = plan.id;
    complaint.complainant = planned.complainant;
    complaint.receivedOn = planned.receivedOn;
    complaint.summary = planned.summary;
    if (step >= Acknowledged) {
        complaint.acknowledgedOn = planned.acknowledgedOn;
        complaint.status = planned.settledOn.isValid() ? ComplaintStatus::Acknowledged : ComplaintStatus::InProgress;
        complaint.handlingNotes = planned.handlingNotes;
    }
    if (step == Settled) {
        complaint.status = ComplaintStatus::Settled;
        complaint.settledOn = planned.settledOn;
        complaint.outcome = planned.outcome;
    }
    if (!m_compliance.save(complaint, &m_error)) {
        return failed(plan.title);
    }
    planned.id = complaint.id;
    return true;
}

bool DemoBuilder::addRecord(EngagementPlan* plan, int record, int index)
{
    switch (record) {
    case Report: {
        PrincipalReport report;
        report.engagementId = plan->id;
        report.kind = ReportKind::Progress;
        report.title = text("Voortgangsmelding");
        report.summary = text("Het traject verloopt volgens plan; de cliënt neemt actief deel.");
        report.sentOn = plan->reportOn;
        report.channel = Channel::Email;
        report.consentId = m_consents.at(static_cast<int>(plan - m_plan.engagements.data()));
        return m_compliance.save(report, &m_error) || failed(plan->title);
    }
    case Warning: {
        WrittenWarning warning;
        warning.engagementId = plan->id;
        warning.issuedOn = plan->warningOn;
        warning.reason = text("Drie afspraken zonder bericht gemist en de afgesproken opdrachten niet uitgevoerd.");
        warning.channel = Channel::Letter;
        return m_compliance.save(warning, &m_error) || failed(plan->title);
    }
    case Referral: {
        mandaat::Referral referral;
        referral.engagementId = plan->id;
        referral.referredOn = plan->referralOn;
        referral.discipline = QStringLiteral("Psycholoog");
        referral.referredTo = QStringLiteral("Eerstelijnspsycholoog in de regio");
        referral.reason = text("Aanhoudende klachten die buiten loopbaanbegeleiding vallen.");
        return m_compliance.save(referral, &m_error) || failed(plan->title);
    }
    case Received:
    case Acknowledged:
    case Settled:
        return addComplaint(*plan, index, record);
    case Supervision: {
        Consultation consultation;
        consultation.kind = ConsultationKind::Supervision;
        consultation.heldOn = m_plan.supervisions.at(index);
        consultation.withWhom = QStringLiteral("Intervisiegroep Oost-Vlaanderen");
        consultation.topic = text("Casusbespreking (gepseudonimiseerd): grenzen bewaken in een outplacementtraject.");
        return m_compliance.save(consultation, &m_error) || failed(QStringLiteral("supervision"));
    }
    }
    return false;
}

} // namespace mandaat::demo
