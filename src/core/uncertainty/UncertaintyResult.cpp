// SPDX-License-Identifier: GPL-3.0-or-later
#include "uncertainty/UncertaintyResult.h"

namespace jieshui::core {

const OutcomeDistribution* UncertaintyResult::target(std::string_view targetId) const {
    for (const OutcomeDistribution& o : m_targets)
        if (o.targetId == targetId)
            return &o;
    return nullptr;
}

const OutcomeDistribution* UncertaintyResult::county(std::string_view targetId, std::string_view countyCode) const {
    for (const OutcomeDistribution& o : m_counties)
        if (o.targetId == targetId && o.regionCode == countyCode)
            return &o;
    return nullptr;
}

const OutcomeDistribution* UncertaintyResult::outcome(std::string_view targetId, std::string_view regionCode) const {
    if (const OutcomeDistribution* own = target(targetId); own != nullptr && own->regionCode == regionCode)
        return own;
    return county(targetId, regionCode);
}

const TrajectoryBand* UncertaintyResult::trajectory(Indicator indicator, std::string_view regionCode) const {
    for (const TrajectoryBand& t : m_trajectories)
        if (t.indicator == indicator && t.regionCode == regionCode)
            return &t;
    return nullptr;
}

} // namespace jieshui::core
