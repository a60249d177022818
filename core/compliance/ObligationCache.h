#pragma once

#include "compliance/ComplianceContext.h"
#include "compliance/Rule.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <optional>

namespace mandaat {

/// What ComplianceEngine::openObligations() found for each engagement, kept between runs so
/// that the Overview, worked out again after a write, weighs again only what the write can
/// have changed (docs/performance.md, "Overview and client filter").
///
/// An engagement's entry is used again only while everything its context holds besides its own
/// records is as it was: the date, the engagement, its client and principal, the engagements
/// the conflict check compares it with, and the practice's lists (checked on every run, so a
/// change to them needs no signal). Its own records (sessions, evidence, consents, complaints,
/// …) are not read again for a cached entry: whoever writes them calls invalidate() with the
/// engagement's id (OverviewPage does, from the repositories' signals). Thread-safe: a worker
/// fills it while the owner's thread invalidates; an entry worked out from records read
/// before an invalidation is dropped, not stored.
class ObligationCache
{
public:
    /// One outstanding result of an engagement, as openObligations() lists it.
    struct Item
    {
        QString ruleId;
        QString articleId;
        RuleStatus status = RuleStatus::Open;
        QDate due;
        QString explanation;
        bool blocking = false;
        bool practiceWide = false; ///< Listed once for the practice (Rule::practiceWide()).
    };
    /// What an engagement's items were worked out from, besides its own records.
    struct Inputs
    {
        Engagement engagement;
        Client client;
        std::optional<Principal> principal;
        QList<OtherEngagement> others;
        QStringList codeIds;

        bool operator==(const Inputs& other) const;
    };
    /// What every entry was worked out from: the date, the language and the practice's lists.
    struct PracticeInputs
    {
        QDate today;
        QString language;
        QList<PracticeQualification> qualifications;
        QList<PracticeRegistration> registrations;
        QList<CodeSubscription> subscriptions;
        QList<TechnologyTool> tools;
        PracticeProfile profile;
        std::optional<bool> auditLogIntact;

        bool operator==(const PracticeInputs&) const = default;
    };
    struct Entry
    {
        Inputs inputs;
        QList<Item> items;
    };

    /// The engagement's records changed (or it was removed): its entry is worked out again.
    void invalidate(qint64 engagementId);
    /// Everything is worked out again (a restore, a rolled-back batch, another language).
    void invalidateAll();

    /// For ComplianceEngine: forgets every entry unless \a practice is what they were worked
    /// out from; returns the generation to hand to store().
    quint64 begin(const PracticeInputs& practice);
    /// The entry of \a engagementId if it was worked out from \a inputs.
    std::optional<QList<Item>> lookup(qint64 engagementId, const Inputs& inputs) const;
    /// Keeps \a entry unless the engagement (or everything) was invalidated since \a generation.
    void store(qint64 engagementId, quint64 generation, Entry entry);
    qsizetype size() const;

private:
    mutable QMutex m_mutex;
    quint64 m_generation = 1; ///< raised by every invalidation
    quint64 m_clearedAt = 0; ///< the generation of the last invalidateAll()
    PracticeInputs m_practice;
    QHash<qint64, Entry> m_entries;
    QHash<qint64, quint64> m_invalidatedAt; ///< engagement id -> generation of its last invalidate()
};

} // namespace mandaat
