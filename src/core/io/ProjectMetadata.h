// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <string>

namespace jieshui::core {

/** The project's identity, read from project.csv (key,value). */
struct ProjectMetadata {
    std::string nameZh;
    std::string nameEn;
    int baseYear = 0;                         ///< the plan's base year, e.g. 2015
    std::string storageCrs;                   ///< "EPSG:4490" (CGCS2000 geographic)
    std::string displayCrs;                   ///< "EPSG:4545" (CGCS2000 / 3-degree GK CM 108E)
    std::string rootRegion;                   ///< code of the root region, e.g. "450700"
    std::map<std::string, std::string> extra; ///< any further keys, kept verbatim
};

} // namespace jieshui::core
