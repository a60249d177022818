#pragma once

#include "domain/EngagementStatus.h"
#include "domain/EnumIds.h"
#include "domain/Language.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mandaat {

/// MW-1 and CMI-3: the professional activities the two codes cover.
enum class EngagementKind {
    Coaching,
    CareerGuidance,
    CareerCoaching,
    Outplacement,
    Evaluation,
    Selection,
    Supervision
};

MANDAAT_ENUM_IDS(EngagementKind,
                 {EngagementKind::Coaching, "coaching"},
                 {EngagementKind::CareerGuidance, "career_guidance"},
                 {EngagementKind::CareerCoaching, "career_coaching"},
                 {EngagementKind::Outplacement, "outplacement"},
                 {EngagementKind::Evaluation, "evaluation"},
                 {EngagementKind::Selection, "selection"},
                 {EngagementKind::Supervision, "supervision"})

/// CMI-5: who pays. Scheme: a career voucher or a training subsidy, named with its reference.
enum class PayerKind { Principal, Client, Scheme, ThirdParty };

MANDAAT_ENUM_IDS(PayerKind,
                 {PayerKind::Principal, "principal"},
                 {PayerKind::Client, "client"},
                 {PayerKind::Scheme, "scheme"},
                 {PayerKind::ThirdParty, "third_party"})

enum class FeeModel { Hourly, Daily, PerSession, Fixed };

MANDAAT_ENUM_IDS(FeeModel,
                 {FeeModel::Hourly, "hourly"},
                 {FeeModel::Daily, "daily"},
                 {FeeModel::PerSession, "per_session"},
                 {FeeModel::Fixed, "fixed"})

enum class PaymentMethod { BankTransfer, DirectDebit, Card, Cash, Other };

MANDAAT_ENUM_IDS(PaymentMethod,
                 {PaymentMethod::BankTransfer, "bank_transfer"},
                 {PaymentMethod::DirectDebit, "direct_debit"},
                 {PaymentMethod::Card, "card"},
                 {PaymentMethod::Cash, "cash"},
                 {PaymentMethod::Other, "other"})

/// MW-2.5, MW-3.2: a method or tool, with the people behind it.
struct EngagementMethod
{
    qint64 id = 0;
    QString name;
    QString description;
    QString author; // author or owner; MW-3.2: never claimed as the consultant's own

    bool operator==(const EngagementMethod&) const = default;
};

/// The code versions in force when the engagement started (docs/architecture.md, Compliance).
struct PinnedCode
{
    QString codeId; // "MW-2020"
    QString version;

    bool operator==(const PinnedCode&) const = default;
};

/// One assignment for one client. Status and its dates change only through
/// EngagementRepository::transition(); save() leaves them alone.
struct Engagement
{
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 principalId = 0; // 0: self-paying client, no principal

    // CMI-5: the payer, when someone other than the principal pays.
    PayerKind payerKind = PayerKind::Principal;
    QString payerName; // the scheme or third party ("Loopbaancheque VDAB")
    QString payerReference; // the scheme's reference for this engagement

    EngagementKind kind = EngagementKind::Coaching;
    bool topCivilServant = false; // MW-2.8, only for evaluation and selection
    QString title;
    QString objectives; // MW-2.4
    QString clientExpectations; // MW-2.4
    QString principalExpectations; // MW-2.4
    QString otherStakeholders; // MW-2.4
    QList<EngagementMethod> methods;

    // CMI-5: fee, expenses, payment. Amounts in integer cents of currency.
    FeeModel feeModel = FeeModel::Hourly;
    qint64 rateCents = 0;
    QString currency = QStringLiteral("EUR");
    int vatRateBasisPoints = 2100; // 2100 = 21 %; ignored when vatExempt
    bool vatExempt = false;
    QString vatExemptionWording;
    std::optional<qint64> estimatedTotalCents;
    QString expensesArrangement;
    std::optional<PaymentMethod> paymentMethod;
    QString paymentTerms;
    QString cancellationPolicy; // ICF-1.1: what a session cancelled late or missed costs

    // MW-2.6: duration and number of sessions.
    QDate plannedStart;
    QDate plannedEnd;
    std::optional<int> plannedSessions;

    // Unanswered questions stay nullopt: the onboarding asks them explicitly.
    std::optional<bool> followsEarlierAdvice; // CMI-4
    QString earlierAdviceDescription;
    std::optional<bool> endOfEmployment; // CMI-7
    QString useRestrictions; // CMI-14
    Language letterLanguage = Language::Dutch;
    QList<PinnedCode> pinnedCodes;

    EngagementStatus status = EngagementStatus::Draft;
    std::optional<EndReason> endReason;
    QString endNote;
    QDate onboardingOn;
    QDate activatedOn;
    QDate endingOn;
    QDate endedOn;

    // Two retention clocks (GDPR art. 5(1)(e)): the dossier, and the financial records.
    QDate dossierRetentionUntil;
    QDate financialRetentionUntil;

    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Engagement&) const = default;
};

struct EngagementFilter
{
    qint64 clientId = 0;
    qint64 principalId = 0;
    QList<EngagementStatus> statuses; // empty: any
    std::optional<EngagementKind> kind;
    QString titleContains;
};

} // namespace mandaat
