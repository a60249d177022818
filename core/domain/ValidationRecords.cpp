// validate() for sessions, notes, compliance records and attachments (Validation.h).

#include "Validation.h"

#include "domain/DisplayNames.h"
#include "domain/Limits.h"
#include "domain/ValidationSupport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace mandaat {

namespace {

void requireEngagement(ValidationSupport& v, qint64 engagementId)
{
    if (engagementId <= 0) {
        v.add(QStringLiteral("engagementId"),
              QCoreApplication::translate("Validation", "Choose the engagement this belongs to."));
    }
}

} // namespace

ValidationIssues validate(const Session& session)
{
    ValidationSupport v;
    requireEngagement(v, session.engagementId);
    if (!session.startsAt.isValid()) {
        v.add(QStringLiteral("startsAt"), QCoreApplication::translate("Validation", "Enter when the session starts."));
    }
    if (session.durationMinutes < 1 || session.durationMinutes > limits::SessionMinutes) {
        v.add(QStringLiteral("durationMinutes"),
              QCoreApplication::translate("Validation",
                                          "A session of %1 minutes is not possible; enter between 1 and %2 minutes.")
                  .arg(session.durationMinutes)
                  .arg(limits::SessionMinutes));
    }
    v.knownValue(QStringLiteral("mode"),
                 !toId(session.mode).isEmpty(),
                 QCoreApplication::translate("Validation", "The kind of meeting"));
    v.maxLength(QStringLiteral("location"),
                session.location,
                limits::Name,
                QCoreApplication::translate("Validation", "The location"));
    return v.issues();
}

ValidationIssues validateSessionFor(const Session& session, EngagementStatus status)
{
    ValidationSupport v;
    switch (status) {
    case EngagementStatus::Draft:
    case EngagementStatus::Onboarding:
        if (!session.intake) {
            v.add(QStringLiteral("intake"),
                  QCoreApplication::translate(
                      "Validation",
                      "The engagement is not active yet: only intake sessions can be recorded before activation."));
        }
        break;
    case EngagementStatus::Active:
    case EngagementStatus::Ending:
        break;
    case EngagementStatus::Ended:
        v.add(QStringLiteral("engagementId"),
              QCoreApplication::translate("Validation", "The engagement has ended; it takes no new sessions."));
        break;
    }
    return v.issues();
}

ValidationIssues validate(const Note& note)
{
    ValidationSupport v;
    requireEngagement(v, note.engagementId);
    v.required(QStringLiteral("text"),
               note.text,
               QCoreApplication::translate("Validation", "The note is empty; write something or discard it."));
    if (note.text.size() > limits::NoteText) {
        v.add(QStringLiteral("text"),
              QCoreApplication::translate(
                  "Validation", "The note has %1 characters; at most %2 fit in one note. Split it into two notes.")
                  .arg(QLocale().toString(note.text.size()), QLocale().toString(limits::NoteText)));
    }
    return v.issues();
}

ValidationIssues validate(const Evidence& evidence)
{
    ValidationSupport v;
    requireEngagement(v, evidence.engagementId);
    // Evidence is keyed by its topic; the article is the one of the engagement's codes that asked
    // for it, or none for a record kept by choice (EvidenceFiling).
    if (!evidence.articleId.isEmpty() && !isValidArticleId(evidence.articleId)) {
        v.add(QStringLiteral("articleId"),
              QCoreApplication::translate(
                  "Validation",
                  "“%1” is not an article id: use the code's short name, a hyphen and the article's number.")
                  .arg(evidence.articleId));
    }
    static const QRegularExpression topic(QStringLiteral("^[a-z0-9_]*$"));
    if (evidence.topic.size() > limits::Identifier || !topic.match(evidence.topic).hasMatch()) {
        v.add(QStringLiteral("topic"),
              QCoreApplication::translate("Validation",
                                          "“%1” is not a topic id: use lowercase letters, digits and _ (at most %2).")
                  .arg(evidence.topic)
                  .arg(limits::Identifier));
    }
    v.knownValue(QStringLiteral("party"),
                 !toId(evidence.party).isEmpty(),
                 QCoreApplication::translate("Validation", "The party"));
    v.knownValue(QStringLiteral("channel"),
                 !toId(evidence.channel).isEmpty(),
                 QCoreApplication::translate("Validation", "The channel"));
    v.requiredDate(QStringLiteral("occurredOn"),
                   evidence.occurredOn,
                   QCoreApplication::translate("Validation", "Enter the date this happened."));
    v.maxLength(
        QStringLiteral("text"), evidence.text, limits::LongText, QCoreApplication::translate("Validation", "The text"));
    return v.issues();
}

ValidationIssues validate(const Consent& consent)
{
    ValidationSupport v;
    requireEngagement(v, consent.engagementId);
    v.knownValue(QStringLiteral("scope"),
                 !toId(consent.scope).isEmpty(),
                 QCoreApplication::translate("Validation", "The scope of the consent"));
    v.knownValue(QStringLiteral("channel"),
                 !toId(consent.channel).isEmpty(),
                 QCoreApplication::translate("Validation", "The channel"));
    v.requiredDate(QStringLiteral("givenOn"),
                   consent.givenOn,
                   QCoreApplication::translate("Validation", "Enter the date the consent was given."));
    v.notBefore(QStringLiteral("withdrawnOn"),
                consent.withdrawnOn,
                consent.givenOn,
                QCoreApplication::translate("Validation", "The consent is withdrawn (%1) before it was given (%2)."));
    if (consent.scope == ConsentScope::ListedReports && consent.listedReports.isEmpty()) {
        v.add(QStringLiteral("listedReports"),
              QCoreApplication::translate("Validation", "List the reports the client consents to."));
    }
    if (consent.scope != ConsentScope::ListedReports && !consent.listedReports.isEmpty()) {
        v.add(QStringLiteral("listedReports"),
              QCoreApplication::translate("Validation",
                                          "Reports are listed only for a consent to listed reports; this one is “%1”.")
                  .arg(displayName(consent.scope)));
    }
    for (int i = 0; i < consent.listedReports.size(); ++i) {
        const QString& report = consent.listedReports.at(i);
        const QString field = QStringLiteral("listedReports[%1]").arg(i);
        if (report.trimmed().isEmpty() || report.contains(QLatin1Char('\n'))) {
            v.add(field,
                  QCoreApplication::translate(
                      "Validation", "Each listed report is one line of text; report %1 is empty or has several lines.")
                      .arg(i + 1));
        }
        v.maxLength(field, report, limits::Name, QCoreApplication::translate("Validation", "A listed report"));
    }
    v.maxLength(
        QStringLiteral("note"), consent.note, limits::LongText, QCoreApplication::translate("Validation", "The note"));
    return v.issues();
}

ValidationIssues validate(const PrincipalReport& report)
{
    ValidationSupport v;
    requireEngagement(v, report.engagementId);
    v.knownValue(QStringLiteral("kind"),
                 !toId(report.kind).isEmpty(),
                 QCoreApplication::translate("Validation", "The kind of report"));
    v.knownValue(QStringLiteral("channel"),
                 !toId(report.channel).isEmpty(),
                 QCoreApplication::translate("Validation", "The channel"));
    v.requiredName(QStringLiteral("title"),
                   report.title,
                   QCoreApplication::translate("Validation", "The title"),
                   QCoreApplication::translate("Validation", "Give the report a title."));
    v.requiredDate(QStringLiteral("sentOn"),
                   report.sentOn,
                   QCoreApplication::translate("Validation", "Enter the date the report went to the principal."));
    v.maxLength(QStringLiteral("summary"),
                report.summary,
                limits::LongText,
                QCoreApplication::translate("Validation", "The summary"));
    return v.issues();
}

ValidationIssues validate(const Referral& referral)
{
    ValidationSupport v;
    requireEngagement(v, referral.engagementId);
    v.requiredDate(QStringLiteral("referredOn"),
                   referral.referredOn,
                   QCoreApplication::translate("Validation", "Enter the date of the referral."));
    v.requiredName(QStringLiteral("discipline"),
                   referral.discipline,
                   QCoreApplication::translate("Validation", "The discipline"),
                   QCoreApplication::translate("Validation", "Enter the discipline the client is referred to."));
    v.maxLength(QStringLiteral("referredTo"),
                referral.referredTo,
                limits::Name,
                QCoreApplication::translate("Validation", "The name"));
    v.maxLength(QStringLiteral("reason"),
                referral.reason,
                limits::LongText,
                QCoreApplication::translate("Validation", "The reason"));
    v.maxLength(QStringLiteral("benefit"),
                referral.benefit,
                limits::LongText,
                QCoreApplication::translate("Validation", "The benefit"));
    if (referral.benefit.trimmed().isEmpty() && referral.benefitDisclosedOn.isValid()) {
        v.add(QStringLiteral("benefit"),
              QCoreApplication::translate("Validation", "Say which benefit was disclosed to the client."));
    }
    return v.issues();
}

ValidationIssues validate(const Disclosure& disclosure)
{
    ValidationSupport v;
    requireEngagement(v, disclosure.engagementId);
    v.requiredDate(QStringLiteral("disclosedOn"),
                   disclosure.disclosedOn,
                   QCoreApplication::translate("Validation", "Enter the date of the disclosure."));
    v.requiredName(QStringLiteral("disclosedTo"),
                   disclosure.disclosedTo,
                   QCoreApplication::translate("Validation", "The recipient"),
                   QCoreApplication::translate("Validation", "Say to whom the information was disclosed."));
    v.knownValue(QStringLiteral("ground"),
                 !toId(disclosure.ground).isEmpty(),
                 QCoreApplication::translate("Validation", "The ground"));
    v.required(
        QStringLiteral("what"), disclosure.what, QCoreApplication::translate("Validation", "Say what was disclosed."));
    v.maxLength(QStringLiteral("what"),
                disclosure.what,
                limits::LongText,
                QCoreApplication::translate("Validation", "The description"));
    v.maxLength(QStringLiteral("notToldWhy"),
                disclosure.notToldWhy,
                limits::LongText,
                QCoreApplication::translate("Validation", "The reason"));
    if (disclosure.clientToldOn.isValid() && !disclosure.notToldWhy.trimmed().isEmpty()) {
        v.add(QStringLiteral("notToldWhy"),
              QCoreApplication::translate("Validation",
                                          "The client was told: leave the reason for not telling them empty."));
    }
    return v.issues();
}

ValidationIssues validate(const Suspension& suspension)
{
    ValidationSupport v;
    requireEngagement(v, suspension.engagementId);
    v.requiredDate(QStringLiteral("suspendedOn"),
                   suspension.suspendedOn,
                   QCoreApplication::translate("Validation", "Enter the day the engagement is suspended from."));
    v.knownValue(QStringLiteral("ground"),
                 !toId(suspension.ground).isEmpty(),
                 QCoreApplication::translate("Validation", "The ground"));
    v.required(QStringLiteral("reason"),
               suspension.reason,
               QCoreApplication::translate("Validation", "Say why the engagement is suspended."));
    v.maxLength(QStringLiteral("reason"),
                suspension.reason,
                limits::LongText,
                QCoreApplication::translate("Validation", "The reason"));
    v.notBefore(
        QStringLiteral("resumeOn"),
        suspension.resumeOn,
        suspension.suspendedOn,
        QCoreApplication::translate("Validation", "The engagement would resume (%1) before it is suspended (%2)."));
    v.notBefore(QStringLiteral("resumedOn"),
                suspension.resumedOn,
                suspension.suspendedOn,
                QCoreApplication::translate("Validation", "The engagement resumed (%1) before it was suspended (%2)."));
    return v.issues();
}

namespace {

// A day that has not come yet cannot be recorded as one on which something happened.
void notAfterToday(ValidationSupport& v, const QString& field, QDate day, QDate today, const QString& message)
{
    if (day.isValid() && today.isValid() && day > today) {
        v.add(field, message.arg(displayDate(day)));
    }
}

} // namespace

ValidationIssues validate(const TechnologyTool& tool, QDate today)
{
    ValidationSupport v;
    v.requiredName(QStringLiteral("name"),
                   tool.name,
                   QCoreApplication::translate("Validation", "The tool's name"),
                   QCoreApplication::translate("Validation", "Enter the tool's name."));
    v.required(QStringLiteral("purpose"),
               tool.purpose,
               QCoreApplication::translate("Validation", "Say what the tool is used for."));
    v.maxLength(QStringLiteral("purpose"),
                tool.purpose,
                limits::LongText,
                QCoreApplication::translate("Validation", "The purpose"));
    v.required(QStringLiteral("dataLocation"),
               tool.dataLocation,
               QCoreApplication::translate("Validation", "Say where the tool stores or processes the data."));
    v.maxLength(QStringLiteral("dataLocation"),
                tool.dataLocation,
                limits::LongText,
                QCoreApplication::translate("Validation", "Where the data is"));
    notAfterToday(v,
                  QStringLiteral("reviewedOn"),
                  tool.reviewedOn,
                  today,
                  QCoreApplication::translate("Validation",
                                              "The tool cannot have been reviewed on %1: that day lies "
                                              "in the future."));
    notAfterToday(v,
                  QStringLiteral("retiredOn"),
                  tool.retiredOn,
                  today,
                  QCoreApplication::translate("Validation", "Retire the tool on %1 once that day has come."));
    return v.issues();
}

ValidationIssues validate(const ToolUse& use, QDate today)
{
    ValidationSupport v;
    requireEngagement(v, use.engagementId);
    if (use.toolId <= 0) {
        v.add(QStringLiteral("toolId"),
              QCoreApplication::translate("Validation", "Choose a tool from the practice's technology register."));
    }
    notAfterToday(v,
                  QStringLiteral("clientAgreedOn"),
                  use.clientAgreedOn,
                  today,
                  QCoreApplication::translate("Validation",
                                              "The client cannot have agreed on %1: that day lies in "
                                              "the future."));
    notAfterToday(v,
                  QStringLiteral("principalAgreedOn"),
                  use.principalAgreedOn,
                  today,
                  QCoreApplication::translate("Validation",
                                              "The principal cannot have agreed on %1: that day lies in "
                                              "the future."));
    return v.issues();
}

ValidationIssues validate(const Consultation& consultation)
{
    ValidationSupport v;
    v.knownValue(QStringLiteral("kind"),
                 !toId(consultation.kind).isEmpty(),
                 QCoreApplication::translate("Validation", "The kind of consultation"));
    v.requiredDate(QStringLiteral("heldOn"),
                   consultation.heldOn,
                   QCoreApplication::translate("Validation", "Enter the date of the consultation."));
    v.requiredName(QStringLiteral("withWhom"),
                   consultation.withWhom,
                   QCoreApplication::translate("Validation", "The name"),
                   QCoreApplication::translate("Validation", "Enter with whom you consulted."));
    v.maxLength(QStringLiteral("topic"),
                consultation.topic,
                limits::LongText,
                QCoreApplication::translate("Validation", "The topic"));
    // MW-4.3: whether the principal knew is asked where the engagement has one (the dialog) and
    // judged by the rule consultation-principal-informed; a record alone cannot tell.
    return v.issues();
}

ValidationIssues validate(const Complaint& complaint)
{
    ValidationSupport v;
    requireEngagement(v, complaint.engagementId);
    v.knownValue(QStringLiteral("complainant"),
                 !toId(complaint.complainant).isEmpty(),
                 QCoreApplication::translate("Validation", "The complainant"));
    v.knownValue(QStringLiteral("status"),
                 !toId(complaint.status).isEmpty(),
                 QCoreApplication::translate("Validation", "The status"));
    v.requiredDate(QStringLiteral("receivedOn"),
                   complaint.receivedOn,
                   QCoreApplication::translate("Validation", "Enter the date the complaint was received."));
    v.required(QStringLiteral("summary"),
               complaint.summary,
               QCoreApplication::translate("Validation", "Summarise the complaint."));
    v.maxLength(QStringLiteral("summary"),
                complaint.summary,
                limits::LongText,
                QCoreApplication::translate("Validation", "The summary"));
    v.maxLength(QStringLiteral("handlingNotes"),
                complaint.handlingNotes,
                limits::LongText,
                QCoreApplication::translate("Validation", "The handling notes"));
    v.maxLength(QStringLiteral("outcome"),
                complaint.outcome,
                limits::LongText,
                QCoreApplication::translate("Validation", "The outcome"));
    v.notBefore(QStringLiteral("acknowledgedOn"),
                complaint.acknowledgedOn,
                complaint.receivedOn,
                QCoreApplication::translate(
                    "Validation", "The acknowledgement (%1) is dated before the complaint was received (%2)."));
    v.notBefore(
        QStringLiteral("settledOn"),
        complaint.settledOn,
        complaint.receivedOn,
        QCoreApplication::translate("Validation", "The complaint is settled (%1) before it was received (%2)."));
    // CMI-17: receipt is confirmed in writing before the complaint is handled.
    const bool pastAcknowledgement = complaint.status == ComplaintStatus::Acknowledged ||
        complaint.status == ComplaintStatus::InProgress || complaint.status == ComplaintStatus::Settled;
    if (pastAcknowledgement && !complaint.acknowledgedOn.isValid()) {
        v.add(QStringLiteral("acknowledgedOn"),
              QCoreApplication::translate("Validation", "Enter the date the receipt was acknowledged in writing."));
    }
    if (complaint.status == ComplaintStatus::Settled) {
        v.requiredDate(QStringLiteral("settledOn"),
                       complaint.settledOn,
                       QCoreApplication::translate("Validation", "Enter the date the complaint was settled."));
        v.required(QStringLiteral("outcome"),
                   complaint.outcome,
                   QCoreApplication::translate("Validation", "Describe how the complaint was settled."));
    }
    return v.issues();
}

ValidationIssues validate(const WrittenWarning& warning)
{
    ValidationSupport v;
    requireEngagement(v, warning.engagementId);
    v.knownValue(QStringLiteral("channel"),
                 !toId(warning.channel).isEmpty(),
                 QCoreApplication::translate("Validation", "The channel"));
    v.requiredDate(QStringLiteral("issuedOn"),
                   warning.issuedOn,
                   QCoreApplication::translate("Validation", "Enter the date of the warning."));
    v.required(QStringLiteral("reason"),
               warning.reason,
               QCoreApplication::translate("Validation", "Say what the client is warned about."));
    v.maxLength(QStringLiteral("reason"),
                warning.reason,
                limits::LongText,
                QCoreApplication::translate("Validation", "The reason"));
    return v.issues();
}

ValidationIssues validate(const Attachment& attachment)
{
    ValidationSupport v;
    v.required(QStringLiteral("fileName"),
               attachment.fileName,
               QCoreApplication::translate("Validation", "The attachment needs a file name."));
    v.maxLength(QStringLiteral("fileName"),
                attachment.fileName,
                limits::FileName,
                QCoreApplication::translate("Validation", "The file name"));
    if (attachment.fileName.contains(QLatin1Char('/')) || attachment.fileName.contains(QLatin1Char('\\'))) {
        v.add(QStringLiteral("fileName"),
              QCoreApplication::translate("Validation", "“%1” is a path; keep only the file's own name.")
                  .arg(attachment.fileName));
    }
    static const QRegularExpression mime(QStringLiteral("^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (attachment.mimeType.size() > limits::MimeType || !mime.match(attachment.mimeType).hasMatch()) {
        v.add(QStringLiteral("mimeType"),
              QCoreApplication::translate(
                  "Validation", "“%1” is not a file type Mandaat can store: use a MIME type, as in application/pdf.")
                  .arg(attachment.mimeType));
    }
    v.maxLength(QStringLiteral("description"),
                attachment.description,
                limits::LongText,
                QCoreApplication::translate("Validation", "The description"));
    if (attachment.content.isEmpty()) {
        v.add(QStringLiteral("content"),
              QCoreApplication::translate("Validation", "The file “%1” is empty.").arg(attachment.fileName));
    } else if (attachment.content.size() > Attachment::MaxBytes) {
        const QLocale locale;
        v.add(QStringLiteral("content"),
              QCoreApplication::translate(
                  "Validation",
                  "The file “%1” is %2; attachments can be at most %3. Reduce it, for example by scanning at a "
                  "lower resolution.")
                  .arg(attachment.fileName,
                       locale.formattedDataSize(attachment.content.size(), 1, QLocale::DataSizeTraditionalFormat),
                       locale.formattedDataSize(Attachment::MaxBytes, 0, QLocale::DataSizeTraditionalFormat)));
    }
    return v.issues();
}

} // namespace mandaat
