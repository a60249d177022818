#pragma once

#include "VaultCommand.h"
#include "domain/Technology.h"

#include <QDate>

#include <optional>

namespace mandaat::cli {

/// ICF-2.5, the practice's technology register: `tool FILE add` records a tool (what for, where
/// the data is stored or processed, AI, processor agreement, the day it was reviewed),
/// `tool FILE list` lists the register, `tool FILE retire --id TOOL` retires a tool no longer
/// used (it stays readable for the engagements that used it).
class ToolCommand : public VaultCommand
{
    Q_DECLARE_TR_FUNCTIONS(ToolCommand)

public:
    ToolCommand();

protected:
    int checkOptions(const QCommandLineParser& parser) override;
    Vault::Access access(const QCommandLineParser& parser) const override;
    int executeWithVault(Vault& vault, const QCommandLineParser& parser) override;

private:
    enum class Action {
        Add,
        List,
        Retire,
    };

    int checkAdd(const QCommandLineParser& parser);
    int checkRetire(const QCommandLineParser& parser);
    int add(Vault& vault);
    int list(Vault& vault);
    int retire(Vault& vault);

    // What checkOptions() read, before the vault was opened.
    Action m_action = Action::List;
    TechnologyTool m_tool; // add
    std::optional<qint64> m_retiredId; // retire
    QDate m_retiredOn; // retire
};

/// ICF-2.5, per engagement: `tools FILE ENGAGEMENT` lists the tools used with the client's data
/// and each party's agreement; with --use TOOL it adds the tool, or records the agreements of a
/// tool the engagement already lists, as the engagement's "Tools used with this client's data"
/// does.
class ToolsCommand : public VaultCommand
{
    Q_DECLARE_TR_FUNCTIONS(ToolsCommand)

public:
    ToolsCommand();

protected:
    int checkOptions(const QCommandLineParser& parser) override;
    Vault::Access access(const QCommandLineParser& parser) const override;
    int executeWithVault(Vault& vault, const QCommandLineParser& parser) override;

private:
    // What checkOptions() read, before the vault was opened.
    QDate m_clientAgreed;
    QDate m_principalAgreed;
    std::optional<qint64> m_toolId;
    bool m_using = false;
};

} // namespace mandaat::cli
