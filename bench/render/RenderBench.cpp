// SPDX-License-Identifier: GPL-3.0-or-later
// Full redraws at 1920×1080, antialiased: the 2,843 Chinese counties (read in place from the shared real
// test data, drawn in lon/lat with x scaled by cos 36° so the aspect is right near China's middle) and
// the Qinzhou layers (data/qinzhou/geometry, reprojected to EPSG:4545).
#include "geo/LayerReader.h"
#include "render/ComplianceMapBuilder.h"
#include "render/LayerGeometry.h"
#include "render/MapRenderer.h"
#include "render/ProjectLayerLoader.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <benchmark/benchmark.h>
#include <cmath>
#include <iostream>
#include <numbers>

using namespace jieshui;

namespace {

const QString kChinaCounties =
    QStringLiteral(JIESHUI_REAL_TESTDATA_DIR "/anzhou99_GeoJsons/derived/china_counties_2843_merged.geojson");
const QString kQinzhouGeometry = QStringLiteral(JIESHUI_DATA_DIR "/qinzhou/geometry");
const QSize kSize(1920, 1080);

/** The China counties layer, loaded once; nullopt (with a message) when the file is absent. */
const std::optional<geo::FeatureLayer>& chinaLayer() {
    static const std::optional<geo::FeatureLayer> layer = []() -> std::optional<geo::FeatureLayer> {
        if (!QFileInfo::exists(kChinaCounties))
            return std::nullopt;
        core::Result<geo::FeatureLayer> read = geo::LayerReader::read(kChinaCounties);
        if (read.hasError()) {
            std::cerr << "cannot read " << kChinaCounties.toStdString() << ": " << read.error().toString()
                      << "\n";
            return std::nullopt;
        }
        geo::FeatureLayer result = std::move(read).value();
        result.role = geo::LayerRole::Counties;
        const double aspect = std::cos(36.0 * std::numbers::pi / 180.0);
        for (geo::Feature& feature : result.features)
            for (QPolygonF& ring : feature.rings)
                for (QPointF& p : ring)
                    p.setX(p.x() * aspect);
        result.updateBounds();
        return result;
    }();
    return layer;
}

const std::optional<render::MapDocument>& chinaDocument() {
    static const std::optional<render::MapDocument> document = []() -> std::optional<render::MapDocument> {
        if (!chinaLayer())
            return std::nullopt;
        render::MapDocument doc;
        doc.setCrs(QStringLiteral("EPSG:4490"));
        render::LayerStyle style = render::LayerStyle::forRole(geo::LayerRole::Counties);
        style.labelsVisible = false;
        doc.addLayer(render::MapLayer(*chinaLayer(), style));
        return doc;
    }();
    return document;
}

const std::optional<render::MapDocument>& qinzhouDocument() {
    static const std::optional<render::MapDocument> document = []() -> std::optional<render::MapDocument> {
        auto layers = render::ProjectLayerLoader::readDirectory(kQinzhouGeometry);
        if (layers.hasError()) {
            std::cerr << "Qinzhou layers: " << layers.error().toString() << "\n";
            return std::nullopt;
        }
        render::MapDocument doc = render::ComplianceMapBuilder::documentFromLayers(
            std::move(layers).value(), QStringLiteral("EPSG:4545"));
        // A compliance fill with one estimate, like the real map.
        render::ThematicStyle thematic;
        thematic.setResult(QStringLiteral("450702"), {core::VerdictStatus::Met, 0.52, false});
        thematic.setResult(QStringLiteral("450703"), {core::VerdictStatus::AtRisk, 0.50, true});
        thematic.setResult(QStringLiteral("450721"), {core::VerdictStatus::Missed, 0.48, false});
        render::ComplianceMapBuilder::applyCompliance(doc, thematic);
        return doc;
    }();
    return document;
}

const QString kRealQinzhou = QStringLiteral(JIESHUI_REAL_TESTDATA_DIR "/anzhou99_GeoJsons/450700_full.json");
const QString kRealGuangxi =
    QStringLiteral(JIESHUI_REAL_TESTDATA_DIR "/GaryBikini_ChinaAdminDivisonSHP/guangxi_districts_2020/"
                                             "\u5e7f\u897f\u58ee\u65cf\u81ea\u6cbb\u533a.shp");

/**
 * A real county boundary file (read in place, no CRS in the file: lon/lat) in EPSG:4545 as a compliance map
 * with labels: every county coloured by a status, every third one an estimate (hatched), as the window
 * draws a judged indicator. nullopt (with a message) when the file is absent.
 */
std::optional<render::MapDocument> realCountiesDocument(const QString& path) {
    if (!QFileInfo::exists(path)) {
        std::cerr << "absent (../shared/testdata/real): " << path.toStdString() << "\n";
        return std::nullopt;
    }
    geo::ReadOptions read;
    read.crs = QStringLiteral("EPSG:4490");
    core::Result<geo::FeatureLayer> layer = geo::LayerReader::read(path, read);
    if (layer.hasError()) {
        std::cerr << path.toStdString() << ": " << layer.error().toString() << "\n";
        return std::nullopt;
    }
    geo::FeatureLayer counties = std::move(layer).value();
    counties.role = geo::LayerRole::Counties;
    auto projected = render::ProjectLayerLoader::toDisplayCrs(counties, QStringLiteral("EPSG:4545"));
    if (projected.hasError()) {
        std::cerr << path.toStdString() << ": " << projected.error().toString() << "\n";
        return std::nullopt;
    }
    std::vector<geo::FeatureLayer> layers;
    layers.push_back(std::move(projected).value());
    render::MapDocument doc =
        render::ComplianceMapBuilder::documentFromLayers(std::move(layers), QStringLiteral("EPSG:4545"));
    render::ThematicStyle thematic;
    const core::VerdictStatus statuses[] = {core::VerdictStatus::Met, core::VerdictStatus::AtRisk,
                                            core::VerdictStatus::Missed, core::VerdictStatus::NoData};
    int i = 0;
    for (const geo::Feature& f : doc.layer(0).featureLayer().features) {
        thematic.setResult(f.regionCode, {statuses[i % 4], 0.5, i % 3 == 0});
        ++i;
    }
    render::ComplianceMapBuilder::applyCompliance(doc, thematic);
    return doc;
}

const std::optional<render::MapDocument>& realQinzhouDocument() {
    static const std::optional<render::MapDocument> document = realCountiesDocument(kRealQinzhou);
    return document;
}

const std::optional<render::MapDocument>& realGuangxiDocument() {
    static const std::optional<render::MapDocument> document = realCountiesDocument(kRealGuangxi);
    return document;
}

void renderFull(benchmark::State& state, const render::MapDocument& document, bool labels, const char* name) {
    render::RenderOptions options;
    options.labels = labels;
    const render::MapRenderer renderer(options);
    const render::MapViewport viewport = render::MapViewport::fitting(document.extent(), kSize, 0.02);
    render::RenderStatistics statistics;
    QImage image;
    for (auto _ : state) {
        image = renderer.render(document, viewport, nullptr, &statistics);
        benchmark::DoNotOptimize(image.constBits());
    }
    // The picture the benchmark timed, to compare before and after a speed change pixel by pixel.
    if (const QString dir = qEnvironmentVariable("JIESHUI_BENCH_IMAGE_DIR"); !dir.isEmpty())
        image.save(QDir(dir).filePath(QLatin1String(name) + QStringLiteral(".png")));
    state.counters["features"] = statistics.featuresDrawn;
    state.counters["skipped"] = statistics.featuresSkipped;
    state.counters["vertices_drawn"] = static_cast<double>(statistics.verticesDrawn);
    state.counters["labels"] = statistics.labelsPlaced;
}

void BM_ChinaCountiesFullRedraw(benchmark::State& state) {
    if (!chinaDocument()) {
        state.SkipWithError("china_counties_2843_merged.geojson absent (../shared/testdata/real)");
        return;
    }
    state.counters["vertices_total"] =
        static_cast<double>(chinaDocument()->layer(0).geometry().vertexCount(0));
    renderFull(state, *chinaDocument(), false, __func__);
}
BENCHMARK(BM_ChinaCountiesFullRedraw)->Unit(benchmark::kMillisecond)->MinTime(3.0);

void BM_ChinaCountiesFullRedrawWithLabels(benchmark::State& state) {
    if (!chinaDocument()) {
        state.SkipWithError("china counties absent");
        return;
    }
    render::MapDocument document = *chinaDocument();
    document.layer(0).style().labelsVisible = true;
    renderFull(state, document, true, __func__);
}
BENCHMARK(BM_ChinaCountiesFullRedrawWithLabels)->Unit(benchmark::kMillisecond)->MinTime(3.0);

void BM_ChinaCountiesZoomedIn(benchmark::State& state) {
    if (!chinaDocument()) {
        state.SkipWithError("china counties absent");
        return;
    }
    // A province-sized view (Guangxi-ish): culling and finer level of detail.
    const render::MapDocument& document = *chinaDocument();
    const double aspect = std::cos(36.0 * std::numbers::pi / 180.0);
    const render::MapViewport viewport(QPointF(108.5 * aspect, 23.5), 6.0 * aspect / kSize.width(), kSize);
    const render::MapRenderer renderer(render::RenderOptions{.labels = false});
    for (auto _ : state)
        benchmark::DoNotOptimize(renderer.render(document, viewport).constBits());
}
BENCHMARK(BM_ChinaCountiesZoomedIn)->Unit(benchmark::kMillisecond)->MinTime(3.0);

void BM_ChinaCountiesBuildGeometry(benchmark::State& state) {
    if (!chinaLayer()) {
        state.SkipWithError("china counties absent");
        return;
    }
    for (auto _ : state) {
        const render::LayerGeometry geometry(*chinaLayer());
        benchmark::DoNotOptimize(geometry.shapes().data());
        state.counters["vertices_l0"] = static_cast<double>(geometry.vertexCount(0));
        state.counters["vertices_l2"] = static_cast<double>(geometry.vertexCount(2));
        state.counters["vertices_l3"] = static_cast<double>(geometry.vertexCount(3));
    }
}
BENCHMARK(BM_ChinaCountiesBuildGeometry)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_ChinaCountiesPick(benchmark::State& state) {
    if (!chinaDocument()) {
        state.SkipWithError("china counties absent");
        return;
    }
    const render::MapLayer& layer = chinaDocument()->layer(0);
    const double aspect = std::cos(36.0 * std::numbers::pi / 180.0);
    const QPointF nanning(108.37 * aspect, 22.82);
    for (auto _ : state)
        benchmark::DoNotOptimize(layer.featureAt(nanning));
}
BENCHMARK(BM_ChinaCountiesPick)->Unit(benchmark::kMicrosecond);

void BM_QinzhouFullRedraw(benchmark::State& state) {
    if (!qinzhouDocument()) {
        state.SkipWithError("data/qinzhou/geometry unreadable");
        return;
    }
    renderFull(state, *qinzhouDocument(), true, __func__);
}
BENCHMARK(BM_QinzhouFullRedraw)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_QinzhouFullRedraw)->Unit(benchmark::kMillisecond)->MinTime(2.0)->MeasureProcessCPUTime();

void BM_QinzhouFullRedrawIntoRecycledImage(benchmark::State& state) {
    // As the window redraws: RenderJob draws into an image the canvas has let go of (MapRenderer::renderInto)
    // instead of a fresh 8 MB one, still the whole map.
    if (!qinzhouDocument()) {
        state.SkipWithError("data/qinzhou/geometry unreadable");
        return;
    }
    const render::MapRenderer renderer;
    const render::MapViewport viewport =
        render::MapViewport::fitting(qinzhouDocument()->extent(), kSize, 0.02);
    QImage image;
    for (auto _ : state) {
        image = renderer.renderInto(std::move(image), *qinzhouDocument(), viewport);
        benchmark::DoNotOptimize(image.constBits());
    }
}
BENCHMARK(BM_QinzhouFullRedrawIntoRecycledImage)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_QinzhouFullRedrawIntoRecycledImage)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0)
    ->MeasureProcessCPUTime();

void BM_QinzhouFullRedrawNoLabels(benchmark::State& state) {
    if (!qinzhouDocument()) {
        state.SkipWithError("data/qinzhou/geometry unreadable");
        return;
    }
    renderFull(state, *qinzhouDocument(), false, __func__);
}
BENCHMARK(BM_QinzhouFullRedrawNoLabels)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_QinzhouFullRedrawNoLabels)->Unit(benchmark::kMillisecond)->MinTime(2.0)->MeasureProcessCPUTime();

/** The real Qinzhou county boundaries (DataV 450700_full.json, 4 counties), compliance fill, labels. */
void BM_RealQinzhouFullRedraw(benchmark::State& state) {
    if (!realQinzhouDocument()) {
        state.SkipWithError("450700_full.json absent (../shared/testdata/real)");
        return;
    }
    renderFull(state, *realQinzhouDocument(), true, __func__);
}
BENCHMARK(BM_RealQinzhouFullRedraw)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_RealQinzhouFullRedraw)->Unit(benchmark::kMillisecond)->MinTime(2.0)->MeasureProcessCPUTime();

/** The real Guangxi county boundaries (111 counties, GaryBikini shapefile), compliance fill, labels. */
void BM_RealGuangxiFullRedraw(benchmark::State& state) {
    if (!realGuangxiDocument()) {
        state.SkipWithError("guangxi_districts_2020 absent (../shared/testdata/real)");
        return;
    }
    renderFull(state, *realGuangxiDocument(), true, __func__);
}
BENCHMARK(BM_RealGuangxiFullRedraw)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_RealGuangxiFullRedraw)->Unit(benchmark::kMillisecond)->MinTime(2.0)->MeasureProcessCPUTime();

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
