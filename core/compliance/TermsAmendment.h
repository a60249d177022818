#pragma once

#include "domain/Engagement.h"
#include "domain/IssuedLetter.h"
#include "domain/RecordError.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace mandaat {

class Records;

/// CMI-5: the terms of an engagement are frozen once its confirmation is issued. A change to a
/// term after that is an amendment: recorded, dated, as evidence (EvidenceTopics
/// termsAmended), and the confirmation rules are open again until a new version is issued and
/// accepted by every party. Every window that saves an engagement's terms saves through here.
namespace TermsAmendment {

/// The terms (what the confirmation letter states) that differ between \a before and
/// \a after, as Phrase ids ("term.fee"), in the letter's order; empty when none do.
QStringList changedTerms(const Engagement& before, const Engagement& after);

/// The newest confirmation issued for the engagement: the one that froze its terms.
std::optional<IssuedLetter> frozenBy(const Records& records, qint64 engagementId);

/// The latest amendment of an engagement's terms, and how far the new version has come.
struct State
{
    QDate amendedOn;
    bool reissued = false; // a confirmation was issued after it
    bool accepted = false; // and every party accepted a confirmation after it

    bool isOpen() const { return !reissued || !accepted; }
};
std::optional<State> lastAmendment(const Records& records, qint64 engagementId);

/// Saves \a engagement (EngagementRepository::save). When its terms were frozen and change,
/// the amendment is recorded, dated \a on, in the same transaction; \a amended says so.
bool save(Records& records, Engagement& engagement, QDate on, bool* amended = nullptr, RecordError* error = nullptr);

} // namespace TermsAmendment

} // namespace mandaat
