#include "ComplianceRows.h"

#include "domain/Phrase.h"

#include <QLatin1Char>

namespace mandaat {

Evidence RecordRows<Evidence>::read(const RowReader& row)
{
    Evidence value;
    value.id = row.id("id");
    value.engagementId = row.id("engagement_id");
    value.articleId = row.text("article_id");
    value.topic = row.text("topic");
    value.party = row.enumeration("party", Party::Client);
    value.occurredOn = row.date("occurred_on");
    value.channel = row.enumeration("channel", Channel::Other);
    value.text = row.text("text");
    value.attachmentId = row.id("attachment_id");
    value.createdAt = row.time("created_at");
    return value;
}

Fields RecordRows<Evidence>::fields(const Evidence& value)
{
    return {
        {"engagement_id", value.engagementId},
        {"article_id", value.articleId},
        {"topic", value.topic},
        {"party", enumValue(value.party)},
        {"occurred_on", dateValue(value.occurredOn)},
        {"channel", enumValue(value.channel)},
        {"text", value.text},
        {"attachment_id", idValue(value.attachmentId)},
        {"created_at", timeValue(value.createdAt)},
    };
}

QString RecordRows<Evidence>::summary(const Evidence& value)
{
    if (value.articleId.isEmpty()) {
        return Phrase::store(
            "audit.evidence.unfiled",
            {QString::number(value.id), toId(value.party), toId(value.channel), Phrase::day(value.occurredOn)});
    }
    return Phrase::store("audit.evidence",
                         {QString::number(value.id),
                          value.articleId,
                          toId(value.party),
                          toId(value.channel),
                          Phrase::day(value.occurredOn)});
}

Consent RecordRows<Consent>::read(const RowReader& row)
{
    Consent value;
    value.id = row.id("id");
    value.engagementId = row.id("engagement_id");
    value.memberId = row.id("member_id");
    value.scope = row.enumeration("scope", ConsentScope::None);
    const QString reports = row.text("listed_reports");
    value.listedReports = reports.isEmpty() ? QStringList() : reports.split(QLatin1Char('\n'));
    value.givenOn = row.date("given_on");
    value.withdrawnOn = row.date("withdrawn_on");
    value.channel = row.enumeration("channel", Channel::Other);
    value.attachmentId = row.id("attachment_id");
    value.note = row.text("note");
    return value;
}

Fields RecordRows<Consent>::fields(const Consent& value)
{
    return {
        {"engagement_id", value.engagementId},
        {"member_id", idValue(value.memberId)},
        {"scope", enumValue(value.scope)},
        {"listed_reports", value.listedReports.join(QLatin1Char('\n'))},
        {"given_on", dateValue(value.givenOn)},
        {"withdrawn_on", dateValue(value.withdrawnOn)},
        {"channel", enumValue(value.channel)},
        {"attachment_id", idValue(value.attachmentId)},
        {"note", value.note},
    };
}

QString RecordRows<Consent>::summary(const Consent& value)
{
    QStringList args = {QString::number(value.id), toId(value.scope), Phrase::day(value.givenOn)};
    if (value.memberId > 0) {
        args.append(QString::number(value.memberId));
    }
    if (value.withdrawnOn.isValid()) {
        args.append(Phrase::day(value.withdrawnOn));
    }
    if (value.memberId > 0) {
        return Phrase::store(value.withdrawnOn.isValid() ? "audit.consent.member.withdrawn" : "audit.consent.member",
                             args);
    }
    return Phrase::store(value.withdrawnOn.isValid() ? "audit.consent.withdrawn" : "audit.consent", args);
}

PrincipalReport RecordRows<PrincipalReport>::read(const RowReader& row)
{
    PrincipalReport value;
    value.id = row.id("id");
    value.engagementId = row.id("engagement_id");
    value.kind = row.enumeration("kind", ReportKind::Report);
    value.title = row.text("title");
    value.summary = row.text("summary");
    value.sentOn = row.date("sent_on");
    value.channel = row.enumeration("channel", Channel::Other);
    value.consentId = row.id("consent_id");
    value.attachmentId = row.id("attachment_id");
    return value;
}

Fields RecordRows<PrincipalReport>::fields(const PrincipalReport& value)
{
    return {
        {"engagement_id", value.engagementId},
        {"kind", enumValue(value.kind)},
        {"title", value.title},
        {"summary", value.summary},
        {"sent_on", dateValue(value.sentOn)},
        {"channel", enumValue(value.channel)},
        {"consent_id", idValue(value.consentId)},
        {"attachment_id", idValue(value.attachmentId)},
    };
}

QString RecordRows<PrincipalReport>::summary(const PrincipalReport& value)
{
    return Phrase::store("audit.report", {QString::number(value.id), toId(value.kind), Phrase::day(value.sentOn)});
}

Referral RecordRows<Referral>::read(const RowReader& row)
{
    Referral value;
    value.id = row.id("id");
    value.engagementId = row.id("engagement_id");
    value.referredOn = row.date("referred_on");
    value.discipline = row.text("discipline");
    value.referredTo = row.text("referred_to");
    value.reason = row.text("reason");
    value.benefit = row.text("benefit");
    value.benefitDisclosedOn = row.date("benefit_disclosed_on");
    return value;
}

Fields RecordRows<Referral>::fields(const Referral& value)
{
    return {
        {"engagement_id", value.engagementId},
        {"referred_on", dateValue(value.referredOn)},
        {"discipline", value.discipline},
        {"referred_to", value.referredTo},
        {"reason", value.reason},
        {"benefit", value.benefit},
        {"benefit_disclosed_on", dateValue(value.benefitDisclosedOn)},
    };
}

QString RecordRows<Referral>::summary(const Referral& value)
{
    return Phrase::store("audit.referral", {QString::number(value.id), Phrase::day(value.referredOn)});
}

Consultation RecordRows<Consultation>::read(const RowReader& row)
{
    Consultation value;
    value.id = row.id("id");
    value.engagementId = row.id("engagement_id");
    value.kind = row.enumeration("kind", ConsultationKind::Supervision);
    value.heldOn = row.date("held_on");
    value.withWhom = row.text("with_whom");
    value.topic = row.text("topic");
    value.principalInformed = row.optionalFlag("principal_informed");
    value.principalInformedOn = row.date("principal_informed_on");
    return value;
}

Fields RecordRows<Consultation>::fields(const Consultation& value)
{
    return {
        {"engagement_id", idValue(value.engagementId)},
        {"kind", enumValue(value.kind)},
        {"held_on", dateValue(value.heldOn)},
        {"with_whom", value.withWhom},
        {"topic", value.topic},
        {"principal_informed", boolValue(value.principalInformed)},
        {"principal_informed_on", dateValue(value.principalInformedOn)},
    };
}

QString RecordRows<Consultation>::summary(const Consultation& value)
{
    return Phrase::store("audit.consultation",
                         {QString::number(value.id), toId(value.kind), Phrase::day(value.heldOn)});
}

Complaint RecordRows<Complaint>::read(const RowReader& row)
{
    Complaint value;
    value.id = row.id("id");
    value.engagementId = row.id("engagement_id");
    value.complainant = row.enumeration("complainant", Party::Client);
    value.receivedOn = row.date("received_on");
    value.summary = row.text("summary");
    value.acknowledgedOn = row.date("acknowledged_on");
    value.acknowledgementAttachmentId = row.id("acknowledgement_attachment_id");
    value.advisoryBoardInvolved = row.flag("advisory_board");
    value.status = row.enumeration("status", ComplaintStatus::Received);
    value.handlingNotes = row.laterText("handling_notes"); // schema 8
    value.outcome = row.text("outcome");
    value.settledOn = row.date("settled_on");
    return value;
}

Fields RecordRows<Complaint>::fields(const Complaint& value)
{
    return {
        {"engagement_id", value.engagementId},
        {"complainant", enumValue(value.complainant)},
        {"received_on", dateValue(value.receivedOn)},
        {"due_on", dateValue(value.dueOn())},
        {"summary", value.summary},
        {"acknowledged_on", dateValue(value.acknowledgedOn)},
        {"acknowledgement_attachment_id", idValue(value.acknowledgementAttachmentId)},
        {"advisory_board", value.advisoryBoardInvolved ? 1 : 0},
        {"status", enumValue(value.status)},
        {"handling_notes", value.handlingNotes},
        {"outcome", value.outcome},
        {"settled_on", dateValue(value.settledOn)},
    };
}

QString RecordRows<Complaint>::summary(const Complaint& value)
{
    return Phrase::store("audit.complaint",
                         {QString::number(value.id), Phrase::day(value.receivedOn), toId(value.status)});
}

WrittenWarning RecordRows<WrittenWarning>::read(const RowReader& row)
{
    WrittenWarning value;
    value.id = row.id("id");
    value.engagementId = row.id("engagement_id");
    value.issuedOn = row.date("issued_on");
    value.reason = row.text("reason");
    value.channel = row.enumeration("channel", Channel::Letter);
    value.attachmentId = row.id("attachment_id");
    return value;
}

Fields RecordRows<WrittenWarning>::fields(const WrittenWarning& value)
{
    return {
        {"engagement_id", value.engagementId},
        {"issued_on", dateValue(value.issuedOn)},
        {"reason", value.reason},
        {"channel", enumValue(value.channel)},
        {"attachment_id", idValue(value.attachmentId)},
    };
}

QString RecordRows<WrittenWarning>::summary(const WrittenWarning& value)
{
    return Phrase::store("audit.warning", {QString::number(value.id), Phrase::day(value.issuedOn)});
}

Disclosure RecordRows<Disclosure>::read(const RowReader& row)
{
    Disclosure value;
    value.id = row.id("id");
    value.engagementId = row.id("engagement_id");
    value.disclosedOn = row.date("disclosed_on");
    value.disclosedTo = row.text("disclosed_to");
    value.ground = row.enumeration("ground", DisclosureGround::LegalDuty);
    value.what = row.text("what");
    value.clientToldOn = row.date("client_told_on");
    value.notToldWhy = row.text("not_told_why");
    return value;
}

Fields RecordRows<Disclosure>::fields(const Disclosure& value)
{
    return {
        {"engagement_id", value.engagementId},
        {"disclosed_on", dateValue(value.disclosedOn)},
        {"disclosed_to", value.disclosedTo},
        {"ground", enumValue(value.ground)},
        {"what", value.what},
        {"client_told_on", dateValue(value.clientToldOn)},
        {"not_told_why", value.notToldWhy},
    };
}

// Names the ground, never the recipient or what was disclosed: the audit log is not confidential.
QString RecordRows<Disclosure>::summary(const Disclosure& value)
{
    return Phrase::store("audit.disclosure",
                         {QString::number(value.id), Phrase::day(value.disclosedOn), toId(value.ground)});
}

Suspension RecordRows<Suspension>::read(const RowReader& row)
{
    Suspension value;
    value.id = row.id("id");
    value.engagementId = row.id("engagement_id");
    value.suspendedOn = row.date("suspended_on");
    value.ground = row.enumeration("ground", SuspensionGround::Other);
    value.reason = row.text("reason");
    value.resumeOn = row.date("resume_on");
    value.resumedOn = row.date("resumed_on");
    return value;
}

Fields RecordRows<Suspension>::fields(const Suspension& value)
{
    return {
        {"engagement_id", value.engagementId},
        {"suspended_on", dateValue(value.suspendedOn)},
        {"ground", enumValue(value.ground)},
        {"reason", value.reason},
        {"resume_on", dateValue(value.resumeOn)},
        {"resumed_on", dateValue(value.resumedOn)},
    };
}

// The ground and the days, never the reason in words: the audit log is not confidential.
QString RecordRows<Suspension>::summary(const Suspension& value)
{
    return value.resumedOn.isValid()
        ? Phrase::store("audit.suspension.resumed",
                        {QString::number(value.id),
                         Phrase::day(value.suspendedOn),
                         toId(value.ground),
                         Phrase::day(value.resumedOn)})
        : Phrase::store("audit.suspension",
                        {QString::number(value.id), Phrase::day(value.suspendedOn), toId(value.ground)});
}

ToolUse RecordRows<ToolUse>::read(const RowReader& row)
{
    ToolUse value;
    value.id = row.id("id");
    value.engagementId = row.id("engagement_id");
    value.toolId = row.id("tool_id");
    value.clientAgreedOn = row.date("client_agreed_on");
    value.principalAgreedOn = row.date("principal_agreed_on");
    return value;
}

Fields RecordRows<ToolUse>::fields(const ToolUse& value)
{
    return {
        {"engagement_id", value.engagementId},
        {"tool_id", value.toolId},
        {"client_agreed_on", dateValue(value.clientAgreedOn)},
        {"principal_agreed_on", dateValue(value.principalAgreedOn)},
    };
}

// The tool's id, never its name: which tools a client's data went through is not for the log.
QString RecordRows<ToolUse>::summary(const ToolUse& value)
{
    return Phrase::store("audit.tool_use", {QString::number(value.id), QString::number(value.toolId)});
}

} // namespace mandaat
