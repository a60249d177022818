#pragma once

#include "Command.h"

namespace mandaat::cli {

/// ICF-2.5, the practice's technology register: `tool FILE add` records a tool (what for, where
/// the data is stored or processed, AI, processor agreement, the day it was reviewed),
/// `tool FILE list` lists the register, `tool FILE retire --id TOOL` retires a tool no longer
/// used (it stays readable for the engagements that used it).
class ToolCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ToolCommand)

public:
    ToolCommand();

protected:
    int execute(const QCommandLineParser& parser) override;

private:
    int add(const QCommandLineParser& parser, const QString& path);
    int list(const QCommandLineParser& parser, const QString& path);
    int retire(const QCommandLineParser& parser, const QString& path);
};

/// ICF-2.5, per engagement: `tools FILE ENGAGEMENT` lists the tools used with the client's data
/// and each party's agreement; with --use TOOL it adds the tool, or records the agreements of a
/// tool the engagement already lists, as the engagement's "Tools used with this client's data"
/// does.
class ToolsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ToolsCommand)

public:
    ToolsCommand();

protected:
    int execute(const QCommandLineParser& parser) override;
};

} // namespace mandaat::cli
