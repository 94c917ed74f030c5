// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandRegistry.h"

#include "commands/AllocateCommand.h"
#include "commands/EvaluateCommand.h"
#include "commands/ExportMapCommand.h"
#include "commands/ExportReportCommand.h"
#include "commands/ExportTableCommand.h"
#include "commands/GrantCommand.h"
#include "commands/ImportLayerCommand.h"
#include "commands/ImportPlanCommand.h"
#include "commands/ImportStatsCommand.h"
#include "commands/InfoCommand.h"
#include "commands/LogCommand.h"
#include "commands/NewCommand.h"
#include "commands/ScenarioCommand.h"
#include "commands/PullCommand.h"
#include "commands/PushCommand.h"
#include "commands/RegionCommand.h"

namespace jieshui::cli {

CommandRegistry::CommandRegistry() {
    m_commands.push_back(std::make_unique<NewCommand>());
    m_commands.push_back(std::make_unique<InfoCommand>());
    m_commands.push_back(std::make_unique<EvaluateCommand>());
    m_commands.push_back(std::make_unique<ImportStatsCommand>());
    m_commands.push_back(std::make_unique<ImportPlanCommand>());
    m_commands.push_back(std::make_unique<ImportLayerCommand>());
    m_commands.push_back(std::make_unique<RegionCommand>());
    m_commands.push_back(std::make_unique<ExportMapCommand>());
    m_commands.push_back(std::make_unique<ExportReportCommand>());
    m_commands.push_back(std::make_unique<ExportTableCommand>());
    m_commands.push_back(std::make_unique<ScenarioCommand>());
    m_commands.push_back(std::make_unique<AllocateCommand>());
    m_commands.push_back(std::make_unique<PushCommand>());
    m_commands.push_back(std::make_unique<PullCommand>());
    m_commands.push_back(std::make_unique<LogCommand>());
    m_commands.push_back(std::make_unique<GrantCommand>());
}

Command* CommandRegistry::find(const QString& name) const {
    for (const auto& command : m_commands)
        if (command->name() == name)
            return command.get();
    return nullptr;
}

} // namespace jieshui::cli
