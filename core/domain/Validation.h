#pragma once

#include "domain/Attachment.h"
#include "domain/Client.h"
#include "domain/ComplianceRecord.h"
#include "domain/Engagement.h"
#include "domain/Practice.h"
#include "domain/Principal.h"
#include "domain/Session.h"
#include "domain/Technology.h"
#include "domain/ValidationIssue.h"
#include "util/Error.h"

#include <QString>

#include <optional>

/// Validation of every value a user enters, without a database: forms call these as the user
/// types, repositories call them again before they write. An empty list means valid. Rules
/// that need other records (the client exists, the member belongs to the client) live in the
/// repositories.
namespace mandaat {

ValidationIssues validate(const PracticeProfile& profile);
ValidationIssues validate(const PracticeRegistration& registration);
ValidationIssues validate(const PracticeQualification& qualification);
ValidationIssues validate(const CodeSubscription& subscription);
ValidationIssues validate(const PracticePolicy& policy);

ValidationIssues validate(const DeclaredRelationship& relationship);
ValidationIssues validate(const PrincipalRole& role);
ValidationIssues validate(const Principal& principal);
ValidationIssues validate(const ClientMember& member);
ValidationIssues validate(const Client& client);

ValidationIssues validate(const EngagementMethod& method);
ValidationIssues validate(const Engagement& engagement);

ValidationIssues validate(const Session& session);
/// Intake sessions are allowed before activation; other sessions need an active or ending
/// engagement, and an ended engagement takes no new sessions.
ValidationIssues validateSessionFor(const Session& session, EngagementStatus status);
ValidationIssues validate(const Note& note);

ValidationIssues validate(const Evidence& evidence);
ValidationIssues validate(const Consent& consent);
ValidationIssues validate(const PrincipalReport& report);
ValidationIssues validate(const Referral& referral);
ValidationIssues validate(const Consultation& consultation);
ValidationIssues validate(const Disclosure& disclosure);
ValidationIssues validate(const Suspension& suspension);
ValidationIssues validate(const Complaint& complaint);
ValidationIssues validate(const WrittenWarning& warning);
/// ICF-2.5: a tool of the register; a day reviewed or retired after \a today is refused.
ValidationIssues validate(const TechnologyTool& tool, QDate today);
/// ICF-2.5: a tool used with an engagement's client data; a day agreed after \a today is refused.
ValidationIssues validate(const ToolUse& use, QDate today);

/// A new attachment: file name, type, and size (at most Attachment::MaxBytes).
ValidationIssues validate(const Attachment& attachment);

/// Text from a form or a CSV file to an engagement kind, accepting the stored id
/// ("career_guidance") or the translated name ("Career guidance"), any case.
std::optional<EngagementKind> parseEngagementKind(const QString& text, Error* error);

bool isValidEmail(const QString& email);
/// ISO 13616: country, check digits, mod-97 over the rearranged number; spaces ignored.
bool isValidIban(const QString& iban);
/// "MW-2.2", "CMI-10", "GDPR-13": a code's prefix and an article number.
bool isValidArticleId(const QString& articleId);
/// "MW-2020", "CMI-2009": a code's prefix and its year.
bool isValidCodeId(const QString& codeId);

} // namespace mandaat
