#include "EngagementRows.h"

namespace mandaat {

Engagement readEngagement(const RowReader& row)
{
    Engagement value;
    value.id = row.id("id");
    value.clientId = row.id("client_id");
    value.principalId = row.id("principal_id");
    value.payerKind = row.enumeration("payer_kind", PayerKind::Principal);
    value.payerName = row.text("payer_name");
    value.payerReference = row.text("payer_reference");
    value.kind = row.enumeration("kind", EngagementKind::Coaching);
    value.topCivilServant = row.flag("top_civil_servant");
    value.title = row.text("title");
    value.objectives = row.text("objectives");
    value.clientExpectations = row.text("client_expectations");
    value.principalExpectations = row.text("principal_expectations");
    value.otherStakeholders = row.text("other_stakeholders");
    value.feeModel = row.enumeration("fee_model", FeeModel::Hourly);
    value.rateCents = row.integer("rate_cents");
    value.currency = row.text("currency");
    value.vatRateBasisPoints = static_cast<int>(row.integer("vat_rate_bp"));
    value.vatExempt = row.flag("vat_exempt");
    value.vatExemptionWording = row.text("vat_exemption_wording");
    value.estimatedTotalCents = row.optionalInteger("estimated_total_cents");
    value.expensesArrangement = row.text("expenses_arrangement");
    value.paymentMethod = row.optionalEnumeration<PaymentMethod>("payment_method");
    value.paymentTerms = row.text("payment_terms");
    value.cancellationPolicy = row.text("cancellation_policy");
    value.plannedStart = row.date("planned_start");
    value.plannedEnd = row.date("planned_end");
    if (const std::optional<qint64> sessions = row.optionalInteger("planned_sessions")) {
        value.plannedSessions = static_cast<int>(*sessions);
    }
    value.followsEarlierAdvice = row.optionalFlag("follows_earlier_advice");
    value.earlierAdviceDescription = row.text("earlier_advice_description");
    value.endOfEmployment = row.optionalFlag("end_of_employment");
    value.useRestrictions = row.text("use_restrictions");
    value.letterLanguage = row.enumeration("letter_language", Language::Dutch);
    value.status = row.enumeration("status", EngagementStatus::Draft);
    value.endReason = row.optionalEnumeration<EndReason>("end_reason");
    value.endNote = row.text("end_note");
    value.onboardingOn = row.date("onboarding_on");
    value.activatedOn = row.date("activated_on");
    value.endingOn = row.date("ending_on");
    value.endedOn = row.date("ended_on");
    value.dossierRetentionUntil = row.date("dossier_retention_until");
    value.financialRetentionUntil = row.date("financial_retention_until");
    value.createdAt = row.time("created_at");
    value.updatedAt = row.time("updated_at");
    return value;
}

Fields editableEngagementFields(const Engagement& e)
{
    return {
        {"client_id", e.clientId},
        {"principal_id", idValue(e.principalId)},
        {"payer_kind", enumValue(e.payerKind)},
        {"payer_name", e.payerName},
        {"payer_reference", e.payerReference},
        {"kind", enumValue(e.kind)},
        {"top_civil_servant", e.topCivilServant ? 1 : 0},
        {"title", e.title},
        {"objectives", e.objectives},
        {"client_expectations", e.clientExpectations},
        {"principal_expectations", e.principalExpectations},
        {"other_stakeholders", e.otherStakeholders},
        {"fee_model", enumValue(e.feeModel)},
        {"rate_cents", e.rateCents},
        {"currency", e.currency},
        {"vat_rate_bp", e.vatRateBasisPoints},
        {"vat_exempt", e.vatExempt ? 1 : 0},
        {"vat_exemption_wording", e.vatExemptionWording},
        {"estimated_total_cents", intValue(e.estimatedTotalCents)},
        {"expenses_arrangement", e.expensesArrangement},
        {"payment_method", enumValue(e.paymentMethod)},
        {"payment_terms", e.paymentTerms},
        {"cancellation_policy", e.cancellationPolicy},
        {"planned_start", dateValue(e.plannedStart)},
        {"planned_end", dateValue(e.plannedEnd)},
        {"planned_sessions", e.plannedSessions ? QVariant(*e.plannedSessions) : QVariant()},
        {"follows_earlier_advice", boolValue(e.followsEarlierAdvice)},
        {"earlier_advice_description", e.earlierAdviceDescription},
        {"end_of_employment", boolValue(e.endOfEmployment)},
        {"use_restrictions", e.useRestrictions},
        {"letter_language", enumValue(e.letterLanguage)},
    };
}

EngagementMethod readMethod(const RowReader& row)
{
    EngagementMethod value;
    value.id = row.id("id");
    value.name = row.text("name");
    value.description = row.text("description");
    value.author = row.text("author");
    return value;
}

Fields methodFields(const EngagementMethod& method, int position)
{
    return {
        {"position", position},
        {"name", method.name},
        {"description", method.description},
        {"author", method.author},
    };
}

const char* statusDateColumn(EngagementStatus status)
{
    switch (status) {
    case EngagementStatus::Draft:
        return nullptr;
    case EngagementStatus::Onboarding:
        return "onboarding_on";
    case EngagementStatus::Active:
        return "activated_on";
    case EngagementStatus::Ending:
        return "ending_on";
    case EngagementStatus::Ended:
        return "ended_on";
    }
    return nullptr;
}

} // namespace mandaat
