#pragma once

#include "domain/EnumIds.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace mandaat {

/// Who a record concerns, or who was informed.
enum class Party { Client, Principal, Payer, AllParties };

MANDAAT_ENUM_IDS(Party,
                 {Party::Client, "client"},
                 {Party::Principal, "principal"},
                 {Party::Payer, "payer"},
                 {Party::AllParties, "all_parties"})

/// How something was communicated.
enum class Channel { Letter, Email, InPerson, Video, Phone, Other };

MANDAAT_ENUM_IDS(Channel,
                 {Channel::Letter, "letter"},
                 {Channel::Email, "email"},
                 {Channel::InPerson, "in_person"},
                 {Channel::Video, "video"},
                 {Channel::Phone, "phone"},
                 {Channel::Other, "other"})

/// Evidence is data, not a tick box (docs/architecture.md, Compliance): which article, who, when, how,
/// and which document.
struct Evidence
{
    qint64 id = 0;
    qint64 engagementId = 0;
    QString articleId; // "MW-2.2", "CMI-10", "GDPR-13"
    QString topic; // a part of the article a rule asks for separately ("finance" for MW-2.3), or empty
    Party party = Party::Client;
    QDate occurredOn;
    Channel channel = Channel::InPerson;
    QString text;
    qint64 attachmentId = 0;
    QDateTime createdAt;

    bool operator==(const Evidence&) const = default;
};

/// CMI-8: what may go to the principal.
enum class ConsentScope { None, ProgressOnly, ListedReports };

MANDAAT_ENUM_IDS(ConsentScope,
                 {ConsentScope::None, "none"},
                 {ConsentScope::ProgressOnly, "progress_only"},
                 {ConsentScope::ListedReports, "listed_reports"})

/// CMI-8: a consent of the client, or of one member of a client system (memberId).
struct Consent
{
    qint64 id = 0;
    qint64 engagementId = 0;
    qint64 memberId = 0; // 0: the client as a whole
    ConsentScope scope = ConsentScope::None;
    QStringList listedReports; // for ListedReports: one line per report consented to
    QDate givenOn;
    QDate withdrawnOn; // invalid: still in force
    Channel channel = Channel::InPerson;
    qint64 attachmentId = 0;
    QString note;

    bool operator==(const Consent&) const = default;
};

enum class ReportKind { Progress, Report, EvaluationReport };

MANDAAT_ENUM_IDS(ReportKind,
                 {ReportKind::Progress, "progress"},
                 {ReportKind::Report, "report"},
                 {ReportKind::EvaluationReport, "evaluation_report"})

/// CMI-8: information about the client that went to the principal.
struct PrincipalReport
{
    qint64 id = 0;
    qint64 engagementId = 0;
    ReportKind kind = ReportKind::Progress;
    QString title;
    QString summary;
    QDate sentOn;
    Channel channel = Channel::Email;
    qint64 consentId = 0; // the consent it relies on
    qint64 attachmentId = 0;

    bool operator==(const PrincipalReport&) const = default;
};

/// CMI-11: a referral to another discipline. ICF-3.8: the fee or other benefit the consultant
/// receives for it (empty: none) and the day it was disclosed to the client.
struct Referral
{
    qint64 id = 0;
    qint64 engagementId = 0;
    QDate referredOn;
    QString discipline;
    QString referredTo;
    QString reason;
    QString benefit;
    QDate benefitDisclosedOn;

    bool operator==(const Referral&) const = default;
};

enum class ConsultationKind { Supervision, PeerConsultation, ThirdPartyAdvice };

MANDAAT_ENUM_IDS(ConsultationKind,
                 {ConsultationKind::Supervision, "supervision"},
                 {ConsultationKind::PeerConsultation, "peer_consultation"},
                 {ConsultationKind::ThirdPartyAdvice, "third_party_advice"})

/// MW-4.3: supervision or peer consultation, about an engagement or general (engagementId 0).
/// The topic is pseudonymised by the consultant.
struct Consultation
{
    qint64 id = 0;
    qint64 engagementId = 0;
    ConsultationKind kind = ConsultationKind::Supervision;
    QDate heldOn;
    QString withWhom;
    QString topic;
    // MW-4.3: advice from a third party about an assignment happens with the principal's
    // knowledge; required for ThirdPartyAdvice about an engagement.
    std::optional<bool> principalInformed;
    QDate principalInformedOn;

    bool operator==(const Consultation&) const = default;
};

enum class ComplaintStatus { Received, Acknowledged, InProgress, Settled, Withdrawn };

MANDAAT_ENUM_IDS(ComplaintStatus,
                 {ComplaintStatus::Received, "received"},
                 {ComplaintStatus::Acknowledged, "acknowledged"},
                 {ComplaintStatus::InProgress, "in_progress"},
                 {ComplaintStatus::Settled, "settled"},
                 {ComplaintStatus::Withdrawn, "withdrawn"})

/// CMI-17: acknowledged in writing, settled within four weeks of receipt.
struct Complaint
{
    static constexpr int SettleWithinDays = 28; // CMI-17

    qint64 id = 0;
    qint64 engagementId = 0;
    Party complainant = Party::Client;
    QDate receivedOn;
    QString summary;
    QDate acknowledgedOn;
    qint64 acknowledgementAttachmentId = 0; // the printed acknowledgement
    bool advisoryBoardInvolved = false;
    ComplaintStatus status = ComplaintStatus::Received;
    QString handlingNotes; // what was done to handle it (confidential, like the summary)
    QString outcome;
    QDate settledOn;

    QDate dueOn() const { return receivedOn.isValid() ? receivedOn.addDays(SettleWithinDays) : QDate(); }
    bool operator==(const Complaint&) const = default;
};

/// CMI-12: the written warning that must precede ending for obstruction.
struct WrittenWarning
{
    qint64 id = 0;
    qint64 engagementId = 0;
    QDate issuedOn;
    QString reason;
    Channel channel = Channel::Letter;
    qint64 attachmentId = 0; // the printed letter

    bool operator==(const WrittenWarning&) const = default;
};

/// ICF-2.3: the exceptions to confidentiality agreed in advance, the grounds on which
/// confidential information may go to an authority or another party.
enum class DisclosureGround { IllegalActivity, LegalDuty, CourtOrder, RiskOfHarm };

MANDAAT_ENUM_IDS(DisclosureGround,
                 {DisclosureGround::IllegalActivity, "illegal_activity"},
                 {DisclosureGround::LegalDuty, "legal_duty"},
                 {DisclosureGround::CourtOrder, "court_order"},
                 {DisclosureGround::RiskOfHarm, "risk_of_harm"})

/// ICF-2.3, the disclosure log: confidential information that went to an authority or another
/// party under one of the exceptions: when, to whom, on which ground, what, and whether and when
/// the client was told (or why not).
struct Disclosure
{
    qint64 id = 0;
    qint64 engagementId = 0;
    QDate disclosedOn;
    QString disclosedTo;
    DisclosureGround ground = DisclosureGround::LegalDuty;
    QString what;
    QDate clientToldOn; // invalid: not (yet) told
    QString notToldWhy; // when the client was not told, why

    bool operator==(const Disclosure&) const = default;
};

/// Why an engagement is paused: a conflict of interest being worked through (ICF-3.3), the
/// consultant's own limits or circumstances (ICF-4.2), the client's circumstances, or another
/// reason said in words.
enum class SuspensionGround { ConflictOfInterest, ConsultantLimits, ClientCircumstances, Other };

MANDAAT_ENUM_IDS(SuspensionGround,
                 {SuspensionGround::ConflictOfInterest, "conflict_of_interest"},
                 {SuspensionGround::ConsultantLimits, "consultant_limits"},
                 {SuspensionGround::ClientCircumstances, "client_circumstances"},
                 {SuspensionGround::Other, "other"})

/// ICF-3.3, ICF-4.2: an active engagement suspended from a day, with the day it should resume
/// (optional) and the day it did (invalid while it is suspended).
struct Suspension
{
    qint64 id = 0;
    qint64 engagementId = 0;
    QDate suspendedOn;
    SuspensionGround ground = SuspensionGround::Other;
    QString reason;
    QDate resumeOn;
    QDate resumedOn;

    /// Suspended on \a day: from suspendedOn, until the day before resumedOn.
    bool isSuspendedOn(QDate day) const
    {
        return suspendedOn.isValid() && suspendedOn <= day && (!resumedOn.isValid() || resumedOn > day);
    }
    /// Whether it keeps a session from being held on \a day: while it lasts, up to the day
    /// before it is to resume (a session to restart on that day may be planned).
    bool excludesSessionOn(QDate day) const { return isSuspendedOn(day) && (!resumeOn.isValid() || day < resumeOn); }
    bool operator==(const Suspension&) const = default;
};

} // namespace mandaat
