#include "Records.h"

#include "repositories/AttachmentRepository.h"
#include "repositories/AuditLog.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/IssuedLetterRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/RecordStore.h"
#include "repositories/SessionRepository.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace mandaat {

Records::Records(const QString& connectionName, QObject* parent)
    : QObject(parent)
    , m_store(std::make_unique<RecordStore>(connectionName))
    , m_audit(std::make_unique<AuditLog>(*m_store))
    , m_practice(std::make_unique<PracticeRepository>(*m_store))
    , m_principals(std::make_unique<PrincipalRepository>(*m_store))
    , m_clients(std::make_unique<ClientRepository>(*m_store))
    , m_engagements(std::make_unique<EngagementRepository>(*m_store, *m_audit, *m_practice))
    , m_sessions(std::make_unique<SessionRepository>(*m_store))
    , m_compliance(std::make_unique<ComplianceRecords>(*m_store, *m_audit))
    , m_attachments(std::make_unique<AttachmentRepository>(*m_store, *m_audit))
    , m_letters(std::make_unique<IssuedLetterRepository>(*m_store, *m_audit, *m_attachments))
{
    forwardChanges();
}

Records::Records(const Vault& vault, QObject* parent)
    : Records(vault.connectionName(), parent)
{ }

Records::~Records() = default;

PracticeRepository& Records::practice() const
{
    return *m_practice;
}

PrincipalRepository& Records::principals() const
{
    return *m_principals;
}

ClientRepository& Records::clients() const
{
    return *m_clients;
}

EngagementRepository& Records::engagements() const
{
    return *m_engagements;
}

SessionRepository& Records::sessions() const
{
    return *m_sessions;
}

ComplianceRecords& Records::compliance() const
{
    return *m_compliance;
}

AttachmentRepository& Records::attachments() const
{
    return *m_attachments;
}

IssuedLetterRepository& Records::letters() const
{
    return *m_letters;
}

AuditLog& Records::audit() const
{
    return *m_audit;
}

bool Records::transaction(const std::function<bool(RecordError*)>& work, RecordError* error)
{
    RecordError local;
    RecordError* sink = error ? error : &local;
    bool committed = false;
    {
        Transaction transaction(*m_store, sink);
        if (!transaction.isOpen()) {
            return false;
        }
        committed = work(sink) && transaction.commit(sink);
    }
    if (!committed) {
        if (sink->kind == RecordError::Kind::None) {
            *sink = RecordError::make(RecordError::Kind::Refused,
                                      QCoreApplication::translate("Records", "The changes were undone."));
        }
        Q_EMIT batchRolledBack();
    }
    return committed;
}

void Records::forwardChanges()
{
    // One signal for the forms, from the repositories' own (each emitted by the core function
    // that made the change, whoever called it: a wizard, a dialog, another page, the CLI).
    const auto forward = [this](RecordKind kind) { return [this, kind](qint64 id) { Q_EMIT changed(kind, id); }; };
    connect(m_clients.get(), &ClientRepository::clientChanged, this, forward(RecordKind::Client));
    connect(m_clients.get(), &ClientRepository::clientRemoved, this, forward(RecordKind::Client));
    connect(m_principals.get(), &PrincipalRepository::principalChanged, this, forward(RecordKind::Principal));
    connect(m_principals.get(), &PrincipalRepository::principalRemoved, this, forward(RecordKind::Principal));
    connect(m_engagements.get(), &EngagementRepository::engagementChanged, this, forward(RecordKind::Engagement));
    connect(m_engagements.get(), &EngagementRepository::engagementRemoved, this, forward(RecordKind::Engagement));
    // An engagement's evidence and letters are part of what its page shows (the frozen terms).
    connect(m_compliance.get(), &ComplianceRecords::recordsChanged, this, forward(RecordKind::Engagement));
    connect(m_letters.get(), &IssuedLetterRepository::lettersChanged, this, forward(RecordKind::Engagement));
    // Sessions and complaints say which engagement, not which record: every form of the kind looks.
    connect(m_sessions.get(), &SessionRepository::sessionsChanged, this, [this]() {
        Q_EMIT changed(RecordKind::Session, 0);
    });
    connect(m_compliance.get(), &ComplianceRecords::complaintsChanged, this, [this]() {
        Q_EMIT changed(RecordKind::Complaint, 0);
    });
    connect(m_practice.get(), &PracticeRepository::profileChanged, this, [this]() {
        Q_EMIT changed(RecordKind::Practice, 0);
    });
    connect(m_practice.get(), &PracticeRepository::toolsChanged, this, [this]() {
        Q_EMIT changed(RecordKind::Practice, 0);
    });
    // An undone batch may have changed anything.
    connect(this, &Records::batchRolledBack, this, [this]() {
        for (const RecordKind kind : {RecordKind::Client,
                                      RecordKind::Principal,
                                      RecordKind::Engagement,
                                      RecordKind::Session,
                                      RecordKind::Complaint,
                                      RecordKind::Practice}) {
            Q_EMIT changed(kind, 0);
        }
    });
}

void Records::setClock(std::function<QDateTime()> clock)
{
    m_store->setClock(std::move(clock));
}

} // namespace mandaat
