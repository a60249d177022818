// What the repositories refuse, with the reason a user reads: deleting what an engagement
// refers to, lifecycle steps out of order or vetoed by the compliance hook, sessions before
// activation, edits to an ended engagement, references across engagements, and values the
// vault holds but this version does not know.
#include "RecordsFixture.h"

#include "domain/DisplayNames.h"
#include "domain/Phrase.h"
#include "repositories/AttachmentRepository.h"
#include "repositories/AuditLog.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/SessionRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace mandaat;

namespace {

/// Stands in for the compliance rules of a later issue: refuses activation with a reason.
class RefuseActivation : public TransitionGuard
{
public:
    TransitionCheck check(const Engagement&, EngagementStatus to, std::optional<EndReason>, QDate) const override
    {
        if (to == EngagementStatus::Active) {
            return TransitionCheck::refuse(QStringLiteral("MW-2.2: the code was not handed over to the principal."));
        }
        return TransitionCheck::allow();
    }
};

} // namespace

class RecordsRefusalTest : public QObject
{
    Q_OBJECT

private:
    test::RecordsFixture m_fixture;
    Records& records() { return m_fixture.records(); }

    Client addClient(const QString& name, bool system = false)
    {
        Client client;
        client.name = name;
        if (system) {
            client.kind = ClientKind::System;
            client.members = {{0, QStringLiteral("Member of ") + name, QString(), QString()}};
        }
        records().clients().save(client);
        return client;
    }

    qint64 addPrincipal(const QString& organisation)
    {
        Principal principal;
        principal.organisation = organisation;
        records().principals().save(principal);
        return principal.id;
    }

    qint64 addEngagement(qint64 clientId, qint64 principalId = 0)
    {
        Engagement engagement;
        engagement.clientId = clientId;
        engagement.principalId = principalId;
        engagement.payerKind = principalId ? PayerKind::Principal : PayerKind::Client;
        engagement.title = QStringLiteral("Guidance");
        engagement.pinnedCodes = {{QStringLiteral("MW-2020"), QStringLiteral("2020")}};
        RecordError error;
        if (!records().engagements().save(engagement, &error)) {
            qWarning("%s", qPrintable(error.message));
        }
        return engagement.id;
    }

    bool step(qint64 id, EngagementStatus to, QDate on, std::optional<EndReason> reason = std::nullopt)
    {
        return records().engagements().transition(id, to, on, reason);
    }

    qint64 addAttachment(const char* name, qint64 engagementId = 0)
    {
        Attachment attachment{0,
                              engagementId,
                              QString::fromLatin1(name),
                              QStringLiteral("application/pdf"),
                              {},
                              QByteArray("%PDF-1.4 ") + name,
                              0,
                              {},
                              {}};
        records().attachments().add(attachment);
        return attachment.id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.open(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_fixture.close(); }

    void deletingWhatAnEngagementUses()
    {
        const Client client = addClient(QStringLiteral("Ruben"));
        const qint64 principalId = addPrincipal(QStringLiteral("Brouwerij NV"));
        const qint64 engagementId = addEngagement(client.id, principalId);
        QVERIFY(step(engagementId, EngagementStatus::Onboarding, QDate(2026, 3, 2)));
        QSignalSpy removed(&records().clients(), &ClientRepository::clientRemoved);

        RecordError error;
        QVERIFY(!records().clients().remove(client.id, &error));
        QCOMPARE(error.kind, RecordError::Kind::Refused);
        QVERIFY2(
            error.message.contains(
                QStringLiteral("“Ruben” cannot be deleted: they are the client of engagement %1").arg(engagementId)),
            qPrintable(error.message));
        QVERIFY(records().clients().client(client.id));

        QVERIFY(!records().principals().remove(principalId, &error));
        QVERIFY2(error.message.contains(QStringLiteral("“Brouwerij NV” cannot be deleted: it is the principal of "
                                                       "engagement %1")
                                            .arg(engagementId)),
                 qPrintable(error.message));

        QVERIFY(!records().engagements().remove(engagementId, &error));
        QVERIFY2(error.message.contains(QStringLiteral("is onboarding, not a draft")), qPrintable(error.message));
        QCOMPARE(removed.count(), 0);

        // Nothing refers to these: they go.
        const Client alone = addClient(QStringLiteral("Alone"), true);
        QVERIFY(records().clients().remove(alone.id, &error));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(m_fixture.exec(QStringLiteral("SELECT 1")), true);
        QVERIFY(!records().clients().client(alone.id, &error));
        QCOMPARE(error.kind, RecordError::Kind::NotFound);
        QVERIFY(records().principals().remove(addPrincipal(QStringLiteral("Unused BV"))));
    }

    void deletingADraft()
    {
        const Client client = addClient(QStringLiteral("Draft client"));
        const qint64 empty = addEngagement(client.id);
        QSignalSpy removed(&records().engagements(), &EngagementRepository::engagementRemoved);
        QVERIFY(records().engagements().remove(empty));
        QCOMPARE(removed.count(), 1);

        const qint64 withRecords = addEngagement(client.id);
        Session intake{0,
                       withRecords,
                       QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC),
                       60,
                       SessionMode::Phone,
                       QString(),
                       true,
                       {},
                       {}};
        QVERIFY(records().sessions().save(intake));
        RecordError error;
        QVERIFY(!records().engagements().remove(withRecords, &error));
        QVERIFY2(error.message.contains(QStringLiteral("already has sessions")), qPrintable(error.message));
        QVERIFY(records().sessions().remove(intake.id)); // a cancelled appointment
        QVERIFY(records().engagements().remove(withRecords, &error));
    }

    void deletingAttachmentsInUse()
    {
        RecordError error;
        PracticeProfile profile;
        profile.consultantName = QStringLiteral("An");
        profile.logoAttachmentId = addAttachment("logo.png");
        QVERIFY(records().practice().saveProfile(profile));
        QVERIFY(!records().attachments().remove(profile.logoAttachmentId, &error));
        QVERIFY2(error.message.contains(QStringLiteral("“logo.png” is still in use as the letterhead logo")),
                 qPrintable(error.message));

        const qint64 engagementId = addEngagement(addClient(QStringLiteral("Ines")).id);
        const qint64 own = addAttachment("letter.pdf", engagementId);
        QVERIFY(!records().attachments().remove(own, &error));
        QVERIFY2(error.message.contains(QStringLiteral("belongs to the record of engagement %1").arg(engagementId)),
                 qPrintable(error.message));

        const qint64 code = addAttachment("mw-code.pdf");
        Evidence handedOver{0,
                            engagementId,
                            QStringLiteral("MW-2.2"),
                            QString(),
                            Party::Principal,
                            QDate(2026, 3, 3),
                            Channel::Email,
                            QString(),
                            code,
                            {}};
        QVERIFY(records().compliance().save(handedOver));
        QVERIFY(!records().attachments().remove(code, &error));
        QVERIFY2(error.message.contains(QStringLiteral("in use as evidence")), qPrintable(error.message));

        const qint64 spare = addAttachment("spare.pdf");
        QVERIFY(records().attachments().remove(spare, &error));
        QVERIFY(!records().attachments().info(spare));
    }

    void removingAPinnedCode()
    {
        CodeSubscription mw{0, QStringLiteral("MW-2020"), QStringLiteral("2020"), QDate(2021, 1, 1), 0};
        QVERIFY(records().practice().saveCodeSubscription(mw));
        RecordError error;
        QVERIFY(!records().practice().removeCodeSubscription(mw.id, &error));
        QVERIFY2(
            error.message.contains(QStringLiteral("MW-2020 version 2020 cannot be removed: it governs engagements")),
            qPrintable(error.message));
        CodeSubscription cmi{0, QStringLiteral("CMI-2009"), QStringLiteral("002"), QDate(2021, 1, 1), 0};
        QVERIFY(records().practice().saveCodeSubscription(cmi));
        QVERIFY(records().practice().removeCodeSubscription(cmi.id, &error));
    }

    void removingAMemberWithConsent()
    {
        Client team = addClient(QStringLiteral("Team HR"), true);
        team.members.append({0, QStringLiteral("Wim"), QString(), QString()});
        QVERIFY(records().clients().save(team));
        const qint64 engagementId = addEngagement(team.id);
        Consent consent{0,
                        engagementId,
                        team.members.at(0).id,
                        ConsentScope::ProgressOnly,
                        {},
                        QDate(2026, 3, 1),
                        QDate(),
                        Channel::Letter,
                        0,
                        QString()};
        QVERIFY(records().compliance().save(consent));
        Client without = team;
        without.members.removeFirst();
        RecordError error;
        QVERIFY(!records().clients().save(without, &error));
        QVERIFY2(error.message.contains(QStringLiteral("Member of Team HR cannot be removed from the client system: "
                                                       "their consent is recorded for engagement %1.")
                                            .arg(engagementId)),
                 qPrintable(error.message));
        QCOMPARE(records().clients().client(team.id)->members.size(), 2);

        // A member of another client cannot consent here.
        const Client other = addClient(QStringLiteral("Team IT"), true);
        Consent foreign{0,
                        engagementId,
                        other.members.at(0).id,
                        ConsentScope::None,
                        {},
                        QDate(2026, 3, 1),
                        QDate(),
                        Channel::Letter,
                        0,
                        QString()};
        QVERIFY(!records().compliance().save(foreign, &error));
        QCOMPARE(error.issues.constFirst().field, QStringLiteral("memberId"));

        // A report cannot rely on another engagement's consent.
        const qint64 otherEngagement = addEngagement(other.id);
        PrincipalReport report{0,
                               otherEngagement,
                               ReportKind::Progress,
                               QStringLiteral("Progress"),
                               QString(),
                               QDate(2026, 3, 10),
                               Channel::Email,
                               consent.id,
                               0};
        QVERIFY(!records().compliance().save(report, &error));
        QCOMPARE(error.issues.constFirst().field, QStringLiteral("consentId"));

        // A record stays with its engagement.
        Consent whole{0, engagementId, 0, ConsentScope::None, {}, QDate(2026, 3, 1), QDate(), Channel::Email, 0, {}};
        QVERIFY(records().compliance().save(whole));
        whole.engagementId = otherEngagement;
        QVERIFY(!records().compliance().save(whole, &error));
        QVERIFY2(error.message.contains(QStringLiteral("cannot move to another engagement")),
                 qPrintable(error.message));
    }

    void engagementReferences()
    {
        Engagement engagement;
        engagement.clientId = 9999;
        engagement.principalId = 8888;
        engagement.title = QStringLiteral("Ghost");
        RecordError error;
        QVERIFY(!records().engagements().save(engagement, &error));
        QCOMPARE(error.kind, RecordError::Kind::Invalid);
        QCOMPARE(error.issues.size(), 2);
        QVERIFY(error.message.contains(QStringLiteral("The chosen client (number 9999) no longer exists.")));
        QVERIFY(error.message.contains(QStringLiteral("The chosen principal (number 8888) no longer exists.")));
        QCOMPARE(engagement.id, qint64(0));

        engagement.clientId = 0; // missing client
        engagement.principalId = 0;
        engagement.payerKind = PayerKind::Client;
        QVERIFY(!records().engagements().save(engagement, &error));
        QCOMPARE(error.issues.constFirst().field, QStringLiteral("clientId"));
    }

    void lifecycleThroughTheRepository()
    {
        const qint64 id = addEngagement(addClient(QStringLiteral("Lotte")).id);
        QSignalSpy changed(&records().engagements(), &EngagementRepository::engagementChanged);
        RecordError error;
        QVERIFY(!records().engagements().transition(id, EngagementStatus::Active, QDate(2026, 3, 1), {}, {}, &error));
        QVERIFY2(error.message.contains(QStringLiteral("cannot skip a step")), qPrintable(error.message));
        QVERIFY(step(id, EngagementStatus::Onboarding, QDate(2026, 3, 2)));

        // The compliance hook has the last word on activation.
        RefuseActivation guard;
        records().engagements().setTransitionGuard(&guard);
        QVERIFY(!records().engagements().transition(id, EngagementStatus::Active, QDate(2026, 3, 9), {}, {}, &error));
        QCOMPARE(error.kind, RecordError::Kind::Refused);
        QCOMPARE(error.message, QStringLiteral("MW-2.2: the code was not handed over to the principal."));
        records().engagements().setTransitionGuard(nullptr);

        QVERIFY(!records().engagements().transition(id, EngagementStatus::Active, QDate(2026, 3, 1), {}, {}, &error));
        QVERIFY2(error.message.contains(QStringLiteral("before an earlier step, “Onboarding”, on 2 March 2026")),
                 qPrintable(error.message));
        QVERIFY(step(id, EngagementStatus::Active, QDate(2026, 3, 9)));
        QVERIFY(step(id, EngagementStatus::Ending, QDate(2026, 6, 1)));
        QVERIFY(step(id, EngagementStatus::Active, QDate(2026, 6, 2))); // the ending called off
        QVERIFY(!records().engagements().engagement(id)->endingOn.isValid());
        QVERIFY(step(id, EngagementStatus::Ending, QDate(2026, 6, 20)));
        QVERIFY(!records().engagements().transition(id, EngagementStatus::Ended, QDate(2026, 6, 30), {}, {}, &error));
        QVERIFY2(error.message.contains(QStringLiteral("Say why")), qPrintable(error.message));
        QVERIFY(records().engagements().transition(id,
                                                   EngagementStatus::Ended,
                                                   QDate(2026, 6, 30),
                                                   EndReason::Completed,
                                                   QStringLiteral("Goals met"),
                                                   &error));
        QCOMPARE(changed.count(), 6);

        const std::optional<Engagement> ended = records().engagements().engagement(id);
        QCOMPARE(ended->status, EngagementStatus::Ended);
        QCOMPARE(ended->onboardingOn, QDate(2026, 3, 2));
        QCOMPARE(ended->activatedOn, QDate(2026, 3, 9));
        QCOMPARE(ended->endingOn, QDate(2026, 6, 20));
        QCOMPARE(ended->endedOn, QDate(2026, 6, 30));
        QCOMPARE(ended->endReason, EndReason::Completed);
        QCOMPARE(ended->endNote, QStringLiteral("Goals met"));
        // Retention from the practice policy (defaults: 24 months, 10 years).
        QCOMPARE(ended->dossierRetentionUntil, QDate(2028, 6, 30));
        QCOMPARE(ended->financialRetentionUntil, QDate(2036, 6, 30));

        // Ended is final.
        Engagement edit = *ended;
        edit.title = QStringLiteral("Changed afterwards");
        QVERIFY(!records().engagements().save(edit, &error));
        QVERIFY2(error.message.contains(QStringLiteral("its record is final")), qPrintable(error.message));
        QVERIFY(!records().engagements().transition(id, EngagementStatus::Active, QDate(2026, 7, 1), {}, {}, &error));
        QVERIFY(!records().engagements().setRetention(id, QDate(2026, 6, 1), QDate(), &error));
        QCOMPARE(error.issues.constFirst().field, QStringLiteral("dossierRetentionUntil"));
        QVERIFY(records().engagements().setRetention(id, QDate(2027, 6, 30), QDate(2033, 6, 30), &error));
        QCOMPARE(records().engagements().engagement(id)->dossierRetentionUntil, QDate(2027, 6, 30));

        // Each step is in the audit log, by ids.
        QStringList steps;
        for (const AuditEntry& entry : records().audit().entries(id)) {
            if (entry.kind == QLatin1String("engagement.status")) {
                steps.append(Phrase::render(entry.summary));
            }
        }
        QCOMPARE(steps.size(), 6);
        QCOMPARE(steps.constFirst(),
                 QStringLiteral("Engagement %1: from %2 to %3 on %4")
                     .arg(QString::number(id),
                          displayName(EngagementStatus::Draft),
                          displayName(EngagementStatus::Onboarding),
                          displayDate(QDate(2026, 3, 2))));
        QCOMPARE(steps.constLast(),
                 QStringLiteral("Engagement %1: from %2 to %3 on %4 (%5)")
                     .arg(QString::number(id),
                          displayName(EngagementStatus::Ending),
                          displayName(EngagementStatus::Ended),
                          displayDate(QDate(2026, 6, 30)),
                          displayName(EndReason::Completed)));

        // A draft declined before it started.
        const qint64 declined = addEngagement(addClient(QStringLiteral("Pieter")).id);
        QVERIFY(!records().engagements().transition(
            declined, EngagementStatus::Ended, QDate(2026, 3, 1), EndReason::Completed, {}, &error));
        QVERIFY(step(declined, EngagementStatus::Ended, QDate(2026, 3, 1), EndReason::Declined));
    }

    void sessionsFollowTheLifecycle()
    {
        const qint64 id = addEngagement(addClient(QStringLiteral("Sara")).id);
        Session regular{0,
                        id,
                        QDateTime(QDate(2026, 3, 3), QTime(9, 0), Qt::UTC),
                        60,
                        SessionMode::InPerson,
                        QStringLiteral("Gent"),
                        false,
                        {},
                        {}};
        RecordError error;
        QVERIFY(!records().sessions().save(regular, &error));
        QCOMPARE(error.kind, RecordError::Kind::Refused);
        QCOMPARE(error.issues.constFirst().field, QStringLiteral("intake"));
        QVERIFY2(error.message.contains(QStringLiteral("only intake sessions")), qPrintable(error.message));

        Session intake = regular;
        intake.intake = true;
        QVERIFY2(records().sessions().save(intake, &error), qPrintable(error.message));
        QVERIFY(step(id, EngagementStatus::Onboarding, QDate(2026, 3, 4)));
        QVERIFY(step(id, EngagementStatus::Active, QDate(2026, 3, 5)));
        QVERIFY2(records().sessions().save(regular, &error), qPrintable(error.message));

        Note note{0, id, regular.id, QStringLiteral("Notes"), {}, {}};
        QVERIFY(records().sessions().saveNote(note));
        Note second{0, id, regular.id, QStringLiteral("Second"), {}, {}};
        QVERIFY(!records().sessions().saveNote(second, &error));
        QVERIFY2(error.message.contains(QStringLiteral("already has a note")), qPrintable(error.message));
        Note misplaced{0, id, 999999, QStringLiteral("Elsewhere"), {}, {}};
        QVERIFY(!records().sessions().saveNote(misplaced, &error));
        QCOMPARE(error.issues.constFirst().field, QStringLiteral("sessionId"));
        QVERIFY(!records().sessions().remove(regular.id, &error));
        QVERIFY2(error.message.contains(QStringLiteral("has a note")), qPrintable(error.message));

        QVERIFY(step(id, EngagementStatus::Ending, QDate(2026, 4, 1)));
        QVERIFY(step(id, EngagementStatus::Ended, QDate(2026, 4, 2), EndReason::ClientStopped));
        Session late = regular;
        late.id = 0;
        QVERIFY(!records().sessions().save(late, &error));
        QVERIFY2(error.message.contains(QStringLiteral("has ended; it takes no new sessions")),
                 qPrintable(error.message));
    }

    void batchIsAllOrNothing()
    {
        QSignalSpy rolledBack(&records(), &Records::batchRolledBack);
        const int before = records().clients().clients().size();
        QList<qint64> ids;
        RecordError error;
        const bool kept = records().transaction(
            [&](RecordError* inner) {
                for (const QString& name : {QStringLiteral("Import 1"), QStringLiteral("Import 2"), QString()}) {
                    Client client;
                    client.name = name; // the third has none: the whole import is undone
                    if (!records().clients().save(client, inner)) {
                        return false;
                    }
                    ids.append(client.id);
                }
                return true;
            },
            &error);
        QVERIFY(!kept);
        QCOMPARE(error.kind, RecordError::Kind::Invalid);
        QCOMPARE(ids.size(), 2);
        QCOMPARE(rolledBack.count(), 1);
        QCOMPARE(records().clients().clients().size(), before);
        QVERIFY(!records().clients().client(ids.at(0)));

        QVERIFY(records().transaction([&](RecordError* inner) {
            Client client;
            client.name = QStringLiteral("Import 3");
            return records().clients().save(client, inner);
        }));
        QCOMPARE(records().clients().clients().size(), before + 1);
        QCOMPARE(rolledBack.count(), 1);
    }

    void changingWhatIsNotThere()
    {
        Client ghost;
        ghost.id = 987654;
        ghost.name = QStringLiteral("Ghost");
        RecordError error;
        QVERIFY(!records().clients().save(ghost, &error));
        QCOMPARE(error.kind, RecordError::Kind::NotFound);
        QVERIFY(!records().sessions().remove(987654, &error));
        QCOMPARE(error.kind, RecordError::Kind::NotFound);
    }

    void unknownStoredValue()
    {
        const qint64 id = addEngagement(addClient(QStringLiteral("Future")).id);
        QVERIFY(m_fixture.exec(QStringLiteral("UPDATE engagement SET kind = 'astrology' WHERE id = ?"), {id}));
        RecordError error;
        QVERIFY(!records().engagements().engagement(id, &error));
        QCOMPARE(error.kind, RecordError::Kind::Storage);
        QVERIFY2(error.message.contains(QStringLiteral("“astrology” in kind")), qPrintable(error.message));
        QVERIFY(m_fixture.exec(QStringLiteral("UPDATE engagement SET kind = 'coaching' WHERE id = ?"), {id}));
        QVERIFY(records().engagements().engagement(id, &error));
    }
};

QTEST_GUILESS_MAIN(RecordsRefusalTest)
#include "RecordsRefusalTest.moc"
