#pragma once

#include "domain/Practice.h"
#include "domain/RecordError.h"

#include <QList>
#include <QObject>

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

    /// The stored policy; defaults for keys never saved.
    PracticePolicy policy(RecordError* error = nullptr) const;
    bool savePolicy(const PracticePolicy& policy, RecordError* error = nullptr);

Q_SIGNALS:
    void profileChanged();
    void registrationsChanged();
    void qualificationsChanged();
    void codeSubscriptionsChanged();
    void policyChanged();

private:
    bool removeRow(const char* table, qint64 id, RecordError* error);

    RecordStore& m_store;
};

} // namespace mandaat
