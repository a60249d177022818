#pragma once

#include "VaultCommand.h"
#include "search/SearchHit.h"

#include <QString>

namespace mandaat::cli {

class SearchCommand : public VaultCommand
{
    Q_DECLARE_TR_FUNCTIONS(SearchCommand)

public:
    SearchCommand();

protected:
    int checkOptions(const QCommandLineParser& parser) override;
    Vault::Access access(const QCommandLineParser& parser) const override;
    int executeWithVault(Vault& vault, const QCommandLineParser& parser) override;

private:
    // What checkOptions() read, before the vault was opened.
    SearchOptions m_options;
    QString m_text;
};

} // namespace mandaat::cli
