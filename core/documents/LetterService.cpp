#include "LetterService.h"

#include "documents/ConfirmationLetter.h"
#include "documents/LetterDocument.h"
#include "documents/LetterTemplate.h"
#include "repositories/EngagementRepository.h"
#include "repositories/IssuedLetterRepository.h"
#include "repositories/Records.h"

#include <QBuffer>
#include <QCoreApplication>

namespace mandaat::LetterService {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("LetterService", text);
}

std::optional<QByteArray> render(Records& records,
                                 qint64 engagementId,
                                 std::optional<Language> language,
                                 QDate letterDate,
                                 QString* error,
                                 Language* usedLanguage,
                                 QString* title)
{
    RecordError recordError;
    const auto engagement = records.engagements().engagement(engagementId, &recordError);
    if (!engagement) {
        *error = recordError.message;
        return std::nullopt;
    }
    const Language lang = language.value_or(engagement->letterLanguage);
    const auto content = ConfirmationLetter::load(records, engagementId, lang, letterDate, &recordError);
    if (!content) {
        *error = recordError.message;
        return std::nullopt;
    }
    const QStringList missing = ConfirmationLetter::missingElements(*content);
    if (!missing.isEmpty()) {
        *error = tr("The engagement confirmation cannot be issued yet (CMI-5). It does not state:") + QLatin1Char('\n')
            + QStringLiteral("- ") + missing.join(QStringLiteral("\n- "));
        return std::nullopt;
    }
    const LetterTemplate text = LetterTemplate::load(QStringLiteral("confirmation"), lang, error);
    if (!text.isValid()) {
        return std::nullopt;
    }
    LetterDocument letter;
    ConfirmationLetter::render(*content, text, letter);
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    *title = text.text(QStringLiteral("title")) + QStringLiteral(" – ") + engagement->title;
    if (!letter.writePdf(&buffer, *title, error)) {
        return std::nullopt;
    }
    *usedLanguage = lang;
    return pdf;
}

} // namespace

std::optional<QByteArray> renderConfirmation(Records& records,
                                             qint64 engagementId,
                                             std::optional<Language> language,
                                             QDate letterDate,
                                             QString* error)
{
    Language used = Language::Dutch;
    QString title;
    QString ignored;
    return render(records, engagementId, language, letterDate, error ? error : &ignored, &used, &title);
}

std::optional<Issued> issueConfirmation(Records& records,
                                        qint64 engagementId,
                                        std::optional<Language> language,
                                        QDate letterDate,
                                        QString* error)
{
    QString ignored;
    QString* message = error ? error : &ignored;
    Language used = Language::Dutch;
    QString title;
    auto pdf = render(records, engagementId, language, letterDate, message, &used, &title);
    if (!pdf) {
        return std::nullopt;
    }
    Issued issued;
    issued.pdf = *pdf;
    issued.letter.engagementId = engagementId;
    issued.letter.kind = LetterKind::Confirmation;
    issued.letter.language = used;
    // A neutral file name: names never travel in file names (exports list them in data.json).
    const QString fileName = QStringLiteral("confirmation-%1-%2.pdf")
                                 .arg(engagementId)
                                 .arg(letterDate.toString(QStringLiteral("yyyyMMdd")));
    RecordError recordError;
    if (!records.letters().issue(issued.letter, issued.pdf, fileName, &recordError)) {
        *message = recordError.message;
        return std::nullopt;
    }
    return issued;
}

} // namespace mandaat::LetterService
