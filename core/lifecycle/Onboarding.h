#pragma once

#include "domain/ComplianceRecord.h"
#include "domain/Engagement.h"
#include "domain/RecordError.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace mandaat {

class Records;

/// The onboarding as every way into the practice records it (the onboarding wizard and
/// `mandaat-cli engagement` / `record` alike; docs/compliance-evidence.md): the engagement
/// saved with its parties and terms and its onboarding begun, and each Evidence row the rules
/// look for, filed under the engagement's own article for its topic (EvidenceFiling).
namespace Onboarding {

/// Saves \a engagement (TermsAmendment::save: validated as every form validates it) and, while
/// it is a draft, begins its onboarding on \a on: the parties are complete. A draft without
/// pinned codes is pinned to the versions of the practice's codes in force at its start (the
/// planned start, else \a on), those the rules judged it by unpinned (docs/architecture.md, Compliance). One
/// transaction; nested in the caller's when there is one. False, with nothing saved and \a failure set to the refusal
/// (Invalid with the issues per field), otherwise.
bool begin(Records& records, Engagement& engagement, QDate on, RecordError* failure);

/// The evidence topics the built-in rules read that a user records as such, sorted: not those
/// written by their own workflow (the confirmation issued and accepted: ConfirmationRecords;
/// the terms amended: TermsAmendment; the referral and the successor: Termination and the
/// declined engagement). A topic ending in "_" is a prefix: the conflict finding or other role
/// it is about follows it ("conflict_…", "other_role_…").
QStringList topics();

/// Whether \a topic is one the rules read (topics(), or a prefix followed by its key).
bool isKnownTopic(const QString& topic);

/// Whether \a topic is the consultant's own declaration or judgement (independence, the client's
/// interest first, neutrality, the duration checked against the objectives): recorded for all
/// parties and by no channel of communication (Party::AllParties, Channel::Other), as the
/// wizard's conflict and terms pages record it.
bool isDeclaration(const QString& topic);

/// Files (EvidenceFiling::file) and saves \a row, a new Evidence row of an engagement in
/// onboarding, active or ending. Refused, with nothing saved, for a topic no rule reads, a
/// date after \a today, or an engagement that is ended.
bool record(Records& records, Evidence& row, QDate today, RecordError* failure);

} // namespace Onboarding
} // namespace mandaat
