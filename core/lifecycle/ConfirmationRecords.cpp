#include "ConfirmationRecords.h"

#include "compliance/CodeCatalogue.h"
#include "compliance/ComplianceContextLoader.h"
#include "compliance/ComplianceGuard.h"
#include "compliance/EvidenceFiling.h"
#include "compliance/EvidenceTopics.h"
#include "domain/DisplayNames.h"
#include "domain/Phrase.h"
#include "domain/Validation.h"
#include "repositories/AuditLog.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/IssuedLetterRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/Records.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace mandaat::ConfirmationRecords {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mandaat::ConfirmationRecords", text);
}

// The rules whose evidence these records are (core/compliance/rules/HandoverRules.cpp).
const QString IssuedRule = QStringLiteral("confirmation-states-code");
const QString AcceptedRule = QStringLiteral("confirmation-accepted");

/// The first of the engagement's articles that names \a ruleId; empty, with \a failure set,
/// when there is none.
QString
articleServing(const Records& records, qint64 engagementId, const QString& ruleId, QDate on, RecordError* failure)
{
    const QString article = EvidenceFiling::articleServing(records, engagementId, ruleId, on, failure);
    if (article.isEmpty() && failure->kind == RecordError::Kind::Refused) {
        *failure = RecordError::make(RecordError::Kind::Refused,
                                     tr("No code of this engagement asks for an engagement confirmation: subscribe "
                                        "to a code in the practice profile."));
    }
    return article;
}

} // namespace

std::optional<LetterService::Issued>
issue(Records& records, qint64 engagementId, std::optional<Language> language, QDate on, Error* error)
{
    std::optional<LetterService::Issued> issued;
    RecordError recordError;
    const bool done = records.transaction(
        [&](RecordError* failure) {
            const QString article = articleServing(records, engagementId, IssuedRule, on, failure);
            if (article.isEmpty()) {
                return false;
            }
            Error message;
            issued = LetterService::issueConfirmation(records, engagementId, language, on, &message);
            if (!issued) {
                *failure = RecordError::make(RecordError::Kind::Refused, message.message);
                return false;
            }
            // MW-2.2, CMI-5: the letter states the code (and, for career kinds, the no-admission clause).
            Evidence row;
            row.engagementId = engagementId;
            row.articleId = article;
            row.topic = evidence::confirmationIssued();
            row.party = Party::AllParties;
            row.occurredOn = on;
            row.channel = Channel::Letter;
            row.text = Phrase::store("evidence.confirmation.issued", {issued->letter.sha256});
            row.attachmentId = issued->letter.attachmentId;
            return records.compliance().save(row, failure);
        },
        &recordError);
    if (!done) {
        setError(error, recordError);
        return std::nullopt;
    }
    return issued;
}

bool accept(Records& records,
            const IssuedLetter& letter,
            QDate on,
            Channel channel,
            const Attachment* signedCopy,
            const QList<Party>& parties,
            Error* error)
{
    RecordError recordError;
    const bool done = records.transaction(
        [&](RecordError* failure) {
            const QString article = articleServing(records, letter.engagementId, AcceptedRule, on, failure);
            if (article.isEmpty()) {
                return false;
            }
            if (!records.letters().recordAcceptance(letter.id, on, channel, signedCopy, {}, failure)) {
                return false;
            }
            const std::optional<IssuedLetter> accepted = records.letters().letter(letter.id, failure);
            if (!accepted) {
                return false;
            }
            // CMI-5: the written agreement of each party; one signed copy carries every signature.
            for (const Party party : parties) {
                Evidence row;
                row.engagementId = letter.engagementId;
                row.articleId = article;
                row.topic = evidence::confirmationAccepted();
                row.party = party;
                row.occurredOn = on;
                row.channel = channel;
                row.attachmentId = accepted->signedAttachmentId;
                row.text = Phrase::store(signedCopy ? "evidence.confirmation.signed" : "evidence.confirmation.email");
                if (!records.compliance().save(row, failure)) {
                    return false;
                }
            }
            return true;
        },
        &recordError);
    if (!done && error) {
        setError(error, recordError);
    }
    return done;
}

QList<Party> partiesOf(const Engagement& engagement)
{
    QList<Party> parties{Party::Client};
    if (engagement.principalId != 0) {
        parties.append(Party::Principal);
    }
    return parties;
}

std::optional<Attachment> signedCopyFrom(const QString& path, Error* error)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.isFile()) {
        setError(error,
                 Error::make(Error::Kind::Failed,
                             info.exists()
                                 ? tr("%1 is not a file. Give the scan of the signed confirmation.").arg(shown)
                                 : tr("%1 does not exist.").arg(shown)));
        return std::nullopt;
    }
    const QString mime = QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent).name(); // not by its name
    if (mime != QLatin1String("application/pdf") && !mime.startsWith(QLatin1String("image/"))) {
        setError(error,
                 Error::make(Error::Kind::Invalid,
                             tr("%1 is neither a PDF nor an image. Attach the scan of the signed confirmation.")
                                 .arg(info.fileName())));
        return std::nullopt;
    }
    if (info.size() > Attachment::MaxBytes) {
        setError(error,
                 Error::make(Error::Kind::Invalid,
                             tr("%1 is larger than %2 MB; scan it at a lower resolution.")
                                 .arg(info.fileName())
                                 .arg(Attachment::MaxBytes / (1024 * 1024))));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error,
                 Error::make(Error::Kind::Failed, tr("%1 could not be read: %2.").arg(shown, file.errorString())));
        return std::nullopt;
    }
    Attachment copy;
    copy.fileName = info.fileName();
    copy.mimeType = mime;
    copy.description = tr("Signed engagement confirmation");
    copy.content = file.readAll();
    const ValidationIssues issues = validate(copy);
    if (!issues.isEmpty()) {
        // The first issue only, as the dialog and the CLI have always shown it.
        setError(error, Error{Error::Kind::Invalid, issues.constFirst().message, issues});
        return std::nullopt;
    }
    return copy;
}

bool activate(Records& records, qint64 engagementId, QDate on, Error* error)
{
    RecordError recordError;
    const std::optional<Engagement> engagement = records.engagements().engagement(engagementId, &recordError);
    if (!engagement) {
        setError(error, recordError);
        return false;
    }
    if (engagement->status != EngagementStatus::Onboarding) {
        setError(error,
                 Error::make(Error::Kind::Refused,
                             tr("Only an engagement in onboarding becomes active; this one is %1.")
                                 .arg(displayName(engagement->status).toLower())));
        return false;
    }
    // The rules decide, guard installed or not (a test, an import): the same check and message,
    // asked once (the installed guard asks it in transition()).
    if (!records.engagements().hasTransitionGuard()) {
        const ComplianceGuard rules(records);
        const TransitionCheck check = rules.check(*engagement, EngagementStatus::Active, std::nullopt, on);
        if (!check.allowed) {
            setError(error, Error::make(Error::Kind::Refused, check.reason));
            return false;
        }
    }
    if (!records.engagements().transition(engagementId, EngagementStatus::Active, on, {}, {}, &recordError)) {
        setError(error, recordError);
        return false;
    }
    return true;
}

bool recordUse(Records& records, const IssuedLetter& letter, const QString& kind, Error* error)
{
    RecordError recordError;
    const QString summary =
        Phrase::store(kind == QLatin1String("letter.printed") ? "audit.letter.printed" : "audit.letter.saved",
                      {QString::number(letter.id)});
    if (records.audit().append(kind, summary, letter.engagementId, &recordError) == 0) {
        setError(error, recordError);
        return false;
    }
    return true;
}

} // namespace mandaat::ConfirmationRecords
