#pragma once

#include "compliance/ComplianceContext.h"
#include "domain/RecordError.h"

#include <QDate>
#include <QHash>
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
    QList<TechnologyTool> tools;
    PracticeProfile profile;
    QList<OtherEngagement> engagements; ///< Every engagement, with its client.
    /// Positions in engagements by client id, and by each person a client stands for
    /// (ConflictCheck::peopleOf), so that a context gets only the engagements that can collide
    /// with it instead of every engagement of the practice.
    QHash<qint64, QList<qsizetype>> byClient;
    QHash<QString, QList<qsizetype>> byPerson;
    /// Every engagement's records by engagement id, read in one pass per kind when a run
    /// weighs the whole practice (readAllRecords); otherwise each context reads its own.
    std::optional<QHash<qint64, EngagementRecordSet>> records;
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
    /// Reads every engagement's records into \a practice at once: for a run over every
    /// engagement (the Overview), a few reads instead of eight per engagement.
    bool readAllRecords(PracticeSnapshot& practice, RecordError* error = nullptr) const;
    /// The context of \a engagement (as stored, or as the guard was handed it) at \a today.
    std::optional<ComplianceContext> load(const Engagement& engagement,
                                          const PracticeSnapshot& practice,
                                          QDate today,
                                          RecordError* error = nullptr) const;
    /// The same without the engagement's own records and as stored (not yet standAsOfToday()):
    /// the client, principal, code versions, the engagements it can collide with and the
    /// practice's lists. complete() adds the rest.
    std::optional<ComplianceContext> shell(const Engagement& engagement,
                                           const PracticeSnapshot& practice,
                                           QDate today,
                                           RecordError* error = nullptr) const;
    /// Adds the engagement's own records to a shell() and stands it as of its date.
    bool complete(ComplianceContext& context, const PracticeSnapshot& practice, RecordError* error = nullptr) const;

    /// The code versions that apply: the pinned ones, or else those in force on the
    /// engagement's start for the profile's subscriptions (and the law).
    static QStringList codeIdsFor(const Engagement& engagement,
                                  const QList<CodeSubscription>& subscriptions,
                                  const CodeCatalogue& catalogue,
                                  QDate today);

private:
    std::optional<EngagementRecordSet> readRecords(qint64 engagementId, RecordError* error) const;

    const Records& m_records;
    const CodeCatalogue& m_catalogue;
};

} // namespace mandaat
