#pragma once

#include "domain/Client.h"
#include "domain/ComplianceRecord.h"
#include "domain/Engagement.h"
#include "domain/Practice.h"
#include "domain/Principal.h"
#include "domain/RecordError.h"

#include <QDate>
#include <QImage>
#include <QString>

#include <optional>

namespace mandaat {

class LetterDocument;
class LetterTemplate;
class Records;

/// The letters of a running or ending engagement, besides the confirmation: the written
/// warning (CMI-12), the acknowledgement of a complaint (CMI-17), the termination letter, and
/// the proposal to hand over (MW-5.3). Each is addressed to the client, with a copy line for
/// the principal when there is one.
namespace EngagementLetters {

struct Parties
{
    QDate letterDate;
    PracticeProfile practice;
    QImage logo;
    QImage signature;
    Engagement engagement;
    Client client;
    std::optional<Principal> principal;
};

std::optional<Parties> load(Records& records, qint64 engagementId, QDate letterDate, RecordError* error = nullptr);

/// CMI-12: names the obstruction (\a warning.reason) and its consequence.
void renderWarning(const Parties& parties,
                   const WrittenWarning& warning,
                   const LetterTemplate& text,
                   LetterDocument& letter);
/// CMI-17: received on, the complaint, settled within four weeks (the due date), the external
/// body from the practice profile.
void renderComplaintAcknowledgement(const Parties& parties,
                                    const Complaint& complaint,
                                    const LetterTemplate& text,
                                    LetterDocument& letter);
/// The end: the reason and the date, the two retention dates, an optional note.
void renderTermination(const Parties& parties,
                       EndReason reason,
                       QDate endDate,
                       QDate dossierUntil,
                       QDate financialUntil,
                       const QString& note,
                       const LetterTemplate& text,
                       LetterDocument& letter);
/// MW-5.3: an unresolved conflict of interest; the proposed successor.
void renderHandover(const Parties& parties,
                    const QString& successor,
                    const LetterTemplate& text,
                    LetterDocument& letter);

} // namespace EngagementLetters
} // namespace mandaat
