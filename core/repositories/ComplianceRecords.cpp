#include "ComplianceRecords.h"
#include "domain/Phrase.h"

#include "domain/Validation.h"
#include "repositories/AuditLog.h"
#include "repositories/ChildRows.h"
#include "repositories/ComplianceRows.h"
#include "repositories/RecordStore.h"

#include <QCoreApplication>

#include <algorithm>

namespace mandaat {

namespace {

// Evidence carries when it was recorded; the other records only their own dates.
template <typename T>
void stamp(T& /*record*/, const std::optional<T>& /*stored*/, const QDateTime& /*now*/)
{ }

template <>
void stamp(Evidence& record, const std::optional<Evidence>& stored, const QDateTime& now)
{
    record.createdAt = stored ? stored->createdAt : now;
}

// Validation without the database; a tool use also needs today (no day agreed in the future).
template <typename T>
ValidationIssues validateRecord(const T& record, QDate /*today*/)
{
    return validate(record);
}

ValidationIssues validateRecord(const ToolUse& use, QDate today)
{
    return validate(use, today);
}

} // namespace

ComplianceRecords::ComplianceRecords(RecordStore& store, AuditLog& audit, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_audit(audit)
{ }

void ComplianceRecords::requireEngagement(ValidationIssues& issues, qint64 engagementId) const
{
    m_store.requireRow(
        issues,
        "engagement",
        engagementId,
        QStringLiteral("engagementId"),
        QCoreApplication::translate("Records", "The engagement (number %1) no longer exists.").arg(engagementId));
}

template <typename T>
std::optional<T> ComplianceRecords::load(qint64 id, RecordError* error) const
{
    const QList<T> rows = list<T>(QStringLiteral("id = ?"), {id}, error);
    if (rows.isEmpty()) {
        if (error && error->kind == RecordError::Kind::None) {
            *error = RecordError::make(RecordError::Kind::NotFound,
                                       QCoreApplication::translate("Records", "There is no record number %1.").arg(id));
        }
        return std::nullopt;
    }
    return rows.constFirst();
}

template <typename T>
QList<T> ComplianceRecords::list(const QString& where, const QVariantList& values, RecordError* error) const
{
    const QString sql = QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY %3")
                            .arg(QLatin1String(RecordRows<T>::table), where, QLatin1String(RecordRows<T>::order));
    QList<T> rows;
    loadRows<T>(m_store, sql, values, RecordRows<T>::read, &rows, error);
    return rows;
}

template <typename T>
bool ComplianceRecords::saveRecord(T& record, ValidationIssues issues, RecordError* error)
{
    issues = validateRecord(record, m_store.today()) + issues;
    requireEngagement(issues, record.engagementId);
    if (!issues.isEmpty()) {
        setRecordError(error, RecordError::invalid(issues));
        return false;
    }
    std::optional<T> stored;
    if (record.id > 0) {
        stored = load<T>(record.id, error);
        if (!stored) {
            return false;
        }
        if (stored->engagementId != record.engagementId) {
            setRecordError(error,
                           RecordError::make(RecordError::Kind::Refused,
                                             QCoreApplication::translate("Records",
                                                                         "A record cannot move to another "
                                                                         "engagement; record it there anew.")));
            return false;
        }
    }
    stamp(record, stored, m_store.now());
    Transaction transaction(m_store, error);
    if (!transaction.isOpen()) {
        return false;
    }
    const bool isNew = record.id == 0;
    if (isNew) {
        record.id = m_store.insert(RecordRows<T>::table, RecordRows<T>::fields(record), error);
    } else if (!m_store.update(RecordRows<T>::table, record.id, RecordRows<T>::fields(record), error)) {
        return false;
    }
    const QString summary =
        isNew ? RecordRows<T>::summary(record) : Phrase::store("audit.changed", {RecordRows<T>::summary(record)});
    if (record.id == 0 ||
        m_audit.append(QLatin1String(RecordRows<T>::auditKind), summary, record.engagementId, error) == 0 ||
        !transaction.commit(error)) {
        if (isNew) {
            record.id = 0;
        }
        return false;
    }
    Q_EMIT recordsChanged(record.engagementId);
    return true;
}

bool ComplianceRecords::save(Evidence& evidence, RecordError* error)
{
    ValidationIssues issues;
    m_store.requireAttachment(issues, evidence.attachmentId, QStringLiteral("attachmentId"));
    return saveRecord(evidence, issues, error);
}

bool ComplianceRecords::save(Consent& consent, RecordError* error)
{
    ValidationIssues issues;
    m_store.requireAttachment(issues, consent.attachmentId, QStringLiteral("attachmentId"));
    // CMI-8 per person: the member must be one of this engagement's client system.
    if (consent.memberId > 0 &&
        m_store.scalar(QStringLiteral("SELECT count(*) FROM client_member m JOIN engagement e ON e.client_id = "
                                      "m.client_id WHERE m.id = ? AND e.id = ?"),
                       {consent.memberId, consent.engagementId},
                       nullptr) <= 0) {
        issues.append({QStringLiteral("memberId"),
                       QCoreApplication::translate("Records",
                                                   "The chosen person is not a member of this engagement's client "
                                                   "system.")});
    }
    return saveRecord(consent, issues, error);
}

bool ComplianceRecords::save(PrincipalReport& report, RecordError* error)
{
    ValidationIssues issues;
    m_store.requireAttachment(issues, report.attachmentId, QStringLiteral("attachmentId"));
    if (report.consentId > 0 &&
        m_store.scalar(QStringLiteral("SELECT count(*) FROM consent WHERE id = ? AND engagement_id = ?"),
                       {report.consentId, report.engagementId},
                       nullptr) <= 0) {
        issues.append({QStringLiteral("consentId"),
                       QCoreApplication::translate("Records", "The chosen consent belongs to another engagement.")});
    }
    if (issues.isEmpty() && report.id == 0 && m_reportGuard) {
        const QString refusal = m_reportGuard->refusal(report);
        if (!refusal.isEmpty()) {
            setRecordError(error, RecordError::make(RecordError::Kind::Refused, refusal));
            return false;
        }
    }
    return saveRecord(report, issues, error);
}

bool ComplianceRecords::save(Referral& referral, RecordError* error)
{
    return saveRecord(referral, {}, error);
}

bool ComplianceRecords::save(Consultation& consultation, RecordError* error)
{
    return saveRecord(consultation, {}, error);
}

bool ComplianceRecords::save(Complaint& complaint, RecordError* error)
{
    ValidationIssues issues;
    m_store.requireAttachment(
        issues, complaint.acknowledgementAttachmentId, QStringLiteral("acknowledgementAttachmentId"));
    if (!saveRecord(complaint, issues, error)) {
        return false;
    }
    Q_EMIT complaintsChanged();
    return true;
}

bool ComplianceRecords::save(WrittenWarning& warning, RecordError* error)
{
    ValidationIssues issues;
    m_store.requireAttachment(issues, warning.attachmentId, QStringLiteral("attachmentId"));
    return saveRecord(warning, issues, error);
}

bool ComplianceRecords::save(Disclosure& disclosure, RecordError* error)
{
    return saveRecord(disclosure, {}, error);
}

bool ComplianceRecords::save(Suspension& suspension, RecordError* error)
{
    return saveRecord(suspension, {}, error);
}

bool ComplianceRecords::save(ToolUse& use, RecordError* error)
{
    ValidationIssues issues;
    if (use.toolId > 0) {
        m_store.requireRow(
            issues,
            "technology_tool",
            use.toolId,
            QStringLiteral("toolId"),
            QCoreApplication::translate("Records", "The tool (number %1) is not in the technology register.")
                .arg(use.toolId));
    }
    if (issues.isEmpty() && use.toolId > 0 && use.engagementId > 0) {
        if (use.id == 0 &&
            m_store.scalar(QStringLiteral("SELECT count(*) FROM technology_tool "
                                          "WHERE id = ? AND retired_on IS NOT NULL"),
                           {use.toolId},
                           nullptr) > 0) {
            issues.append({QStringLiteral("toolId"),
                           QCoreApplication::translate("Records",
                                                       "The tool was retired from the technology register: "
                                                       "choose a tool still in use.")});
        }
        if (m_store.scalar(
                QStringLiteral("SELECT count(*) FROM engagement_tool WHERE engagement_id = ? AND tool_id = ? "
                               "AND id <> ?"),
                {use.engagementId, use.toolId, use.id},
                nullptr) > 0) {
            issues.append({QStringLiteral("toolId"),
                           QCoreApplication::translate("Records",
                                                       "This engagement already lists the tool; change the "
                                                       "agreements there.")});
        }
        if (use.principalAgreedOn.isValid() &&
            m_store.scalar(QStringLiteral("SELECT count(*) FROM engagement WHERE id = ? AND principal_id IS NOT NULL"),
                           {use.engagementId},
                           nullptr) <= 0) {
            issues.append(
                {QStringLiteral("principalAgreedOn"),
                 QCoreApplication::translate("Records", "The engagement has no principal: only the client agrees.")});
        }
    }
    return saveRecord(use, issues, error);
}

std::optional<Evidence> ComplianceRecords::evidence(qint64 id, RecordError* error) const
{
    return load<Evidence>(id, error);
}

std::optional<Consent> ComplianceRecords::consent(qint64 id, RecordError* error) const
{
    return load<Consent>(id, error);
}

std::optional<PrincipalReport> ComplianceRecords::report(qint64 id, RecordError* error) const
{
    return load<PrincipalReport>(id, error);
}

std::optional<Referral> ComplianceRecords::referral(qint64 id, RecordError* error) const
{
    return load<Referral>(id, error);
}

std::optional<Consultation> ComplianceRecords::consultation(qint64 id, RecordError* error) const
{
    return load<Consultation>(id, error);
}

std::optional<Complaint> ComplianceRecords::complaint(qint64 id, RecordError* error) const
{
    return load<Complaint>(id, error);
}

std::optional<WrittenWarning> ComplianceRecords::warning(qint64 id, RecordError* error) const
{
    return load<WrittenWarning>(id, error);
}

QList<Evidence> ComplianceRecords::evidenceFor(qint64 engagementId, const QString& articleId, RecordError* error) const
{
    if (articleId.isEmpty()) {
        return list<Evidence>(QStringLiteral("engagement_id = ?"), {engagementId}, error);
    }
    return list<Evidence>(QStringLiteral("engagement_id = ? AND article_id = ?"), {engagementId, articleId}, error);
}

QList<Consent> ComplianceRecords::consentsFor(qint64 engagementId, RecordError* error) const
{
    return list<Consent>(QStringLiteral("engagement_id = ?"), {engagementId}, error);
}

QList<PrincipalReport> ComplianceRecords::reportsFor(qint64 engagementId, RecordError* error) const
{
    return list<PrincipalReport>(QStringLiteral("engagement_id = ?"), {engagementId}, error);
}

QList<Referral> ComplianceRecords::referralsFor(qint64 engagementId, RecordError* error) const
{
    return list<Referral>(QStringLiteral("engagement_id = ?"), {engagementId}, error);
}

QList<Consultation> ComplianceRecords::consultationsFor(qint64 engagementId, RecordError* error) const
{
    if (engagementId <= 0) {
        return list<Consultation>(QStringLiteral("engagement_id IS NULL"), {}, error);
    }
    return list<Consultation>(QStringLiteral("engagement_id = ?"), {engagementId}, error);
}

QList<Complaint> ComplianceRecords::complaintsFor(qint64 engagementId, RecordError* error) const
{
    return list<Complaint>(QStringLiteral("engagement_id = ?"), {engagementId}, error);
}

QList<WrittenWarning> ComplianceRecords::warningsFor(qint64 engagementId, RecordError* error) const
{
    return list<WrittenWarning>(QStringLiteral("engagement_id = ?"), {engagementId}, error);
}

std::optional<Disclosure> ComplianceRecords::disclosure(qint64 id, RecordError* error) const
{
    return load<Disclosure>(id, error);
}

QList<Disclosure> ComplianceRecords::disclosuresFor(qint64 engagementId, RecordError* error) const
{
    return list<Disclosure>(QStringLiteral("engagement_id = ?"), {engagementId}, error);
}

std::optional<Suspension> ComplianceRecords::suspension(qint64 id, RecordError* error) const
{
    return load<Suspension>(id, error);
}

QList<Suspension> ComplianceRecords::suspensionsFor(qint64 engagementId, RecordError* error) const
{
    return list<Suspension>(QStringLiteral("engagement_id = ?"), {engagementId}, error);
}

std::optional<ToolUse> ComplianceRecords::toolUse(qint64 id, RecordError* error) const
{
    return load<ToolUse>(id, error);
}

QList<ToolUse> ComplianceRecords::toolUsesFor(qint64 engagementId, RecordError* error) const
{
    return list<ToolUse>(QStringLiteral("engagement_id = ?"), {engagementId}, error);
}

template <typename T>
QList<T> ComplianceRecords::allOfEngagements(RecordError* error) const
{
    return list<T>(QStringLiteral("engagement_id IS NOT NULL"), {}, error);
}

template QList<Evidence> ComplianceRecords::allOfEngagements<Evidence>(RecordError*) const;
template QList<Consent> ComplianceRecords::allOfEngagements<Consent>(RecordError*) const;
template QList<PrincipalReport> ComplianceRecords::allOfEngagements<PrincipalReport>(RecordError*) const;
template QList<Referral> ComplianceRecords::allOfEngagements<Referral>(RecordError*) const;
template QList<Consultation> ComplianceRecords::allOfEngagements<Consultation>(RecordError*) const;
template QList<Complaint> ComplianceRecords::allOfEngagements<Complaint>(RecordError*) const;
template QList<WrittenWarning> ComplianceRecords::allOfEngagements<WrittenWarning>(RecordError*) const;
template QList<Disclosure> ComplianceRecords::allOfEngagements<Disclosure>(RecordError*) const;
template QList<Suspension> ComplianceRecords::allOfEngagements<Suspension>(RecordError*) const;
template QList<ToolUse> ComplianceRecords::allOfEngagements<ToolUse>(RecordError*) const;

QList<Complaint> ComplianceRecords::complaints(bool openOnly, RecordError* error) const
{
    const QString closed = QStringLiteral("status IN ('settled', 'withdrawn')");
    QList<Complaint> rows =
        list<Complaint>(openOnly ? QStringLiteral("NOT ") + closed : QStringLiteral("1"), {}, error);
    // Open first, then by due date (CMI-17: overdue complaints stand at the top).
    std::stable_sort(rows.begin(), rows.end(), [](const Complaint& a, const Complaint& b) {
        const bool aOpen = a.status != ComplaintStatus::Settled && a.status != ComplaintStatus::Withdrawn;
        const bool bOpen = b.status != ComplaintStatus::Settled && b.status != ComplaintStatus::Withdrawn;
        if (aOpen != bOpen) {
            return aOpen;
        }
        return a.dueOn() < b.dueOn();
    });
    return rows;
}

} // namespace mandaat
