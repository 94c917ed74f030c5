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

const char* allocationMethodName(AllocationMethod m, bool chinese) {
    switch (m) {
    case AllocationMethod::BaseYearShare:
        return chinese ? "按基准年用水比例" : "Base-year share of use";
    case AllocationMethod::EqualIntensityReduction:
        return chinese ? "用水强度等比例下降" : "Equal intensity reduction";
    case AllocationMethod::GdpShare:
        return chinese ? "按地区生产总值比例" : "Share of GDP";
    case AllocationMethod::Manual:
        break;
    }
    return chinese ? "手工输入" : "Typed by hand";
}

std::optional<AllocationMethod> allocationMethodFromId(std::string_view id) {
    for (AllocationMethod m : {AllocationMethod::BaseYearShare, AllocationMethod::EqualIntensityReduction,
                               AllocationMethod::GdpShare, AllocationMethod::Manual})
        if (id == allocationMethodId(m))
            return m;
    return std::nullopt;
}

} // namespace jieshui::core
