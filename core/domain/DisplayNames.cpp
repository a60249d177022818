#include "DisplayNames.h"

#include "domain/Money.h"

#include <QCoreApplication>
#include <QLocale>

namespace mandaat {

QString displayName(Language value)
{
    switch (value) {
    case Language::Dutch:
        return QCoreApplication::translate("DisplayNames", "Dutch");
    case Language::English:
        return QCoreApplication::translate("DisplayNames", "English");
    }
    return {};
}

QString displayName(VatStatus value)
{
    switch (value) {
    case VatStatus::Liable:
        return QCoreApplication::translate("DisplayNames", "Liable to VAT");
    case VatStatus::SmallEnterpriseBe:
        return QCoreApplication::translate("DisplayNames", "Small-enterprise scheme (Belgium)");
    case VatStatus::KorNl:
        return QCoreApplication::translate("DisplayNames", "Small business scheme, KOR (Netherlands)");
    case VatStatus::Education:
        return QCoreApplication::translate("DisplayNames", "Education exemption");
    case VatStatus::OtherExemption:
        return QCoreApplication::translate("DisplayNames", "Other exemption");
    }
    return {};
}

QString displayName(RegistrationKind value)
{
    switch (value) {
    case RegistrationKind::Registration:
        return QCoreApplication::translate("DisplayNames", "Registration");
    case RegistrationKind::Membership:
        return QCoreApplication::translate("DisplayNames", "Membership");
    }
    return {};
}

QString displayName(QualificationKind value)
{
    switch (value) {
    case QualificationKind::Qualification:
        return QCoreApplication::translate("DisplayNames", "Qualification");
    case QualificationKind::Certification:
        return QCoreApplication::translate("DisplayNames", "Certification");
    case QualificationKind::Accreditation:
        return QCoreApplication::translate("DisplayNames", "Accreditation");
    }
    return {};
}

QString displayName(RelationshipKind value)
{
    switch (value) {
    case RelationshipKind::Family:
        return QCoreApplication::translate("DisplayNames", "Family");
    case RelationshipKind::Friend:
        return QCoreApplication::translate("DisplayNames", "Friend");
    case RelationshipKind::Business:
        return QCoreApplication::translate("DisplayNames", "Business relation");
    case RelationshipKind::FormerColleague:
        return QCoreApplication::translate("DisplayNames", "Former colleague");
    case RelationshipKind::Other:
        return QCoreApplication::translate("DisplayNames", "Other relationship");
    }
    return {};
}

QString displayName(PrincipalRoleKind value)
{
    switch (value) {
    case PrincipalRoleKind::RecruitmentSelection:
        return QCoreApplication::translate("DisplayNames", "Recruitment and selection");
    case PrincipalRoleKind::EmploymentLawAdvice:
        return QCoreApplication::translate("DisplayNames", "Employment-law advice");
    case PrincipalRoleKind::VocationalAdvice:
        return QCoreApplication::translate("DisplayNames", "Vocational advice");
    case PrincipalRoleKind::TrainingAdvice:
        return QCoreApplication::translate("DisplayNames", "Training advice");
    case PrincipalRoleKind::Other:
        return QCoreApplication::translate("DisplayNames", "Other role");
    }
    return {};
}

QString displayName(ClientKind value)
{
    switch (value) {
    case ClientKind::Person:
        return QCoreApplication::translate("DisplayNames", "Person");
    case ClientKind::System:
        return QCoreApplication::translate("DisplayNames", "Client system");
    }
    return {};
}

QString displayName(EngagementKind value)
{
    switch (value) {
    case EngagementKind::Coaching:
        return QCoreApplication::translate("DisplayNames", "Coaching");
    case EngagementKind::CareerGuidance:
        return QCoreApplication::translate("DisplayNames", "Career guidance");
    case EngagementKind::CareerCoaching:
        return QCoreApplication::translate("DisplayNames", "Career coaching");
    case EngagementKind::Outplacement:
        return QCoreApplication::translate("DisplayNames", "Outplacement");
    case EngagementKind::Evaluation:
        return QCoreApplication::translate("DisplayNames", "Evaluation");
    case EngagementKind::Selection:
        return QCoreApplication::translate("DisplayNames", "Selection");
    case EngagementKind::Supervision:
        return QCoreApplication::translate("DisplayNames", "Supervision");
    }
    return {};
}

QString displayName(PayerKind value)
{
    switch (value) {
    case PayerKind::Principal:
        return QCoreApplication::translate("DisplayNames", "The principal");
    case PayerKind::Client:
        return QCoreApplication::translate("DisplayNames", "The client");
    case PayerKind::Scheme:
        return QCoreApplication::translate("DisplayNames", "A voucher or subsidy scheme");
    case PayerKind::ThirdParty:
        return QCoreApplication::translate("DisplayNames", "Another party");
    }
    return {};
}

QString displayName(FeeModel value)
{
    switch (value) {
    case FeeModel::Hourly:
        return QCoreApplication::translate("DisplayNames", "Per hour");
    case FeeModel::Daily:
        return QCoreApplication::translate("DisplayNames", "Per day");
    case FeeModel::PerSession:
        return QCoreApplication::translate("DisplayNames", "Per session");
    case FeeModel::Fixed:
        return QCoreApplication::translate("DisplayNames", "Fixed price");
    }
    return {};
}

QString displayName(PaymentMethod value)
{
    switch (value) {
    case PaymentMethod::BankTransfer:
        return QCoreApplication::translate("DisplayNames", "Bank transfer");
    case PaymentMethod::DirectDebit:
        return QCoreApplication::translate("DisplayNames", "Direct debit");
    case PaymentMethod::Card:
        return QCoreApplication::translate("DisplayNames", "Card");
    case PaymentMethod::Cash:
        return QCoreApplication::translate("DisplayNames", "Cash");
    case PaymentMethod::Other:
        return QCoreApplication::translate("DisplayNames", "Other payment method");
    }
    return {};
}

QString displayName(EngagementStatus value)
{
    switch (value) {
    case EngagementStatus::Draft:
        return QCoreApplication::translate("DisplayNames", "Draft");
    case EngagementStatus::Onboarding:
        return QCoreApplication::translate("DisplayNames", "Onboarding");
    case EngagementStatus::Active:
        return QCoreApplication::translate("DisplayNames", "Active");
    case EngagementStatus::Ending:
        return QCoreApplication::translate("DisplayNames", "Ending");
    case EngagementStatus::Ended:
        return QCoreApplication::translate("DisplayNames", "Ended");
    }
    return {};
}

QString displayName(EndReason value)
{
    switch (value) {
    case EndReason::Completed:
        return QCoreApplication::translate("DisplayNames", "Completed");
    case EndReason::ClientStopped:
        return QCoreApplication::translate("DisplayNames", "Stopped by the client");
    case EndReason::PrincipalStopped:
        return QCoreApplication::translate("DisplayNames", "Stopped by the principal");
    case EndReason::EarlyNotFeasible:
        return QCoreApplication::translate("DisplayNames", "Ended early: completion not feasible");
    case EndReason::EarlyObstruction:
        return QCoreApplication::translate("DisplayNames", "Ended early: obstruction");
    case EndReason::ConflictOfInterest:
        return QCoreApplication::translate("DisplayNames", "Unresolved conflict of interest");
    case EndReason::Interruption:
        return QCoreApplication::translate("DisplayNames", "Interrupted for more than six months");
    case EndReason::Declined:
        return QCoreApplication::translate("DisplayNames", "Declined or withdrawn before the start");
    }
    return {};
}

QString displayName(SessionMode value)
{
    switch (value) {
    case SessionMode::InPerson:
        return QCoreApplication::translate("DisplayNames", "In person");
    case SessionMode::Video:
        return QCoreApplication::translate("DisplayNames", "Video call");
    case SessionMode::Phone:
        return QCoreApplication::translate("DisplayNames", "Phone");
    }
    return {};
}

QString displayName(Party value)
{
    switch (value) {
    case Party::Client:
        return QCoreApplication::translate("DisplayNames", "Client");
    case Party::Principal:
        return QCoreApplication::translate("DisplayNames", "Principal");
    case Party::Payer:
        return QCoreApplication::translate("DisplayNames", "Payer");
    case Party::AllParties:
        return QCoreApplication::translate("DisplayNames", "All parties");
    }
    return {};
}

QString displayName(Channel value)
{
    switch (value) {
    case Channel::Letter:
        return QCoreApplication::translate("DisplayNames", "Letter");
    case Channel::Email:
        return QCoreApplication::translate("DisplayNames", "E-mail");
    case Channel::InPerson:
        return QCoreApplication::translate("DisplayNames", "In person");
    case Channel::Video:
        return QCoreApplication::translate("DisplayNames", "Video call");
    case Channel::Phone:
        return QCoreApplication::translate("DisplayNames", "Phone");
    case Channel::Other:
        return QCoreApplication::translate("DisplayNames", "Other");
    }
    return {};
}

QString displayName(ConsentScope value)
{
    switch (value) {
    case ConsentScope::None:
        return QCoreApplication::translate("DisplayNames", "No information");
    case ConsentScope::ProgressOnly:
        return QCoreApplication::translate("DisplayNames", "Progress only");
    case ConsentScope::ListedReports:
        return QCoreApplication::translate("DisplayNames", "The listed reports");
    }
    return {};
}

QString displayName(ReportKind value)
{
    switch (value) {
    case ReportKind::Progress:
        return QCoreApplication::translate("DisplayNames", "Progress information");
    case ReportKind::Report:
        return QCoreApplication::translate("DisplayNames", "Report");
    case ReportKind::EvaluationReport:
        return QCoreApplication::translate("DisplayNames", "Evaluation report");
    }
    return {};
}

QString displayName(ConsultationKind value)
{
    switch (value) {
    case ConsultationKind::Supervision:
        return QCoreApplication::translate("DisplayNames", "Supervision");
    case ConsultationKind::PeerConsultation:
        return QCoreApplication::translate("DisplayNames", "Peer consultation");
    case ConsultationKind::ThirdPartyAdvice:
        return QCoreApplication::translate("DisplayNames", "Advice from a third party");
    }
    return {};
}

QString displayName(DisclosureGround value)
{
    switch (value) {
    case DisclosureGround::IllegalActivity:
        return QCoreApplication::translate("DisplayNames", "Illegal activity");
    case DisclosureGround::LegalDuty:
        return QCoreApplication::translate("DisplayNames", "A legal duty");
    case DisclosureGround::CourtOrder:
        return QCoreApplication::translate("DisplayNames", "A court order or subpoena");
    case DisclosureGround::RiskOfHarm:
        return QCoreApplication::translate("DisplayNames", "A serious risk of harm to the client or others");
    }
    return {};
}

QString displayName(SuspensionGround value)
{
    switch (value) {
    case SuspensionGround::ConflictOfInterest:
        return QCoreApplication::translate("DisplayNames", "A conflict of interest being resolved");
    case SuspensionGround::ConsultantLimits:
        return QCoreApplication::translate("DisplayNames", "Your own limits or circumstances");
    case SuspensionGround::ClientCircumstances:
        return QCoreApplication::translate("DisplayNames", "The client's circumstances");
    case SuspensionGround::Other:
        return QCoreApplication::translate("DisplayNames", "Another reason");
    }
    return {};
}

QString displayName(ComplaintStatus value)
{
    switch (value) {
    case ComplaintStatus::Received:
        return QCoreApplication::translate("DisplayNames", "Received");
    case ComplaintStatus::Acknowledged:
        return QCoreApplication::translate("DisplayNames", "Acknowledged");
    case ComplaintStatus::InProgress:
        return QCoreApplication::translate("DisplayNames", "In progress");
    case ComplaintStatus::Settled:
        return QCoreApplication::translate("DisplayNames", "Settled");
    case ComplaintStatus::Withdrawn:
        return QCoreApplication::translate("DisplayNames", "Withdrawn");
    }
    return {};
}

QString displayDate(QDate date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString displayAmount(qint64 cents, const QString& currency)
{
    return Money(cents, currency).withCode(QLocale());
}

} // namespace mandaat
