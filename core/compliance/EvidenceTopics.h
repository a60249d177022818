#pragma once

#include <QString>

/// The Evidence rows the rules look for: article id + topic (+ party). The onboarding and
/// termination wizards write exactly these; docs/compliance-evidence.md lists them with the
/// party each needs. Topics are stable ids (lowercase, digits, _): never rename one.
namespace mandaat::evidence {

// MW-2.2: the code handed over, per party (client; the principal when there is one).
inline QString codeHandedOver()
{
    return QStringLiteral("code_handed_over");
}
// MW-2.2, CMI-5: the engagement confirmation issued (the letter states the code); the PDF attached.
inline QString confirmationIssued()
{
    return QStringLiteral("confirmation_issued");
}
// CMI-5: the signed confirmation, or the acceptance by e-mail, per party.
inline QString confirmationAccepted()
{
    return QStringLiteral("confirmation_accepted");
}
// CMI-5: a term changed after the confirmation was issued (an amendment, dated); a new version
// of the confirmation must then be issued and accepted (TermsAmendment).
inline QString termsAmended()
{
    return QStringLiteral("terms_amended");
}
// MW-2.3: explained, and understood by the party; one row per topic and party.
inline QString termsFinance()
{
    return QStringLiteral("finance");
}
inline QString termsLogistics()
{
    return QStringLiteral("logistics");
}
inline QString termsConfidentiality()
{
    return QStringLiteral("confidentiality");
}
// ICF-2.3: the exceptions to confidentiality (what may have to go to the authorities: illegal
// activity, a legal duty, a court order, a serious risk of harm), agreed with each party before
// the start; one row per party. The letter lists them.
inline QString confidentialityExceptions()
{
    return QStringLiteral("confidentiality_exceptions");
}
// MW-2.6: the duration was checked against the objectives; near the planned end, the
// objectives were reviewed.
inline QString durationAdequate()
{
    return QStringLiteral("duration_adequate");
}
inline QString objectivesReviewed()
{
    return QStringLiteral("objectives_reviewed");
}
// MW-2.7, MW-2.8, CMI-6: the consultant's confirmations and declarations.
inline QString clientInterestFirst()
{
    return QStringLiteral("client_interest_first");
}
inline QString neutralityDeclared()
{
    return QStringLiteral("neutrality_declared");
}
inline QString independenceConfirmed()
{
    return QStringLiteral("independence_confirmed");
}
// MW-5.2 (also MW-2.8, MW-5.1): the boundary agreement that resolves one conflict finding;
// the topic is "conflict_" + ConflictFinding::key().
inline QString conflictPrefix()
{
    return QStringLiteral("conflict_");
}
// CMI-3: the client was told of one other role of the consultant for the principal;
// the topic is "other_role_" + the PrincipalRole's id.
inline QString otherRolePrefix()
{
    return QStringLiteral("other_role_");
}
// CMI-4, CMI-7: disclosures to every party.
inline QString priorAdviceDisclosed()
{
    return QStringLiteral("prior_advice_disclosed");
}
inline QString endOfEmploymentDisclosed()
{
    return QStringLiteral("end_of_employment_disclosed");
}
inline QString noAdmissionClause()
{
    return QStringLiteral("no_admission_clause");
}
// CMI-10: told at first contact; and the written agreement of all parties to a longer pause.
inline QString freedomToStop()
{
    return QStringLiteral("freedom_to_stop");
}
inline QString interruptionExtension()
{
    return QStringLiteral("interruption_extension");
}
// GDPR-13: the privacy notice handed over to the client.
inline QString privacyNoticeHandedOver()
{
    return QStringLiteral("privacy_notice_handed_over");
}
// MW-4.1 (CMI-8): for evaluation and selection, the client agreed the report's content.
inline QString reportContentAgreed()
{
    return QStringLiteral("report_content_agreed");
}
// CMI-12: a referral was considered before ending early; MW-5.3: a successor proposed.
inline QString referralConsidered()
{
    return QStringLiteral("referral_considered");
}
inline QString successorProposed()
{
    return QStringLiteral("successor_proposed");
}

} // namespace mandaat::evidence
