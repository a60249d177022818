#pragma once

#include "domain/Client.h"
#include "domain/ComplianceRecord.h"
#include "domain/DeclaredRelationship.h"
#include "domain/Engagement.h"
#include "domain/Practice.h"
#include "domain/Principal.h"
#include "domain/Session.h"

#include <QDate>
#include <QString>

namespace mandaat {

/// Translated names of the stored enum values, for forms, letters and messages. The stored
/// form is toId() (EnumIds.h); these change with the language.
QString displayName(Language value);
QString displayName(VatStatus value);
QString displayName(RegistrationKind value);
QString displayName(QualificationKind value);
QString displayName(RelationshipKind value);
QString displayName(PrincipalRoleKind value);
QString displayName(ClientKind value);
QString displayName(EngagementKind value);
QString displayName(PayerKind value);
QString displayName(FeeModel value);
QString displayName(PaymentMethod value);
QString displayName(EngagementStatus value);
QString displayName(EndReason value);
QString displayName(SessionMode value);
QString displayName(Party value);
QString displayName(Channel value);
QString displayName(ConsentScope value);
QString displayName(ReportKind value);
QString displayName(ConsultationKind value);
QString displayName(DisclosureGround value);
QString displayName(SuspensionGround value);
QString displayName(ComplaintStatus value);

/// A date as messages show it: "3 March 2026" in the current locale.
QString displayDate(QDate date);
/// Integer cents as messages show them: "-12.50 EUR".
QString displayAmount(qint64 cents, const QString& currency);

} // namespace mandaat
