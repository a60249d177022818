// validate() for engagements (Validation.h).

#include "Validation.h"

#include "domain/DisplayNames.h"
#include "domain/Limits.h"
#include "domain/ValidationSupport.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace mandaat {

namespace {

// CMI-5: who pays, and whether the letter can name them.
void checkPayer(ValidationSupport& v, const Engagement& engagement)
{
    v.knownValue(QStringLiteral("payerKind"),
                 !toId(engagement.payerKind).isEmpty(),
                 QCoreApplication::translate("Validation", "The payer"));
    switch (engagement.payerKind) {
    case PayerKind::Principal:
        if (engagement.principalId == 0) {
            v.add(QStringLiteral("principalId"),
                  QCoreApplication::translate(
                      "Validation",
                      "The principal pays, but no principal is chosen: choose the principal, or say who pays."));
        }
        break;
    case PayerKind::Scheme:
        v.required(
            QStringLiteral("payerName"),
            engagement.payerName,
            QCoreApplication::translate("Validation", "Name the scheme that pays, for example the career voucher."));
        v.required(QStringLiteral("payerReference"),
                   engagement.payerReference,
                   QCoreApplication::translate("Validation", "Enter the scheme's reference for this engagement."));
        break;
    case PayerKind::ThirdParty:
        v.required(QStringLiteral("payerName"),
                   engagement.payerName,
                   QCoreApplication::translate("Validation", "Name the party that pays."));
        break;
    case PayerKind::Client:
        break;
    }
    v.maxLength(QStringLiteral("payerName"),
                engagement.payerName,
                limits::Name,
                QCoreApplication::translate("Validation", "The payer's name"));
    v.maxLength(QStringLiteral("payerReference"),
                engagement.payerReference,
                limits::Identifier,
                QCoreApplication::translate("Validation", "The payer's reference"));
}

// CMI-5: fee, VAT, estimate.
void checkFee(ValidationSupport& v, const Engagement& engagement)
{
    v.knownValue(QStringLiteral("feeModel"),
                 !toId(engagement.feeModel).isEmpty(),
                 QCoreApplication::translate("Validation", "The fee model"));
    static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
    if (!currency.match(engagement.currency).hasMatch()) {
        v.add(QStringLiteral("currency"),
              QCoreApplication::translate("Validation",
                                          "“%1” is not a currency code: use three capital letters, as in EUR.")
                  .arg(engagement.currency));
    }
    if (engagement.rateCents < 0) {
        v.add(QStringLiteral("rateCents"),
              QCoreApplication::translate("Validation", "The rate (%1) is negative; enter 0 or more.")
                  .arg(displayAmount(engagement.rateCents, engagement.currency)));
    }
    if (engagement.estimatedTotalCents && *engagement.estimatedTotalCents < 0) {
        v.add(QStringLiteral("estimatedTotalCents"),
              QCoreApplication::translate("Validation", "The estimated total (%1) is negative; enter 0 or more.")
                  .arg(displayAmount(*engagement.estimatedTotalCents, engagement.currency)));
    }
    if (engagement.vatExempt) {
        v.required(QStringLiteral("vatExemptionWording"),
                   engagement.vatExemptionWording,
                   QCoreApplication::translate(
                       "Validation",
                       "The engagement is exempt from VAT: enter the wording the law requires on the documents."));
    } else if (engagement.vatRateBasisPoints < 0 || engagement.vatRateBasisPoints > limits::VatRateBasisPoints) {
        v.add(
            QStringLiteral("vatRateBasisPoints"),
            QCoreApplication::translate("Validation", "A VAT rate of %1 % is not possible; enter between 0 and 100 %.")
                .arg(QLocale().toString(engagement.vatRateBasisPoints / 100.0)));
    }
    v.maxLength(QStringLiteral("vatExemptionWording"),
                engagement.vatExemptionWording,
                limits::LongText,
                QCoreApplication::translate("Validation", "The exemption wording"));
    v.maxLength(QStringLiteral("expensesArrangement"),
                engagement.expensesArrangement,
                limits::LongText,
                QCoreApplication::translate("Validation", "The expenses arrangement"));
    if (engagement.paymentMethod) {
        v.knownValue(QStringLiteral("paymentMethod"),
                     !toId(*engagement.paymentMethod).isEmpty(),
                     QCoreApplication::translate("Validation", "The payment method"));
    }
    v.maxLength(QStringLiteral("paymentTerms"),
                engagement.paymentTerms,
                limits::LongText,
                QCoreApplication::translate("Validation", "The payment terms"));
    v.maxLength(QStringLiteral("cancellationPolicy"),
                engagement.cancellationPolicy,
                limits::LongText,
                QCoreApplication::translate("Validation", "The cancellation policy"));
}

void checkTexts(ValidationSupport& v, const Engagement& engagement)
{
    const std::pair<const char*, const QString*> texts[] = {
        {"objectives", &engagement.objectives},
        {"clientExpectations", &engagement.clientExpectations},
        {"principalExpectations", &engagement.principalExpectations},
        {"otherStakeholders", &engagement.otherStakeholders},
        {"earlierAdviceDescription", &engagement.earlierAdviceDescription},
        {"useRestrictions", &engagement.useRestrictions},
        {"endNote", &engagement.endNote},
    };
    for (const auto& [field, text] : texts) {
        v.maxLength(QString::fromLatin1(field),
                    *text,
                    limits::LongText,
                    QCoreApplication::translate("Validation", "This text"));
    }
}

} // namespace

ValidationIssues validate(const EngagementMethod& method)
{
    ValidationSupport v;
    v.requiredName(QStringLiteral("name"),
                   method.name,
                   QCoreApplication::translate("Validation", "The method's name"),
                   QCoreApplication::translate("Validation", "Name the method or tool."));
    // MW-3.2: name the people behind the tools; never claim them as one's own.
    v.requiredName(QStringLiteral("author"),
                   method.author,
                   QCoreApplication::translate("Validation", "The author or owner"),
                   QCoreApplication::translate("Validation", "Name the author or owner of “%1”.").arg(method.name));
    v.maxLength(QStringLiteral("description"),
                method.description,
                limits::LongText,
                QCoreApplication::translate("Validation", "The method's description"));
    return v.issues();
}

ValidationIssues validate(const Engagement& engagement)
{
    ValidationSupport v;
    if (engagement.clientId <= 0) {
        v.add(QStringLiteral("clientId"),
              QCoreApplication::translate("Validation", "Choose the client this engagement is for."));
    }
    v.requiredName(QStringLiteral("title"),
                   engagement.title,
                   QCoreApplication::translate("Validation", "The title"),
                   QCoreApplication::translate("Validation", "Give the engagement a title."));
    v.knownValue(QStringLiteral("kind"),
                 !toId(engagement.kind).isEmpty(),
                 QCoreApplication::translate("Validation", "The kind of engagement"));
    // MW-2.8: the top-civil-servant regime is about evaluating and selecting.
    if (engagement.topCivilServant && engagement.kind != EngagementKind::Evaluation &&
        engagement.kind != EngagementKind::Selection) {
        v.add(QStringLiteral("topCivilServant"),
              QCoreApplication::translate(
                  "Validation", "Only an evaluation or a selection can concern a top civil servant; this is %1.")
                  .arg(displayName(engagement.kind).toLower()));
    }
    checkPayer(v, engagement);
    checkFee(v, engagement);
    checkTexts(v, engagement);
    v.notBefore(QStringLiteral("plannedEnd"),
                engagement.plannedEnd,
                engagement.plannedStart,
                QCoreApplication::translate("Validation", "The planned end (%1) is before the planned start (%2)."));
    if (engagement.plannedSessions &&
        (*engagement.plannedSessions < 0 || *engagement.plannedSessions > limits::PlannedSessions)) {
        v.add(QStringLiteral("plannedSessions"),
              QCoreApplication::translate("Validation", "%1 planned sessions is not possible; enter between 0 and %2.")
                  .arg(*engagement.plannedSessions)
                  .arg(limits::PlannedSessions));
    }
    // CMI-4: earlier advice is disclosed, so it must be described.
    if (engagement.followsEarlierAdvice.value_or(false)) {
        v.required(QStringLiteral("earlierAdviceDescription"),
                   engagement.earlierAdviceDescription,
                   QCoreApplication::translate(
                       "Validation",
                       "The engagement follows from earlier advice: describe that advice, so it can be disclosed."));
    }
    v.knownValue(QStringLiteral("letterLanguage"),
                 !toId(engagement.letterLanguage).isEmpty(),
                 QCoreApplication::translate("Validation", "The letter language"));
    for (int i = 0; i < engagement.methods.size(); ++i) {
        v.addNested(QStringLiteral("methods"), i, validate(engagement.methods.at(i)));
    }
    QSet<QString> codes;
    for (int i = 0; i < engagement.pinnedCodes.size(); ++i) {
        const PinnedCode& code = engagement.pinnedCodes.at(i);
        const QString field = QStringLiteral("pinnedCodes[%1]").arg(i);
        if (!isValidCodeId(code.codeId)) {
            v.add(field + QStringLiteral(".codeId"),
                  QCoreApplication::translate(
                      "Validation", "“%1” is not a code id: use the code's short name and year, as in MW-2020.")
                      .arg(code.codeId));
        } else if (codes.contains(code.codeId)) {
            v.add(field + QStringLiteral(".codeId"),
                  QCoreApplication::translate("Validation", "%1 is pinned twice; keep one version.").arg(code.codeId));
        }
        codes.insert(code.codeId);
        v.required(field + QStringLiteral(".version"),
                   code.version,
                   QCoreApplication::translate("Validation", "Enter the version of %1.").arg(code.codeId));
    }
    return v.issues();
}

std::optional<EngagementKind> parseEngagementKind(const QString& text, Error* error)
{
    const QString wanted = text.trimmed();
    for (const EngagementKind kind : allValues<EngagementKind>()) {
        if (wanted.compare(toId(kind), Qt::CaseInsensitive) == 0 ||
            wanted.compare(displayName(kind), Qt::CaseInsensitive) == 0) {
            return kind;
        }
    }
    if (error) {
        QStringList names;
        for (const EngagementKind kind : allValues<EngagementKind>()) {
            names.append(displayName(kind).toLower());
        }
        setError(error,
                 Error::make(Error::Kind::Invalid,
                             QCoreApplication::translate(
                                 "Validation", "“%1” is not a kind of engagement Mandaat knows; use one of: %2.")
                                 .arg(text, names.join(QStringLiteral(", ")))));
    }
    return std::nullopt;
}

} // namespace mandaat
