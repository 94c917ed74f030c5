// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small hand-made project touching every table, independent of the shipped data and the loaders.

#include "store/ProjectData.h"

#include <QString>
#include <stdexcept>

namespace jieshui::store::test {

inline void check(const core::Status& status) {
    if (status.hasError())
        throw std::runtime_error(status.error().toString());
}

/** A project whose content depends on @p generation (statistics count and values), for the kill test. */
inline ProjectData sampleProject(int generation = 1) {
    using namespace core;
    ProjectData p;
    p.metadata = {.nameZh = "测试市节水项目",
                  .nameEn = "Test city",
                  .baseYear = 2015,
                  .storageCrs = "EPSG:4490",
                  .displayCrs = "EPSG:4545",
                  .rootRegion = "450700",
                  .extra = {{"contact", "市水利局"}}};
    check(p.dataset.addRegion(
        {.code = "450700", .kind = RegionKind::City, .nameZh = "钦州市", .nameEn = "Qinzhou"}));
    check(p.dataset.addRegion({.code = "450702",
                               .kind = RegionKind::County,
                               .nameZh = "钦南区",
                               .nameEn = "Qinnan",
                               .parentCode = "450700",
                               .provenance = {ProvenanceKind::Sourced, "统计年鉴 2021"}}));
    check(p.dataset.addRegion({.code = "450703",
                               .kind = RegionKind::County,
                               .nameZh = "钦北区",
                               .nameEn = "Qinbei",
                               .parentCode = "450700"}));
    check(p.dataset.addRegion({.code = "BASIN-QINJIANG",
                               .kind = RegionKind::Basin,
                               .nameZh = "钦江流域",
                               .nameEn = "Qinjiang basin",
                               .parentCode = "450700",
                               .countyCodes = {"450702", "450703"}}));
    Region district{.code = "ID-TEST",
                    .kind = RegionKind::IrrigationDistrict,
                    .nameZh = "测试灌区",
                    .nameEn = "Test district",
                    .parentCode = "450703",
                    .provenance = {ProvenanceKind::Estimate, "估算"}};
    district.irrigation = IrrigationDistrictProfile{.districtClass = DistrictClass::Medium,
                                                    .sourceType = SourceType::Pumped,
                                                    .designArea = tenThousandMu(12.5),
                                                    .effectiveArea = tenThousandMu(10.0),
                                                    .countyCode = "450703"};
    check(p.dataset.addRegion(district));

    const int rows = 20 + generation % 50;
    for (int i = 0; i < rows; ++i) {
        const std::string region = i % 2 == 0 ? "450702" : "450703";
        check(p.dataset.addStatistic(
            {.regionCode = region,
             .year = 2000 + i / 2,
             .variable = "water.industry",
             .value = static_cast<double>(generation),
             .unit = "万m³",
             .provenance = {i % 3 == 0 ? ProvenanceKind::Estimate : ProvenanceKind::Sourced, "水资源公报"},
             .vintage = i == 0 ? "2018-revised" : ""}));
    }
    check(p.dataset.addTarget({.id = "QZ-2020-TOTAL",
                               .indicator = Indicator::TotalWaterUse,
                               .regionCode = "450700",
                               .year = 2020,
                               .comparator = Comparator::AtMost,
                               .value = 16.53e8,
                               .unit = "亿m³",
                               .source = "钦州市节水行动实施方案",
                               .clause = "二、主要目标"}));
    check(p.dataset.addTarget({.id = "QZ-2020-GDP",
                               .indicator = Indicator::WaterPerGdpReduction,
                               .regionCode = "450702",
                               .year = 2020,
                               .comparator = Comparator::AtLeast,
                               .value = 0.37,
                               .unit = "%",
                               .baseYear = 2015,
                               .priceBaseYear = 2015}));
    check(p.dataset.addTask({.number = 4,
                             .titleZh = "推进农业节水增效",
                             .titleEn = "Agricultural water saving",
                             .leadDepartment = "市水利局",
                             .partnerDepartments = "市农业农村局;市财政局",
                             .milestones = {{2020, "完成灌区改造", "Districts renovated", "QZ-2020-GDP"},
                                            {2022, "高效节水灌溉", "Efficient irrigation", ""}},
                             .status = TaskStatus::InProgress,
                             .clause = "三、重点任务 4"}));
    p.scenarios.push_back({.name = "baseline", .descriptionZh = "基准情景", .descriptionEn = "Baseline"});
    p.scenarios.push_back({.name = "strict-saving",
                           .parent = "baseline",
                           .descriptionZh = "严格节水",
                           .overrides = {{"450702", Driver::GdpRealGrowth, 2021, 0.06},
                                         {"450700", Driver::LeakageRate, 0, 0.09}}});
    p.allocations.push_back({.id = "CAP-2022",
                             .scenario = "baseline",
                             .parentRegion = "450700",
                             .year = 2022,
                             .cap = 16.53e8,
                             .method = AllocationMethod::Manual,
                             .shares = {{"450702", 9e8, true}, {"450703", 7e8, false}},
                             .remainder = 0.53e8});
    p.uncertainty.setProvenanceDefault(ProvenanceKind::Estimate,
                                       {DistributionKind::Triangular, SpreadKind::Relative, 0.12});
    p.uncertainty.statisticRules().push_back({.variable = "water.industry",
                                              .regionCode = "450702",
                                              .fromYear = 2005,
                                              .uncertainty = {DistributionKind::Uniform, SpreadKind::Absolute, 5e6},
                                              .note = "水表精度"});
    p.uncertainty.driverRules().push_back({.scenario = "strict-saving",
                                           .regionCode = "450700",
                                           .driver = Driver::GdpRealGrowth,
                                           .fromYear = 2023,
                                           .toYear = 2035,
                                           .uncertainty = {DistributionKind::Normal, SpreadKind::Absolute, 0.01},
                                           .note = "增速区间"});

    geo::FeatureLayer counties{
        .name = QStringLiteral("县区"), .role = geo::LayerRole::Counties, .schematic = true};
    geo::Feature qinnan{.id = 1, .regionCode = QStringLiteral("450702"), .name = QStringLiteral("钦南区")};
    qinnan.attributes.insert(QStringLiteral("name_en"), QStringLiteral("Qinnan"));
    // Part 1: a square with a hole; part 2: a triangle.
    qinnan.rings = {QPolygonF({{108.5, 21.6}, {108.9, 21.6}, {108.9, 22.0}, {108.5, 22.0}, {108.5, 21.6}}),
                    QPolygonF({{108.6, 21.7}, {108.7, 21.7}, {108.7, 21.8}, {108.6, 21.7}}),
                    QPolygonF({{109.0, 21.5}, {109.1, 21.5}, {109.05, 21.6}, {109.0, 21.5}})};
    qinnan.partStarts = {0, 2};
    geo::Feature qinbei{.id = 2, .regionCode = QStringLiteral("450703"), .name = QStringLiteral("钦北区")};
    qinbei.rings = {QPolygonF({{108.4, 22.0}, {108.9, 22.0}, {108.9, 22.4}, {108.4, 22.0}})};
    qinbei.partStarts = {0};
    counties.features = {qinnan, qinbei};
    counties.updateBounds();
    geo::FeatureLayer rivers{.name = QStringLiteral("河流"),
                             .role = geo::LayerRole::Rivers,
                             .geometryKind = geo::GeometryKind::Line};
    geo::Feature river{
        .id = 1, .regionCode = QStringLiteral("RIVER-QINJIANG"), .name = QStringLiteral("钦江")};
    river.rings = {QPolygonF({{108.6, 22.3}, {108.62, 22.1}, {108.65, 21.8}}),
                   QPolygonF({{108.7, 22.2}, {108.62, 22.1}})};
    rivers.features = {river};
    rivers.updateBounds();
    geo::FeatureLayer reservoirs{.name = QStringLiteral("水库"),
                                 .role = geo::LayerRole::Reservoirs,
                                 .geometryKind = geo::GeometryKind::Point};
    geo::Feature reservoir{
        .id = 1, .regionCode = QStringLiteral("RES-TEST"), .name = QStringLiteral("测试水库")};
    reservoir.rings = {QPolygonF({{108.8, 22.2}})};
    reservoirs.features = {reservoir};
    reservoirs.updateBounds();
    geo::FeatureLayer imported{.name = QStringLiteral("imported parcels"),
                               .role = geo::LayerRole::Other,
                               .crs = QStringLiteral("EPSG:4545")};
    geo::Feature parcel{.id = 1, .name = QStringLiteral("地块")};
    parcel.rings = {QPolygonF({{561000, 2433000}, {562000, 2433000}, {562000, 2434000}, {561000, 2433000}})};
    parcel.partStarts = {0};
    imported.features = {parcel};
    imported.updateBounds();
    p.layers = {counties, rivers, reservoirs, imported};

    p.results.push_back({.scenario = "baseline",
                         .indicator = "total-water-use",
                         .regionCode = "450700",
                         .year = 2020,
                         .targetId = "QZ-2020-TOTAL",
                         .value = 15.9e8,
                         .unit = "m3",
                         .comparator = "<=",
                         .targetValue = 16.53e8,
                         .status = "met",
                         .gap = -0.63e8,
                         .provenance = "sourced",
                         .method = "bulletin",
                         .evaluatedAt = "2026-01-01T00:00:00Z"});
    p.results.push_back({.scenario = "baseline",
                         .indicator = "water-per-gdp-reduction",
                         .regionCode = "450702",
                         .year = 2020,
                         .targetId = "QZ-2020-GDP",
                         .unit = "1",
                         .comparator = ">=",
                         .targetValue = 0.37,
                         .status = "no-data",
                         .explanation = "no GDP index for 2019"});
    p.results.push_back({.scenario = "strict-saving",
                         .indicator = "water-per-gdp-reduction",
                         .regionCode = "450702",
                         .year = 2020,
                         .targetId = "QZ-2020-GDP",
                         .value = 0.35,
                         .unit = "1",
                         .comparator = ">=",
                         .targetValue = 0.37,
                         .status = "missed",
                         .gap = -0.02,
                         .requiredAnnualRate = -0.031,
                         .provenance = "projected"});
    return p;
}

} // namespace jieshui::store::test
