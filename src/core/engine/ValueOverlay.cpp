// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ValueOverlay.h"

namespace jieshui::core {

ValueOverlay::ValueOverlay(const CompiledProject& project, const std::vector<RegionId>& regions,
                           const std::vector<VariableId>& variables, ProvenanceKind provenance)
    : m_rowCount(regions.size() * variables.size()), m_provenance(provenance) {
    std::vector<std::int32_t> rows(project.regionCount() * project.variableCount(), -1);
    for (std::size_t r = 0; r < regions.size(); ++r) {
        if (regions[r] == kNoRegion)
            continue;
        for (std::size_t v = 0; v < variables.size(); ++v)
            rows[static_cast<std::size_t>(regions[r]) * project.variableCount() + variables[v]] =
                static_cast<std::int32_t>(r * variables.size() + v);
    }
    m_rows = std::make_shared<const std::vector<std::int32_t>>(std::move(rows));
}

} // namespace jieshui::core
