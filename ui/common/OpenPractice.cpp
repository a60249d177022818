#include "OpenPractice.h"

#include "common/AttachmentFolder.h"
#include "compliance/ComplianceGuard.h"
#include "exchange/BackupService.h"
#include "repositories/NoteDrafts.h"
#include "repositories/RecordListing.h"
#include "repositories/Records.h"
#include "search/SearchService.h"
#include "vault/Vault.h"

namespace mandaat {

OpenPractice::OpenPractice(Vault& vault, QObject* parent)
    : QObject(parent)
    , m_vault(vault)
    , m_records(std::make_unique<Records>(vault))
    , m_listing(std::make_unique<RecordListing>(vault))
    , m_drafts(std::make_unique<NoteDrafts>(vault))
    , m_search(std::make_unique<SearchService>(vault.connectionName()))
    , m_attachmentFolder(std::make_unique<AttachmentFolder>())
{
    // Activation and ending go through the compliance rules (docs/architecture.md, Compliance).
    ComplianceGuard::install(*m_records);
    // What a killed backup or export left beside the vault or its backups (issue 16).
    BackupService::removeLeftovers(vault);
}

OpenPractice::~OpenPractice() = default;

} // namespace mandaat
