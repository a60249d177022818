#pragma once

#include "domain/Address.h"
#include "domain/EnumIds.h"
#include "domain/Language.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace mandaat {

/// The practice's VAT position. An exemption must be named on every invoice and confirmation
/// in the words the law asks for, which the consultant enters (vatExemptionWording).
enum class VatStatus {
    Liable,
    SmallEnterpriseBe, // Belgian small-enterprise scheme (art. 56bis WBTW)
    KorNl, // Dutch kleineondernemersregeling
    Education, // education and training exemption (BE and NL)
    OtherExemption,
};

MANDAAT_ENUM_IDS(VatStatus,
                 {VatStatus::Liable, "liable"},
                 {VatStatus::SmallEnterpriseBe, "small_enterprise_be"},
                 {VatStatus::KorNl, "kor_nl"},
                 {VatStatus::Education, "education"},
                 {VatStatus::OtherExemption, "other_exemption"})

/// The one practice profile of a vault (one row). Attachments are ids in the attachment
/// table, 0 when none.
struct PracticeProfile
{
    QString consultantName;
    QString tradeName;
    Address address;
    QString email;
    QString phone;
    QString vatNumber;
    QString companyNumber;
    QString iban;
    VatStatus vatStatus = VatStatus::Liable;
    QString vatExemptionWording;
    qint64 logoAttachmentId = 0;
    qint64 signatureAttachmentId = 0;
    QString complaintsProcedure;
    QString complaintsBody; // the external body a complaint can go to (e.g. an advisory board)
    qint64 privacyNoticeAttachmentId = 0;
    qint64 generalTermsAttachmentId = 0;
    QDateTime updatedAt;

    bool operator==(const PracticeProfile&) const = default;
};

enum class RegistrationKind { Registration, Membership };

MANDAAT_ENUM_IDS(RegistrationKind,
                 {RegistrationKind::Registration, "registration"},
                 {RegistrationKind::Membership, "membership"})

/// CMI-1, MW-3.1: a professional register or association the consultant belongs to.
struct PracticeRegistration
{
    qint64 id = 0;
    RegistrationKind kind = RegistrationKind::Registration;
    QString body;
    QString registerNumber;
    QDate validFrom;
    QDate validUntil; // invalid: open-ended

    bool operator==(const PracticeRegistration&) const = default;
};

enum class QualificationKind { Qualification, Certification, Accreditation };

MANDAAT_ENUM_IDS(QualificationKind,
                 {QualificationKind::Qualification, "qualification"},
                 {QualificationKind::Certification, "certification"},
                 {QualificationKind::Accreditation, "accreditation"})

/// MW-3.1: printed on letters; an expired one is never printed as current.
struct PracticeQualification
{
    qint64 id = 0;
    QualificationKind kind = QualificationKind::Qualification;
    QString title;
    QString issuer;
    QDate issuedOn;
    QDate expiresOn; // invalid: does not expire
    qint64 attachmentId = 0;

    bool isExpiredOn(QDate day) const { return expiresOn.isValid() && expiresOn < day; }
    bool operator==(const PracticeQualification&) const = default;
};

/// MW-2.1, CMI-1: a code the consultant subscribes to; MW-2.2: their own copy of the
/// official text as an attached PDF, handed over to the parties.
struct CodeSubscription
{
    qint64 id = 0;
    QString codeId; // "MW-2020", "CMI-2009"
    QString version;
    QDate subscribedOn;
    qint64 attachmentId = 0;

    bool operator==(const CodeSubscription&) const = default;
};

/// Practice policy, kept in the vault (docs/architecture.md, Storage) as practice_setting keys.
struct PracticePolicy
{
    int dossierRetentionMonths = 24;
    int financialRetentionYears = 10; // NL asks 7, BE 10: the stricter default
    int backupIntervalDays = 7;
    Language letterLanguage = Language::Dutch;
    int idleLockMinutes = 10;

    bool operator==(const PracticePolicy&) const = default;
};

} // namespace mandaat
