#include "IssuedLetterRepository.h"

#include "domain/Phrase.h"
#include "repositories/AttachmentRepository.h"
#include "repositories/AuditLog.h"
#include "repositories/RecordStore.h"

#include <QCoreApplication>

namespace mandaat {

namespace {

const char* const columns = "id, engagement_id, complaint_id, kind, language, issued_at, attachment_id, sha256, "
                            "accepted_on, acceptance_channel, signed_attachment_id, acceptance_note";

IssuedLetter readLetter(const RowReader& row)
{
    IssuedLetter letter;
    letter.id = row.id("id");
    letter.engagementId = row.id("engagement_id");
    letter.complaintId = row.id("complaint_id");
    letter.kind = row.enumeration("kind", LetterKind::Confirmation);
    letter.language = row.enumeration("language", Language::Dutch);
    letter.issuedAt = row.time("issued_at");
    letter.attachmentId = row.id("attachment_id");
    letter.sha256 = row.text("sha256");
    letter.acceptedOn = row.date("accepted_on");
    letter.acceptanceChannel = row.optionalEnumeration<Channel>("acceptance_channel");
    letter.signedAttachmentId = row.id("signed_attachment_id");
    letter.acceptanceNote = row.text("acceptance_note");
    return letter;
}

} // namespace

IssuedLetterRepository::IssuedLetterRepository(RecordStore& store,
                                               AuditLog& audit,
                                               AttachmentRepository& attachments,
                                               QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_audit(audit)
    , m_attachments(attachments)
{ }

bool IssuedLetterRepository::issue(IssuedLetter& letter,
                                   const QByteArray& pdf,
                                   const QString& fileName,
                                   RecordError* error)
{
    if (letter.engagementId <= 0 && letter.complaintId <= 0) {
        setRecordError(error,
                       RecordError::make(RecordError::Kind::Refused,
                                         QCoreApplication::translate(
                                             "Records", "A letter belongs to an engagement or a complaint.")));
        return false;
    }
    Transaction transaction(m_store, error);
    if (!transaction.isOpen()) {
        return false;
    }
    Attachment attachment;
    attachment.engagementId = letter.engagementId;
    attachment.fileName = fileName;
    attachment.mimeType = QStringLiteral("application/pdf");
    attachment.content = pdf;
    if (!m_attachments.add(attachment, error)) {
        return false;
    }
    letter.issuedAt = m_store.now();
    letter.attachmentId = attachment.id;
    letter.sha256 = attachment.sha256;
    const qint64 id = m_store.insert("issued_letter",
                                     {{"engagement_id", idValue(letter.engagementId)},
                                      {"complaint_id", idValue(letter.complaintId)},
                                      {"kind", enumValue(letter.kind)},
                                      {"language", enumValue(letter.language)},
                                      {"issued_at", timeValue(letter.issuedAt)},
                                      {"attachment_id", idValue(letter.attachmentId)},
                                      {"sha256", letter.sha256},
                                      {"acceptance_note", QString()}},
                                     error);
    if (id == 0) {
        return false;
    }
    // The audit names ids and the hash, never a client.
    if (m_audit.append(QStringLiteral("letter.issued"),
                       Phrase::store("audit.letter.issued",
                                     {QString::number(id), toId(letter.kind), toId(letter.language), letter.sha256}),
                       letter.engagementId,
                       error) == 0) {
        return false;
    }
    if (!transaction.commit(error)) {
        return false;
    }
    letter.id = id;
    Q_EMIT lettersChanged(letter.engagementId);
    return true;
}

bool IssuedLetterRepository::recordAcceptance(qint64 letterId,
                                              QDate acceptedOn,
                                              Channel channel,
                                              const Attachment* signedCopy,
                                              const QString& note,
                                              RecordError* error)
{
    auto existing = letter(letterId, error);
    if (!existing) {
        return false;
    }
    if (!acceptedOn.isValid() || acceptedOn < existing->issuedAt.toUTC().date()) {
        setRecordError(
            error,
            RecordError::make(
                RecordError::Kind::Refused,
                QCoreApplication::translate(
                    "Records", "The date of acceptance must be on or after the day the letter was issued.")));
        return false;
    }
    if (!signedCopy && channel != Channel::Email) {
        setRecordError(
            error,
            RecordError::make(RecordError::Kind::Refused,
                              QCoreApplication::translate(
                                  "Records", "Attach the signed copy, or record the acceptance as an e-mail.")));
        return false;
    }
    Transaction transaction(m_store, error);
    if (!transaction.isOpen()) {
        return false;
    }
    qint64 signedId = 0;
    if (signedCopy) {
        Attachment copy = *signedCopy;
        copy.engagementId = existing->engagementId;
        if (!m_attachments.add(copy, error)) {
            return false;
        }
        signedId = copy.id;
    }
    if (!m_store.update("issued_letter",
                        letterId,
                        {{"accepted_on", dateValue(acceptedOn)},
                         {"acceptance_channel", enumValue(channel)},
                         {"signed_attachment_id", idValue(signedId)},
                         {"acceptance_note", note}},
                        error)) {
        return false;
    }
    if (m_audit.append(QStringLiteral("letter.accepted"),
                       Phrase::store("audit.letter.accepted", {QString::number(letterId), toId(channel)}),
                       existing->engagementId,
                       error) == 0) {
        return false;
    }
    if (!transaction.commit(error)) {
        return false;
    }
    Q_EMIT lettersChanged(existing->engagementId);
    return true;
}

std::optional<IssuedLetter> IssuedLetterRepository::letter(qint64 id, RecordError* error) const
{
    auto query = m_store.run(
        QStringLiteral("SELECT %1 FROM issued_letter WHERE id = ?").arg(QLatin1String(columns)), {id}, error);
    if (!query) {
        return std::nullopt;
    }
    if (!query->next()) {
        setRecordError(error,
                       RecordError::make(
                           RecordError::Kind::NotFound,
                           QCoreApplication::translate("Records", "The letter (number %1) does not exist.").arg(id)));
        return std::nullopt;
    }
    return readLetter(RowReader(*query));
}

QList<IssuedLetter>
IssuedLetterRepository::lettersFor(qint64 engagementId, std::optional<LetterKind> kind, RecordError* error) const
{
    QString sql = QStringLiteral("SELECT %1 FROM issued_letter WHERE engagement_id = ?").arg(QLatin1String(columns));
    QVariantList values{engagementId};
    if (kind) {
        sql += QStringLiteral(" AND kind = ?");
        values << toId(*kind);
    }
    sql += QStringLiteral(" ORDER BY issued_at DESC, id DESC");
    QList<IssuedLetter> letters;
    auto query = m_store.run(sql, values, error);
    while (query && query->next()) {
        letters << readLetter(RowReader(*query));
    }
    return letters;
}

} // namespace mandaat
