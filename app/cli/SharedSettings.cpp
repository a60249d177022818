#include "SharedSettings.h"

#include "exchange/AuditHeads.h"
#include "exchange/AuditVerifier.h"

#include <QStandardPaths>

namespace mandaat::cli {

std::unique_ptr<Settings> sharedSettings()
{
    if (qEnvironmentVariableIsSet("MANDAAT_SETTINGS_FILE")) {
        return std::make_unique<Settings>(qEnvironmentVariable("MANDAAT_SETTINGS_FILE"));
    }
    // QSettings' native format on Linux is this INI file.
    return std::make_unique<Settings>(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                                      QStringLiteral("/Mandaat/Mandaat.conf"));
}

void noteAuditHead(const Vault& vault)
{
    const auto settings = sharedSettings();
    AuditHeads::noteSeen(*settings, vault.saltHex(), AuditVerifier(vault.database()).head());
}

} // namespace mandaat::cli
