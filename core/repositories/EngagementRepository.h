#pragma once

#include "domain/Engagement.h"
#include "domain/EngagementLifecycle.h"
#include "domain/RecordError.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace mandaat {

class AuditLog;
class PracticeRepository;
class RecordStore;

/// Engagements with their methods and pinned code versions, and their lifecycle.
class EngagementRepository : public QObject
{
    Q_OBJECT

public:
    EngagementRepository(RecordStore& store,
                         AuditLog& audit,
                         const PracticeRepository& practice,
                         QObject* parent = nullptr);

    std::optional<Engagement> engagement(qint64 id, RecordError* error = nullptr) const;
    /// Newest first.
    QList<Engagement> engagements(const EngagementFilter& filter = {}, RecordError* error = nullptr) const;
    /// Inserts (id 0, as a draft) or updates. Status, its dates and the retention dates are
    /// left alone; an ended engagement is refused (its record is final).
    bool save(Engagement& engagement, RecordError* error = nullptr);

    /// Moves the engagement along its lifecycle (EngagementLifecycle), dated \a on, after the
    /// transition guard (the compliance rules) agrees. Ending sets the retention dates from the
    /// practice policy where they are not set. Recorded in the audit log.
    bool transition(qint64 id,
                    EngagementStatus to,
                    QDate on,
                    std::optional<EndReason> reason = std::nullopt,
                    const QString& note = {},
                    RecordError* error = nullptr);
    /// The two retention clocks (GDPR art. 5(1)(e)); not before the end date.
    bool setRetention(qint64 id, QDate dossierUntil, QDate financialUntil, RecordError* error = nullptr);
    /// Only a draft that nothing refers to yet (no session, note, record or attachment);
    /// anything else leaves through the destruction flow.
    bool remove(qint64 id, RecordError* error = nullptr);

    /// The compliance rules' hook; nullptr (the default) lets the lifecycle alone decide. Not owned.
    void setTransitionGuard(const TransitionGuard* guard);
    bool hasTransitionGuard() const { return m_guard != nullptr; }

Q_SIGNALS:
    void engagementsChanged();
    void engagementChanged(qint64 id);
    void engagementRemoved(qint64 id);

private:
    bool loadChildren(QList<Engagement>& engagements, RecordError* error) const;
    bool writeChildren(Engagement& engagement, RecordError* error);
    ValidationIssues checkReferences(const Engagement& engagement) const;

    RecordStore& m_store;
    AuditLog& m_audit;
    const PracticeRepository& m_practice;
    const TransitionGuard* m_guard = nullptr;
};

} // namespace mandaat
