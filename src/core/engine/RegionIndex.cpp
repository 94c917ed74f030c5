// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/RegionIndex.h"

namespace jieshui::core {

RegionIndex::RegionIndex(const Dataset& dataset) {
    // Adds @p member to @p start and each of its ancestors; the depth guard stops a parent cycle.
    const auto addUp = [&dataset](Lists& lists, const Region* member, std::string start) {
        for (int depth = 0; depth < 16 && !start.empty(); ++depth) {
            lists[start].push_back(member);
            const Region* r = dataset.region(start);
            if (r == nullptr)
                break;
            start = r->parentCode;
        }
    };
    for (const Region& r : dataset.regions()) {
        switch (r.kind) {
        case RegionKind::County:
            if (!r.parentCode.empty())
                m_counties[r.parentCode].push_back(&r);
            break;
        case RegionKind::SupplyUtility:
            addUp(m_utilities, &r, r.code);
            break;
        case RegionKind::IrrigationDistrict:
            if (r.irrigation) {
                m_districts[r.code].push_back(&r);
                addUp(m_districts, &r,
                      r.irrigation->countyCode.empty() ? r.parentCode : r.irrigation->countyCode);
            }
            break;
        default:
            break;
        }
    }
}

const std::vector<const Region*>& RegionIndex::find(const Lists& lists, std::string_view code) const {
    auto it = lists.find(code);
    return it == lists.end() ? m_empty : it->second;
}

const std::vector<const Region*>& RegionIndex::childCounties(std::string_view code) const {
    return find(m_counties, code);
}
const std::vector<const Region*>& RegionIndex::utilitiesUnder(std::string_view code) const {
    return find(m_utilities, code);
}
const std::vector<const Region*>& RegionIndex::districtsUnder(std::string_view code) const {
    return find(m_districts, code);
}

} // namespace jieshui::core
