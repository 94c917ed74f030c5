// SPDX-License-Identifier: GPL-3.0-or-later
// The province view: every city judged on its own plan, on one map and in one table (city → county).
#include "ProvincePanel.h"

#include "MapCanvas.h"
#include "MapPresenter.h"
#include "ProjectController.h"
#include "TestProject.h"
#include "render/MapDocument.h"

#include <QTreeWidget>
#include <gtest/gtest.h>

using namespace jieshui;
using namespace jieshui::ui;

namespace {

void check(const core::Status& st) {
    if (st.hasError())
        throw std::runtime_error(st.error().toString());
}

void addReuse(core::Dataset& d, const std::string& county, int year, double reused, double fresh) {
    check(d.addStatistic({.regionCode = county,
                          .year = year,
                          .variable = "industry.above_scale_reused_water",
                          .value = reused,
                          .unit = "m³"}));
    check(d.addStatistic({.regionCode = county,
                          .year = year,
                          .variable = "industry.above_scale_fresh_water",
                          .value = fresh,
                          .unit = "m³"}));
}

geo::Feature square(const QString& code, double x, double y) {
    geo::Feature f;
    f.regionCode = code;
    f.name = code;
    f.rings = {QPolygonF(
        {QPointF(x, y), QPointF(x + 0.5, y), QPointF(x + 0.5, y + 0.5), QPointF(x, y + 0.5), QPointF(x, y)})};
    f.partStarts = {0};
    return f;
}

/**
 * 示例省 (990000) with two cities, each with its own reuse-rate target for 2020:
 *   990100 (≥ 90 %): counties 990102 95/100, 990103 80/100 → 87.5 %, missed
 *   990200 (≥ 85 %): county 990202 90/100 → 90 %, met
 */
ProjectData provinceProject() {
    ProjectData p;
    p.metadata.rootRegion = "990000";
    core::Dataset& d = p.dataset;
    check(d.addRegion({.code = "990000", .kind = core::RegionKind::Province, .nameZh = "示例省"}));
    check(d.addRegion(
        {.code = "990100", .kind = core::RegionKind::City, .nameZh = "甲市", .parentCode = "990000"}));
    check(d.addRegion(
        {.code = "990200", .kind = core::RegionKind::City, .nameZh = "乙市", .parentCode = "990000"}));
    check(d.addRegion(
        {.code = "990102", .kind = core::RegionKind::County, .nameZh = "甲一区", .parentCode = "990100"}));
    check(d.addRegion(
        {.code = "990103", .kind = core::RegionKind::County, .nameZh = "甲二区", .parentCode = "990100"}));
    check(d.addRegion(
        {.code = "990202", .kind = core::RegionKind::County, .nameZh = "乙一区", .parentCode = "990200"}));
    addReuse(d, "990102", 2020, 95e6, 5e6);
    addReuse(d, "990103", 2020, 80e6, 20e6);
    addReuse(d, "990202", 2020, 90e6, 10e6);
    for (const auto& [id, city, value] :
         {std::tuple<const char*, const char*, double>{"A-2020", "990100", 0.90}, {"B-2020", "990200", 0.85}})
        check(d.addTarget({.id = id,
                           .indicator = core::Indicator::IndustrialReuseRate,
                           .regionCode = city,
                           .year = 2020,
                           .comparator = core::Comparator::AtLeast,
                           .value = value}));
    geo::FeatureLayer cities;
    cities.name = QStringLiteral("地级行政区");
    cities.role = geo::LayerRole::Cities;
    cities.features = {square(QStringLiteral("990100"), 113.0, 24.0),
                       square(QStringLiteral("990200"), 113.5, 24.0)};
    cities.updateBounds();
    geo::FeatureLayer counties;
    counties.name = QStringLiteral("县级行政区");
    counties.role = geo::LayerRole::Counties;
    counties.features = {square(QStringLiteral("990102"), 113.0, 24.0),
                         square(QStringLiteral("990202"), 113.5, 24.0)};
    counties.updateBounds();
    p.layers = {cities, counties};
    return p;
}

} // namespace

TEST(ProvincePanel, judgesEveryCityOnItsOwnPlan) {
    ProjectController controller(std::make_unique<uitest::InMemoryRepository>());
    controller.setProject(provinceProject(), QString());
    controller.setIndicator(core::Indicator::IndustrialReuseRate);
    controller.setYear(2020);
    // Then the province view judges each city with its own evaluation
    ASSERT_NE(controller.province(), nullptr);
    ASSERT_EQ(controller.cityResults().size(), 2u);
    ProvincePanel panel(&controller);
    ASSERT_EQ(panel.tree()->topLevelItemCount(), 2);
    QTreeWidgetItem* first = panel.tree()->topLevelItem(0);
    QTreeWidgetItem* second = panel.tree()->topLevelItem(1);
    EXPECT_EQ(first->text(ProvincePanel::RegionColumn), QStringLiteral("甲市"));
    EXPECT_EQ(first->text(ProvincePanel::ValueColumn), QStringLiteral("87.5 %"));
    EXPECT_EQ(first->text(ProvincePanel::StatusColumn), QStringLiteral("Missed"));
    EXPECT_EQ(second->text(ProvincePanel::ValueColumn), QStringLiteral("90.0 %"));
    EXPECT_EQ(second->text(ProvincePanel::StatusColumn), QStringLiteral("Met"));
    // And under each city its counties against that city's target
    ASSERT_EQ(first->childCount(), 2);
    EXPECT_EQ(first->child(0)->text(ProvincePanel::ValueColumn), QStringLiteral("95.0 %"));
    EXPECT_EQ(first->child(0)->text(ProvincePanel::StatusColumn), QStringLiteral("Met"));
    EXPECT_EQ(first->child(1)->text(ProvincePanel::StatusColumn), QStringLiteral("Missed"));
    EXPECT_TRUE(panel.summary().contains(QStringLiteral("2 of 2 cities"))) << panel.summary().toStdString();
    // When a county of the second city is chosen, the other panels show that city's plan
    controller.setSelectedRegion(QStringLiteral("990202"));
    EXPECT_EQ(controller.focusCity(), QStringLiteral("990200"));
    ASSERT_NE(controller.result(), nullptr);
    EXPECT_EQ(controller.verdicts().size(), 1u);
    EXPECT_EQ(controller.verdicts().front().target.id, "B-2020");
}

TEST(ProvincePanel, theMapColoursTheCitiesByTheirVerdicts) {
    ProjectController controller(std::make_unique<uitest::InMemoryRepository>());
    MapCanvas canvas;
    MapPresenter presenter(&controller, &canvas);
    controller.setProject(provinceProject(), QString());
    controller.setIndicator(core::Indicator::IndustrialReuseRate);
    controller.setYear(2020);
    // Then the cities layer carries the compliance colours, the counties only their outlines
    const render::MapDocument& document = canvas.document();
    const int cities = document.indexOfRole(geo::LayerRole::Cities);
    ASSERT_GE(cities, 0);
    EXPECT_EQ(document.layer(cities).style().fillMode, render::FillMode::Compliance);
    const int counties = document.indexOfRole(geo::LayerRole::Counties);
    ASSERT_GE(counties, 0);
    EXPECT_EQ(document.layer(counties).style().fillColor, QColor(Qt::transparent));
    EXPECT_TRUE(presenter.themeDescription().contains(QStringLiteral("Province")))
        << presenter.themeDescription().toStdString();
}
