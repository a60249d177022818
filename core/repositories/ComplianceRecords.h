#pragma once

#include "domain/ComplianceRecord.h"
#include "domain/EngagementLifecycle.h"
#include "domain/RecordError.h"
#include "domain/Technology.h"

#include <QList>
#include <QObject>

#include <optional>

namespace mandaat {

class AuditLog;
class RecordStore;

/// The records that prove an engagement's obligations: evidence, consents (CMI-8), reports
/// to the principal, referrals (CMI-11), supervision and peer consultation (MW-4.3),
/// complaints (CMI-17), written warnings (CMI-12), disclosures (ICF-2.3) and suspensions
/// (ICF-3.3, ICF-4.2), the tools used with the client's data (ICF-2.5). Each save is also an
/// audit entry.
/// There is no delete: a wrong record is corrected by saving it again, and records leave
/// only through the destruction flow.
class ComplianceRecords : public QObject
{
    Q_OBJECT

public:
    ComplianceRecords(RecordStore& store, AuditLog& audit, QObject* parent = nullptr);

    /// Inserts (id 0) or updates; a record cannot move to another engagement.
    bool save(Evidence& evidence, RecordError* error = nullptr);
    /// The member, when set, belongs to the engagement's client system.
    bool save(Consent& consent, RecordError* error = nullptr);
    /// The consent, when set, belongs to the same engagement.
    /// CMI-8: a new report beyond the client's consent is refused (Refused, with the reason)
    /// when a ReportGuard is set.
    bool save(PrincipalReport& report, RecordError* error = nullptr);
    void setReportGuard(const ReportGuard* guard) { m_reportGuard = guard; }
    bool save(Referral& referral, RecordError* error = nullptr);
    /// engagementId 0: a consultation about the practice in general.
    bool save(Consultation& consultation, RecordError* error = nullptr);
    bool save(Complaint& complaint, RecordError* error = nullptr);
    bool save(WrittenWarning& warning, RecordError* error = nullptr);
    bool save(Disclosure& disclosure, RecordError* error = nullptr);
    /// Through core/lifecycle/Suspensions, which keeps one suspension open at a time.
    bool save(Suspension& suspension, RecordError* error = nullptr);
    /// ICF-2.5: the tool exists in the register, is used once per engagement, and is not
    /// retired when it is newly added; the principal's agreement only with a principal.
    bool save(ToolUse& use, RecordError* error = nullptr);

    std::optional<Evidence> evidence(qint64 id, RecordError* error = nullptr) const;
    std::optional<Consent> consent(qint64 id, RecordError* error = nullptr) const;
    std::optional<PrincipalReport> report(qint64 id, RecordError* error = nullptr) const;
    std::optional<Referral> referral(qint64 id, RecordError* error = nullptr) const;
    std::optional<Consultation> consultation(qint64 id, RecordError* error = nullptr) const;
    std::optional<Complaint> complaint(qint64 id, RecordError* error = nullptr) const;
    std::optional<WrittenWarning> warning(qint64 id, RecordError* error = nullptr) const;
    std::optional<Disclosure> disclosure(qint64 id, RecordError* error = nullptr) const;
    std::optional<Suspension> suspension(qint64 id, RecordError* error = nullptr) const;
    std::optional<ToolUse> toolUse(qint64 id, RecordError* error = nullptr) const;

    /// The engagement's evidence, optionally for one article, oldest first.
    QList<Evidence> evidenceFor(qint64 engagementId, const QString& articleId = {}, RecordError* error = nullptr) const;
    QList<Consent> consentsFor(qint64 engagementId, RecordError* error = nullptr) const;
    QList<PrincipalReport> reportsFor(qint64 engagementId, RecordError* error = nullptr) const;
    QList<Referral> referralsFor(qint64 engagementId, RecordError* error = nullptr) const;
    /// engagementId 0: the general consultations.
    QList<Consultation> consultationsFor(qint64 engagementId, RecordError* error = nullptr) const;
    QList<Complaint> complaintsFor(qint64 engagementId, RecordError* error = nullptr) const;
    QList<WrittenWarning> warningsFor(qint64 engagementId, RecordError* error = nullptr) const;
    QList<Disclosure> disclosuresFor(qint64 engagementId, RecordError* error = nullptr) const;
    QList<Suspension> suspensionsFor(qint64 engagementId, RecordError* error = nullptr) const;
    QList<ToolUse> toolUsesFor(qint64 engagementId, RecordError* error = nullptr) const;
    /// Every engagement's rows of one kind (Evidence, Consent, PrincipalReport, Referral,
    /// Consultation, Complaint, WrittenWarning, Disclosure, Suspension, ToolUse) in one read, in the order
    /// the *For() methods give them: for the Overview, which weighs every engagement of the practice.
    template <typename T>
    QList<T> allOfEngagements(RecordError* error = nullptr) const;
    /// The complaints register (CMI-17): open ones first, by due date.
    QList<Complaint> complaints(bool openOnly = false, RecordError* error = nullptr) const;

Q_SIGNALS:
    void recordsChanged(qint64 engagementId);
    void complaintsChanged();

private:
    template <typename T>
    bool saveRecord(T& record, ValidationIssues issues, RecordError* error);
    template <typename T>
    std::optional<T> load(qint64 id, RecordError* error) const;
    template <typename T>
    QList<T> list(const QString& where, const QVariantList& values, RecordError* error) const;
    void requireEngagement(ValidationIssues& issues, qint64 engagementId) const;

    RecordStore& m_store;
    AuditLog& m_audit;
    const ReportGuard* m_reportGuard = nullptr;
};

} // namespace mandaat
