#pragma once

#include "domain/Attachment.h"
#include "domain/Client.h"
#include "domain/ComplianceRecord.h"
#include "domain/Engagement.h"
#include "domain/Practice.h"
#include "domain/Principal.h"
#include "domain/RecordError.h"
#include "domain/Technology.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mandaat {

class LetterDocument;
class LetterTemplate;
class Records;

/// Everything the engagement confirmation (opdrachtbevestiging) prints, gathered once, so
/// that the letter can be checked and rendered without a database.
struct ConfirmationContent
{
    struct GoverningCode
    {
        QString id; // "CMI-2009"
        QString name; // in the letter's language
        QString version;
        QString publisher;
    };

    QDate letterDate;
    PracticeProfile practice;
    QList<PracticeRegistration> registrations;
    QList<PracticeQualification> qualifications; // all of them: rendering leaves out the expired
    QImage logo;
    QImage signature;
    Engagement engagement;
    Client client;
    std::optional<Principal> principal;
    std::optional<Consent> consent; // the reporting agreement in force, if recorded (CMI-8)
    QList<GoverningCode> codes; // CMI-5, MW-2.2
    /// The rules the articles in force for the engagement name (the catalogue's): which clauses
    /// the letter carries ("freedom-to-stop-every-party": every party may end it; no
    /// "complaint-deadline": no four-week promise).
    QStringList rules;
    std::optional<Attachment> generalTerms; // the practice's general terms (no content): the annex
    QList<TechnologyTool> tools; // ICF-2.5: the register's tools used with this client's data
};

namespace ConfirmationLetter {

/// CMI-5: the elements the confirmation must state that are missing, named for the user
/// (translated in the interface's language). Issuing is refused while this is not empty.
QStringList missingElements(const ConfirmationContent& content);

/// CMI-7: the no-admission clause goes into career and outplacement engagements that have a
/// principal (it is about how the principal reads the client's acceptance).
bool needsNoAdmissionClause(const Engagement& engagement);

/// Builds the letter from \a text (the template in the letter's language) into \a letter.
void render(const ConfirmationContent& content, const LetterTemplate& text, LetterDocument& letter);

/// Gathers the content for engagement \a engagementId from the vault, in \a language for the
/// names of the codes. The governing codes are the engagement's pinned codes, or, before it
/// starts, the practice's subscribed codes in force at the planned start.
std::optional<ConfirmationContent>
load(Records& records, qint64 engagementId, Language language, QDate letterDate, RecordError* error = nullptr);

} // namespace ConfirmationLetter
} // namespace mandaat
