#include "SharedSettings.h"

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

} // namespace mandaat::cli
