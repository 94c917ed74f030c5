// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Region.h"

#include <string>

namespace jieshui::core {

/**
 * The name of @p region in Chinese or English as every front end shows it (window, map labels, exports):
 * the other language's name when that one is empty, the code when both are.
 */
inline const std::string& regionName(const Region& region, bool chinese) {
    const std::string& preferred = chinese ? region.nameZh : region.nameEn;
    const std::string& other = chinese ? region.nameEn : region.nameZh;
    return !preferred.empty() ? preferred : !other.empty() ? other : region.code;
}

} // namespace jieshui::core
