// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/WaterLedger.h"

#include "model/Variable.h"

#include <algorithm>
#include <map>

namespace jieshui::core {

const std::array<std::string_view, 6>& WaterLedger::sectorVariables() {
    static const std::array<std::string_view, 6> sectors{
        var::WaterFarmlandIrrigation, var::WaterForestryLivestockFishery,
        var::WaterIndustry,           var::WaterUrbanPublic,
        var::WaterResidential,        var::WaterEcological};
    return sectors;
}

std::optional<double> WaterLedger::value(const Dataset& dataset, std::string_view regionCode,
                                         std::string_view variable, int year) {
    const Statistic* s = dataset.statistic(regionCode, variable, year);
    if (s == nullptr)
        return std::nullopt;
    return s->value;
}

int WaterLedger::lastObservedYear(const Dataset& dataset, const std::vector<std::string>& regionCodes) {
    // Years with a positive GDP, per region that has any; the last year common to all of them.
    std::map<int, std::size_t> regionsWithYear;
    std::size_t regionsWithGdp = 0;
    for (const auto& code : regionCodes) {
        bool any = false;
        for (const Statistic* s : dataset.series(code, var::GdpCurrent))
            if (s->value > 0.0) {
                ++regionsWithYear[s->year];
                any = true;
            }
        regionsWithGdp += any ? 1 : 0;
    }
    for (auto it = regionsWithYear.rbegin(); it != regionsWithYear.rend(); ++it)
        if (it->second == regionsWithGdp)
            return it->first;
    return 0;
}

std::vector<std::pair<int, std::vector<std::string>>>
WaterLedger::partialYears(const Dataset& dataset, const std::vector<std::string>& regionCodes) {
    const int last = lastObservedYear(dataset, regionCodes);
    std::map<int, std::vector<std::string>> present;
    for (const auto& code : regionCodes)
        for (const Statistic* s : dataset.series(code, var::GdpCurrent))
            if (s->year > last && s->value > 0.0)
                present[s->year].push_back(code);
    std::vector<std::pair<int, std::vector<std::string>>> out;
    for (const auto& [year, codes] : present) {
        std::vector<std::string> missing;
        for (const auto& code : regionCodes)
            if (std::find(codes.begin(), codes.end(), code) == codes.end())
                missing.push_back(code);
        out.emplace_back(year, std::move(missing));
    }
    return out;
}

std::optional<WaterVolume> WaterLedger::totalUse(const Dataset& dataset, std::string_view regionCode,
                                                 int year) {
    // As the engine does: the six sectors when all are present, else the published total, else (our
    // addition, for partial projections) the sectors that are present.
    double sum = 0.0;
    int present = 0;
    for (std::string_view v : sectorVariables())
        if (auto x = value(dataset, regionCode, v, year)) {
            sum += *x;
            ++present;
        }
    if (present == static_cast<int>(sectorVariables().size()))
        return cubicMetres(sum);
    if (auto reported = value(dataset, regionCode, var::WaterTotalReported, year))
        return cubicMetres(*reported);
    if (present > 0)
        return cubicMetres(sum);
    return std::nullopt;
}

std::optional<double> WaterLedger::observedLevel(const Dataset& dataset, std::string_view regionCode,
                                                 Driver driver, int year) {
    switch (driver) {
    case Driver::IrrigationCoefficient:
        return value(dataset, regionCode, var::IrrigationCoefficientReported, year);
    case Driver::LeakageRate:
        return value(dataset, regionCode, var::LeakageRateReported, year);
    case Driver::ReuseRate: {
        if (auto r = value(dataset, regionCode, var::ReuseRateReported, year))
            return r;
        auto fresh = value(dataset, regionCode, var::ReuseFresh, year);
        auto reused = value(dataset, regionCode, var::ReuseReused, year);
        if (fresh && reused && *fresh + *reused > 0.0)
            return *reused / (*fresh + *reused);
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

} // namespace jieshui::core
