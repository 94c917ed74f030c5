// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace jieshui::cli {

/** Every sub-command of jieshui-cli, in the order `--help` lists them. */
class CommandRegistry {
public:
    CommandRegistry();
    Command* find(const QString& name) const;
    const std::vector<std::unique_ptr<Command>>& commands() const { return m_commands; }

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace jieshui::cli
