// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapProbe.h"

#include "MapCanvas.h"
#include "engine/Evaluator.h"
#include "scenario/Projector.h"
#include "scenario/TrendEstimator.h"

#include <QImage>
#include <algorithm>
#include <gtest/gtest.h>
#include <map>

namespace jieshui::ui::uitest {

QRgb dominantColourOf(const MapCanvas& canvas, const QString& regionCode) {
    const QImage& image = canvas.renderedImage();
    const qreal ratio = image.devicePixelRatio();
    std::map<QRgb, int> counts;
    for (int y = 2; y < canvas.height() - 2; y += 3)
        for (int x = 2; x < canvas.width() - 2; x += 3)
            if (canvas.regionAt(QPointF(x, y)) == regionCode)
                ++counts[image.pixel(int(x * ratio), int(y * ratio))];
    if (counts.empty())
        return 0;
    return std::max_element(counts.begin(), counts.end(),
                            [](auto& a, auto& b) { return a.second < b.second; })
        ->first;
}

core::Dataset projectIndependently(const ProjectData& project, const std::string& scenario) {
    auto trend = core::TrendEstimator(project.dataset).estimate();
    EXPECT_TRUE(trend.isOk());
    core::ScenarioSet set(core::ScenarioRegions::fromDataset(project.dataset));
    set.setScenarios(project.scenarios);
    set.setBaseline(trend.value().drivers);
    auto projected = core::Projector(project.dataset, set).project(scenario);
    EXPECT_TRUE(projected.isOk()) << (projected.isOk() ? "" : projected.error().toString());
    return std::move(projected).value();
}

double assessmentUse(const core::Dataset& dataset, const std::string& regionCode, int year) {
    auto use = core::Evaluator(dataset).compute(core::Indicator::TotalWaterUseAssessment, regionCode, year);
    EXPECT_TRUE(use.isOk()) << (use.isOk() ? "" : use.error().toString());
    return use.isOk() ? use.value().value : 0.0;
}

} // namespace jieshui::ui::uitest
