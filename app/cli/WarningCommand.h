#pragma once

#include "VaultCommand.h"
#include "domain/Language.h"

#include <QDate>
#include <QString>

#include <optional>

namespace mandaat::cli {

/// Issues the written warning that must precede ending an engagement early for obstruction
/// (LetterService::issueWarning, as the engagement page's dialog does): the letter stored in
/// the vault with the warning, its PDF written; refused, with nothing stored, under a code that
/// asks for no warning.
class WarningCommand : public VaultCommand
{
    Q_DECLARE_TR_FUNCTIONS(WarningCommand)

public:
    WarningCommand();

protected:
    int checkOptions(const QCommandLineParser& parser) override;
    int executeWithVault(Vault& vault, const QCommandLineParser& parser) override;

private:
    // What checkOptions() read, before the vault was opened.
    std::optional<Language> m_language;
    QDate m_on;
    QString m_outPath;
    QString m_reason;
    QDate m_today;
};

} // namespace mandaat::cli
