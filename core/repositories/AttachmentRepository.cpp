#include "AttachmentRepository.h"

#include "domain/Phrase.h"
#include "domain/Validation.h"
#include "repositories/AuditLog.h"
#include "repositories/ChildRows.h"
#include "repositories/RecordStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace mandaat {

namespace {

const char* const infoColumns = "id, engagement_id, file_name, mime_type, description, size, sha256, created_at";

Attachment readAttachment(const RowReader& row, bool withContent)
{
    Attachment value;
    value.id = row.id("id");
    value.engagementId = row.id("engagement_id");
    value.fileName = row.text("file_name");
    value.mimeType = row.text("mime_type");
    value.description = row.text("description");
    value.size = row.integer("size");
    value.sha256 = row.text("sha256");
    value.createdAt = row.time("created_at");
    if (withContent) {
        value.content = row.bytes("content");
    }
    return value;
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Every column that can point at an attachment, and how a refusal names that use.
struct Use
{
    const char* table;
    const char* column;
    const char* what;
};

const Use uses[] = {
    {"practice_profile", "logo_attachment_id", QT_TRANSLATE_NOOP("Records", "the letterhead logo")},
    {"practice_profile", "signature_attachment_id", QT_TRANSLATE_NOOP("Records", "the scanned signature")},
    {"practice_profile", "privacy_notice_attachment_id", QT_TRANSLATE_NOOP("Records", "the privacy notice")},
    {"practice_profile", "general_terms_attachment_id", QT_TRANSLATE_NOOP("Records", "the general terms")},
    {"practice_qualification", "attachment_id", QT_TRANSLATE_NOOP("Records", "a qualification")},
    {"practice_code_subscription", "attachment_id", QT_TRANSLATE_NOOP("Records", "a code of conduct's official text")},
    {"evidence", "attachment_id", QT_TRANSLATE_NOOP("Records", "evidence")},
    {"consent", "attachment_id", QT_TRANSLATE_NOOP("Records", "a consent")},
    {"principal_report", "attachment_id", QT_TRANSLATE_NOOP("Records", "a report to the principal")},
    {"complaint", "acknowledgement_attachment_id", QT_TRANSLATE_NOOP("Records", "a complaint's acknowledgement")},
    {"written_warning", "attachment_id", QT_TRANSLATE_NOOP("Records", "a written warning")},
    {"issued_letter", "attachment_id", QT_TRANSLATE_NOOP("Records", "an issued letter")},
    {"issued_letter", "signed_attachment_id", QT_TRANSLATE_NOOP("Records", "a letter's signed copy")},
};

} // namespace

AttachmentRepository::AttachmentRepository(RecordStore& store, AuditLog& audit, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_audit(audit)
{ }

bool AttachmentRepository::add(Attachment& attachment, RecordError* error)
{
    ValidationIssues issues = validate(attachment);
    m_store.requireRow(issues,
                       "engagement",
                       attachment.engagementId,
                       QStringLiteral("engagementId"),
                       QCoreApplication::translate("Records", "The engagement (number %1) no longer exists.")
                           .arg(attachment.engagementId));
    if (!issues.isEmpty()) {
        setRecordError(error, RecordError::invalid(issues));
        return false;
    }
    const QDateTime now = m_store.now();
    const QString hash = sha256Hex(attachment.content);
    const Fields fields = {
        {"engagement_id", idValue(attachment.engagementId)},
        {"file_name", attachment.fileName},
        {"mime_type", attachment.mimeType},
        {"description", attachment.description},
        {"size", static_cast<qint64>(attachment.content.size())},
        {"sha256", hash},
        {"content", attachment.content},
        {"created_at", timeValue(now)},
    };
    Transaction transaction(m_store, error);
    if (!transaction.isOpen()) {
        return false;
    }
    const qint64 id = m_store.insert("attachment", fields, error);
    if (id == 0 ||
        m_audit.append(QStringLiteral("attachment.added"),
                       Phrase::store("audit.attachment.added", {QString::number(id), hash}),
                       attachment.engagementId,
                       error) == 0 ||
        !transaction.commit(error)) {
        return false;
    }
    attachment.id = id;
    attachment.size = attachment.content.size();
    attachment.sha256 = hash;
    attachment.createdAt = now;
    Q_EMIT attachmentsChanged(attachment.engagementId);
    return true;
}

std::optional<Attachment> AttachmentRepository::load(qint64 id, bool withContent, RecordError* error) const
{
    const QString columns = QLatin1String(infoColumns) + (withContent ? QStringLiteral(", content") : QString());
    QList<Attachment> rows;
    if (!loadRows<Attachment>(
            m_store,
            QStringLiteral("SELECT %1 FROM attachment WHERE id = ?").arg(columns),
            {id},
            [withContent](const RowReader& row) { return readAttachment(row, withContent); },
            &rows,
            error)) {
        return std::nullopt;
    }
    if (rows.isEmpty()) {
        setRecordError(
            error,
            RecordError::make(RecordError::Kind::NotFound,
                              QCoreApplication::translate("Records", "There is no attachment number %1.").arg(id)));
        return std::nullopt;
    }
    return rows.constFirst();
}

std::optional<Attachment> AttachmentRepository::attachment(qint64 id, RecordError* error) const
{
    return load(id, true, error);
}

std::optional<Attachment> AttachmentRepository::info(qint64 id, RecordError* error) const
{
    return load(id, false, error);
}

QList<Attachment> AttachmentRepository::attachmentsFor(qint64 engagementId, RecordError* error) const
{
    const QString where =
        engagementId > 0 ? QStringLiteral("engagement_id = ?") : QStringLiteral("engagement_id IS NULL");
    const QVariantList values = engagementId > 0 ? QVariantList{engagementId} : QVariantList{};
    QList<Attachment> rows;
    loadRows<Attachment>(
        m_store,
        QStringLiteral("SELECT %1 FROM attachment WHERE %2 ORDER BY created_at, id")
            .arg(QLatin1String(infoColumns), where),
        values,
        [](const RowReader& row) { return readAttachment(row, false); },
        &rows,
        error);
    return rows;
}

bool AttachmentRepository::saveInfo(const Attachment& attachment, RecordError* error)
{
    const std::optional<Attachment> stored = load(attachment.id, true, error);
    if (!stored) {
        return false;
    }
    // Validated as the stored file with the new name: the content is not the caller's to change.
    Attachment changed = *stored;
    changed.fileName = attachment.fileName;
    changed.description = attachment.description;
    const ValidationIssues issues = validate(changed);
    if (!issues.isEmpty()) {
        setRecordError(error, RecordError::invalid(issues));
        return false;
    }
    if (!m_store.update("attachment",
                        attachment.id,
                        {{"file_name", changed.fileName}, {"description", changed.description}},
                        error)) {
        return false;
    }
    Q_EMIT attachmentsChanged(stored->engagementId);
    return true;
}

bool AttachmentRepository::verify(qint64 id, RecordError* error) const
{
    const std::optional<Attachment> stored = attachment(id, error);
    return stored && sha256Hex(stored->content) == stored->sha256 && stored->content.size() == stored->size;
}

QStringList AttachmentRepository::usesOf(qint64 id, RecordError* error) const
{
    QStringList found;
    for (const Use& use : uses) {
        const qint64 count = m_store.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?")
                                                .arg(QLatin1String(use.table), QLatin1String(use.column)),
                                            {id},
                                            error);
        if (count > 0) {
            found.append(QCoreApplication::translate("Records", use.what));
        }
    }
    return found;
}

bool AttachmentRepository::remove(qint64 id, RecordError* error)
{
    const std::optional<Attachment> stored = info(id, error);
    if (!stored) {
        return false;
    }
    const auto refuse = [&](const QString& message) {
        setRecordError(error, RecordError::make(RecordError::Kind::Refused, message));
        return false;
    };
    if (stored->engagementId > 0) {
        return refuse(QCoreApplication::translate("Records",
                                                  "“%1” belongs to the record of engagement %2; it leaves the vault "
                                                  "only through destruction, when the retention ends.")
                          .arg(stored->fileName)
                          .arg(stored->engagementId));
    }
    const QStringList found = usesOf(id, error);
    if (!found.isEmpty()) {
        return refuse(QCoreApplication::translate("Records", "“%1” is still in use as %2; replace it there first.")
                          .arg(stored->fileName, found.join(QStringLiteral(", "))));
    }
    Transaction transaction(m_store, error);
    if (!transaction.isOpen() || !m_store.remove("attachment", id, error) ||
        m_audit.append(QStringLiteral("attachment.removed"),
                       Phrase::store("audit.attachment.removed", {QString::number(id), stored->sha256}),
                       0,
                       error) == 0 ||
        !transaction.commit(error)) {
        return false;
    }
    Q_EMIT attachmentsChanged(0);
    return true;
}

} // namespace mandaat
