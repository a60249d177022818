#pragma once

#include "domain/Engagement.h"
#include "domain/Practice.h"

#include <QList>
#include <QString>

namespace mandaat {

/// A term the engagement confirmation must state (CMI-5, MW-2.2) and does not have yet.
enum class ConfirmationGap {
    Method,
    Fee,
    VatWording,
    Expenses,
    PaymentMethod,
    PaymentTerms,
    PayerName,
    PayerReference,
    Duration,
    PlannedSessions,
    CancellationPolicy,
    Code,
};

/// Every term \a engagement still lacks for its confirmation, in the letter's order. The one
/// definition read by the letter (which refuses), the rule confirmation-complete (so the
/// Overview lists exactly what would refuse the letter) and the onboarding's terms page.
/// \a governedByACode: a code of conduct applies to the engagement. \a rulesInForce: the rules
/// the engagement's articles name, for the terms only some codes ask (the cancellation policy:
/// "cancellation-policy-stated", ICF-1.1).
QList<ConfirmationGap> confirmationGaps(const Engagement& engagement,
                                        const PracticeProfile& practice,
                                        bool governedByACode,
                                        const QStringList& rulesInForce = {});

/// What is missing, translated, to follow "without" or "does not state": "the payment terms".
QString describe(ConfirmationGap gap);

/// Whether the fee is exempt from VAT: the engagement's own exemption, or a practice that is
/// not liable.
bool isVatExempt(const Engagement& engagement, const PracticeProfile& practice);
/// The exemption's wording: the engagement's own, else the practice's.
QString vatExemptionWording(const Engagement& engagement, const PracticeProfile& practice);

} // namespace mandaat
