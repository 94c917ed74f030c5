// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "io/LoadReport.h"
#include "model/Dataset.h"
#include "scenario/Scenario.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace jieshui::core {

/**
 * Reads scenarios.csv (`name,parent,description_zh,description_en`) and scenario_overrides.csv
 * (`scenario,region_code,driver,from_year,value,unit`). Names are identifiers ([a-z0-9_-], starting with
 * a letter or digit); exactly one baseline (empty parent); parents exist and never form a cycle.
 * Override values are in % or 1 and stored as fractions (6 % → 0.06); the region is the city or a county.
 */
class ScenarioLoader {
public:
    explicit ScenarioLoader(const Dataset& context) : m_context(context) {}

    /** An empty @p overridesName means there is no overrides file. */
    Result<std::vector<Scenario>> fromText(std::string_view scenariosText, const std::string& scenariosName,
                                           std::string_view overridesText = {},
                                           const std::string& overridesName = {});
    /** An empty @p overridesPath means there is no overrides file. */
    Result<std::vector<Scenario>> fromFiles(const std::filesystem::path& scenariosPath,
                                            const std::filesystem::path& overridesPath = {});
    const LoadReport& report() const { return m_report; }

private:
    void readOverrides(std::vector<Scenario>& scenarios, std::string_view text,
                       const std::string& displayName);

    const Dataset& m_context;
    LoadReport m_report;
};

} // namespace jieshui::core
