#include "LetterService.h"

#include "compliance/CodeCatalogue.h"
#include "compliance/EvidenceFiling.h"
#include "documents/ConfirmationLetter.h"
#include "documents/EngagementLetters.h"
#include "documents/LetterDocument.h"
#include "documents/LetterTemplate.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/IssuedLetterRepository.h"
#include "repositories/Records.h"

#include <QBuffer>
#include <QCoreApplication>

#include <functional>

namespace mandaat::LetterService {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mandaat::LetterService", text);
}

std::unique_ptr<LetterDocument> build(Records& records,
                                      qint64 engagementId,
                                      std::optional<Language> language,
                                      QDate letterDate,
                                      Error* error,
                                      Language* usedLanguage,
                                      QString* title)
{
    RecordError recordError;
    const auto engagement = records.engagements().engagement(engagementId, &recordError);
    if (!engagement) {
        setError(error, recordError);
        return nullptr;
    }
    const Language lang = language.value_or(engagement->letterLanguage);
    const auto content = ConfirmationLetter::load(records, engagementId, lang, letterDate, &recordError);
    if (!content) {
        setError(error, recordError);
        return nullptr;
    }
    const QStringList missing = ConfirmationLetter::missingElements(*content);
    if (!missing.isEmpty()) {
        // The refusal cites the articles of the engagement's codes that ask for a complete
        // confirmation (the catalogue's: CMI-5, ICF-1.1 …).
        QStringList codeIds;
        for (const ConfirmationContent::GoverningCode& code : content->codes) {
            codeIds.append(code.id);
        }
        const QStringList articles = CodeCatalogue::builtIn().articlesNaming(
            codeIds, toId(content->engagement.kind), QStringLiteral("confirmation-complete"));
        setError(error,
                 Error::make(Error::Kind::Refused,
                             (articles.isEmpty()
                                  ? tr("The engagement confirmation cannot be issued yet. It does not state:")
                                  : tr("The engagement confirmation cannot be issued yet (%1). It does not state:")
                                        .arg(articles.join(QStringLiteral(", ")))) +
                                 QLatin1Char('\n') + QStringLiteral("- ") + missing.join(QStringLiteral("\n- "))));
        return nullptr;
    }
    const LetterTemplate text = LetterTemplate::load(QStringLiteral("confirmation"), lang, error);
    if (!text.isValid()) {
        return nullptr;
    }
    auto letter = std::make_unique<LetterDocument>();
    ConfirmationLetter::render(*content, text, *letter);
    *title = text.text(QStringLiteral("title")) + QStringLiteral(" – ") + engagement->title;
    *usedLanguage = lang;
    return letter;
}

std::optional<QByteArray> render(Records& records,
                                 qint64 engagementId,
                                 std::optional<Language> language,
                                 QDate letterDate,
                                 Error* error,
                                 Language* usedLanguage,
                                 QString* title)
{
    const std::unique_ptr<LetterDocument> letter =
        build(records, engagementId, language, letterDate, error, usedLanguage, title);
    if (!letter) {
        return std::nullopt;
    }
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    if (!letter->writePdf(&buffer, *title, error)) {
        return std::nullopt;
    }
    return pdf;
}

} // namespace

std::optional<QByteArray> renderConfirmation(
    Records& records, qint64 engagementId, std::optional<Language> language, QDate letterDate, Error* error)
{
    Language used = Language::Dutch;
    QString title;
    return render(records, engagementId, language, letterDate, error, &used, &title);
}

std::unique_ptr<LetterDocument> confirmationDocument(Records& records,
                                                     qint64 engagementId,
                                                     std::optional<Language> language,
                                                     QDate letterDate,
                                                     Error* error,
                                                     QString* title)
{
    Language used = Language::Dutch;
    QString ignoredTitle;
    return build(records, engagementId, language, letterDate, error, &used, title ? title : &ignoredTitle);
}

std::optional<Issued> issueConfirmation(
    Records& records, qint64 engagementId, std::optional<Language> language, QDate letterDate, Error* error)
{
    Language used = Language::Dutch;
    QString title;
    auto pdf = render(records, engagementId, language, letterDate, error, &used, &title);
    if (!pdf) {
        return std::nullopt;
    }
    Issued issued;
    issued.pdf = *pdf;
    issued.letter.engagementId = engagementId;
    issued.letter.kind = LetterKind::Confirmation;
    issued.letter.language = used;
    // A neutral file name: names never travel in file names (exports list them in data.json).
    const QString fileName =
        QStringLiteral("confirmation-%1-%2.pdf").arg(engagementId).arg(letterDate.toString(QStringLiteral("yyyyMMdd")));
    RecordError recordError;
    if (!records.letters().issue(issued.letter, issued.pdf, fileName, &recordError)) {
        setError(error, recordError);
        return std::nullopt;
    }
    return issued;
}

namespace {

// Renders a letter of \a kind from the engagement's parties with \a build.
std::optional<QByteArray>
renderFor(Records& records,
          qint64 engagementId,
          const QString& kind,
          std::optional<Language> language,
          QDate letterDate,
          Error* error,
          Language* used,
          const std::function<void(const EngagementLetters::Parties&, const LetterTemplate&, LetterDocument&)>& build)
{
    RecordError recordError;
    const auto parties = EngagementLetters::load(records, engagementId, letterDate, &recordError);
    if (!parties) {
        setError(error, recordError);
        return std::nullopt;
    }
    const Language lang = language.value_or(parties->engagement.letterLanguage);
    const LetterTemplate text = LetterTemplate::load(kind, lang, error);
    if (!text.isValid()) {
        return std::nullopt;
    }
    LetterDocument letter;
    build(*parties, text, letter);
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    if (!letter.writePdf(&buffer, text.text(QStringLiteral("title")), error)) {
        return std::nullopt;
    }
    if (used) {
        *used = lang;
    }
    return pdf;
}

QString letterFileName(LetterKind kind, qint64 engagementId, QDate date)
{
    // Neutral: names never travel in file names.
    return QStringLiteral("%1-%2-%3.pdf")
        .arg(toId(kind))
        .arg(engagementId)
        .arg(date.toString(QStringLiteral("yyyyMMdd")));
}

} // namespace

std::optional<IssuedLetter> store(Records& records,
                                  qint64 engagementId,
                                  LetterKind kind,
                                  Language language,
                                  const QByteArray& pdf,
                                  QDate letterDate,
                                  Error* error)
{
    IssuedLetter letter;
    letter.engagementId = engagementId;
    letter.kind = kind;
    letter.language = language;
    RecordError recordError;
    if (!records.letters().issue(letter, pdf, letterFileName(kind, engagementId, letterDate), &recordError)) {
        setError(error, recordError);
        return std::nullopt;
    }
    return letter;
}

std::optional<Issued>
issueWarning(Records& records, WrittenWarning& warning, std::optional<Language> language, Error* error)
{
    const QStringList articles = EvidenceFiling::articlesNaming(
        records, warning.engagementId, QStringLiteral("early-end-warning"), warning.issuedOn);
    if (articles.isEmpty()) {
        // Under a code without it (ICF alone, MW alone) there is no warning to give: the menu
        // does not offer it, and no other way in issues one.
        setError(error,
                 Error::make(
                     Error::Kind::Refused,
                     tr("No code of this engagement asks for a written warning before ending it early; Mandaat issues "
                        "none.")));
        return std::nullopt;
    }
    if (warning.reason.trimmed().isEmpty()) {
        setError(error,
                 Error::make(Error::Kind::Refused,
                             tr("Describe the obstruction: the written warning names it (%1).")
                                 .arg(articles.join(QStringLiteral(", ")))));
        return std::nullopt;
    }
    Language used = Language::Dutch;
    const auto pdf = renderFor(records,
                               warning.engagementId,
                               QStringLiteral("written_warning"),
                               language,
                               warning.issuedOn,
                               error,
                               &used,
                               [&warning](const auto& parties, const auto& text, auto& letter) {
                                   EngagementLetters::renderWarning(parties, warning, text, letter);
                               });
    if (!pdf) {
        return std::nullopt;
    }
    Issued issued;
    issued.pdf = *pdf;
    RecordError recordError;
    const bool ok = records.transaction(
        [&](RecordError* inner) {
            const auto letter =
                store(records, warning.engagementId, LetterKind::WrittenWarning, used, *pdf, warning.issuedOn, error);
            if (!letter) {
                return false;
            }
            issued.letter = *letter;
            warning.attachmentId = letter->attachmentId;
            warning.channel = Channel::Letter;
            return records.compliance().save(warning, inner);
        },
        &recordError);
    if (!ok) {
        if (!recordError.message.isEmpty()) {
            setError(error, recordError);
        }
        return std::nullopt;
    }
    return issued;
}

std::optional<Issued> issueComplaintAcknowledgement(
    Records& records, qint64 complaintId, std::optional<Language> language, QDate letterDate, Error* error)
{
    RecordError recordError;
    auto complaint = records.compliance().complaint(complaintId, &recordError);
    if (!complaint) {
        setError(error, recordError);
        return std::nullopt;
    }
    Language used = Language::Dutch;
    const auto pdf = renderFor(records,
                               complaint->engagementId,
                               QStringLiteral("complaint_acknowledgement"),
                               language,
                               letterDate,
                               error,
                               &used,
                               [&complaint](const auto& parties, const auto& text, auto& letter) {
                                   EngagementLetters::renderComplaintAcknowledgement(parties, *complaint, text, letter);
                               });
    if (!pdf) {
        return std::nullopt;
    }
    Issued issued;
    issued.pdf = *pdf;
    const bool ok = records.transaction(
        [&](RecordError* inner) {
            IssuedLetter letter;
            letter.engagementId = complaint->engagementId;
            letter.complaintId = complaint->id;
            letter.kind = LetterKind::ComplaintAcknowledgement;
            letter.language = used;
            if (!records.letters().issue(
                    letter, *pdf, letterFileName(letter.kind, complaint->engagementId, letterDate), inner)) {
                return false;
            }
            issued.letter = letter;
            complaint->acknowledgedOn = letterDate;
            complaint->acknowledgementAttachmentId = letter.attachmentId;
            if (complaint->status == ComplaintStatus::Received) {
                complaint->status = ComplaintStatus::Acknowledged;
            }
            return records.compliance().save(*complaint, inner);
        },
        &recordError);
    if (!ok) {
        setError(error, recordError);
        return std::nullopt;
    }
    return issued;
}

std::optional<QByteArray> renderTermination(Records& records,
                                            qint64 engagementId,
                                            EndReason reason,
                                            QDate endDate,
                                            QDate dossierUntil,
                                            QDate financialUntil,
                                            const QString& note,
                                            std::optional<Language> language,
                                            Error* error)
{
    return renderFor(records,
                     engagementId,
                     QStringLiteral("termination"),
                     language,
                     endDate,
                     error,
                     nullptr,
                     [&](const auto& parties, const auto& text, auto& letter) {
                         EngagementLetters::renderTermination(
                             parties, reason, endDate, dossierUntil, financialUntil, note, text, letter);
                     });
}

std::optional<QByteArray> renderHandover(Records& records,
                                         qint64 engagementId,
                                         const QString& successor,
                                         std::optional<Language> language,
                                         QDate letterDate,
                                         Error* error)
{
    if (successor.trimmed().isEmpty()) {
        const QStringList articles =
            EvidenceFiling::articlesNaming(records, engagementId, QStringLiteral("conflict-termination"), letterDate);
        setError(error,
                 Error::make(Error::Kind::Refused,
                             articles.isEmpty()
                                 ? tr("Name the consultant you propose to hand the engagement over to.")
                                 : tr("Name the consultant you propose to hand the engagement over to (%1).")
                                       .arg(articles.join(QStringLiteral(", ")))));
        return std::nullopt;
    }
    return renderFor(records,
                     engagementId,
                     QStringLiteral("handover"),
                     language,
                     letterDate,
                     error,
                     nullptr,
                     [&successor](const auto& parties, const auto& text, auto& letter) {
                         EngagementLetters::renderHandover(parties, successor, text, letter);
                     });
}

} // namespace mandaat::LetterService
