#include "TermsAmendment.h"

#include "compliance/EvidenceFiling.h"
#include "compliance/EvidenceTopics.h"
#include "domain/DisplayNames.h"
#include "domain/Phrase.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/IssuedLetterRepository.h"
#include "repositories/Records.h"

#include <algorithm>

namespace mandaat::TermsAmendment {

namespace {

bool sameMethods(const QList<EngagementMethod>& a, const QList<EngagementMethod>& b)
{
    // A method's id is the vault's, not a term.
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto& x, const auto& y) {
        return x.name == y.name && x.description == y.description && x.author == y.author;
    });
}

} // namespace

QStringList changedTerms(const Engagement& a, const Engagement& b)
{
    QStringList changed;
    const auto add = [&changed](bool differs, const QString& name) {
        if (differs && !changed.contains(name)) {
            changed.append(name);
        }
    };
    add(a.clientId != b.clientId || a.principalId != b.principalId, QStringLiteral("term.parties"));
    add(a.payerKind != b.payerKind || a.payerName != b.payerName || a.payerReference != b.payerReference,
        QStringLiteral("term.payer"));
    add(a.kind != b.kind || a.topCivilServant != b.topCivilServant, QStringLiteral("term.kind"));
    add(a.objectives != b.objectives, QStringLiteral("term.objectives"));
    add(a.clientExpectations != b.clientExpectations || a.principalExpectations != b.principalExpectations ||
            a.otherStakeholders != b.otherStakeholders,
        QStringLiteral("term.expectations"));
    add(!sameMethods(a.methods, b.methods), QStringLiteral("term.methods"));
    add(a.feeModel != b.feeModel || a.rateCents != b.rateCents || a.currency != b.currency ||
            a.estimatedTotalCents != b.estimatedTotalCents,
        QStringLiteral("term.fee"));
    add(a.vatExempt != b.vatExempt || a.vatExemptionWording != b.vatExemptionWording ||
            (!b.vatExempt && a.vatRateBasisPoints != b.vatRateBasisPoints),
        QStringLiteral("term.vat"));
    add(a.expensesArrangement != b.expensesArrangement, QStringLiteral("term.expenses"));
    add(a.paymentMethod != b.paymentMethod || a.paymentTerms != b.paymentTerms, QStringLiteral("term.payment"));
    add(a.cancellationPolicy != b.cancellationPolicy, QStringLiteral("term.cancellation"));
    add(a.plannedStart != b.plannedStart || a.plannedEnd != b.plannedEnd || a.plannedSessions != b.plannedSessions,
        QStringLiteral("term.duration"));
    add(a.followsEarlierAdvice != b.followsEarlierAdvice || a.earlierAdviceDescription != b.earlierAdviceDescription,
        QStringLiteral("term.earlier_advice"));
    add(a.endOfEmployment != b.endOfEmployment, QStringLiteral("term.end_of_employment"));
    add(a.useRestrictions != b.useRestrictions, QStringLiteral("term.use"));
    return changed;
}

std::optional<IssuedLetter> frozenBy(const Records& records, qint64 engagementId)
{
    if (engagementId <= 0) {
        return std::nullopt;
    }
    const QList<IssuedLetter> letters = records.letters().lettersFor(engagementId, LetterKind::Confirmation);
    return letters.isEmpty() ? std::nullopt : std::optional<IssuedLetter>(letters.constFirst());
}

std::optional<State> lastAmendment(const Records& records, qint64 engagementId)
{
    if (engagementId <= 0) {
        return std::nullopt;
    }
    const QList<Evidence> rows = records.compliance().evidenceFor(engagementId);
    // Evidence ids grow with every row: what counts is what was recorded after the amendment.
    const Evidence* amendment = nullptr;
    for (const Evidence& row : rows) {
        if (row.topic == evidence::termsAmended() && (!amendment || row.id > amendment->id)) {
            amendment = &row;
        }
    }
    if (!amendment) {
        return std::nullopt;
    }
    const std::optional<Engagement> engagement = records.engagements().engagement(engagementId);
    QList<Party> parties{Party::Client};
    if (engagement && engagement->principalId != 0) {
        parties.append(Party::Principal);
    }
    State state;
    state.amendedOn = amendment->occurredOn;
    for (const Evidence& row : rows) {
        if (row.id <= amendment->id) {
            continue;
        }
        if (row.topic == evidence::confirmationIssued()) {
            state.reissued = true;
        } else if (row.topic == evidence::confirmationAccepted()) {
            if (row.party == Party::AllParties) {
                parties.clear();
            } else {
                parties.removeAll(row.party);
            }
        }
    }
    state.accepted = parties.isEmpty();
    return state;
}

bool save(Records& records, Engagement& engagement, QDate on, bool* amended, RecordError* error)
{
    if (amended) {
        *amended = false;
    }
    const std::optional<IssuedLetter> confirmation = frozenBy(records, engagement.id);
    if (!confirmation) {
        return records.engagements().save(engagement, error);
    }
    const std::optional<Engagement> stored = records.engagements().engagement(engagement.id, error);
    if (!stored) {
        return false;
    }
    const QStringList changed = changedTerms(*stored, engagement);
    if (changed.isEmpty()) {
        return records.engagements().save(engagement, error);
    }
    const bool saved = records.transaction(
        [&](RecordError* failure) {
            if (!records.engagements().save(engagement, failure)) {
                return false;
            }
            // Which terms, never their values: the values are in the engagement and its letters.
            Evidence row;
            row.engagementId = engagement.id;
            row.topic = evidence::termsAmended();
            row.party = Party::AllParties;
            row.occurredOn = on;
            row.channel = Channel::Other;
            row.text = Phrase::store(
                "evidence.terms.amended",
                {Phrase::day(confirmation->issuedAt.toLocalTime().date()), changed.join(QLatin1Char(','))});
            return EvidenceFiling::file(records, row, failure) && records.compliance().save(row, failure);
        },
        error);
    if (saved && amended) {
        *amended = true;
    }
    return saved;
}

} // namespace mandaat::TermsAmendment
