#include "EngagementLetters.h"

#include "documents/LetterDocument.h"
#include "documents/LetterParts.h"
#include "documents/LetterTemplate.h"
#include "repositories/AttachmentRepository.h"
#include "repositories/ClientRepository.h"
#include "repositories/EngagementRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/Records.h"

namespace mandaat::EngagementLetters {

namespace {

QImage imageAttachment(Records& records, qint64 id)
{
    if (id <= 0) {
        return {};
    }
    const auto attachment = records.attachments().attachment(id);
    return attachment ? QImage::fromData(attachment->content) : QImage();
}

// Letterhead, title, date, the engagement it is about, the salutation.
void opening(const Parties& parties, const LetterTemplate& text, LetterDocument& letter)
{
    const QString practice = LetterParts::practiceName(parties.practice);
    LetterParts::addLetterhead(letter, parties.practice, parties.logo, text);
    letter.setFooter(text.text(QStringLiteral("footer"), {{"practice", practice}, {"title", parties.engagement.title}}),
                     text.text(QStringLiteral("page")));
    letter.addParagraph(parties.client.name + QLatin1Char('\n') + LetterParts::addressLine(parties.client.address));
    letter.addTitle(text.text(QStringLiteral("title")));
    letter.addParagraph(text.text(QStringLiteral("date_line"), {{"date", text.date(parties.letterDate)}}));
    QList<QPair<QString, QString>> about{{text.text(QStringLiteral("label.engagement")), parties.engagement.title},
                                         {text.text(QStringLiteral("label.client")), parties.client.name}};
    if (parties.principal) {
        about << qMakePair(text.text(QStringLiteral("label.principal")), parties.principal->organisation);
    }
    letter.addFields(about);
    letter.addParagraph(text.text(QStringLiteral("salutation"), {{"name", parties.client.name}}));
}

void closing(const Parties& parties, const LetterTemplate& text, LetterDocument& letter)
{
    letter.addParagraph(text.text(QStringLiteral("closing")));
    // Only the consultant signs: the place and date are the letter's own, never left blank.
    const PracticeProfile& practice = parties.practice;
    letter.addSignatures({SignatureParty{text.text(QStringLiteral("signature.consultant")),
                                         practice.consultantName,
                                         practice.tradeName != practice.consultantName ? practice.tradeName : QString(),
                                         parties.signature,
                                         practice.address.city,
                                         text.date(parties.letterDate)}},
                         text.text(QStringLiteral("signature.place")),
                         text.text(QStringLiteral("signature.date")));
}

} // namespace

std::optional<Parties> load(Records& records, qint64 engagementId, QDate letterDate, RecordError* error)
{
    const auto engagement = records.engagements().engagement(engagementId, error);
    if (!engagement) {
        return std::nullopt;
    }
    const auto client = records.clients().client(engagement->clientId, error);
    if (!client) {
        return std::nullopt;
    }
    Parties parties;
    parties.letterDate = letterDate;
    parties.engagement = *engagement;
    parties.client = *client;
    if (engagement->principalId != 0) {
        parties.principal = records.principals().principal(engagement->principalId, error);
        if (!parties.principal) {
            return std::nullopt;
        }
    }
    parties.practice = records.practice().profile(error);
    parties.logo = imageAttachment(records, parties.practice.logoAttachmentId);
    parties.signature = imageAttachment(records, parties.practice.signatureAttachmentId);
    return parties;
}

void renderWarning(const Parties& parties,
                   const WrittenWarning& warning,
                   const LetterTemplate& text,
                   LetterDocument& letter)
{
    opening(parties, text, letter);
    letter.addParagraph(text.text(QStringLiteral("intro")));
    letter.addHeading(text.text(QStringLiteral("heading.what")));
    letter.addParagraph(warning.reason);
    letter.addHeading(text.text(QStringLiteral("heading.consequence")));
    letter.addParagraph(text.text(QStringLiteral("consequence")));
    letter.addParagraph(text.text(QStringLiteral("response")));
    closing(parties, text, letter);
}

void renderComplaintAcknowledgement(const Parties& parties,
                                    const Complaint& complaint,
                                    const LetterTemplate& text,
                                    LetterDocument& letter)
{
    opening(parties, text, letter);
    letter.addParagraph(text.text(QStringLiteral("intro"), {{"received", text.date(complaint.receivedOn)}}));
    letter.addHeading(text.text(QStringLiteral("heading.summary")));
    letter.addParagraph(complaint.summary);
    letter.addHeading(text.text(QStringLiteral("heading.handling")));
    letter.addParagraph(text.text(QStringLiteral("handling"), {{"due", text.date(complaint.dueOn())}}));
    if (!parties.practice.complaintsProcedure.trimmed().isEmpty()) {
        letter.addParagraph(parties.practice.complaintsProcedure);
    }
    if (!parties.practice.complaintsBody.trimmed().isEmpty()) {
        letter.addParagraph(text.text(QStringLiteral("body"), {{"body", parties.practice.complaintsBody}}));
    }
    closing(parties, text, letter);
}

void renderTermination(const Parties& parties,
                       EndReason reason,
                       QDate endDate,
                       QDate dossierUntil,
                       QDate financialUntil,
                       const QString& note,
                       const LetterTemplate& text,
                       LetterDocument& letter)
{
    opening(parties, text, letter);
    letter.addParagraph(text.text(QStringLiteral("intro"),
                                  {{"title", parties.engagement.title},
                                   {"date", text.date(endDate)},
                                   {"reason", text.text(QStringLiteral("end_reason.") + toId(reason))}}));
    if (!note.trimmed().isEmpty()) {
        letter.addParagraph(text.text(QStringLiteral("reason_text"), {{"note", note}}));
    }
    if (dossierUntil.isValid() && financialUntil.isValid()) {
        letter.addHeading(text.text(QStringLiteral("heading.what_next")));
        letter.addParagraph(
            text.text(QStringLiteral("retention"),
                      {{"dossier", text.date(dossierUntil)}, {"financial", text.date(financialUntil)}}));
    }
    letter.addParagraph(text.text(QStringLiteral("thanks")));
    closing(parties, text, letter);
}

void renderHandover(const Parties& parties,
                    const QString& successor,
                    const LetterTemplate& text,
                    LetterDocument& letter)
{
    opening(parties, text, letter);
    letter.addParagraph(text.text(QStringLiteral("intro"), {{"title", parties.engagement.title}}));
    letter.addParagraph(text.text(QStringLiteral("successor"), {{"successor", successor}}));
    letter.addParagraph(text.text(QStringLiteral("consent")));
    closing(parties, text, letter);
}

} // namespace mandaat::EngagementLetters
