#pragma once

// A practice with the records an export, a backup and a destruction must handle: one client
// ("Jan Jansen", whose name must never appear in an archive's file names) with two
// engagements, the first ended and carrying every kind of record, a canary word in each of its
// texts; and another client with one engagement that must stay out of Jan's exports.

#include "RecordsFixture.h"

#include "domain/Attachment.h"
#include "domain/Client.h"
#include "domain/ComplianceRecord.h"
#include "domain/Engagement.h"
#include "domain/IssuedLetter.h"
#include "domain/NoteDraft.h"
#include "domain/Principal.h"
#include "domain/Session.h"
#include "repositories/AttachmentRepository.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/IssuedLetterRepository.h"
#include "repositories/NoteDrafts.h"
#include "repositories/PracticeRepository.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/SessionRepository.h"

#include <QRandomGenerator>

namespace mandaat::test {

/// The word planted in every text of the first engagement's dossier.
inline QString canary()
{
    return QStringLiteral("Kanarievogel7319");
}

inline QString clientName()
{
    return QStringLiteral("Jan Jansen");
}

struct ExchangeIds
{
    qint64 client = 0;
    qint64 otherClient = 0;
    qint64 principal = 0;
    qint64 ended = 0; // every kind of record; ended 2026-03-20, dossier kept until 2026-04-01
    qint64 second = 0; // Jan's second engagement, active
    qint64 other = 0; // the other client's
    qint64 tool = 0; // the practice's AI tool (ICF-2.5), used in the ended engagement
    QString noteText;
};

class ExchangeFixture : public RecordsFixture
{
public:
    bool build(ExchangeIds* ids, QString* error)
    {
        if (!open(error)) {
            return false;
        }
        RecordError e;
        const auto check = [&](bool ok, const char* what) {
            if (!ok && error->isEmpty()) {
                *error = QStringLiteral("%1: %2").arg(QLatin1String(what), e.message);
            }
            return ok;
        };
        error->clear();
        Principal principal;
        principal.organisation = QStringLiteral("Acme nv");
        principal.contactName = QStringLiteral("Els Peeters");
        check(records().principals().save(principal, &e), "principal");
        ids->principal = principal.id;

        Client client;
        client.name = clientName();
        client.email = QStringLiteral("jan@example.org");
        check(records().clients().save(client, &e), "client");
        ids->client = client.id;
        Client other;
        other.name = QStringLiteral("Piet Peeters");
        check(records().clients().save(other, &e), "other client");
        ids->otherClient = other.id;

        ids->ended = engagement(client.id, principal.id, QStringLiteral("Loopbaancoaching"), &e);
        ids->second = engagement(client.id, 0, QStringLiteral("Second engagement"), &e);
        ids->other = engagement(other.id, 0, QStringLiteral("Other client's engagement"), &e);
        check(ids->ended && ids->second && ids->other, "engagements");

        // Hostile text as well as the canary: quotes, backslashes, control characters,
        // U+2028, a lone surrogate and markup.
        ids->noteText = canary() + QStringLiteral(" said \"stop\" \\ then\ttab\x01 \u2028 <b>bold</b> ") +
            QChar(0xD800) + QStringLiteral(" end");
        const qint64 id = ids->ended;
        Session session;
        session.engagementId = id;
        session.startsAt = QDateTime(QDate(2026, 3, 12), QTime(9, 0), Qt::UTC);
        session.location = QStringLiteral("Kantoor ") + canary();
        check(records().sessions().save(session, &e), "session");
        Note note;
        note.engagementId = id;
        note.sessionId = session.id;
        note.text = QStringLiteral("First text ") + canary();
        check(records().sessions().saveNote(note, &e), "note");
        note.text = ids->noteText;
        check(records().sessions().saveNote(note, &e), "note edit");
        NoteDraft draft;
        draft.engagementId = id;
        draft.noteId = note.id;
        draft.sessionId = session.id;
        draft.text = QStringLiteral("Draft ") + canary();
        check(NoteDrafts(vault()).save(draft, &e), "draft");

        const qint64 scan = attachment(id, clientName() + QStringLiteral(" intake.pdf"), &e);
        Evidence evidence;
        evidence.engagementId = id;
        evidence.articleId = QStringLiteral("MW-2.2");
        evidence.occurredOn = QDate(2026, 3, 12);
        evidence.text = QStringLiteral("Code handed over ") + canary();
        evidence.attachmentId = scan;
        check(records().compliance().save(evidence, &e), "evidence");
        Consent consent;
        consent.engagementId = id;
        consent.scope = ConsentScope::ProgressOnly;
        consent.givenOn = QDate(2026, 3, 12);
        consent.note = QStringLiteral("Consent ") + canary();
        check(records().compliance().save(consent, &e), "consent");
        PrincipalReport report;
        report.engagementId = id;
        report.kind = ReportKind::Progress;
        report.title = QStringLiteral("Progress");
        report.summary = QStringLiteral("Report ") + canary();
        report.sentOn = QDate(2026, 3, 13);
        report.consentId = consent.id;
        check(records().compliance().save(report, &e), "report");
        Referral referral;
        referral.engagementId = id;
        referral.referredOn = QDate(2026, 3, 13);
        referral.discipline = QStringLiteral("psychology");
        referral.reason = QStringLiteral("Referral ") + canary();
        referral.benefit = QStringLiteral("Benefit ") + canary();
        referral.benefitDisclosedOn = QDate(2026, 3, 13);
        check(records().compliance().save(referral, &e), "referral");
        Consultation consultation;
        consultation.engagementId = id;
        consultation.heldOn = QDate(2026, 3, 14);
        consultation.withWhom = QStringLiteral("Supervisor");
        consultation.topic = QStringLiteral("Topic ") + canary();
        check(records().compliance().save(consultation, &e), "consultation");
        Complaint complaint;
        complaint.engagementId = id;
        complaint.receivedOn = QDate(2026, 3, 15);
        complaint.summary = QStringLiteral("Complaint ") + canary();
        complaint.handlingNotes = QStringLiteral("Handled by phone ") + canary();
        check(records().compliance().save(complaint, &e), "complaint");
        WrittenWarning warning;
        warning.engagementId = id;
        warning.issuedOn = QDate(2026, 3, 16);
        warning.reason = QStringLiteral("Warning ") + canary();
        check(records().compliance().save(warning, &e), "warning");
        Disclosure disclosure;
        disclosure.engagementId = id;
        disclosure.disclosedOn = QDate(2026, 3, 17);
        disclosure.disclosedTo = QStringLiteral("Recipient ") + canary();
        disclosure.ground = DisclosureGround::CourtOrder;
        disclosure.what = QStringLiteral("Disclosed ") + canary();
        disclosure.notToldWhy = QStringLiteral("Not told ") + canary();
        check(records().compliance().save(disclosure, &e), "disclosure");
        Suspension suspension;
        suspension.engagementId = id;
        suspension.suspendedOn = QDate(2026, 3, 14);
        suspension.ground = SuspensionGround::ClientCircumstances;
        suspension.reason = QStringLiteral("Suspended ") + canary();
        suspension.resumeOn = QDate(2026, 3, 16);
        suspension.resumedOn = QDate(2026, 3, 15);
        check(records().compliance().save(suspension, &e), "suspension");
        // ICF-2.5: a tool of the practice's register (practice data, no canary: it outlives the
        // dossier) and its use with this client's data, agreed by the client only.
        TechnologyTool tool;
        tool.name = QStringLiteral("Otter Notes");
        tool.purpose = QStringLiteral("Transcribing sessions");
        tool.dataLocation = QStringLiteral("EU (Dublin)");
        tool.ai = true;
        tool.reviewedOn = QDate(2026, 1, 5);
        check(records().practice().saveTool(tool, &e), "tool");
        ids->tool = tool.id;
        ToolUse use{0, id, tool.id, QDate(2026, 2, 26), {}}; // the fixture's clock stands at 2026-03-01
        check(records().compliance().save(use, &e), "tool use");

        // A note of the other client's engagement, which Jan's exports must not hold.
        Session otherSession;
        otherSession.engagementId = ids->other;
        otherSession.startsAt = QDateTime(QDate(2026, 3, 12), QTime(11, 0), Qt::UTC);
        check(records().sessions().save(otherSession, &e), "other session");
        Note otherNote{0, ids->other, otherSession.id, QStringLiteral("Piet's own note"), {}, {}};
        check(records().sessions().saveNote(otherNote, &e), "other note");

        check(
            records().engagements().transition(id, EngagementStatus::Ending, QDate(2026, 3, 18), std::nullopt, {}, &e),
            "ending");
        check(records().engagements().transition(id,
                                                 EngagementStatus::Ended,
                                                 QDate(2026, 3, 20),
                                                 EndReason::Completed,
                                                 QStringLiteral("End ") + canary(),
                                                 &e),
              "ended");
        check(records().engagements().setRetention(id, QDate(2026, 4, 1), QDate(2026, 5, 1), &e), "retention");
        return error->isEmpty();
    }

    /// \a count scans of \a bytes random bytes each in the ended engagement, in one change: a
    /// vault large enough for a copy to take a while and report its progress (backup, restore).
    bool addScans(qint64 engagementId, int count, int bytes, QString* error)
    {
        QRandomGenerator random(7319);
        RecordError e;
        const bool added = records().transaction(
            [&](RecordError* failure) {
                for (int i = 0; i < count; ++i) {
                    QByteArray content(bytes, Qt::Uninitialized);
                    random.fillRange(reinterpret_cast<quint32*>(content.data()), bytes / 4);
                    Attachment scan;
                    scan.engagementId = engagementId;
                    scan.fileName = QStringLiteral("scan %1.pdf").arg(i + 1);
                    scan.mimeType = QStringLiteral("application/pdf");
                    scan.content = content;
                    if (!records().attachments().add(scan, failure)) {
                        return false;
                    }
                }
                return true;
            },
            &e);
        if (!added) {
            *error = e.message;
        }
        return added;
    }

private:
    qint64 engagement(qint64 clientId, qint64 principalId, const QString& title, RecordError* e)
    {
        Engagement engagement;
        engagement.clientId = clientId;
        engagement.principalId = principalId;
        engagement.payerKind = principalId ? PayerKind::Principal : PayerKind::Client;
        engagement.title = title;
        engagement.objectives = principalId ? QStringLiteral("Objective ") + canary() : QStringLiteral("Objective");
        engagement.methods = {{0, QStringLiteral("Career anchors"), QString(), QStringLiteral("E. Schein")}};
        engagement.rateCents = 9500;
        engagement.paymentMethod = PaymentMethod::BankTransfer;
        engagement.paymentTerms = QStringLiteral("30 days");
        if (!records().engagements().save(engagement, e) ||
            !records().engagements().transition(
                engagement.id, EngagementStatus::Onboarding, QDate(2026, 3, 2), std::nullopt, {}, e) ||
            !records().engagements().transition(
                engagement.id, EngagementStatus::Active, QDate(2026, 3, 9), std::nullopt, {}, e)) {
            return 0;
        }
        return engagement.id;
    }

    qint64 attachment(qint64 engagementId, const QString& name, RecordError* e)
    {
        Attachment attachment;
        attachment.engagementId = engagementId;
        attachment.fileName = name;
        attachment.mimeType = QStringLiteral("application/pdf");
        attachment.content = QByteArrayLiteral("%PDF-1.4 scan of the signed code ") + canary().toUtf8();
        return records().attachments().add(attachment, e) ? attachment.id : 0;
    }
};

} // namespace mandaat::test
