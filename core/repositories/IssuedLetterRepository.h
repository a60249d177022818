#pragma once

#include "domain/Attachment.h"
#include "domain/IssuedLetter.h"
#include "domain/RecordError.h"

#include <QList>
#include <QObject>

#include <optional>

namespace mandaat {

class AttachmentRepository;
class AuditLog;
class RecordStore;

/// Letters issued, each with its PDF kept in the vault and an audit entry.
class IssuedLetterRepository : public QObject
{
    Q_OBJECT

public:
    IssuedLetterRepository(RecordStore& store,
                           AuditLog& audit,
                           AttachmentRepository& attachments,
                           QObject* parent = nullptr);

    /// Stores \a pdf as the attachment \a fileName and records the letter (id, issuedAt,
    /// attachmentId and sha256 are set), all in one transaction with its audit entry.
    bool issue(IssuedLetter& letter, const QByteArray& pdf, const QString& fileName, RecordError* error = nullptr);
    /// Records acceptance: the signed copy (\a signedCopy, a PDF or image, stored as an
    /// attachment) or an acceptance by e-mail (\a signedCopy empty, channel Email).
    bool recordAcceptance(qint64 letterId,
                          QDate acceptedOn,
                          Channel channel,
                          const Attachment* signedCopy,
                          const QString& note,
                          RecordError* error = nullptr);

    std::optional<IssuedLetter> letter(qint64 id, RecordError* error = nullptr) const;
    /// An engagement's letters, newest first; of one kind when \a kind is set.
    QList<IssuedLetter>
    lettersFor(qint64 engagementId, std::optional<LetterKind> kind = std::nullopt, RecordError* error = nullptr) const;

Q_SIGNALS:
    void lettersChanged(qint64 engagementId);

private:
    RecordStore& m_store;
    AuditLog& m_audit;
    AttachmentRepository& m_attachments;
};

} // namespace mandaat
