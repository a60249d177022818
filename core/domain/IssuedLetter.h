#pragma once

#include "domain/ComplianceRecord.h"
#include "domain/EnumIds.h"
#include "domain/Language.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace mandaat {

/// The letters Mandaat issues (docs/architecture.md, Documents).
enum class LetterKind { Confirmation, WrittenWarning, ComplaintAcknowledgement, Termination, Handover };

MANDAAT_ENUM_IDS(LetterKind,
                 {LetterKind::Confirmation, "confirmation"},
                 {LetterKind::WrittenWarning, "written_warning"},
                 {LetterKind::ComplaintAcknowledgement, "complaint_acknowledgement"},
                 {LetterKind::Termination, "termination"},
                 {LetterKind::Handover, "handover"})

/// A letter as issued: its PDF is an attachment, kept with its SHA-256 as evidence. Issuing
/// again adds a new one; the earlier stay. The signed copy, or an acceptance by e-mail, is
/// recorded on it (CMI-5).
struct IssuedLetter
{
    qint64 id = 0;
    qint64 engagementId = 0;
    qint64 complaintId = 0;
    LetterKind kind = LetterKind::Confirmation;
    Language language = Language::Dutch;
    QDateTime issuedAt;
    qint64 attachmentId = 0;
    QString sha256;
    QDate acceptedOn; // invalid: not yet accepted
    std::optional<Channel> acceptanceChannel; // Letter: the signed copy; Email: accepted by e-mail
    qint64 signedAttachmentId = 0;
    QString acceptanceNote;

    bool isAccepted() const { return acceptedOn.isValid(); }
    bool operator==(const IssuedLetter&) const = default;
};

} // namespace mandaat
