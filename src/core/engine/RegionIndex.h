// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Dataset.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace jieshui::core {

/**
 * Which counties, supply utilities and irrigation districts lie under each region, built once from a
 * Dataset's regions so that the engine never scans the region list per computation. A utility or
 * district counts for its county and for every ancestor of that county (the city aggregates all).
 * Districts are placed by their profile's countyCode (their parent when it is empty).
 */
class RegionIndex {
public:
    explicit RegionIndex(const Dataset& dataset);

    /** Counties whose parent is @p code. */
    const std::vector<const Region*>& childCounties(std::string_view code) const;
    /** Supply utilities under @p code (a utility code yields itself). */
    const std::vector<const Region*>& utilitiesUnder(std::string_view code) const;
    /** Irrigation districts with a profile under @p code (a district code yields itself). */
    const std::vector<const Region*>& districtsUnder(std::string_view code) const;

private:
    using Lists = std::map<std::string, std::vector<const Region*>, std::less<>>;
    const std::vector<const Region*>& find(const Lists& lists, std::string_view code) const;
    Lists m_counties;
    Lists m_utilities;
    Lists m_districts;
    std::vector<const Region*> m_empty;
};

} // namespace jieshui::core
