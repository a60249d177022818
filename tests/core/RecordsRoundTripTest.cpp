// Every domain type written through its repository and read back unchanged, in one vault:
// the practice profile and its lists, principals, clients and client systems, engagements,
// sessions, notes with their history, compliance records and attachments. Also the change
// signals the UI listens to.
#include "RecordsFixture.h"

#include "repositories/AttachmentRepository.h"
#include "repositories/AuditLog.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/SessionRepository.h"
#include "storage/Migrations.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace mandaat;

namespace {

QByteArray pdfBytes(const char* marker)
{
    return QByteArray("%PDF-1.4\n% ") + marker + QByteArray("\n%%EOF\n");
}

} // namespace

class RecordsRoundTripTest : public QObject
{
    Q_OBJECT

private:
    test::RecordsFixture m_fixture;
    Records& records() { return m_fixture.records(); }

    qint64 addAttachment(const char* name, qint64 engagementId = 0)
    {
        Attachment attachment;
        attachment.engagementId = engagementId;
        attachment.fileName = QString::fromLatin1(name);
        attachment.mimeType = QStringLiteral("application/pdf");
        attachment.content = pdfBytes(name);
        RecordError error;
        if (!records().attachments().add(attachment, &error)) {
            qWarning("%s", qPrintable(error.message));
        }
        return attachment.id;
    }

    qint64 addClient(const QString& name)
    {
        Client client;
        client.name = name;
        records().clients().save(client);
        return client.id;
    }

    qint64 addActiveEngagement(qint64 clientId)
    {
        Engagement engagement;
        engagement.clientId = clientId;
        engagement.payerKind = PayerKind::Client;
        engagement.title = QStringLiteral("Coaching");
        records().engagements().save(engagement);
        records().engagements().transition(engagement.id, EngagementStatus::Onboarding, QDate(2026, 3, 2));
        records().engagements().transition(engagement.id, EngagementStatus::Active, QDate(2026, 3, 9));
        return engagement.id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.open(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_fixture.close(); }

    void practiceProfile()
    {
        QCOMPARE(records().practice().profile(), PracticeProfile{}); // nothing saved yet
        PracticeProfile profile;
        profile.consultantName = QStringLiteral("An Peeters");
        profile.tradeName = QStringLiteral("Peeters Loopbaanbegeleiding");
        profile.address = {
            QStringLiteral("Kerkstraat 1"), QStringLiteral("9000"), QStringLiteral("Gent"), QStringLiteral("BE")};
        profile.email = QStringLiteral("an@example.be");
        profile.phone = QStringLiteral("+32 9 123 45 67");
        profile.vatNumber = QStringLiteral("BE0123.456.789");
        profile.companyNumber = QStringLiteral("0123.456.789");
        profile.iban = QStringLiteral("BE68 5390 0754 7034");
        profile.vatStatus = VatStatus::SmallEnterpriseBe;
        profile.vatExemptionWording = QStringLiteral("Bijzondere vrijstellingsregeling kleine ondernemingen");
        profile.logoAttachmentId = addAttachment("logo.png");
        profile.signatureAttachmentId = addAttachment("signature.png");
        profile.complaintsProcedure = QStringLiteral("Write to me; I answer within a week.");
        profile.complaintsBody = QStringLiteral("Raad van Advies");
        profile.privacyNoticeAttachmentId = addAttachment("privacy.pdf");
        profile.generalTermsAttachmentId = addAttachment("terms.pdf");
        QSignalSpy changed(&records().practice(), &PracticeRepository::profileChanged);
        RecordError error;
        QVERIFY2(records().practice().saveProfile(profile, &error), qPrintable(error.message));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(records().practice().profile(), profile);

        profile.tradeName.clear();
        profile.logoAttachmentId = 0;
        QVERIFY(records().practice().saveProfile(profile));
        QCOMPARE(records().practice().profile(), profile);

        PracticeProfile invalid = profile;
        invalid.generalTermsAttachmentId = 999;
        QVERIFY(!records().practice().saveProfile(invalid, &error));
        QCOMPARE(error.kind, RecordError::Kind::Invalid);
        QCOMPARE(error.issues.constFirst().field, QStringLiteral("generalTermsAttachmentId"));
        QCOMPARE(changed.count(), 2);
    }

    void practiceLists()
    {
        PracticeRegistration registration{0,
                                          RegistrationKind::Registration,
                                          QStringLiteral("CMI"),
                                          QStringLiteral("RL-1234"),
                                          QDate(2021, 1, 1),
                                          QDate()};
        PracticeRegistration membership{0,
                                        RegistrationKind::Membership,
                                        QStringLiteral("Mens(en)werk"),
                                        QString(),
                                        QDate(2020, 9, 1),
                                        QDate(2026, 12, 31)};
        QVERIFY(records().practice().saveRegistration(registration));
        QVERIFY(records().practice().saveRegistration(membership));
        QCOMPARE(records().practice().registrations(), (QList<PracticeRegistration>{registration, membership}));
        registration.registerNumber = QStringLiteral("RL-5678");
        QVERIFY(records().practice().saveRegistration(registration));
        QVERIFY(records().practice().removeRegistration(membership.id));
        QCOMPARE(records().practice().registrations(), QList<PracticeRegistration>{registration});

        PracticeQualification older{0,
                                    QualificationKind::Certification,
                                    QStringLiteral("Coach"),
                                    QStringLiteral("EMCC"),
                                    QDate(2018, 1, 1),
                                    QDate(2021, 1, 1),
                                    0};
        PracticeQualification newer{0,
                                    QualificationKind::Accreditation,
                                    QStringLiteral("Career coach"),
                                    QStringLiteral("NOLOC"),
                                    QDate(2022, 6, 1),
                                    QDate(),
                                    addAttachment("cert.pdf")};
        QVERIFY(records().practice().saveQualification(older));
        QVERIFY(records().practice().saveQualification(newer));
        QCOMPARE(records().practice().qualifications(), (QList<PracticeQualification>{newer, older}));
        QVERIFY(older.isExpiredOn(QDate(2026, 1, 1)));
        QVERIFY(records().practice().removeQualification(older.id));

        // MW-2.2: the consultant's own copy of each code as an attachment.
        CodeSubscription mw{
            0, QStringLiteral("MW-2020"), QStringLiteral("2020"), QDate(2021, 1, 1), addAttachment("mw-code.pdf")};
        CodeSubscription cmi{
            0, QStringLiteral("CMI-2009"), QStringLiteral("002"), QDate(2021, 1, 1), addAttachment("cmi-code.pdf")};
        QVERIFY(records().practice().saveCodeSubscription(mw));
        QVERIFY(records().practice().saveCodeSubscription(cmi));
        QCOMPARE(records().practice().codeSubscriptions(), (QList<CodeSubscription>{cmi, mw}));
        CodeSubscription twice = mw;
        twice.id = 0;
        RecordError error;
        QVERIFY(!records().practice().saveCodeSubscription(twice, &error));
        QVERIFY2(error.message.contains(QStringLiteral("already subscribe to MW-2020 version 2020")),
                 qPrintable(error.message));
    }

    void practicePolicy()
    {
        QCOMPARE(records().practice().policy(), PracticePolicy{});
        PracticePolicy policy;
        policy.dossierRetentionMonths = 36;
        policy.financialRetentionYears = 7;
        policy.backupIntervalDays = 1;
        policy.letterLanguage = Language::English;
        policy.idleLockMinutes = 5;
        QSignalSpy changed(&records().practice(), &PracticeRepository::policyChanged);
        QVERIFY(records().practice().savePolicy(policy));
        QCOMPARE(records().practice().policy(), policy);
        policy.idleLockMinutes = 0;
        RecordError error;
        QVERIFY(!records().practice().savePolicy(policy, &error));
        QCOMPARE(error.issues.constFirst().field, QStringLiteral("idleLockMinutes"));
        QCOMPARE(changed.count(), 1);
        QVERIFY(records().practice().savePolicy(PracticePolicy{}));
    }

    void principal()
    {
        Principal principal;
        principal.organisation = QStringLiteral("Stad Gent");
        principal.contactName = QStringLiteral("Katrien Claes");
        principal.address = {
            QStringLiteral("Botermarkt 1"), QStringLiteral("9000"), QStringLiteral("Gent"), QStringLiteral("BE")};
        principal.email = QStringLiteral("hr@example.be");
        principal.phone = QStringLiteral("09 266 00 00");
        principal.notes = QStringLiteral("Framework agreement 2026");
        principal.roles = {
            {0, PrincipalRoleKind::RecruitmentSelection, QString(), QDate(2025, 1, 1), QDate()},
            {0, PrincipalRoleKind::Other, QStringLiteral("Team days"), QDate(2025, 6, 1), QDate(2025, 12, 31)}};
        principal.relationships = {{0,
                                    RelationshipKind::FormerColleague,
                                    QStringLiteral("Worked together at the VDAB"),
                                    QDate(2026, 1, 2),
                                    {}}};
        QSignalSpy changed(&records().principals(), &PrincipalRepository::principalChanged);
        QSignalSpy listChanged(&records().principals(), &PrincipalRepository::principalsChanged);
        RecordError error;
        QVERIFY2(records().principals().save(principal, &error), qPrintable(error.message));
        QVERIFY(principal.id > 0);
        QVERIFY(principal.roles.at(0).id > 0 && principal.relationships.at(0).id > 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toLongLong(), principal.id);
        QCOMPARE(listChanged.count(), 1);
        QCOMPARE(records().principals().principal(principal.id), principal);

        // Children keep their ids; a dropped one is gone, a new one is added.
        const qint64 keptRole = principal.roles.at(1).id;
        principal.roles.removeFirst();
        principal.roles[0].description = QStringLiteral("Team days and workshops");
        principal.roles.append({0, PrincipalRoleKind::TrainingAdvice, QString(), QDate(2026, 2, 1), QDate()});
        principal.relationships.clear();
        QVERIFY(records().principals().save(principal));
        QCOMPARE(principal.roles.at(0).id, keptRole);
        const std::optional<Principal> loaded = records().principals().principal(principal.id);
        QCOMPARE(loaded, principal);
        QCOMPARE(loaded->roles.size(), 2);
        QVERIFY(loaded->relationships.isEmpty());

        QCOMPARE(records().principals().principals({QStringLiteral("katrien")}).size(), 1);
        QCOMPARE(records().principals().principals({QStringLiteral("nobody")}).size(), 0);
        QVERIFY(!records().principals().principal(9999, &error));
        QCOMPARE(error.kind, RecordError::Kind::NotFound);
    }

    void clientPerson()
    {
        Client client;
        client.name = QStringLiteral("Zoë Vermeulen");
        client.email = QStringLiteral("zoe@example.nl");
        client.phone = QStringLiteral("+31 6 12345678");
        client.address = {QStringLiteral("Oudegracht 10"),
                          QStringLiteral("3511 AB"),
                          QStringLiteral("Utrecht"),
                          QStringLiteral("NL")};
        client.language = Language::English;
        client.notes = QStringLiteral("Prefers mornings");
        client.relationships = {
            {0, RelationshipKind::Family, QStringLiteral("Cousin's partner"), QDate(2026, 1, 1), {}}};
        QSignalSpy changed(&records().clients(), &ClientRepository::clientsChanged);
        RecordError error;
        QVERIFY2(records().clients().save(client, &error), qPrintable(error.message));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(records().clients().client(client.id), client);
        QVERIFY(client.createdAt.isValid());
    }

    void clientSystem()
    {
        Client team;
        team.kind = ClientKind::System;
        team.name = QStringLiteral("Team Finance");
        team.members = {
            {0, QStringLiteral("Els Wouters"), QStringLiteral("team lead"), QStringLiteral("els@example.be")},
            {0, QStringLiteral("Jan Maes"), QStringLiteral("analyst"), QString()}};
        QVERIFY(records().clients().save(team));
        QCOMPARE(records().clients().client(team.id), team);
        const qint64 els = team.members.at(0).id;

        // Reordered, one added, one dropped: ids stay with their people.
        team.members = {{0, QStringLiteral("Mira Peeters"), QString(), QString()}, team.members.at(0)};
        QVERIFY(records().clients().save(team));
        QCOMPARE(team.members.at(1).id, els);
        QCOMPARE(records().clients().client(team.id), team);

        // Found by a member's name, and by kind.
        const QList<Client> byMember = records().clients().clients({QStringLiteral("mira"), std::nullopt});
        QCOMPARE(byMember.size(), 1);
        QCOMPARE(byMember.at(0).id, team.id);
        for (const Client& system : records().clients().clients({QString(), ClientKind::System})) {
            QCOMPARE(system.kind, ClientKind::System);
        }
    }

    // A listing reads the children of many records at once (one read of each child table,
    // handed out by parent): each record still gets exactly its own, in order.
    void listingsHandOutChildren()
    {
        QList<qint64> ids;
        for (int n = 0; n < 24; ++n) {
            Client team;
            team.kind = ClientKind::System;
            team.name = QStringLiteral("Listing team %1").arg(n, 2, 10, QLatin1Char('0'));
            team.members = {{0, QStringLiteral("Lid %1a").arg(n), QString(), QString()},
                            {0, QStringLiteral("Lid %1b").arg(n), QString(), QString()}};
            QVERIFY(records().clients().save(team));
            ids.append(team.id);

            Engagement engagement;
            engagement.clientId = team.id;
            engagement.payerKind = PayerKind::Client;
            engagement.title = QStringLiteral("Listing engagement %1").arg(n);
            engagement.methods = {
                {0, QStringLiteral("Methode %1").arg(n), QStringLiteral("Een gesprek."), QStringLiteral("Noloc")}};
            RecordError error;
            QVERIFY2(records().engagements().save(engagement, &error), qPrintable(error.message));
        }
        int clientsSeen = 0;
        for (const Client& client : records().clients().clients({QStringLiteral("Listing team"), std::nullopt})) {
            const int n = client.name.right(2).toInt();
            QCOMPARE(client.id, ids.at(n));
            QCOMPARE(client.members.size(), 2);
            QCOMPARE(client.members.at(0).name, QStringLiteral("Lid %1a").arg(n));
            QCOMPARE(client.members.at(1).name, QStringLiteral("Lid %1b").arg(n));
            QCOMPARE(client, *records().clients().client(client.id)); // as read one by one
            ++clientsSeen;
        }
        QCOMPARE(clientsSeen, 24);
        EngagementFilter filter;
        filter.titleContains = QStringLiteral("Listing engagement");
        const QList<Engagement> engagements = records().engagements().engagements(filter);
        QCOMPARE(engagements.size(), 24);
        for (const Engagement& engagement : engagements) {
            const int n = ids.indexOf(engagement.clientId);
            QVERIFY(n >= 0);
            QCOMPARE(engagement.methods.size(), 1);
            QCOMPARE(engagement.methods.at(0).name, QStringLiteral("Methode %1").arg(n));
            QCOMPARE(engagement, *records().engagements().engagement(engagement.id));
        }
    }

    // Times are stored as "2026-03-12T08:30:00.000Z"; a row written in another ISO form
    // (by hand, or by an older tool) reads as the same moment.
    void storedTimesInOtherForms()
    {
        const qint64 engagementId = addActiveEngagement(addClient(QStringLiteral("Tijd")));
        const QDateTime moment(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC);
        for (const QString& stored : {QStringLiteral("2026-03-29T01:30:00.000Z"),
                                      QStringLiteral("2026-03-29T01:30:00Z"),
                                      QStringLiteral("2026-03-29T03:30:00+02:00")}) {
            Session session;
            session.engagementId = engagementId;
            session.startsAt = moment.addDays(1);
            QVERIFY(records().sessions().save(session));
            QSqlQuery query(m_fixture.vault().database());
            QVERIFY(query.prepare(QStringLiteral("UPDATE session SET starts_at = ? WHERE id = ?")));
            query.addBindValue(stored);
            query.addBindValue(session.id);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            const std::optional<Session> read = records().sessions().session(session.id);
            QVERIFY(read);
            QCOMPARE(read->startsAt, moment);
            QCOMPARE(read->startsAt.timeSpec(), Qt::UTC);
        }
    }

    void engagement()
    {
        const qint64 clientId = addClient(QStringLiteral("Bram De Smet"));
        Principal principal;
        principal.organisation = QStringLiteral("Acme NV");
        QVERIFY(records().principals().save(principal));

        Engagement e;
        e.clientId = clientId;
        e.principalId = principal.id;
        e.payerKind = PayerKind::Scheme;
        e.payerName = QStringLiteral("Loopbaancheque (VDAB)");
        e.payerReference = QStringLiteral("LC-2026-0042");
        e.kind = EngagementKind::CareerCoaching;
        e.title = QStringLiteral("Loopbaancoaching 2026");
        e.objectives = QStringLiteral("A clear next step");
        e.clientExpectations = QStringLiteral("Clarity");
        e.principalExpectations = QStringLiteral("Retention");
        e.otherStakeholders = QStringLiteral("Team lead");
        e.methods = {
            {0, QStringLiteral("Loopbaananker"), QStringLiteral("Questionnaire"), QStringLiteral("Edgar Schein")},
            {0, QStringLiteral("Kernkwadrant"), QString(), QStringLiteral("Daniel Ofman")}};
        e.feeModel = FeeModel::PerSession;
        e.rateCents = 9500;
        e.currency = QStringLiteral("EUR");
        e.vatRateBasisPoints = 0;
        e.vatExempt = true;
        e.vatExemptionWording = QStringLiteral("Vrijgesteld van btw");
        e.estimatedTotalCents = 57000;
        e.expensesArrangement = QStringLiteral("Travel at 0.43 EUR/km");
        e.paymentMethod = PaymentMethod::BankTransfer;
        e.paymentTerms = QStringLiteral("30 days");
        e.plannedStart = QDate(2026, 3, 10);
        e.plannedEnd = QDate(2026, 6, 30);
        e.plannedSessions = 6;
        e.followsEarlierAdvice = true;
        e.earlierAdviceDescription = QStringLiteral("Advised on the team's structure in 2025");
        e.endOfEmployment = false;
        e.useRestrictions = QStringLiteral("Not to be used in appraisal");
        e.letterLanguage = Language::English;
        e.pinnedCodes = {{QStringLiteral("CMI-2009"), QStringLiteral("002")}};
        QSignalSpy changed(&records().engagements(), &EngagementRepository::engagementChanged);
        RecordError error;
        QVERIFY2(records().engagements().save(e, &error), qPrintable(error.message));
        QCOMPARE(e.status, EngagementStatus::Draft);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(records().engagements().engagement(e.id), e);

        // Unanswered and unset values stay so.
        e.estimatedTotalCents.reset();
        e.paymentMethod.reset();
        e.plannedSessions.reset();
        e.followsEarlierAdvice.reset();
        e.endOfEmployment.reset();
        e.plannedEnd = QDate();
        e.methods.removeFirst();
        e.pinnedCodes.append({QStringLiteral("GDPR-2016"), QStringLiteral("2016")});
        QVERIFY2(records().engagements().save(e, &error), qPrintable(error.message));
        QCOMPARE(records().engagements().engagement(e.id), e);

        EngagementFilter filter;
        filter.clientId = clientId;
        QCOMPARE(records().engagements().engagements(filter), QList<Engagement>{e});
        filter.statuses = {EngagementStatus::Active};
        QVERIFY(records().engagements().engagements(filter).isEmpty());
        filter = {};
        filter.titleContains = QStringLiteral("LOOPBAAN");
        QCOMPARE(records().engagements().engagements(filter).size(), 1);
    }

    void sessionsAndNoteHistory()
    {
        const qint64 engagementId = addActiveEngagement(addClient(QStringLiteral("Noor")));
        Session session;
        session.engagementId = engagementId;
        session.startsAt = QDateTime(QDate(2026, 3, 12), QTime(8, 30), Qt::UTC);
        session.durationMinutes = 75;
        session.mode = SessionMode::Video;
        session.location = QStringLiteral("Jitsi");
        QSignalSpy sessionsChanged(&records().sessions(), &SessionRepository::sessionsChanged);
        RecordError error;
        QVERIFY2(records().sessions().save(session, &error), qPrintable(error.message));
        QCOMPARE(sessionsChanged.count(), 1);
        QCOMPARE(sessionsChanged.at(0).at(0).toLongLong(), engagementId);
        QCOMPARE(records().sessions().session(session.id), session);
        QCOMPARE(records().sessions().sessions(engagementId), QList<Session>{session});

        Note note;
        note.engagementId = engagementId;
        note.sessionId = session.id;
        note.text = QStringLiteral("Version one");
        QVERIFY(records().sessions().saveNote(note));
        const QDateTime created = note.createdAt;
        QCOMPARE(records().sessions().note(note.id), note);
        QVERIFY(!note.editedAt.isValid());

        QSignalSpy noteChanged(&records().sessions(), &SessionRepository::noteChanged);
        note.text = QStringLiteral("Version two");
        QVERIFY(records().sessions().saveNote(note));
        const QDateTime secondWritten = note.editedAt;
        note.text = QStringLiteral("Version three");
        QVERIFY(records().sessions().saveNote(note));
        QVERIFY(records().sessions().saveNote(note)); // unchanged: no new version
        QCOMPARE(noteChanged.count(), 2);
        QCOMPARE(records().sessions().noteForSession(session.id), note);
        QCOMPARE(note.createdAt, created);

        const QList<NoteVersion> history = records().sessions().noteHistory(note.id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).version, 1);
        QCOMPARE(history.at(0).text, QStringLiteral("Version one"));
        QCOMPARE(history.at(0).writtenAt, created);
        QCOMPARE(history.at(0).replacedAt, secondWritten);
        QCOMPARE(history.at(1).version, 2);
        QCOMPARE(history.at(1).text, QStringLiteral("Version two"));
        QCOMPARE(history.at(1).writtenAt, secondWritten);
        QCOMPARE(history.at(1).replacedAt, note.editedAt);

        // A note on the engagement as a whole, besides the session notes.
        Note general{0, engagementId, 0, QStringLiteral("Overall impression"), {}, {}};
        QVERIFY(records().sessions().saveNote(general));
        QCOMPARE(records().sessions().notes(engagementId), (QList<Note>{note, general}));
    }

    void complianceRecords()
    {
        Client team;
        team.kind = ClientKind::System;
        team.name = QStringLiteral("Team Sales");
        team.members = {{0, QStringLiteral("Lies"), QString(), QString()}};
        QVERIFY(records().clients().save(team));
        const qint64 engagementId = addActiveEngagement(team.id);
        QSignalSpy changed(&records().compliance(), &ComplianceRecords::recordsChanged);
        RecordError error;

        Evidence evidence{0,
                          engagementId,
                          QStringLiteral("MW-2.3"),
                          QStringLiteral("finance"),
                          Party::AllParties,
                          QDate(2026, 3, 5),
                          Channel::InPerson,
                          QStringLiteral("Fees explained"),
                          addAttachment("minutes.pdf", engagementId),
                          {}};
        QVERIFY2(records().compliance().save(evidence, &error), qPrintable(error.message));
        QVERIFY(evidence.createdAt.isValid());
        QCOMPARE(records().compliance().evidence(evidence.id), evidence);
        QCOMPARE(records().compliance().evidenceFor(engagementId, QStringLiteral("MW-2.3")), QList<Evidence>{evidence});
        QVERIFY(records().compliance().evidenceFor(engagementId, QStringLiteral("MW-2.2")).isEmpty());

        // CMI-8 per person of a client system.
        Consent consent{0,
                        engagementId,
                        team.members.at(0).id,
                        ConsentScope::ListedReports,
                        {QStringLiteral("Interim report"), QStringLiteral("Final report")},
                        QDate(2026, 3, 5),
                        QDate(),
                        Channel::Letter,
                        0,
                        QStringLiteral("Signed at intake")};
        QVERIFY2(records().compliance().save(consent, &error), qPrintable(error.message));
        QCOMPARE(records().compliance().consent(consent.id), consent);
        consent.withdrawnOn = QDate(2026, 4, 1);
        QVERIFY(records().compliance().save(consent));
        QCOMPARE(records().compliance().consentsFor(engagementId), QList<Consent>{consent});

        PrincipalReport report{0,
                               engagementId,
                               ReportKind::Report,
                               QStringLiteral("Interim report"),
                               QStringLiteral("Two sessions held"),
                               QDate(2026, 3, 20),
                               Channel::Email,
                               consent.id,
                               0};
        QVERIFY2(records().compliance().save(report, &error), qPrintable(error.message));
        QCOMPARE(records().compliance().report(report.id), report);
        QCOMPARE(records().compliance().reportsFor(engagementId), QList<PrincipalReport>{report});

        Referral referral{0,
                          engagementId,
                          QDate(2026, 3, 21),
                          QStringLiteral("Psychology"),
                          QStringLiteral("Dr. Janssens"),
                          QStringLiteral("Sleep problems"),
                          QStringLiteral("10 % of the first invoice"),
                          QDate(2026, 3, 20)};
        QVERIFY(records().compliance().save(referral));
        QCOMPARE(records().compliance().referralsFor(engagementId), QList<Referral>{referral});

        Consultation supervision{0,
                                 engagementId,
                                 ConsultationKind::ThirdPartyAdvice,
                                 QDate(2026, 3, 22),
                                 QStringLiteral("Labour lawyer"),
                                 QStringLiteral("Case A: dismissal terms"),
                                 true,
                                 QDate(2026, 3, 21)};
        Consultation general{0,
                             0,
                             ConsultationKind::PeerConsultation,
                             QDate(2026, 3, 23),
                             QStringLiteral("Intervision group"),
                             QStringLiteral("Boundaries"),
                             std::nullopt,
                             QDate()};
        QVERIFY2(records().compliance().save(supervision, &error), qPrintable(error.message));
        QVERIFY2(records().compliance().save(general, &error), qPrintable(error.message));
        QCOMPARE(records().compliance().consultationsFor(engagementId), QList<Consultation>{supervision});
        QCOMPARE(records().compliance().consultationsFor(0), QList<Consultation>{general});

        WrittenWarning warning{0,
                               engagementId,
                               QDate(2026, 3, 24),
                               QStringLiteral("Three missed sessions"),
                               Channel::Letter,
                               addAttachment("warning.pdf", engagementId)};
        QVERIFY(records().compliance().save(warning));
        QCOMPARE(records().compliance().warning(warning.id), warning);
        QCOMPARE(records().compliance().warningsFor(engagementId), QList<WrittenWarning>{warning});

        // ICF-2.3: the disclosure log. The client not told: the reason is kept; told: the day.
        Disclosure disclosure{0,
                              engagementId,
                              QDate(2026, 3, 25),
                              QStringLiteral("Arbeidsauditoraat Gent"),
                              DisclosureGround::CourtOrder,
                              QStringLiteral("Session dates of March"),
                              QDate(),
                              QStringLiteral("The court asked not to")};
        QVERIFY2(records().compliance().save(disclosure, &error), qPrintable(error.message));
        QCOMPARE(records().compliance().disclosure(disclosure.id), disclosure);
        disclosure.clientToldOn = QDate(2026, 4, 2);
        Disclosure contradictory = disclosure;
        QVERIFY(!records().compliance().save(contradictory, &error));
        QCOMPARE(error.issues.first().field, QStringLiteral("notToldWhy"));
        disclosure.notToldWhy.clear();
        QVERIFY2(records().compliance().save(disclosure, &error), qPrintable(error.message));
        QCOMPARE(records().compliance().disclosuresFor(engagementId), QList<Disclosure>{disclosure});
        Disclosure nameless{0, engagementId, QDate(2026, 3, 26), {}, DisclosureGround::LegalDuty, {}, {}, {}};
        QVERIFY(!records().compliance().save(nameless, &error));
        QCOMPARE(nameless.id, 0);
        QCOMPARE(records().compliance().disclosuresFor(engagementId).size(), 1);

        QSignalSpy complaintsChanged(&records().compliance(), &ComplianceRecords::complaintsChanged);
        Complaint settled{0,
                          engagementId,
                          Party::Client,
                          QDate(2026, 3, 1),
                          QStringLiteral("Invoice too high"),
                          QDate(2026, 3, 2),
                          0,
                          false,
                          ComplaintStatus::Settled,
                          QStringLiteral("Called the client; went through the invoice line by line"),
                          QStringLiteral("Credit note"),
                          QDate(2026, 3, 10)};
        Complaint open{0,
                       engagementId,
                       Party::Principal,
                       QDate(2026, 4, 1),
                       QStringLiteral("Report late"),
                       QDate(2026, 4, 2),
                       addAttachment("ack.pdf"),
                       true,
                       ComplaintStatus::InProgress,
                       QString(),
                       QString(),
                       QDate()};
        QVERIFY2(records().compliance().save(settled, &error), qPrintable(error.message));
        QVERIFY2(records().compliance().save(open, &error), qPrintable(error.message));
        QCOMPARE(complaintsChanged.count(), 2);
        QCOMPARE(records().compliance().complaint(open.id), open);
        QCOMPARE(records().compliance().complaints(), (QList<Complaint>{open, settled})); // open first
        QCOMPARE(records().compliance().complaints(true), QList<Complaint>{open});
        QCOMPARE(records().compliance().complaintsFor(engagementId).size(), 2);
        // The handling notes (schema 8) are kept, changed and read back like the summary.
        QCOMPARE(records().compliance().complaint(settled.id)->handlingNotes,
                 QStringLiteral("Called the client; went through the invoice line by line"));
        open.handlingNotes = QStringLiteral("Meeting with Team Sales planned\nReport sent again");
        QVERIFY2(records().compliance().save(open, &error), qPrintable(error.message));
        QCOMPARE(records().compliance().complaint(open.id), open);
        open.handlingNotes = QString(10001, QLatin1Char('x'));
        QVERIFY(!records().compliance().save(open, &error));
        QCOMPARE(error.issues.constFirst().field, QStringLiteral("handlingNotes"));
        QCOMPARE(records().compliance().complaint(open.id)->handlingNotes,
                 QStringLiteral("Meeting with Team Sales planned\nReport sent again"));
        open = *records().compliance().complaint(open.id);

        QCOMPARE(changed.count(), 13);
        for (const QList<QVariant>& signal : changed) {
            QVERIFY(signal.at(0).toLongLong() == engagementId || signal.at(0).toLongLong() == 0);
        }
        // Each is a compliance event in the audit log, named by ids only.
        const QList<AuditEntry> audit = records().audit().entries(engagementId);
        QStringList kinds;
        for (const AuditEntry& entry : audit) {
            kinds.append(entry.kind);
            QVERIFY2(!entry.summary.contains(QStringLiteral("Team Sales")), qPrintable(entry.summary));
            QVERIFY2(!entry.summary.contains(QStringLiteral("invoice line")), qPrintable(entry.summary));
            QVERIFY2(!entry.summary.contains(QStringLiteral("Arbeidsauditoraat")), qPrintable(entry.summary));
        }
        for (const char* kind : {"evidence.recorded",
                                 "consent.recorded",
                                 "report.recorded",
                                 "referral.recorded",
                                 "consultation.recorded",
                                 "complaint.recorded",
                                 "warning.recorded",
                                 "disclosure.recorded"}) {
            QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
        }
    }

    // ICF-2.5: the practice's technology register and the tools used per engagement. A tool is
    // retired, never deleted; a day reviewed or agreed after today is refused; the audit log names
    // ids only, never which tool went with which client.
    void technologyRegister()
    {
        QSignalSpy toolsChanged(&records().practice(), &PracticeRepository::toolsChanged);
        RecordError error;
        TechnologyTool tool{0,
                            QStringLiteral("  Otter Notes "),
                            QStringLiteral("Transcribing sessions"),
                            QStringLiteral("EU (Dublin)"),
                            true,
                            false,
                            QDate(2026, 1, 5),
                            {}};
        QVERIFY2(records().practice().saveTool(tool, &error), qPrintable(error.message));
        QCOMPARE(tool.name, QStringLiteral("Otter Notes"));
        QCOMPARE(records().practice().tool(tool.id), tool);
        TechnologyTool files{0,
                             QStringLiteral("Nextcloud"),
                             QStringLiteral("Storing files"),
                             QStringLiteral("Own server"),
                             false,
                             true,
                             {},
                             {}};
        QVERIFY2(records().practice().saveTool(files, &error), qPrintable(error.message));
        QCOMPARE(records().practice().tools(), (QList<TechnologyTool>{files, tool}));
        QCOMPARE(toolsChanged.count(), 2);

        TechnologyTool nameless = files;
        nameless.id = 0;
        nameless.name = QStringLiteral("  ");
        QVERIFY(!records().practice().saveTool(nameless, &error));
        QCOMPARE(error.issues.constFirst().field, QStringLiteral("name"));
        TechnologyTool reviewedTomorrow = tool;
        reviewedTomorrow.reviewedOn = m_fixture.now().date().addDays(1);
        QVERIFY(!records().practice().saveTool(reviewedTomorrow, &error));
        QCOMPARE(error.issues.constFirst().field, QStringLiteral("reviewedOn"));
        QCOMPARE(records().practice().tool(tool.id)->reviewedOn, QDate(2026, 1, 5));

        Client client;
        client.name = QStringLiteral("Sofie Maes");
        QVERIFY(records().clients().save(client));
        const qint64 engagementId = addActiveEngagement(client.id); // no principal
        ToolUse use{0, engagementId, tool.id, QDate(2026, 2, 27), {}};
        QVERIFY2(records().compliance().save(use, &error), qPrintable(error.message));
        QCOMPARE(records().compliance().toolUse(use.id), use);
        QCOMPARE(records().compliance().toolUsesFor(engagementId), QList<ToolUse>{use});
        // Once per engagement; agreed in the future refused; no principal to agree.
        ToolUse twice{0, engagementId, tool.id, {}, {}};
        QVERIFY(!records().compliance().save(twice, &error));
        QCOMPARE(error.issues.constFirst().field, QStringLiteral("toolId"));
        ToolUse future = use;
        future.clientAgreedOn = m_fixture.now().date().addDays(1);
        QVERIFY(!records().compliance().save(future, &error));
        QCOMPARE(error.issues.constFirst().field, QStringLiteral("clientAgreedOn"));
        ToolUse principal = use;
        principal.principalAgreedOn = QDate(2026, 2, 27);
        QVERIFY(!records().compliance().save(principal, &error));
        QCOMPARE(error.issues.constFirst().field, QStringLiteral("principalAgreedOn"));
        ToolUse unknown{0, engagementId, 9999, {}, {}};
        QVERIFY(!records().compliance().save(unknown, &error));
        QCOMPARE(error.issues.constFirst().field, QStringLiteral("toolId"));
        QCOMPARE(records().compliance().toolUsesFor(engagementId), QList<ToolUse>{use});

        // A draft that lists a tool is not deleted: the tool's use is a record of the engagement.
        Engagement draft;
        draft.clientId = client.id;
        draft.payerKind = PayerKind::Client;
        draft.title = QStringLiteral("Draft with a tool");
        QVERIFY(records().engagements().save(draft));
        ToolUse drafted{0, draft.id, files.id, {}, {}};
        QVERIFY2(records().compliance().save(drafted, &error), qPrintable(error.message));
        QVERIFY(!records().engagements().remove(draft.id, &error));
        QVERIFY2(error.message.contains(QStringLiteral("tools used with the client's data")),
                 qPrintable(error.message));
        QVERIFY(records().engagements().engagement(draft.id));

        // Retired: still readable and still listed for the engagement, but not newly chosen.
        files.retiredOn = QDate(2026, 3, 1);
        QVERIFY2(records().practice().saveTool(files, &error), qPrintable(error.message));
        QCOMPARE(records().practice().tools(), (QList<TechnologyTool>{tool, files}));
        ToolUse retired{0, engagementId, files.id, {}, {}};
        QVERIFY(!records().compliance().save(retired, &error));
        QCOMPARE(error.issues.constFirst().field, QStringLiteral("toolId"));
        QVERIFY(error.message.contains(QStringLiteral("retired")) ||
                error.issues.constFirst().message.contains(QStringLiteral("retired")));

        const QList<AuditEntry> audit = records().audit().entries(engagementId);
        QStringList kinds;
        for (const AuditEntry& entry : audit) {
            kinds.append(entry.kind);
            QVERIFY2(!entry.summary.contains(QStringLiteral("Otter")), qPrintable(entry.summary));
        }
        QVERIFY2(kinds.contains(QStringLiteral("tool_use.recorded")), qPrintable(kinds.join(QLatin1Char(' '))));
        // The register's own changes are logged by table and id.
        QSqlQuery logged(m_fixture.vault().database());
        QVERIFY(logged.exec(QStringLiteral("SELECT summary FROM audit_entry WHERE record_table = 'technology_tool'")));
        int entries = 0;
        while (logged.next()) {
            ++entries;
            QVERIFY2(!logged.value(0).toString().contains(QStringLiteral("Otter")),
                     qPrintable(logged.value(0).toString()));
        }
        QCOMPARE(entries, 3);
    }

    // A vault written before schema version 8 has no handling notes: opened read-only (not
    // migrated) its complaints read with none; opened for writing it gains the column, and
    // the complaint keeps everything else and takes handling notes.
    void complaintBeforeHandlingNotesIsMigrated()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("schema-7.mandaat"));
        std::vector<Migration> upToSeven;
        for (const Migration& step : schemaMigrations()) {
            if (step.version <= 7) {
                upToSeven.push_back(step);
            }
        }
        setSchemaMigrationsForTesting(&upToSeven);
        Complaint complaint;
        {
            VaultError error;
            auto vault = Vault::create(path, test::passphrase(), &error);
            QVERIFY2(vault, qPrintable(error.message));
            QCOMPARE(vault->schemaVersion(), 7);
            Records old(*vault);
            Client client;
            client.name = QStringLiteral("Jef Wouters");
            RecordError recordError;
            QVERIFY2(old.clients().save(client, &recordError), qPrintable(recordError.message));
            // Written the way version 7 wrote them: the engagement without the columns of later
            // versions (the cancellation policy, 10), the complaint without the handling notes.
            Engagement engagement;
            QSqlQuery insertEngagement(vault->database());
            QVERIFY(insertEngagement.prepare(QStringLiteral(
                "INSERT INTO engagement (client_id, payer_kind, kind, title, fee_model, rate_cents, currency, "
                "vat_rate_bp, created_at, updated_at) VALUES (?, 'client', 'coaching', 'Coaching', 'hourly', 0, "
                "'EUR', 2100, '2026-05-01T09:00:00.000Z', '2026-05-01T09:00:00.000Z')")));
            insertEngagement.addBindValue(client.id);
            QVERIFY2(insertEngagement.exec(), qPrintable(insertEngagement.lastError().text()));
            engagement.id = insertEngagement.lastInsertId().toLongLong();
            QSqlQuery insert(vault->database());
            QVERIFY(insert.prepare(QStringLiteral(
                "INSERT INTO complaint (engagement_id, complainant, received_on, due_on, summary, status) "
                "VALUES (?, 'client', '2026-05-04', '2026-06-01', 'Too few sessions', 'received')")));
            insert.addBindValue(engagement.id);
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            complaint.id = insert.lastInsertId().toLongLong();
            complaint.engagementId = engagement.id;
            complaint.receivedOn = QDate(2026, 5, 4);
            complaint.summary = QStringLiteral("Too few sessions");
        }
        setSchemaMigrationsForTesting(nullptr);
        {
            VaultError error;
            auto readOnly = Vault::open(path, test::passphrase(), Vault::Access::ReadOnly, &error);
            QVERIFY2(readOnly, qPrintable(error.message));
            QCOMPARE(readOnly->schemaVersion(), 7);
            RecordError recordError;
            QCOMPARE(Records(*readOnly).compliance().complaint(complaint.id, &recordError), complaint);
        }
        VaultError error;
        auto vault = Vault::open(path, test::passphrase(), Vault::Access::ReadWrite, &error);
        QVERIFY2(vault, qPrintable(error.message));
        QCOMPARE(vault->schemaVersion(), latestSchemaVersion());
        Records migrated(*vault);
        QCOMPARE(migrated.compliance().complaint(complaint.id), complaint);
        complaint.handlingNotes = QStringLiteral("Phoned Jef; agreed on two extra sessions.");
        RecordError recordError;
        QVERIFY2(migrated.compliance().save(complaint, &recordError), qPrintable(recordError.message));
        QCOMPARE(migrated.compliance().complaint(complaint.id)->handlingNotes, complaint.handlingNotes);
    }

    void attachments()
    {
        QByteArray bytes(3 * 1024 * 1024, '\0');
        for (int i = 0; i < bytes.size(); ++i) {
            bytes[i] = static_cast<char>((qint64{i} * 7919) % 251);
        }
        Attachment scan;
        scan.fileName = QStringLiteral("getekende bevestiging.pdf");
        scan.mimeType = QStringLiteral("application/pdf");
        scan.description = QStringLiteral("Signed confirmation");
        scan.content = bytes;
        QSignalSpy changed(&records().attachments(), &AttachmentRepository::attachmentsChanged);
        RecordError error;
        QVERIFY2(records().attachments().add(scan, &error), qPrintable(error.message));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(scan.sha256, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(scan.size, qint64(bytes.size()));
        QCOMPARE(records().attachments().attachment(scan.id), scan);
        const std::optional<Attachment> info = records().attachments().info(scan.id);
        QVERIFY(info && info->content.isEmpty());
        QCOMPARE(info->sha256, scan.sha256);
        QVERIFY(records().attachments().verify(scan.id));

        scan.fileName = QStringLiteral("confirmation-signed.pdf");
        scan.content = QByteArray("not taken over");
        QVERIFY(records().attachments().saveInfo(scan));
        const std::optional<Attachment> renamed = records().attachments().attachment(scan.id);
        QCOMPARE(renamed->fileName, scan.fileName);
        QCOMPARE(renamed->content, bytes);

        // Damage to the stored bytes shows.
        QVERIFY(m_fixture.exec(QStringLiteral("UPDATE attachment SET content = ? WHERE id = ?"),
                               {QByteArray("tampered"), scan.id}));
        QVERIFY(!records().attachments().verify(scan.id));
    }

    void attachmentLimit()
    {
        Attachment big;
        big.fileName = QStringLiteral("scan.tiff");
        big.mimeType = QStringLiteral("image/tiff");
        big.content = QByteArray(Attachment::MaxBytes + 1, 'x');
        QSignalSpy changed(&records().attachments(), &AttachmentRepository::attachmentsChanged);
        RecordError error;
        QVERIFY(!records().attachments().add(big, &error));
        QCOMPARE(error.kind, RecordError::Kind::Invalid);
        QVERIFY2(error.message.contains(QStringLiteral("attachments can be at most 25 MB")), qPrintable(error.message));
        QCOMPARE(big.id, qint64(0));

        big.content.chop(1); // exactly 25 MB fits
        QVERIFY2(records().attachments().add(big, &error), qPrintable(error.message));
        QCOMPARE(records().attachments().info(big.id)->size, Attachment::MaxBytes);
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(RecordsRoundTripTest)
#include "RecordsRoundTripTest.moc"
