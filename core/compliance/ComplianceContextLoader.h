#pragma once

#include "compliance/ComplianceContext.h"
#include "domain/RecordError.h"

#include <QDate>
#include <QMap>

#include <optional>

namespace mandaat {

class CodeCatalogue;
class Records;

/// What every engagement's context shares: the profile's lists and the practice's
/// engagements with their clients (for the conflict check), read once per evaluation run.
struct PracticeSnapshot
{
    QList<PracticeQualification> qualifications;
    QList<PracticeRegistration> registrations;
    QList<CodeSubscription> subscriptions;
    QList<OtherEngagement> engagements; ///< Every engagement, with its client.
    QMap<qint64, Principal> principals;
    std::optional<bool> auditLogIntact;
};

/// Builds ComplianceContexts from the vault's Records; reads only.
class ComplianceContextLoader
{
public:
    ComplianceContextLoader(const Records& records, const CodeCatalogue& catalogue);

    /// With \a checkAuditLog, also walks the audit log's chain (GDPR-30), once.
    std::optional<PracticeSnapshot> snapshot(bool checkAuditLog, RecordError* error = nullptr) const;
    /// The context of \a engagement (as stored, or as the guard was handed it) at \a today.
    std::optional<ComplianceContext> load(const Engagement& engagement,
                                          const PracticeSnapshot& practice,
                                          QDate today,
                                          RecordError* error = nullptr) const;

    /// The code versions that apply: the pinned ones, or else those in force on the
    /// engagement's start for the profile's subscriptions (and the law).
    static QStringList codeIdsFor(const Engagement& engagement,
                                  const QList<CodeSubscription>& subscriptions,
                                  const CodeCatalogue& catalogue,
                                  QDate today);

private:
    const Records& m_records;
    const CodeCatalogue& m_catalogue;
};

} // namespace mandaat
