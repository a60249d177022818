#pragma once

#include "domain/Practice.h"
#include "domain/RecordError.h"
#include "domain/Technology.h"

#include <QList>
#include <QObject>

#include <optional>

namespace mandaat {

class RecordStore;

/// The practice profile (one row), its registrations, qualifications and code subscriptions,
/// and the practice policy (practice_setting keys).
class PracticeRepository : public QObject
{
    Q_OBJECT

public:
    explicit PracticeRepository(RecordStore& store, QObject* parent = nullptr);

    /// The stored profile, or an empty one when none was saved yet.
    PracticeProfile profile(RecordError* error = nullptr) const;
    bool saveProfile(PracticeProfile& profile, RecordError* error = nullptr);

    QList<PracticeRegistration> registrations(RecordError* error = nullptr) const;
    bool saveRegistration(PracticeRegistration& registration, RecordError* error = nullptr);
    bool removeRegistration(qint64 id, RecordError* error = nullptr);

    /// Qualifications, certifications and accreditations, newest first (MW-3.1).
    QList<PracticeQualification> qualifications(RecordError* error = nullptr) const;
    bool saveQualification(PracticeQualification& qualification, RecordError* error = nullptr);
    bool removeQualification(qint64 id, RecordError* error = nullptr);

    QList<CodeSubscription> codeSubscriptions(RecordError* error = nullptr) const;
    bool saveCodeSubscription(CodeSubscription& subscription, RecordError* error = nullptr);
    /// Refused while an engagement is pinned to that code version.
    bool removeCodeSubscription(qint64 id, RecordError* error = nullptr);

    /// ICF-2.5, the technology register: tools in use first, by name, then the retired ones.
    QList<TechnologyTool> tools(RecordError* error = nullptr) const;
    std::optional<TechnologyTool> tool(qint64 id, RecordError* error = nullptr) const;
    /// Inserts (id 0) or updates; a day reviewed or retired after today is refused. There is no
    /// remove: a tool no longer used is retired (retiredOn), so the engagements that used it
    /// keep naming it.
    bool saveTool(TechnologyTool& tool, RecordError* error = nullptr);

    /// The stored policy; defaults for keys never saved.
    PracticePolicy policy(RecordError* error = nullptr) const;
    bool savePolicy(const PracticePolicy& policy, RecordError* error = nullptr);

Q_SIGNALS:
    void profileChanged();
    void registrationsChanged();
    void qualificationsChanged();
    void codeSubscriptionsChanged();
    void policyChanged();
    void toolsChanged();

private:
    bool removeRow(const char* table, qint64 id, RecordError* error);

    RecordStore& m_store;
};

} // namespace mandaat
