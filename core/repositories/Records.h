#pragma once

#include "domain/RecordError.h"
#include "repositories/RecordKind.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace mandaat {

class AttachmentRepository;
class AuditLog;
class ClientRepository;
class ComplianceRecords;
class EngagementRepository;
class IssuedLetterRepository;
class PracticeRepository;
class PrincipalRepository;
class RecordStore;
class SessionRepository;
class Vault;

/// All repositories of one open vault. Create it after Vault::create/open and destroy it
/// before (or when) the vault closes: it looks the connection up by name on every use and
/// holds no QSqlDatabase of its own. Repositories own all SQL (docs/architecture.md, Storage); their
/// change signals are what ui's models listen to.
class Records : public QObject
{
    Q_OBJECT

public:
    explicit Records(const QString& connectionName, QObject* parent = nullptr);
    explicit Records(const Vault& vault, QObject* parent = nullptr);
    ~Records() override;

    PracticeRepository& practice() const;
    PrincipalRepository& principals() const;
    ClientRepository& clients() const;
    EngagementRepository& engagements() const;
    SessionRepository& sessions() const;
    ComplianceRecords& compliance() const;
    AttachmentRepository& attachments() const;
    IssuedLetterRepository& letters() const;
    AuditLog& audit() const;

    /// Runs \a work in one transaction: every save inside it is kept, or none is (an
    /// all-or-nothing CSV import, the demo practice). \a work returns false to undo it all;
    /// a failed save inside also undoes it all. Saves inside emit their change signals as they
    /// happen; after an undo, batchRolledBack() tells listeners to reload, and ids the saves
    /// gave to the caller's values no longer exist.
    bool transaction(const std::function<bool(RecordError*)>& work, RecordError* error = nullptr);

    /// For tests (CONTRIBUTING.md, point 16): the time every repository stamps; nullptr restores the system
    /// clock. Returns UTC.
    void setClock(std::function<QDateTime()> clock);

Q_SIGNALS:
    void batchRolledBack();
    /// After every create, update, delete or status change of a record of \a kind (issue 15):
    /// every form showing that record reloads it, whichever window changed it. \a id 0: one
    /// or more records of the kind may have changed (a complaint, a rolled-back batch).
    void changed(mandaat::RecordKind kind, qint64 id);

private:
    void forwardChanges();

    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<PracticeRepository> m_practice;
    std::unique_ptr<PrincipalRepository> m_principals;
    std::unique_ptr<ClientRepository> m_clients;
    std::unique_ptr<EngagementRepository> m_engagements;
    std::unique_ptr<SessionRepository> m_sessions;
    std::unique_ptr<ComplianceRecords> m_compliance;
    std::unique_ptr<AttachmentRepository> m_attachments;
    std::unique_ptr<IssuedLetterRepository> m_letters;
};

} // namespace mandaat
