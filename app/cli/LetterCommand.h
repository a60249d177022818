#pragma once

#include "VaultCommand.h"
#include "domain/Language.h"

#include <QString>

#include <optional>

namespace mandaat::cli {

class LetterCommand : public VaultCommand
{
    Q_DECLARE_TR_FUNCTIONS(LetterCommand)

public:
    LetterCommand();

protected:
    int checkOptions(const QCommandLineParser& parser) override;
    int executeWithVault(Vault& vault, const QCommandLineParser& parser) override;

private:
    // What checkOptions() read, before the vault was opened.
    std::optional<Language> m_language;
    QString m_outPath;
    qint64 m_letterEngagementId = 0;
};

} // namespace mandaat::cli
