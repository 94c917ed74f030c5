// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Generated datasets for the core benchmarks (engine and scenario). Header-only so that each bench file
// can include it; nothing here is real data: the numbers only have plausible magnitudes.

#include "model/Dataset.h"
#include "model/Variable.h"
#include "units/Quantities.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace jieshui::bench {

/** Builds synthetic Datasets with every engine variable for 2015–2035. */
class SyntheticDataset {
public:
    static constexpr int firstYear = 2015;
    static constexpr int lastYear = 2035;

    /**
     * A Qinzhou-like project: city 450700 with its own bulletin figures, 4 counties, 20 irrigation districts
     * (2 large, 8 medium in three bands, 6 small, 4 well-only), 4 supply utilities, and the plan's 10 city
     * targets plus one leakage target per county.
     */
    static core::Dataset qinzhouLike() {
        using namespace core;
        Dataset d;
        check(d.addRegion({.code = "450700", .kind = RegionKind::City, .nameZh = "钦州市"}));
        const std::vector<std::string> counties{"450702", "450703", "450721", "450722"};
        for (const auto& c : counties)
            check(d.addRegion({.code = c, .kind = RegionKind::County, .parentCode = "450700"}));
        Random random(7);
        addEconomyAndWater(d, "450700", random, 4.0);
        for (const auto& c : counties) {
            addEconomyAndWater(d, c, random, 1.0);
            addReuse(d, c, random);
        }
        // 20 districts, 5 per county, cycling through the classes.
        struct Kind {
            DistrictClass cls;
            double designArea; // 万亩
        };
        const Kind kinds[5] = {{DistrictClass::Large, 32.0},
                               {DistrictClass::Medium, 18.0},
                               {DistrictClass::Medium, 7.0},
                               {DistrictClass::Small, 0.6},
                               {DistrictClass::WellOnly, 0.3}};
        for (int i = 0; i < 20; ++i) {
            const std::string& county = counties[static_cast<std::size_t>(i % 4)];
            Kind k = kinds[i % 5];
            if (i >= 10 && k.cls == DistrictClass::Large)
                k = {DistrictClass::Medium, 3.0}; // only 2 large districts
            const std::string code = "D" + std::to_string(100 + i);
            IrrigationDistrictProfile p{.districtClass = k.cls,
                                        .sourceType = i % 2 == 0 ? SourceType::Pumped : SourceType::Gravity,
                                        .wellMethod = i % 3 == 0 ? WellMethod::Pipe : WellMethod::Sprinkler,
                                        .designArea = tenThousandMu(k.designArea),
                                        .effectiveArea = tenThousandMu(k.designArea * 0.7),
                                        .countyCode = county};
            check(d.addRegion({.code = code,
                               .kind = RegionKind::IrrigationDistrict,
                               .parentCode = county,
                               .irrigation = p}));
            const bool sample = k.cls == DistrictClass::Large || i % 2 == 0;
            for (int y = firstYear; y <= lastYear; ++y) {
                const double gross = k.designArea * 4e5 * random.between(0.9, 1.1);
                const double eta = 0.46 + 0.003 * (y - firstYear) + random.between(-0.02, 0.02);
                add(d, code, var::IrrigationGross, y, gross);
                if (sample) {
                    add(d, code, var::IrrigationNet, y, gross * eta);
                    add(d, code, var::IrrigationIsSample, y, 1.0);
                }
            }
        }
        for (std::size_t i = 0; i < counties.size(); ++i) {
            const std::string code = "U" + std::to_string(i + 1);
            check(d.addRegion({.code = code, .kind = RegionKind::SupplyUtility, .parentCode = counties[i]}));
            for (int y = firstYear; y <= lastYear; ++y) {
                const double supplied = 3000e4 * random.between(0.8, 1.2);
                add(d, code, var::SupplyTotal, y, supplied);
                add(d, code, var::SupplyRegistered, y, supplied * random.between(0.84, 0.9));
                add(d, code, var::SupplyBilled, y, supplied * random.between(0.8, 0.84));
                add(d, code, var::SupplyResidentialMetered, y, supplied * 0.5);
                add(d, code, var::SupplyMainLength, y, 250e3);
                add(d, code, var::SupplyMeanPressure, y, 0.4e6);
                add(d, code, var::SupplyFrostDepth, y, 0.0);
            }
        }
        addPlan(d, "450700");
        for (const auto& c : counties)
            check(d.addTarget({.id = "L-" + c,
                               .indicator = Indicator::LeakageRate,
                               .regionCode = c,
                               .year = 2020,
                               .comparator = Comparator::AtMost,
                               .value = 0.10,
                               .unit = "%"}));
        return d;
    }

    /**
     * @p count counties under one root "100000", each with every county variable for 2015–2035 (sectors,
     * GDP and IVA with indices, reuse volumes, reported coefficient and leakage), and the plan's targets
     * for the root.
     */
    static core::Dataset counties(int count) {
        using namespace core;
        Dataset d;
        check(d.addRegion({.code = "100000", .kind = RegionKind::City, .nameZh = "全国"}));
        Random random(11);
        for (int i = 0; i < count; ++i) {
            const std::string code = countyCode(i);
            check(d.addRegion({.code = code, .kind = RegionKind::County, .parentCode = "100000"}));
            addEconomyAndWater(d, code, random, 1.0);
            addReuse(d, code, random);
            for (int y = firstYear; y <= lastYear; ++y) {
                add(d, code, var::IrrigationCoefficientReported, y, 0.47 + 0.003 * (y - firstYear));
                add(d, code, var::LeakageRateReported, y, random.between(0.07, 0.13));
            }
        }
        return d;
    }

    /** The code of the i-th generated county. */
    static std::string countyCode(int i) { return "C" + std::to_string(100000 + i); }

private:
    /** Small deterministic generator (LCG), so every run builds the same data. */
    class Random {
    public:
        explicit Random(std::uint64_t seed) : m_state(seed) {}
        double between(double lo, double hi) {
            m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
            const double unit = static_cast<double>(m_state >> 11) / 9007199254740992.0;
            return lo + (hi - lo) * unit;
        }

    private:
        std::uint64_t m_state;
    };

    static void check(const core::Status& status) {
        if (status.hasError())
            throw std::runtime_error(status.error().toString());
    }

    static void add(core::Dataset& d, const std::string& region, std::string_view variable, int year,
                    double value) {
        check(d.addStatistic(
            {.regionCode = region, .year = year, .variable = std::string(variable), .value = value}));
    }

    /** Water by sector, GDP and IVA with their indices; @p scale multiplies the volumes and money. */
    static void addEconomyAndWater(core::Dataset& d, const std::string& region, Random& random,
                                   double scale) {
        using namespace core;
        double gdp = 250e8 * scale * random.between(0.7, 1.3);
        double iva = gdp * 0.3;
        const double water = 3.2e8 * scale * random.between(0.8, 1.2);
        for (int y = firstYear; y <= lastYear; ++y) {
            const double t = y - firstYear;
            const double decline = 1.0 - 0.008 * t;
            add(d, region, var::WaterFarmlandIrrigation, y, water * 0.62 * decline);
            add(d, region, var::WaterForestryLivestockFishery, y, water * 0.08 * decline);
            add(d, region, var::WaterIndustry, y, water * 0.15 * decline);
            add(d, region, var::WaterIndustryOnceThroughCooling, y, water * 0.02);
            add(d, region, var::WaterUrbanPublic, y, water * 0.05);
            add(d, region, var::WaterResidential, y, water * 0.08);
            add(d, region, var::WaterEcological, y, water * 0.02);
            add(d, region, var::WaterNonconventional, y, water * 0.01);
            if (y > firstYear) {
                const double growth = random.between(1.05, 1.08);
                const double ivaGrowth = random.between(1.04, 1.09);
                gdp *= growth * 1.02; // plus 2 % inflation in the current-price series
                iva *= ivaGrowth * 1.02;
                add(d, region, var::GdpIndex, y, growth * 100.0);
                add(d, region, var::IvaIndex, y, ivaGrowth * 100.0);
            }
            add(d, region, var::GdpCurrent, y, gdp);
            add(d, region, var::IvaCurrent, y, iva);
        }
    }

    static void addReuse(core::Dataset& d, const std::string& region, Random& random) {
        using namespace core;
        for (int y = firstYear; y <= lastYear; ++y) {
            const double fresh = 2000e4 * random.between(0.8, 1.2);
            add(d, region, var::ReuseFresh, y, fresh);
            add(d, region, var::ReuseReused, y, fresh * random.between(6.0, 12.0));
        }
    }

    /** The Qinzhou plan's 10 targets (domain-methods.md §7) for @p region. */
    static void addPlan(core::Dataset& d, const std::string& region) {
        using namespace core;
        struct Row {
            const char* id;
            Indicator indicator;
            int year;
            Comparator comparator;
            double value;
        };
        const Row rows[] = {
            {"GDP-2020", Indicator::WaterPerGdpReduction, 2020, Comparator::AtLeast, 0.37},
            {"GDP-2022", Indicator::WaterPerGdpReduction, 2022, Comparator::AtLeast, 0.39},
            {"IVA-2020", Indicator::WaterPerIvaReduction, 2020, Comparator::AtLeast, 0.28},
            {"IVA-2022", Indicator::WaterPerIvaReduction, 2022, Comparator::AtLeast, 0.31},
            {"REUSE-2020", Indicator::IndustrialReuseRate, 2020, Comparator::AtLeast, 0.90},
            {"ETA-2020", Indicator::IrrigationCoefficient, 2020, Comparator::AtLeast, 0.503},
            {"ETA-2022", Indicator::IrrigationCoefficient, 2022, Comparator::AtLeast, 0.522},
            {"LEAK-2020", Indicator::LeakageRate, 2020, Comparator::AtMost, 0.10},
            {"CAP-2022", Indicator::TotalWaterUse, 2022, Comparator::AtMost, 16.53e8},
            {"CAP-2035", Indicator::TotalWaterUse, 2035, Comparator::AtMost, 16.95e8},
        };
        for (const Row& r : rows)
            check(d.addTarget({.id = std::string(r.id) + "-" + region,
                               .indicator = r.indicator,
                               .regionCode = region,
                               .year = r.year,
                               .comparator = r.comparator,
                               .value = r.value,
                               .baseYear = 2015,
                               .priceBaseYear = 2015}));
    }
};

} // namespace jieshui::bench
