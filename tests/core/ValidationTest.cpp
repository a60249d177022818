// Every validation rule of core/domain/Validation.h, table-driven, without a database: each
// row breaks one rule of an otherwise valid value and names the field and the words the user
// reads. Boundary rows check that the limit itself is still accepted.
#include "domain/Validation.h"
#include "domain/DisplayNames.h"
#include "domain/Limits.h"

#include <QTest>

#include <functional>

using namespace mandaat;

namespace {

PracticeProfile validProfile()
{
    PracticeProfile p;
    p.consultantName = QStringLiteral("An Peeters");
    p.email = QStringLiteral("an@example.be");
    p.phone = QStringLiteral("+32 470 12 34 56");
    p.iban = QStringLiteral("BE68 5390 0754 7034");
    p.address.country = QStringLiteral("BE");
    return p;
}

PracticeQualification validQualification()
{
    PracticeQualification q;
    q.title = QStringLiteral("Certified coach");
    q.issuer = QStringLiteral("EMCC");
    q.issuedOn = QDate(2020, 5, 1);
    q.expiresOn = QDate(2025, 5, 1);
    return q;
}

PracticeRegistration validRegistration()
{
    PracticeRegistration r;
    r.body = QStringLiteral("CMI");
    r.registerNumber = QStringLiteral("RL-1234");
    r.validFrom = QDate(2021, 1, 1);
    return r;
}

DeclaredRelationship validRelationship()
{
    DeclaredRelationship r;
    r.kind = RelationshipKind::Friend;
    r.description = QStringLiteral("Neighbours");
    r.declaredOn = QDate(2026, 1, 5);
    return r;
}

PrincipalRole validRole()
{
    PrincipalRole r;
    r.kind = PrincipalRoleKind::RecruitmentSelection;
    r.startedOn = QDate(2025, 1, 1);
    return r;
}

Principal validPrincipal()
{
    Principal p;
    p.organisation = QStringLiteral("Stad Gent");
    p.email = QStringLiteral("hr@example.be");
    p.roles = {validRole()};
    return p;
}

Client validClient()
{
    Client c;
    c.name = QStringLiteral("Bram De Smet");
    c.email = QStringLiteral("bram@example.be");
    return c;
}

Client validSystem()
{
    Client c;
    c.kind = ClientKind::System;
    c.name = QStringLiteral("Team Finance");
    c.members = {{0, QStringLiteral("Els"), QStringLiteral("lead"), QString()}};
    return c;
}

Engagement validEngagement()
{
    Engagement e;
    e.clientId = 1;
    e.principalId = 2;
    e.title = QStringLiteral("Leadership coaching");
    e.rateCents = 12500;
    e.plannedStart = QDate(2026, 3, 10);
    e.plannedEnd = QDate(2026, 6, 30);
    e.plannedSessions = 6;
    e.methods = {{0, QStringLiteral("Solution-focused coaching"), QString(), QStringLiteral("Steve de Shazer")}};
    e.pinnedCodes = {{QStringLiteral("MW-2020"), QStringLiteral("2020")}};
    return e;
}

Session validSession()
{
    Session s;
    s.engagementId = 1;
    s.startsAt = QDateTime(QDate(2026, 3, 12), QTime(9, 0), Qt::UTC);
    s.durationMinutes = 90;
    return s;
}

Note validNote()
{
    Note n;
    n.engagementId = 1;
    n.text = QStringLiteral("First conversation.");
    return n;
}

Evidence validEvidence()
{
    Evidence e;
    e.engagementId = 1;
    e.articleId = QStringLiteral("MW-2.2");
    e.party = Party::Principal;
    e.occurredOn = QDate(2026, 3, 1);
    e.channel = Channel::Email;
    return e;
}

Consent validConsent()
{
    Consent c;
    c.engagementId = 1;
    c.scope = ConsentScope::ListedReports;
    c.listedReports = {QStringLiteral("Final report")};
    c.givenOn = QDate(2026, 3, 1);
    return c;
}

PrincipalReport validReport()
{
    PrincipalReport r;
    r.engagementId = 1;
    r.title = QStringLiteral("Progress");
    r.sentOn = QDate(2026, 4, 1);
    return r;
}

Referral validReferral()
{
    Referral r;
    r.engagementId = 1;
    r.referredOn = QDate(2026, 4, 2);
    r.discipline = QStringLiteral("Psychotherapy");
    return r;
}

Consultation validConsultation()
{
    Consultation c;
    c.engagementId = 1;
    c.heldOn = QDate(2026, 4, 3);
    c.withWhom = QStringLiteral("Intervision group");
    return c;
}

Complaint validComplaint()
{
    Complaint c;
    c.engagementId = 1;
    c.receivedOn = QDate(2026, 5, 1);
    c.summary = QStringLiteral("Late report");
    return c;
}

WrittenWarning validWarning()
{
    WrittenWarning w;
    w.engagementId = 1;
    w.issuedOn = QDate(2026, 5, 2);
    w.reason = QStringLiteral("Missed three sessions");
    return w;
}

Attachment validAttachment()
{
    Attachment a;
    a.fileName = QStringLiteral("code.pdf");
    a.mimeType = QStringLiteral("application/pdf");
    a.content = QByteArray("%PDF-1.4");
    return a;
}

QString chars(int n)
{
    return QString(n, QLatin1Char('x'));
}

/// Applies \a change to a valid value and validates the result.
template <typename T>
std::function<ValidationIssues()> with(T (*make)(), std::function<void(T&)> change)
{
    return [make, change] {
        T value = make();
        change(value);
        return validate(value);
    };
}

struct Case
{
    const char* name;
    std::function<ValidationIssues()> run;
    QString field; // empty: valid
    QString words; // a part of the message
};

const QList<Case>& cases()
{
    using P = PracticeProfile;
    using E = Engagement;
    static const QList<Case> all = {
        // The valid values themselves.
        {"profile valid", with<P>(validProfile, [](P&) {}), {}, {}},
        {"registration valid", with<PracticeRegistration>(validRegistration, [](auto&) {}), {}, {}},
        {"qualification valid", with<PracticeQualification>(validQualification, [](auto&) {}), {}, {}},
        {"principal valid", with<Principal>(validPrincipal, [](auto&) {}), {}, {}},
        {"client valid", with<Client>(validClient, [](auto&) {}), {}, {}},
        {"client system valid", with<Client>(validSystem, [](auto&) {}), {}, {}},
        {"engagement valid", with<E>(validEngagement, [](E&) {}), {}, {}},
        {"session valid", with<Session>(validSession, [](auto&) {}), {}, {}},
        {"note valid", with<Note>(validNote, [](auto&) {}), {}, {}},
        {"evidence valid", with<Evidence>(validEvidence, [](auto&) {}), {}, {}},
        {"consent valid", with<Consent>(validConsent, [](auto&) {}), {}, {}},
        {"report valid", with<PrincipalReport>(validReport, [](auto&) {}), {}, {}},
        {"referral valid", with<Referral>(validReferral, [](auto&) {}), {}, {}},
        {"consultation valid", with<Consultation>(validConsultation, [](auto&) {}), {}, {}},
        {"complaint valid", with<Complaint>(validComplaint, [](auto&) {}), {}, {}},
        {"warning valid", with<WrittenWarning>(validWarning, [](auto&) {}), {}, {}},
        {"attachment valid", with<Attachment>(validAttachment, [](auto&) {}), {}, {}},
        {"policy valid", [] { return validate(PracticePolicy{}); }, {}, {}},

        // Practice profile.
        {"profile: no consultant name",
         with<P>(validProfile, [](P& p) { p.consultantName = QStringLiteral("  "); }),
         QStringLiteral("consultantName"),
         QStringLiteral("Enter the consultant's name")},
        {"profile: name at the limit", with<P>(validProfile, [](P& p) { p.consultantName = chars(200); }), {}, {}},
        {"profile: name over the limit",
         with<P>(validProfile, [](P& p) { p.consultantName = chars(201); }),
         QStringLiteral("consultantName"),
         QStringLiteral("has 201 characters; at most 200 fit")},
        {"profile: trade name over the limit",
         with<P>(validProfile, [](P& p) { p.tradeName = chars(201); }),
         QStringLiteral("tradeName"),
         QStringLiteral("The trade name has 201 characters")},
        {"profile: e-mail without @",
         with<P>(validProfile, [](P& p) { p.email = QStringLiteral("an.example.be"); }),
         QStringLiteral("email"),
         QStringLiteral("“an.example.be” is not an e-mail address")},
        {"profile: e-mail without domain dot",
         with<P>(validProfile, [](P& p) { p.email = QStringLiteral("an@example"); }),
         QStringLiteral("email"),
         QStringLiteral("is not an e-mail address")},
        {"profile: phone with letters",
         with<P>(validProfile, [](P& p) { p.phone = QStringLiteral("call me"); }),
         QStringLiteral("phone"),
         QStringLiteral("has characters other than digits")},
        {"profile: phone over the limit",
         with<P>(validProfile, [](P& p) { p.phone = QString(51, QLatin1Char('1')); }),
         QStringLiteral("phone"),
         QStringLiteral("at most 50 fit")},
        {"profile: IBAN check digits",
         with<P>(validProfile, [](P& p) { p.iban = QStringLiteral("BE69 5390 0754 7034"); }),
         QStringLiteral("iban"),
         QStringLiteral("is not a valid IBAN")},
        {"profile: Dutch IBAN", with<P>(validProfile, [](P& p) { p.iban = QStringLiteral("NL91ABNA0417164300"); }), {}, {}},
        {"profile: VAT number over the limit",
         with<P>(validProfile, [](P& p) { p.vatNumber = chars(65); }),
         QStringLiteral("vatNumber"),
         QStringLiteral("at most 64 fit")},
        {"profile: exemption without wording",
         with<P>(validProfile, [](P& p) { p.vatStatus = VatStatus::SmallEnterpriseBe; }),
         QStringLiteral("vatExemptionWording"),
         QStringLiteral("enter the wording the law requires")},
        {"profile: exemption with wording",
         with<P>(validProfile,
                 [](P& p) {
                     p.vatStatus = VatStatus::KorNl;
                     p.vatExemptionWording = QStringLiteral("Vrijgesteld van btw (KOR)");
                 }),
         {},
         {}},
        {"profile: unknown VAT status",
         with<P>(validProfile, [](P& p) { p.vatStatus = static_cast<VatStatus>(42); }),
         QStringLiteral("vatStatus"),
         QStringLiteral("is not one Mandaat knows")},
        {"profile: country code",
         with<P>(validProfile, [](P& p) { p.address.country = QStringLiteral("Belgium"); }),
         QStringLiteral("address.country"),
         QStringLiteral("“Belgium” is not a country code")},
        {"profile: street over the limit",
         with<P>(validProfile, [](P& p) { p.address.street = chars(201); }),
         QStringLiteral("address.street"),
         QStringLiteral("The street has 201")},
        {"profile: complaints procedure over the limit",
         with<P>(validProfile, [](P& p) { p.complaintsProcedure = chars(10001); }),
         QStringLiteral("complaintsProcedure"),
         QStringLiteral("at most 10,000 fit")},

        // Registrations, qualifications, code subscriptions, policy.
        {"registration: no body",
         with<PracticeRegistration>(validRegistration, [](auto& r) { r.body.clear(); }),
         QStringLiteral("body"),
         QStringLiteral("Enter the register or association")},
        {"registration: ends before it starts",
         with<PracticeRegistration>(validRegistration, [](auto& r) { r.validUntil = QDate(2020, 12, 31); }),
         QStringLiteral("validUntil"),
         QStringLiteral("ends (31 December 2020) before it starts (1 January 2021)")},
        {"qualification: no title",
         with<PracticeQualification>(validQualification, [](auto& q) { q.title.clear(); }),
         QStringLiteral("title"),
         QStringLiteral("Enter the title")},
        {"qualification: no issuer",
         with<PracticeQualification>(validQualification, [](auto& q) { q.issuer.clear(); }),
         QStringLiteral("issuer"),
         QStringLiteral("Enter who issued it")},
        {"qualification: no issue date",
         with<PracticeQualification>(validQualification, [](auto& q) { q.issuedOn = {}; }),
         QStringLiteral("issuedOn"),
         QStringLiteral("date it was issued")},
        {"qualification: expires before issued",
         with<PracticeQualification>(validQualification, [](auto& q) { q.expiresOn = QDate(2019, 1, 1); }),
         QStringLiteral("expiresOn"),
         QStringLiteral("expires (1 January 2019) before it was issued (1 May 2020)")},
        {"subscription: code id",
         [] { return validate(CodeSubscription{0, QStringLiteral("mw2020"), QStringLiteral("2020"), {}, 0}); },
         QStringLiteral("codeId"),
         QStringLiteral("“mw2020” is not a code id")},
        {"subscription: no version",
         [] { return validate(CodeSubscription{0, QStringLiteral("CMI-2009"), QString(), {}, 0}); },
         QStringLiteral("version"),
         QStringLiteral("Enter the version")},
        {"policy: dossier retention 0",
         [] {
             PracticePolicy p;
             p.dossierRetentionMonths = 0;
             return validate(p);
         },
         QStringLiteral("dossierRetentionMonths"),
         QStringLiteral("kept 0 months; enter between 1 and 600")},
        {"policy: financial retention 31 years",
         [] {
             PracticePolicy p;
             p.financialRetentionYears = 31;
             return validate(p);
         },
         QStringLiteral("financialRetentionYears"),
         QStringLiteral("31 years")},
        {"policy: backup interval 0",
         [] {
             PracticePolicy p;
             p.backupIntervalDays = 0;
             return validate(p);
         },
         QStringLiteral("backupIntervalDays"),
         QStringLiteral("every 0 days")},
        {"policy: idle lock 241",
         [] {
             PracticePolicy p;
             p.idleLockMinutes = 241;
             return validate(p);
         },
         QStringLiteral("idleLockMinutes"),
         QStringLiteral("241 idle minutes")},

        // Principals, roles, relationships.
        {"principal: no organisation",
         with<Principal>(validPrincipal, [](auto& p) { p.organisation.clear(); }),
         QStringLiteral("organisation"),
         QStringLiteral("Enter the principal's organisation")},
        {"principal: organisation over the limit",
         with<Principal>(validPrincipal, [](auto& p) { p.organisation = chars(201); }),
         QStringLiteral("organisation"),
         QStringLiteral("has 201 characters")},
        {"principal: e-mail",
         with<Principal>(validPrincipal, [](auto& p) { p.email = QStringLiteral("hr@"); }),
         QStringLiteral("email"),
         QStringLiteral("not an e-mail address")},
        {"principal: role without start",
         with<Principal>(validPrincipal, [](auto& p) { p.roles[0].startedOn = {}; }),
         QStringLiteral("roles[0].startedOn"),
         QStringLiteral("since when")},
        {"principal: role ends before it starts",
         with<Principal>(validPrincipal, [](auto& p) { p.roles[0].endedOn = QDate(2024, 1, 1); }),
         QStringLiteral("roles[0].endedOn"),
         QStringLiteral("The role ends (1 January 2024) before it starts (1 January 2025)")},
        {"principal: other role undescribed",
         with<Principal>(validPrincipal, [](auto& p) { p.roles[0].kind = PrincipalRoleKind::Other; }),
         QStringLiteral("roles[0].description"),
         QStringLiteral("Describe the other role")},
        {"principal: relationship undescribed",
         with<Principal>(validPrincipal,
                         [](auto& p) {
                             DeclaredRelationship r = validRelationship();
                             r.description.clear();
                             p.relationships = {r};
                         }),
         QStringLiteral("relationships[0].description"),
         QStringLiteral("keep other relationships apart from the work")},
        {"relationship: no declaration date",
         with<DeclaredRelationship>(validRelationship, [](auto& r) { r.declaredOn = {}; }),
         QStringLiteral("declaredOn"),
         QStringLiteral("when the relationship was declared")},
        {"relationship: ends before declared",
         with<DeclaredRelationship>(validRelationship, [](auto& r) { r.endedOn = QDate(2025, 1, 1); }),
         QStringLiteral("endedOn"),
         QStringLiteral("before it was declared")},

        // Clients and client systems.
        {"client: no name",
         with<Client>(validClient, [](auto& c) { c.name.clear(); }),
         QStringLiteral("name"),
         QStringLiteral("Enter the client's name")},
        {"client: name over the limit",
         with<Client>(validClient, [](auto& c) { c.name = chars(201); }),
         QStringLiteral("name"),
         QStringLiteral("The client's name has 201 characters")},
        {"client: e-mail",
         with<Client>(validClient, [](auto& c) { c.email = QStringLiteral("bram"); }),
         QStringLiteral("email"),
         QStringLiteral("“bram” is not an e-mail address")},
        {"client: unknown language",
         with<Client>(validClient, [](auto& c) { c.language = static_cast<Language>(7); }),
         QStringLiteral("language"),
         QStringLiteral("The preferred language is not one Mandaat knows")},
        {"client: unknown kind",
         with<Client>(validClient, [](auto& c) { c.kind = static_cast<ClientKind>(7); }),
         QStringLiteral("kind"),
         QStringLiteral("The kind of client is not one")},
        {"client: notes over the limit",
         with<Client>(validClient, [](auto& c) { c.notes = chars(10001); }),
         QStringLiteral("notes"),
         QStringLiteral("The notes has 10,001 characters")},
        {"client: person with members",
         with<Client>(validClient, [](auto& c) { c.members = {{0, QStringLiteral("Els"), {}, {}}}; }),
         QStringLiteral("members"),
         QStringLiteral("A person has no members")},
        {"client system: no members",
         with<Client>(validSystem, [](auto& c) { c.members.clear(); }),
         QStringLiteral("members"),
         QStringLiteral("at least one named member")},
        {"client system: no name",
         with<Client>(validSystem, [](auto& c) { c.name.clear(); }),
         QStringLiteral("name"),
         QStringLiteral("Name the client system")},
        {"client system: member without name",
         with<Client>(validSystem, [](auto& c) { c.members.append({0, QString(), QStringLiteral("analyst"), {}}); }),
         QStringLiteral("members[1].name"),
         QStringLiteral("Enter the member's name")},
        {"client system: member e-mail",
         with<Client>(validSystem, [](auto& c) { c.members[0].email = QStringLiteral("els@"); }),
         QStringLiteral("members[0].email"),
         QStringLiteral("not an e-mail address")},

        // Engagements.
        {"engagement: no client",
         with<E>(validEngagement, [](E& e) { e.clientId = 0; }),
         QStringLiteral("clientId"),
         QStringLiteral("Choose the client")},
        {"engagement: no title",
         with<E>(validEngagement, [](E& e) { e.title.clear(); }),
         QStringLiteral("title"),
         QStringLiteral("Give the engagement a title")},
        {"engagement: title over the limit",
         with<E>(validEngagement, [](E& e) { e.title = chars(201); }),
         QStringLiteral("title"),
         QStringLiteral("at most 200 fit")},
        {"engagement: unknown kind",
         with<E>(validEngagement, [](E& e) { e.kind = static_cast<EngagementKind>(99); }),
         QStringLiteral("kind"),
         QStringLiteral("The kind of engagement is not one Mandaat knows")},
        {"engagement: negative rate",
         with<E>(validEngagement, [](E& e) { e.rateCents = -1250; }),
         QStringLiteral("rateCents"),
         QStringLiteral("The rate (-12.50 EUR) is negative")},
        {"engagement: zero rate", with<E>(validEngagement, [](E& e) { e.rateCents = 0; }), {}, {}},
        {"engagement: currency",
         with<E>(validEngagement, [](E& e) { e.currency = QStringLiteral("euro"); }),
         QStringLiteral("currency"),
         QStringLiteral("“euro” is not a currency code")},
        {"engagement: VAT rate over 100 %",
         with<E>(validEngagement, [](E& e) { e.vatRateBasisPoints = 10001; }),
         QStringLiteral("vatRateBasisPoints"),
         QStringLiteral("A VAT rate of 100.01 % is not possible")},
        {"engagement: exempt without wording",
         with<E>(validEngagement, [](E& e) { e.vatExempt = true; }),
         QStringLiteral("vatExemptionWording"),
         QStringLiteral("exempt from VAT")},
        {"engagement: negative estimate",
         with<E>(validEngagement, [](E& e) { e.estimatedTotalCents = -1; }),
         QStringLiteral("estimatedTotalCents"),
         QStringLiteral("The estimated total (-0.01 EUR) is negative")},
        {"engagement: end before start",
         with<E>(validEngagement, [](E& e) { e.plannedEnd = QDate(2026, 3, 3); }),
         QStringLiteral("plannedEnd"),
         QStringLiteral("The planned end (3 March 2026) is before the planned start (10 March 2026).")},
        {"engagement: end on the start day", with<E>(validEngagement, [](E& e) { e.plannedEnd = e.plannedStart; }), {}, {}},
        {"engagement: negative sessions",
         with<E>(validEngagement, [](E& e) { e.plannedSessions = -1; }),
         QStringLiteral("plannedSessions"),
         QStringLiteral("-1 planned sessions is not possible")},
        {"engagement: too many sessions",
         with<E>(validEngagement, [](E& e) { e.plannedSessions = 1001; }),
         QStringLiteral("plannedSessions"),
         QStringLiteral("between 0 and 1000")},
        {"engagement: principal pays, none chosen",
         with<E>(validEngagement, [](E& e) { e.principalId = 0; }),
         QStringLiteral("principalId"),
         QStringLiteral("The principal pays, but no principal is chosen")},
        {"engagement: self-paying client",
         with<E>(validEngagement,
                 [](E& e) {
                     e.principalId = 0;
                     e.payerKind = PayerKind::Client;
                 }),
         {},
         {}},
        {"engagement: scheme without name",
         with<E>(validEngagement,
                 [](E& e) {
                     e.payerKind = PayerKind::Scheme;
                     e.payerReference = QStringLiteral("LC-2026-001");
                 }),
         QStringLiteral("payerName"),
         QStringLiteral("Name the scheme")},
        {"engagement: scheme without reference",
         with<E>(validEngagement,
                 [](E& e) {
                     e.payerKind = PayerKind::Scheme;
                     e.payerName = QStringLiteral("Loopbaancheque");
                 }),
         QStringLiteral("payerReference"),
         QStringLiteral("scheme's reference")},
        {"engagement: third party without name",
         with<E>(validEngagement, [](E& e) { e.payerKind = PayerKind::ThirdParty; }),
         QStringLiteral("payerName"),
         QStringLiteral("Name the party that pays")},
        {"engagement: top civil servant in coaching",
         with<E>(validEngagement, [](E& e) { e.topCivilServant = true; }),
         QStringLiteral("topCivilServant"),
         QStringLiteral("top civil servant; this is coaching")},
        {"engagement: top civil servant in evaluation",
         with<E>(validEngagement,
                 [](E& e) {
                     e.topCivilServant = true;
                     e.kind = EngagementKind::Evaluation;
                 }),
         {},
         {}},
        {"engagement: earlier advice undescribed",
         with<E>(validEngagement, [](E& e) { e.followsEarlierAdvice = true; }),
         QStringLiteral("earlierAdviceDescription"),
         QStringLiteral("describe that advice, so it can be disclosed")},
        {"engagement: objectives over the limit",
         with<E>(validEngagement, [](E& e) { e.objectives = chars(10001); }),
         QStringLiteral("objectives"),
         QStringLiteral("10,001 characters")},
        {"engagement: objectives at the limit", with<E>(validEngagement, [](E& e) { e.objectives = chars(10000); }), {}, {}},
        {"engagement: restrictions over the limit",
         with<E>(validEngagement, [](E& e) { e.useRestrictions = chars(10001); }),
         QStringLiteral("useRestrictions"),
         QStringLiteral("10,001 characters")},
        {"engagement: method without name",
         with<E>(validEngagement, [](E& e) { e.methods[0].name.clear(); }),
         QStringLiteral("methods[0].name"),
         QStringLiteral("Name the method or tool")},
        {"engagement: method without author",
         with<E>(validEngagement, [](E& e) { e.methods[0].author.clear(); }),
         QStringLiteral("methods[0].author"),
         QStringLiteral("Name the author or owner of “Solution-focused coaching”.")},
        {"engagement: pinned code id",
         with<E>(validEngagement, [](E& e) { e.pinnedCodes[0].codeId = QStringLiteral("MW"); }),
         QStringLiteral("pinnedCodes[0].codeId"),
         QStringLiteral("“MW” is not a code id")},
        {"engagement: pinned twice",
         with<E>(validEngagement,
                 [](E& e) { e.pinnedCodes.append({QStringLiteral("MW-2020"), QStringLiteral("2021")}); }),
         QStringLiteral("pinnedCodes[1].codeId"),
         QStringLiteral("MW-2020 is pinned twice")},
        {"engagement: pinned without version",
         with<E>(validEngagement, [](E& e) { e.pinnedCodes[0].version.clear(); }),
         QStringLiteral("pinnedCodes[0].version"),
         QStringLiteral("Enter the version of MW-2020")},

        // Sessions and notes.
        {"session: no engagement",
         with<Session>(validSession, [](auto& s) { s.engagementId = 0; }),
         QStringLiteral("engagementId"),
         QStringLiteral("Choose the engagement")},
        {"session: no start",
         with<Session>(validSession, [](auto& s) { s.startsAt = {}; }),
         QStringLiteral("startsAt"),
         QStringLiteral("when the session starts")},
        {"session: zero minutes",
         with<Session>(validSession, [](auto& s) { s.durationMinutes = 0; }),
         QStringLiteral("durationMinutes"),
         QStringLiteral("A session of 0 minutes is not possible")},
        {"session: over a day",
         with<Session>(validSession, [](auto& s) { s.durationMinutes = 1441; }),
         QStringLiteral("durationMinutes"),
         QStringLiteral("between 1 and 1440")},
        {"session: unknown mode",
         with<Session>(validSession, [](auto& s) { s.mode = static_cast<SessionMode>(9); }),
         QStringLiteral("mode"),
         QStringLiteral("The kind of meeting is not one")},
        {"session: location over the limit",
         with<Session>(validSession, [](auto& s) { s.location = chars(201); }),
         QStringLiteral("location"),
         QStringLiteral("The location has 201")},
        {"session: regular before activation",
         [] { return validateSessionFor(validSession(), EngagementStatus::Onboarding); },
         QStringLiteral("intake"),
         QStringLiteral("only intake sessions")},
        {"session: intake before activation",
         [] {
             Session s = validSession();
             s.intake = true;
             return validateSessionFor(s, EngagementStatus::Draft);
         },
         {},
         {}},
        {"session: regular while active", [] { return validateSessionFor(validSession(), EngagementStatus::Active); }, {}, {}},
        {"session: regular while ending", [] { return validateSessionFor(validSession(), EngagementStatus::Ending); }, {}, {}},
        {"session: after the end",
         [] { return validateSessionFor(validSession(), EngagementStatus::Ended); },
         QStringLiteral("engagementId"),
         QStringLiteral("has ended; it takes no new sessions")},
        {"note: empty",
         with<Note>(validNote, [](auto& n) { n.text = QStringLiteral(" \n "); }),
         QStringLiteral("text"),
         QStringLiteral("The note is empty")},
        {"note: at the limit", with<Note>(validNote, [](auto& n) { n.text = chars(limits::NoteText); }), {}, {}},
        {"note: over the limit",
         with<Note>(validNote, [](auto& n) { n.text = chars(limits::NoteText + 1); }),
         QStringLiteral("text"),
         QStringLiteral("The note has 100,001 characters; at most 100,000 fit")},
        {"note: no engagement",
         with<Note>(validNote, [](auto& n) { n.engagementId = 0; }),
         QStringLiteral("engagementId"),
         QStringLiteral("Choose the engagement")},

        // Compliance records.
        {"evidence: article id",
         with<Evidence>(validEvidence, [](auto& e) { e.articleId = QStringLiteral("2.2"); }),
         QStringLiteral("articleId"),
         QStringLiteral("“2.2” is not an article id")},
        {"evidence: GDPR article", with<Evidence>(validEvidence, [](auto& e) { e.articleId = QStringLiteral("GDPR-13"); }), {}, {}},
        // Evidence is keyed by topic: a record no code of the engagement asks for has no article.
        {"evidence: no article", with<Evidence>(validEvidence, [](auto& e) { e.articleId.clear(); }), {}, {}},
        {"evidence: an article of any family", with<Evidence>(validEvidence, [](auto& e) { e.articleId = QStringLiteral("ICF-1.2"); }), {}, {}},
        {"evidence: topic",
         with<Evidence>(validEvidence, [](auto& e) { e.topic = QStringLiteral("Finance!"); }),
         QStringLiteral("topic"),
         QStringLiteral("“Finance!” is not a topic id")},
        {"evidence: no date",
         with<Evidence>(validEvidence, [](auto& e) { e.occurredOn = {}; }),
         QStringLiteral("occurredOn"),
         QStringLiteral("the date this happened")},
        {"evidence: text over the limit",
         with<Evidence>(validEvidence, [](auto& e) { e.text = chars(10001); }),
         QStringLiteral("text"),
         QStringLiteral("10,001 characters")},
        {"evidence: unknown channel",
         with<Evidence>(validEvidence, [](auto& e) { e.channel = static_cast<Channel>(99); }),
         QStringLiteral("channel"),
         QStringLiteral("The channel is not one")},
        {"consent: listed without reports",
         with<Consent>(validConsent, [](auto& c) { c.listedReports.clear(); }),
         QStringLiteral("listedReports"),
         QStringLiteral("List the reports")},
        {"consent: reports listed for progress only",
         with<Consent>(validConsent, [](auto& c) { c.scope = ConsentScope::ProgressOnly; }),
         QStringLiteral("listedReports"),
         QStringLiteral("this one is “Progress only”")},
        {"consent: report on two lines",
         with<Consent>(validConsent, [](auto& c) { c.listedReports = {QStringLiteral("a\nb")}; }),
         QStringLiteral("listedReports[0]"),
         QStringLiteral("one line of text")},
        {"consent: not given",
         with<Consent>(validConsent, [](auto& c) { c.givenOn = {}; }),
         QStringLiteral("givenOn"),
         QStringLiteral("the date the consent was given")},
        {"consent: withdrawn before given",
         with<Consent>(validConsent, [](auto& c) { c.withdrawnOn = QDate(2026, 2, 1); }),
         QStringLiteral("withdrawnOn"),
         QStringLiteral("withdrawn (1 February 2026) before it was given (1 March 2026)")},
        {"report: no title",
         with<PrincipalReport>(validReport, [](auto& r) { r.title.clear(); }),
         QStringLiteral("title"),
         QStringLiteral("Give the report a title")},
        {"report: not sent",
         with<PrincipalReport>(validReport, [](auto& r) { r.sentOn = {}; }),
         QStringLiteral("sentOn"),
         QStringLiteral("went to the principal")},
        {"referral: no discipline",
         with<Referral>(validReferral, [](auto& r) { r.discipline.clear(); }),
         QStringLiteral("discipline"),
         QStringLiteral("Enter the discipline the client is referred to")},
        {"referral: no date",
         with<Referral>(validReferral, [](auto& r) { r.referredOn = {}; }),
         QStringLiteral("referredOn"),
         QStringLiteral("the date of the referral")},
        {"consultation: with nobody",
         with<Consultation>(validConsultation, [](auto& c) { c.withWhom.clear(); }),
         QStringLiteral("withWhom"),
         QStringLiteral("with whom you consulted")},
        // MW-4.3: whether the principal knew is the rule's to judge (only an engagement with a
        // principal asks it): the record alone is valid unanswered.
        {"consultation: third party, principal not asked",
         with<Consultation>(validConsultation, [](auto& c) { c.kind = ConsultationKind::ThirdPartyAdvice; }),
         {},
         {}},
        {"consultation: general third-party advice",
         with<Consultation>(validConsultation,
                            [](auto& c) {
                                c.kind = ConsultationKind::ThirdPartyAdvice;
                                c.engagementId = 0;
                            }),
         {},
         {}},
        {"complaint: no summary",
         with<Complaint>(validComplaint, [](auto& c) { c.summary.clear(); }),
         QStringLiteral("summary"),
         QStringLiteral("Summarise the complaint")},
        {"complaint: not received",
         with<Complaint>(validComplaint, [](auto& c) { c.receivedOn = {}; }),
         QStringLiteral("receivedOn"),
         QStringLiteral("the date the complaint was received")},
        {"complaint: acknowledged before received",
         with<Complaint>(validComplaint, [](auto& c) { c.acknowledgedOn = QDate(2026, 4, 30); }),
         QStringLiteral("acknowledgedOn"),
         QStringLiteral("(30 April 2026) is dated before the complaint was received (1 May 2026)")},
        {"complaint: acknowledged without date",
         with<Complaint>(validComplaint, [](auto& c) { c.status = ComplaintStatus::Acknowledged; }),
         QStringLiteral("acknowledgedOn"),
         QStringLiteral("Enter the date the receipt was acknowledged")},
        {"complaint: settled without outcome",
         with<Complaint>(validComplaint,
                         [](auto& c) {
                             c.status = ComplaintStatus::Settled;
                             c.acknowledgedOn = QDate(2026, 5, 2);
                             c.settledOn = QDate(2026, 5, 20);
                         }),
         QStringLiteral("outcome"),
         QStringLiteral("how the complaint was settled")},
        {"complaint: settled before received",
         with<Complaint>(validComplaint, [](auto& c) { c.settledOn = QDate(2026, 4, 1); }),
         QStringLiteral("settledOn"),
         QStringLiteral("settled (1 April 2026) before it was received")},
        {"warning: no reason",
         with<WrittenWarning>(validWarning, [](auto& w) { w.reason.clear(); }),
         QStringLiteral("reason"),
         QStringLiteral("Say what the client is warned about")},
        {"warning: no date",
         with<WrittenWarning>(validWarning, [](auto& w) { w.issuedOn = {}; }),
         QStringLiteral("issuedOn"),
         QStringLiteral("the date of the warning")},

        // Attachments.
        {"attachment: no file name",
         with<Attachment>(validAttachment, [](auto& a) { a.fileName.clear(); }),
         QStringLiteral("fileName"),
         QStringLiteral("needs a file name")},
        {"attachment: a path",
         with<Attachment>(validAttachment, [](auto& a) { a.fileName = QStringLiteral("/bewijs/code.pdf"); }),
         QStringLiteral("fileName"),
         QStringLiteral("is a path")},
        {"attachment: file name over the limit",
         with<Attachment>(validAttachment, [](auto& a) { a.fileName = chars(256); }),
         QStringLiteral("fileName"),
         QStringLiteral("at most 255 fit")},
        {"attachment: MIME type",
         with<Attachment>(validAttachment, [](auto& a) { a.mimeType = QStringLiteral("pdf"); }),
         QStringLiteral("mimeType"),
         QStringLiteral("“pdf” is not a file type")},
        {"attachment: empty",
         with<Attachment>(validAttachment, [](auto& a) { a.content.clear(); }),
         QStringLiteral("content"),
         QStringLiteral("The file “code.pdf” is empty")},
        {"attachment: exactly 25 MB",
         with<Attachment>(validAttachment, [](auto& a) { a.content = QByteArray(Attachment::MaxBytes, 'a'); }),
         {},
         {}},
        {"attachment: over 25 MB",
         with<Attachment>(validAttachment, [](auto& a) { a.content = QByteArray(Attachment::MaxBytes + 1, 'a'); }),
         QStringLiteral("content"),
         QStringLiteral("attachments can be at most 25 MB")},
    };
    return all;
}

} // namespace

class ValidationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rule_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < cases().size(); ++i) {
            QTest::newRow(cases().at(i).name) << i;
        }
    }

    void rule()
    {
        QFETCH(int, index);
        const Case& c = cases().at(index);
        const ValidationIssues issues = c.run();
        QStringList seen;
        for (const ValidationIssue& issue : issues) {
            seen.append(issue.field + QStringLiteral(": ") + issue.message);
        }
        if (c.field.isEmpty()) {
            QVERIFY2(issues.isEmpty(), qPrintable(seen.join(QLatin1Char('\n'))));
            return;
        }
        // One rule broken, one issue: specific, on the right field, in the right words.
        QVERIFY2(issues.size() == 1, qPrintable(seen.join(QLatin1Char('\n'))));
        QCOMPARE(issues.constFirst().field, c.field);
        QVERIFY2(issues.constFirst().message.contains(c.words), qPrintable(issues.constFirst().message));
    }

    void engagementKindParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("known");
        QTest::addColumn<int>("kind");
        QTest::newRow("id") << QStringLiteral("career_guidance") << true << int(EngagementKind::CareerGuidance);
        QTest::newRow("name, any case") << QStringLiteral("career Coaching") << true
                                        << int(EngagementKind::CareerCoaching);
        QTest::newRow("spaces") << QStringLiteral(" outplacement ") << true << int(EngagementKind::Outplacement);
        QTest::newRow("typo") << QStringLiteral("coachng") << false << -1;
        QTest::newRow("empty") << QString() << false << -1;
    }

    void engagementKindParsing()
    {
        QFETCH(QString, text);
        QFETCH(bool, known);
        QFETCH(int, kind);
        Error error;
        const std::optional<EngagementKind> parsed = parseEngagementKind(text, &error);
        QCOMPARE(parsed.has_value(), known);
        if (known) {
            QCOMPARE(int(*parsed), kind);
            QVERIFY(error.message.isEmpty());
        } else {
            QVERIFY2(error.message.contains(QStringLiteral("is not a kind of engagement Mandaat knows")),
                     qPrintable(error.message));
            QVERIFY2(error.message.contains(QStringLiteral("career guidance")), qPrintable(error.message));
        }
    }

    void enumIdsRoundTrip()
    {
        // Stored ids are stable lowercase text, and every value has one.
        for (const EngagementKind kind : allValues<EngagementKind>()) {
            QCOMPARE(fromId<EngagementKind>(toId(kind)), kind);
            QVERIFY(!displayName(kind).isEmpty());
        }
        QCOMPARE(toId(EngagementKind::CareerGuidance), QStringLiteral("career_guidance"));
        QCOMPARE(toId(EndReason::EarlyObstruction), QStringLiteral("early_obstruction"));
        QCOMPARE(toId(ConsentScope::ProgressOnly), QStringLiteral("progress_only"));
        QVERIFY(!fromId<EngagementKind>(u"astrology").has_value());
    }

    void ibanAndEmail_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("iban");
        QTest::addColumn<bool>("email");
        QTest::newRow("Belgian IBAN") << QStringLiteral("BE68539007547034") << true << false;
        QTest::newRow("IBAN lowercase with spaces") << QStringLiteral("nl91 abna 0417 1643 00") << true << false;
        QTest::newRow("IBAN too short") << QStringLiteral("BE68") << false << false;
        QTest::newRow("e-mail") << QStringLiteral("a.b@sub.example.nl") << false << true;
        QTest::newRow("e-mail with space") << QStringLiteral("a b@example.nl") << false << false;
    }

    void ibanAndEmail()
    {
        QFETCH(QString, text);
        QFETCH(bool, iban);
        QFETCH(bool, email);
        QCOMPARE(isValidIban(text), iban);
        QCOMPARE(isValidEmail(text), email);
    }

    void complaintDueInFourWeeks()
    {
        // CMI-17: settle within four weeks of receipt.
        Complaint c = validComplaint();
        QCOMPARE(c.dueOn(), QDate(2026, 5, 29));
    }
};

QTEST_GUILESS_MAIN(ValidationTest)
#include "ValidationTest.moc"
