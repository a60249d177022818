// validate() for the practice profile and policy, and the format checks (Validation.h).

#include "Validation.h"

#include "domain/Limits.h"
#include "domain/ValidationSupport.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mandaat {

namespace {

void inRange(ValidationSupport& v, const QString& field, int value, int low, int high, const QString& message)
{
    if (value < low || value > high) {
        v.add(field, message.arg(value).arg(low).arg(high));
    }
}

} // namespace

bool isValidEmail(const QString& email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return email.size() <= limits::Email && pattern.match(email).hasMatch();
}

bool isValidIban(const QString& iban)
{
    QString compact = iban;
    compact.remove(QLatin1Char(' '));
    compact = compact.toUpper();
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$"));
    if (!shape.match(compact).hasMatch()) {
        return false;
    }
    const QString rearranged = compact.mid(4) + compact.left(4);
    int remainder = 0;
    for (const QChar c : rearranged) {
        const int value = c.isDigit() ? c.digitValue() : c.unicode() - 'A' + 10;
        remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
    }
    return remainder == 1;
}

bool isValidArticleId(const QString& articleId)
{
    // FAMILY-n or FAMILY-n.m: any code family of the catalogue (resources/codes/README.md).
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9]*-[0-9]+(\\.[0-9]+)*$"));
    return pattern.match(articleId).hasMatch();
}

bool isValidCodeId(const QString& codeId)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9]*-[0-9]{4}$"));
    return pattern.match(codeId).hasMatch();
}

ValidationIssues validate(const PracticeProfile& profile)
{
    ValidationSupport v;
    v.requiredName(QStringLiteral("consultantName"),
                   profile.consultantName,
                   QCoreApplication::translate("Validation", "The consultant's name"),
                   QCoreApplication::translate("Validation",
                                               "Enter the consultant's name: letters and the confirmation carry it."));
    v.maxLength(QStringLiteral("tradeName"),
                profile.tradeName,
                limits::Name,
                QCoreApplication::translate("Validation", "The trade name"));
    v.address(QStringLiteral("address"), profile.address);
    v.email(QStringLiteral("email"), profile.email);
    v.phone(QStringLiteral("phone"), profile.phone);
    v.maxLength(QStringLiteral("vatNumber"),
                profile.vatNumber,
                limits::Identifier,
                QCoreApplication::translate("Validation", "The VAT number"));
    v.maxLength(QStringLiteral("companyNumber"),
                profile.companyNumber,
                limits::Identifier,
                QCoreApplication::translate("Validation", "The company number"));
    if (!profile.iban.isEmpty() && !isValidIban(profile.iban)) {
        v.add(QStringLiteral("iban"),
              QCoreApplication::translate(
                  "Validation", "“%1” is not a valid IBAN: its check digits do not match. Check it for a typing error.")
                  .arg(profile.iban));
    }
    v.knownValue(QStringLiteral("vatStatus"),
                 !toId(profile.vatStatus).isEmpty(),
                 QCoreApplication::translate("Validation", "The VAT status"));
    if (!toId(profile.vatStatus).isEmpty() && profile.vatStatus != VatStatus::Liable &&
        profile.vatExemptionWording.trimmed().isEmpty()) {
        v.add(QStringLiteral("vatExemptionWording"),
              QCoreApplication::translate(
                  "Validation",
                  "An exemption from VAT must be stated on invoices and confirmations: enter the wording "
                  "the law requires."));
    }
    v.maxLength(QStringLiteral("vatExemptionWording"),
                profile.vatExemptionWording,
                limits::LongText,
                QCoreApplication::translate("Validation", "The exemption wording"));
    v.maxLength(QStringLiteral("complaintsProcedure"),
                profile.complaintsProcedure,
                limits::LongText,
                QCoreApplication::translate("Validation", "The complaints procedure"));
    v.maxLength(QStringLiteral("complaintsBody"),
                profile.complaintsBody,
                limits::Name,
                QCoreApplication::translate("Validation", "The complaints body"));
    return v.issues();
}

ValidationIssues validate(const PracticeRegistration& registration)
{
    ValidationSupport v;
    v.knownValue(QStringLiteral("kind"),
                 !toId(registration.kind).isEmpty(),
                 QCoreApplication::translate("Validation", "The kind of registration"));
    v.requiredName(QStringLiteral("body"),
                   registration.body,
                   QCoreApplication::translate("Validation", "The name of the body"),
                   QCoreApplication::translate("Validation",
                                               "Enter the register or association, for example CMI or Mens(en)werk."));
    v.maxLength(QStringLiteral("registerNumber"),
                registration.registerNumber,
                limits::Identifier,
                QCoreApplication::translate("Validation", "The register number"));
    v.notBefore(QStringLiteral("validUntil"),
                registration.validUntil,
                registration.validFrom,
                QCoreApplication::translate("Validation", "The registration ends (%1) before it starts (%2)."));
    return v.issues();
}

ValidationIssues validate(const PracticeQualification& qualification)
{
    ValidationSupport v;
    v.knownValue(QStringLiteral("kind"),
                 !toId(qualification.kind).isEmpty(),
                 QCoreApplication::translate("Validation", "The kind of qualification"));
    v.requiredName(QStringLiteral("title"),
                   qualification.title,
                   QCoreApplication::translate("Validation", "The title"),
                   QCoreApplication::translate(
                       "Validation", "Enter the title of the qualification, certification or accreditation."));
    v.requiredName(
        QStringLiteral("issuer"),
        qualification.issuer,
        QCoreApplication::translate("Validation", "The issuer"),
        QCoreApplication::translate("Validation", "Enter who issued it (accurate information on qualifications)."));
    v.requiredDate(QStringLiteral("issuedOn"),
                   qualification.issuedOn,
                   QCoreApplication::translate("Validation", "Enter the date it was issued."));
    v.notBefore(QStringLiteral("expiresOn"),
                qualification.expiresOn,
                qualification.issuedOn,
                QCoreApplication::translate("Validation", "It expires (%1) before it was issued (%2)."));
    return v.issues();
}

ValidationIssues validate(const CodeSubscription& subscription)
{
    ValidationSupport v;
    if (!isValidCodeId(subscription.codeId)) {
        v.add(QStringLiteral("codeId"),
              QCoreApplication::translate(
                  "Validation", "“%1” is not a code id: use the code's short name and year, as in MW-2020 or CMI-2009.")
                  .arg(subscription.codeId));
    }
    v.required(QStringLiteral("version"),
               subscription.version,
               QCoreApplication::translate("Validation", "Enter the version of the code, as in 002."));
    v.maxLength(QStringLiteral("version"),
                subscription.version,
                limits::Identifier,
                QCoreApplication::translate("Validation", "The version"));
    return v.issues();
}

ValidationIssues validate(const PracticePolicy& policy)
{
    ValidationSupport v;
    inRange(v,
            QStringLiteral("dossierRetentionMonths"),
            policy.dossierRetentionMonths,
            1,
            600,
            QCoreApplication::translate("Validation", "A dossier is kept %1 months; enter between %2 and %3."));
    inRange(v,
            QStringLiteral("financialRetentionYears"),
            policy.financialRetentionYears,
            1,
            30,
            QCoreApplication::translate("Validation", "Financial records are kept %1 years; enter between %2 and %3."));
    inRange(v,
            QStringLiteral("backupIntervalDays"),
            policy.backupIntervalDays,
            1,
            365,
            QCoreApplication::translate("Validation", "A backup every %1 days; enter between %2 and %3."));
    inRange(v,
            QStringLiteral("idleLockMinutes"),
            policy.idleLockMinutes,
            1,
            240,
            QCoreApplication::translate("Validation", "Locking after %1 idle minutes; enter between %2 and %3."));
    v.knownValue(QStringLiteral("letterLanguage"),
                 !toId(policy.letterLanguage).isEmpty(),
                 QCoreApplication::translate("Validation", "The letter language"));
    return v.issues();
}

} // namespace mandaat
