#include "ConfirmationGaps.h"

#include <QCoreApplication>

namespace mandaat {

bool isVatExempt(const Engagement& engagement, const PracticeProfile& practice)
{
    return engagement.vatExempt || practice.vatStatus != VatStatus::Liable;
}

QString vatExemptionWording(const Engagement& engagement, const PracticeProfile& practice)
{
    if (!engagement.vatExemptionWording.trimmed().isEmpty()) {
        return engagement.vatExemptionWording;
    }
    return practice.vatExemptionWording;
}

QList<ConfirmationGap> confirmationGaps(const Engagement& e,
                                        const PracticeProfile& practice,
                                        bool governedByACode,
                                        const QStringList& rulesInForce)
{
    QList<ConfirmationGap> gaps;
    if (e.methods.isEmpty()) {
        gaps << ConfirmationGap::Method;
    }
    // A rate, or a fixed price: an estimate alone is no fee the client can hold the letter to.
    if (e.rateCents <= 0 && !(e.feeModel == FeeModel::Fixed && e.estimatedTotalCents.value_or(0) > 0)) {
        gaps << ConfirmationGap::Fee;
    }
    if (isVatExempt(e, practice) && vatExemptionWording(e, practice).trimmed().isEmpty()) {
        gaps << ConfirmationGap::VatWording;
    }
    if (e.expensesArrangement.trimmed().isEmpty()) {
        gaps << ConfirmationGap::Expenses;
    }
    if (!e.paymentMethod) {
        gaps << ConfirmationGap::PaymentMethod;
    }
    if (e.paymentTerms.trimmed().isEmpty()) {
        gaps << ConfirmationGap::PaymentTerms;
    }
    if ((e.payerKind == PayerKind::Scheme || e.payerKind == PayerKind::ThirdParty) && e.payerName.trimmed().isEmpty()) {
        gaps << ConfirmationGap::PayerName;
    }
    if (e.payerKind == PayerKind::Scheme && e.payerReference.trimmed().isEmpty()) {
        gaps << ConfirmationGap::PayerReference;
    }
    if (!e.plannedStart.isValid() || !e.plannedEnd.isValid()) {
        gaps << ConfirmationGap::Duration;
    }
    if (!e.plannedSessions || *e.plannedSessions <= 0) {
        gaps << ConfirmationGap::PlannedSessions;
    }
    if (rulesInForce.contains(QLatin1String("cancellation-policy-stated")) &&
        e.cancellationPolicy.trimmed().isEmpty()) {
        gaps << ConfirmationGap::CancellationPolicy;
    }
    if (!governedByACode) {
        gaps << ConfirmationGap::Code;
    }
    return gaps;
}

QString describe(ConfirmationGap gap)
{
    const char* text = "";
    switch (gap) {
    case ConfirmationGap::Method:
        text =
            QT_TRANSLATE_NOOP("ConfirmationGaps", "the method (at least one method or tool, with its author or owner)");
        break;
    case ConfirmationGap::Fee:
        text = QT_TRANSLATE_NOOP("ConfirmationGaps", "the fee (a rate, or the fixed price)");
        break;
    case ConfirmationGap::VatWording:
        text = QT_TRANSLATE_NOOP("ConfirmationGaps", "the wording of the VAT exemption");
        break;
    case ConfirmationGap::Expenses:
        text = QT_TRANSLATE_NOOP("ConfirmationGaps", "the expenses arrangement");
        break;
    case ConfirmationGap::PaymentMethod:
        text = QT_TRANSLATE_NOOP("ConfirmationGaps", "the payment method");
        break;
    case ConfirmationGap::PaymentTerms:
        text = QT_TRANSLATE_NOOP("ConfirmationGaps", "the payment terms");
        break;
    case ConfirmationGap::PayerName:
        text = QT_TRANSLATE_NOOP("ConfirmationGaps", "the payer's name");
        break;
    case ConfirmationGap::PayerReference:
        text = QT_TRANSLATE_NOOP("ConfirmationGaps", "the scheme's reference");
        break;
    case ConfirmationGap::Duration:
        text = QT_TRANSLATE_NOOP("ConfirmationGaps", "the duration (planned start and end)");
        break;
    case ConfirmationGap::PlannedSessions:
        text = QT_TRANSLATE_NOOP("ConfirmationGaps", "the planned number of sessions");
        break;
    case ConfirmationGap::CancellationPolicy:
        text = QT_TRANSLATE_NOOP("ConfirmationGaps", "the cancellation policy");
        break;
    case ConfirmationGap::Code:
        text = QT_TRANSLATE_NOOP("ConfirmationGaps",
                                 "the code of conduct that governs the engagement (subscribe to a code in the "
                                 "practice profile)");
        break;
    }
    return QCoreApplication::translate("ConfirmationGaps", text);
}

} // namespace mandaat
