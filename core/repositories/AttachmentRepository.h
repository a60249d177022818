#pragma once

#include "domain/Attachment.h"
#include "domain/RecordError.h"

#include <QList>
#include <QObject>

#include <optional>

namespace mandaat {

class AuditLog;
class RecordStore;

/// Files kept in the vault as BLOBs with their SHA-256 (docs/architecture.md, Storage), at most
/// Attachment::MaxBytes each. The content never changes once stored; the name and
/// description can.
class AttachmentRepository : public QObject
{
    Q_OBJECT

public:
    AttachmentRepository(RecordStore& store, AuditLog& audit, QObject* parent = nullptr);

    /// Stores a new attachment: computes size and SHA-256, sets id and createdAt.
    bool add(Attachment& attachment, RecordError* error = nullptr);
    /// With its content.
    std::optional<Attachment> attachment(qint64 id, RecordError* error = nullptr) const;
    /// Without its content (the bytes stay in the vault).
    std::optional<Attachment> info(qint64 id, RecordError* error = nullptr) const;
    /// An engagement's attachments, or the practice's own (engagementId 0), without content.
    QList<Attachment> attachmentsFor(qint64 engagementId, RecordError* error = nullptr) const;
    /// Changes the file name and description only.
    bool saveInfo(const Attachment& attachment, RecordError* error = nullptr);
    /// Whether the stored bytes still have the SHA-256 recorded when they were added.
    bool verify(qint64 id, RecordError* error = nullptr) const;
    /// Refused while an engagement or any record or profile field refers to it.
    bool remove(qint64 id, RecordError* error = nullptr);

Q_SIGNALS:
    void attachmentsChanged(qint64 engagementId);

private:
    std::optional<Attachment> load(qint64 id, bool withContent, RecordError* error) const;
    QStringList usesOf(qint64 id, RecordError* error) const;

    RecordStore& m_store;
    AuditLog& m_audit;
};

} // namespace mandaat
