// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/ComplianceMapBuilder.h"

#include "TestLayers.h"
#include "model/Variable.h"
#include "render/ProjectLayerLoader.h"
#include "report/EvaluationService.h"

#include <QDir>
#include <gtest/gtest.h>

using namespace jieshui;
using core::VerdictStatus;

namespace {

core::Region region(const std::string& code, core::RegionKind kind, const std::string& parent) {
    core::Region r;
    r.code = code;
    r.kind = kind;
    r.nameZh = code;
    r.parentCode = parent;
    return r;
}

void addCoefficient(core::Dataset& dataset, const std::string& code, double value,
                    core::ProvenanceKind kind) {
    core::Statistic s;
    s.regionCode = code;
    s.year = 2020;
    s.variable = std::string(core::var::IrrigationCoefficientReported);
    s.value = value;
    s.unit = "1";
    s.provenance.kind = kind;
    ASSERT_TRUE(dataset.addStatistic(s).isOk());
}

/** City 450700 with four counties; the city target: irrigation coefficient ≥ 0.503 in 2020. */
core::Dataset qinzhouLike() {
    core::Dataset dataset;
    EXPECT_TRUE(dataset.addRegion(region("450700", core::RegionKind::City, "")).isOk());
    for (const char* code : {"450702", "450703", "450721", "450722"})
        EXPECT_TRUE(dataset.addRegion(region(code, core::RegionKind::County, "450700")).isOk());
    addCoefficient(dataset, "450702", 0.55, core::ProvenanceKind::Sourced);   // comfortably met
    addCoefficient(dataset, "450703", 0.505, core::ProvenanceKind::Estimate); // met by < 2 %: at risk
    addCoefficient(dataset, "450721", 0.47, core::ProvenanceKind::Sourced);   // missed
    // 450722: no value → no data
    core::PlanTarget target;
    target.id = "QZ-2020-IC";
    target.indicator = core::Indicator::IrrigationCoefficient;
    target.regionCode = "450700";
    target.year = 2020;
    target.comparator = core::Comparator::AtLeast;
    target.value = 0.503;
    target.unit = "1";
    EXPECT_TRUE(dataset.addTarget(target).isOk());
    return dataset;
}

} // namespace

/** The dataset judged by the evaluation service (no scenarios: its observed years). */
core::ScenarioResult evaluated(const core::Dataset& dataset,
                               const std::vector<core::Allocation>& allocations = {}) {
    static const std::vector<core::Scenario> none;
    const core::EvaluationService service(dataset, none, allocations);
    auto result = service.evaluateObserved();
    EXPECT_TRUE(result.isOk());
    return std::move(result).value();
}

void addTotalUse(core::Dataset& dataset, const std::string& code, double m3) {
    core::Statistic s;
    s.regionCode = code;
    s.year = 2020;
    s.variable = std::string(core::var::WaterTotalReported);
    s.value = m3;
    s.unit = "m³";
    ASSERT_TRUE(dataset.addStatistic(s).isOk());
}

TEST(ComplianceMapBuilder, judgesEachCountyAgainstTheCityTarget) {
    // Given the city target and four counties' reported coefficients
    const core::Dataset dataset = qinzhouLike();
    const core::ScenarioResult result = evaluated(dataset);
    // When the compliance style is built for 2020
    const auto style = render::ComplianceMapBuilder(result).complianceStyle(
        {.indicator = core::Indicator::IrrigationCoefficient, .year = 2020});
    ASSERT_TRUE(style.isOk()) << style.error().toString();
    // Then each county has its hand-judged status, the estimate flagged
    EXPECT_EQ(style.value().status(QStringLiteral("450702")), VerdictStatus::Met);
    EXPECT_EQ(style.value().status(QStringLiteral("450703")), VerdictStatus::AtRisk);
    EXPECT_EQ(style.value().status(QStringLiteral("450721")), VerdictStatus::Missed);
    EXPECT_EQ(style.value().status(QStringLiteral("450722")), VerdictStatus::NoData);
    EXPECT_TRUE(style.value().result(QStringLiteral("450703"))->estimate);
    EXPECT_FALSE(style.value().result(QStringLiteral("450702"))->estimate);
    EXPECT_DOUBLE_EQ(*style.value().result(QStringLiteral("450721"))->value, 0.47);
    EXPECT_TRUE(style.value().title().contains(QStringLiteral("2020")));
}

TEST(ComplianceMapBuilder, capsAreJudgedAgainstEachCountysQuotaAndAMissingQuotaIsNotMissingData) {
    // Given a 2020 cap of 3 亿m³ for the city, split between two of the four counties only
    core::Dataset dataset = qinzhouLike();
    core::PlanTarget cap;
    cap.id = "CAP-2020";
    cap.indicator = core::Indicator::TotalWaterUse;
    cap.regionCode = "450700";
    cap.year = 2020;
    cap.comparator = core::Comparator::AtMost;
    cap.value = 3e8;
    cap.unit = "亿m³";
    ASSERT_TRUE(dataset.addTarget(cap).isOk());
    addTotalUse(dataset, "450702", 0.9e8); // under its quota of 1.0 亿m³ by 10 %: met
    addTotalUse(dataset, "450703", 1.2e8); // over its quota of 1.1 亿m³: missed
    addTotalUse(dataset, "450721", 0.5e8); // has use, but no quota
    core::Allocation split{.id = "A", .scenario = "", .parentRegion = "450700", .year = 2020, .cap = 3e8};
    split.shares = {{"450702", 1.0e8}, {"450703", 1.1e8}};
    // When the map of the cap is built
    const core::ScenarioResult result = evaluated(dataset, {split});
    const auto style = render::ComplianceMapBuilder(result).complianceStyle(
        {.indicator = core::Indicator::TotalWaterUse, .year = 2020});
    ASSERT_TRUE(style.isOk()) << style.error().toString();
    // Then each county is judged against its quota, and "no quota" is told apart from "no data"
    EXPECT_EQ(style.value().status(QStringLiteral("450702")), VerdictStatus::Met);
    EXPECT_EQ(style.value().status(QStringLiteral("450703")), VerdictStatus::Missed);
    EXPECT_EQ(style.value().status(QStringLiteral("450721")), VerdictStatus::NoQuota);
    EXPECT_EQ(style.value().status(QStringLiteral("450722")), VerdictStatus::NoQuota);
    EXPECT_TRUE(style.value().hasStatus(VerdictStatus::NoQuota));
    // And the verdicts are the service's own
    const std::optional<core::Verdict> county =
        result.regionVerdict(core::Indicator::TotalWaterUse, "450703", 2020);
    ASSERT_TRUE(county.has_value());
    EXPECT_EQ(county->status, VerdictStatus::Missed);
    EXPECT_DOUBLE_EQ(county->target.value, 1.1e8);
}

TEST(ComplianceMapBuilder, refusesAnIndicatorWithoutTarget) {
    const core::Dataset dataset = qinzhouLike();
    const core::ScenarioResult result = evaluated(dataset);
    const auto style = render::ComplianceMapBuilder(result).complianceStyle(
        {.indicator = core::Indicator::IrrigationCoefficient, .year = 2035});
    ASSERT_TRUE(style.hasError());
    EXPECT_EQ(style.error().code(), core::ErrorCode::UnknownIndicator);
}

TEST(ComplianceMapBuilder, documentPutsCountiesBelowRiversAndColoursThem) {
    // Given rivers listed before counties
    render::MapDocument document = render::ComplianceMapBuilder::documentFromLayers(
        {render::test::toyRivers(), render::test::toyCounties()}, QStringLiteral("EPSG:4545"));
    // Then counties are drawn first and take the compliance style
    ASSERT_EQ(document.layerCount(), 2);
    EXPECT_EQ(document.layer(0).role(), geo::LayerRole::Counties);
    render::ThematicStyle thematic;
    thematic.setResult(QStringLiteral("450702"), {VerdictStatus::Missed, 0.4, false});
    ASSERT_TRUE(render::ComplianceMapBuilder::applyCompliance(document, thematic));
    EXPECT_EQ(document.layer(0).style().fillMode, render::FillMode::Compliance);
    EXPECT_EQ(document.layer(0).style().compliance.status(QStringLiteral("450702")), VerdictStatus::Missed);
    // And a document without counties cannot be coloured
    render::MapDocument rivers = render::ComplianceMapBuilder::documentFromLayers(
        {render::test::toyRivers()}, QStringLiteral("EPSG:4545"));
    EXPECT_FALSE(render::ComplianceMapBuilder::applyCompliance(rivers, thematic));
}

TEST(ProjectLayerLoader, readsTheQinzhouGeometryIntoGaussKruger) {
    const QString directory = QStringLiteral(JIESHUI_DATA_DIR "/qinzhou/geometry");
    if (!QDir(directory).exists())
        GTEST_SKIP() << "data/qinzhou/geometry absent";
    // When the shipped layers are read for display
    const auto layers = render::ProjectLayerLoader::readDirectory(directory);
    ASSERT_TRUE(layers.isOk()) << layers.error().toString();
    // Then the counties are in EPSG:4545 metres around CM 108E + 500 km false easting (lon 108.2–109.9)
    const auto it =
        std::find_if(layers.value().begin(), layers.value().end(),
                     [](const geo::FeatureLayer& l) { return l.role == geo::LayerRole::Counties; });
    ASSERT_NE(it, layers.value().end());
    EXPECT_EQ(it->crs, QStringLiteral("EPSG:4545"));
    EXPECT_GT(it->bounds.left(), 510000.0);
    EXPECT_LT(it->bounds.right(), 700000.0);
    EXPECT_GT(it->bounds.top(), 2350000.0);    // northing of 21.5° N
    EXPECT_LT(it->bounds.bottom(), 2520000.0); // northing of 22.8° N
}

TEST(ProjectLayerLoader, roleComesFromTheFileName) {
    EXPECT_EQ(render::ProjectLayerLoader::roleForFileName(QStringLiteral("a/irrigation_districts.geojson")),
              geo::LayerRole::IrrigationDistricts);
    EXPECT_EQ(render::ProjectLayerLoader::roleForFileName(QStringLiteral("counties.gpkg")),
              geo::LayerRole::Counties);
    EXPECT_EQ(render::ProjectLayerLoader::roleForFileName(QStringLiteral("roads.shp")),
              geo::LayerRole::Other);
}

TEST(ProjectLayerLoader, emptyDirectoryIsAnIoError) {
    const auto layers = render::ProjectLayerLoader::readDirectory(QStringLiteral("/nonexistent-jieshui-dir"));
    ASSERT_TRUE(layers.hasError());
    EXPECT_EQ(layers.error().code(), core::ErrorCode::IoError);
}
