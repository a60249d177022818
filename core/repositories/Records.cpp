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
{ }

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

void Records::setClock(std::function<QDateTime()> clock)
{
    m_store->setClock(std::move(clock));
}

} // namespace mandaat
