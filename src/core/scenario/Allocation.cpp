// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/Allocation.h"

namespace jieshui::core {

const char* allocationMethodId(AllocationMethod m) {
    switch (m) {
    case AllocationMethod::BaseYearShare:
        return "base-year-share";
    case AllocationMethod::EqualIntensityReduction:
        return "equal-intensity";
    case AllocationMethod::GdpShare:
        return "gdp-share";
    case AllocationMethod::Manual:
        return "manual";
    }
    return "manual";
}

std::optional<AllocationMethod> allocationMethodFromId(std::string_view id) {
    for (AllocationMethod m : {AllocationMethod::BaseYearShare, AllocationMethod::EqualIntensityReduction,
                               AllocationMethod::GdpShare, AllocationMethod::Manual})
        if (id == allocationMethodId(m))
            return m;
    return std::nullopt;
}

} // namespace jieshui::core
