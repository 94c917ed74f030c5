// SPDX-License-Identifier: GPL-3.0-or-later
// Import of the 2,843-county GeoJSON through the geo pipeline into a GeoPackage, against
// `ogr2ogr -f GPKG` of the same file timed in the same run (product target: at most 1.5x ogr2ogr).
// Run: jieshui_geo_bench [--benchmark_repetitions=3]; reads the shared real data in place.
#include "geo/GdalEnvironment.h"
#include "geo/GeometryRepair.h"
#include "geo/LayerImporter.h"
#include "geo/LayerReader.h"
#include "geo/OgrGeometryConversion.h"

#ifdef JIESHUI_BENCH_HAS_STORE
#include "store/ProjectFile.h"
#endif

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdlib>
#include <functional>
#include <gdal_priv.h>
#include <memory>
#include <ogrsf_frmts.h>
#include <sys/resource.h>

using namespace jieshui::geo;

namespace {

const QString kCounties =
    QStringLiteral(JIESHUI_REAL_TESTDATA_DIR "/anzhou99_GeoJsons/derived/china_counties_2843_merged.geojson");

ImportOptions countyOptions() {
    ImportOptions o;
    o.role = LayerRole::Counties;
    o.regions = {{QStringLiteral("450702"), QStringLiteral("钦南区")},
                 {QStringLiteral("450703"), QStringLiteral("钦北区")},
                 {QStringLiteral("450721"), QStringLiteral("灵山县")},
                 {QStringLiteral("450722"), QStringLiteral("浦北县")}};
    return o;
}

/** Writes @p layers to a new GeoPackage with GDAL (attributes as Integer64/Real/String fields). */
bool writeGpkg(const QString& path, const QVector<FeatureLayer>& layers) {
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    std::unique_ptr<GDALDataset> ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        return false;
    OGRSpatialReference srs;
    srs.importFromEPSG(4490);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    for (const FeatureLayer& layer : layers) {
        OGRLayer* out = ds->CreateLayer(layer.name.toUtf8().constData(), &srs, wkbMultiPolygon, nullptr);
        if (!out)
            return false;
        QStringList fields;
        for (const Feature& f : layer.features)
            for (auto it = f.attributes.cbegin(); it != f.attributes.cend(); ++it)
                if (!fields.contains(it.key())) {
                    fields.append(it.key());
                    const int type = it.value().typeId();
                    OGRFieldDefn defn(it.key().toUtf8().constData(),
                                      type == QMetaType::Int || type == QMetaType::LongLong ? OFTInteger64
                                      : type == QMetaType::Double                           ? OFTReal
                                                                                            : OFTString);
                    if (out->CreateField(&defn) != OGRERR_NONE)
                        return false;
                }
        if (ds->StartTransaction() != OGRERR_NONE)
            return false;
        for (const Feature& f : layer.features) {
            OGRFeature feature(out->GetLayerDefn());
            for (int i = 0; i < fields.size(); ++i) {
                const QVariant v = f.attributes.value(fields[i]);
                if (!v.isValid())
                    continue;
                const OGRFieldType t = out->GetLayerDefn()->GetFieldDefn(i)->GetType();
                if (t == OFTInteger64)
                    feature.SetField(i, static_cast<GIntBig>(v.toLongLong()));
                else if (t == OFTReal)
                    feature.SetField(i, v.toDouble());
                else
                    feature.SetField(i, v.toString().toUtf8().constData());
            }
            feature.SetGeometryDirectly(OgrGeometryConversion::toOgr(f, layer.geometryKind).release());
            if (out->CreateFeature(&feature) != OGRERR_NONE)
                return false;
        }
        if (ds->CommitTransaction() != OGRERR_NONE)
            return false;
    }
    return true;
}

bool importToGpkg(const QString& out) {
    auto result = LayerImporter::import(kCounties, countyOptions());
    if (result.hasError())
        return false;
    QVector<FeatureLayer> layers;
    LayerImporter::mergeInto(layers, result.value());
    return writeGpkg(out, layers);
}

struct Seconds {
    double wall = 0;
    double cpu = 0; ///< user + system of this process (all threads) and of waited-for children
};

double cpuSeconds() {
    rusage self{}, children{};
    getrusage(RUSAGE_SELF, &self);
    getrusage(RUSAGE_CHILDREN, &children);
    auto s = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6;
    };
    return s(self.ru_utime) + s(self.ru_stime) + s(children.ru_utime) + s(children.ru_stime);
}

/** Wall and CPU time of @p work: on a loaded machine CPU time is the fairer comparison. */
Seconds secondsOf(const std::function<bool()>& work, bool* ok) {
    const double cpuStart = cpuSeconds();
    const auto start = std::chrono::steady_clock::now();
    *ok = work();
    return Seconds{std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(),
                   cpuSeconds() - cpuStart};
}

bool ogr2ogr(const QString& out) {
    const QString command = QStringLiteral("ogr2ogr -q -f GPKG '%1' '%2' 2>/dev/null").arg(out, kCounties);
    return std::system(command.toUtf8().constData()) == 0;
}

#define SKIP_WITHOUT_DATA(state)                                                                             \
    if (!QFileInfo::exists(kCounties)) {                                                                     \
        (state).SkipWithError("real test data not present");                                                 \
        return;                                                                                              \
    }

} // namespace

/** Pipeline (read, encoding, CRS, repair, reproject, re-link) + GDAL GPKG write vs ogr2ogr, same run. */
static void BM_ImportVsOgr2ogr(benchmark::State& state) {
    SKIP_WITHOUT_DATA(state);
    GdalEnvironment::ensureRegistered();
    QTemporaryDir dir;
    Seconds ours, theirs;
    int n = 0;
    for (auto _ : state) {
        const QString a = dir.filePath(QStringLiteral("ours_%1.gpkg").arg(n));
        const QString b = dir.filePath(QStringLiteral("ogr_%1.gpkg").arg(n));
        bool okA = false, okB = false;
        const Seconds o = secondsOf([&] { return importToGpkg(a); }, &okA);
        const Seconds t = secondsOf([&] { return ogr2ogr(b); }, &okB);
        ours.wall += o.wall;
        ours.cpu += o.cpu;
        theirs.wall += t.wall;
        theirs.cpu += t.cpu;
        if (!okA || !okB) {
            state.SkipWithError(okA ? "ogr2ogr failed" : "import failed");
            return;
        }
        ++n;
    }
    state.counters["ours_s"] = ours.wall / n;
    state.counters["ogr2ogr_s"] = theirs.wall / n;
    state.counters["ratio"] = ours.wall / theirs.wall;
    state.counters["ours_cpu_s"] = ours.cpu / n;
    state.counters["ogr2ogr_cpu_s"] = theirs.cpu / n;
    state.counters["cpu_ratio"] = ours.cpu / theirs.cpu;
}
BENCHMARK(BM_ImportVsOgr2ogr)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

/** The read step alone (GeoJSON parse into FeatureLayer). */
static void BM_ReadCounties(benchmark::State& state) {
    SKIP_WITHOUT_DATA(state);
    for (auto _ : state) {
        auto layer = LayerReader::read(kCounties);
        benchmark::DoNotOptimize(layer);
    }
}
BENCHMARK(BM_ReadCounties)->Unit(benchmark::kMillisecond)->UseRealTime();

/** The validity check and repair alone (GEOS, 183 invalid of 2,843), threads over the cores. */
static void BM_RepairCounties(benchmark::State& state) {
    SKIP_WITHOUT_DATA(state);
    auto layer = LayerReader::read(kCounties);
    for (auto _ : state) {
        state.PauseTiming();
        FeatureLayer copy = layer.value();
        state.ResumeTiming();
        auto issues = GeometryRepair::repair(copy);
        benchmark::DoNotOptimize(issues);
    }
}
BENCHMARK(BM_RepairCounties)->Unit(benchmark::kMillisecond)->UseRealTime();

/** The second performance layer: 2,990 pre-projected Albers counties (TopoJSON), reprojected to EPSG:4490. */
static void BM_ImportAlbersTopoJson(benchmark::State& state) {
    const QString path =
        QStringLiteral(JIESHUI_REAL_TESTDATA_DIR "/thebamboogrove_tudigong/counties-geo.topojson");
    if (!QFileInfo::exists(path)) {
        state.SkipWithError("real test data not present");
        return;
    }
    ImportOptions options;
    options.layerName = QStringLiteral("county");
    options.crs =
        QStringLiteral("+proj=aea +lat_0=36 +lat_1=24 +lat_2=48 +lon_0=104.5 +datum=WGS84 +units=m");
    for (auto _ : state) {
        auto result = LayerImporter::import(path, options);
        if (result.hasError()) {
            state.SkipWithError(result.error().toString().c_str());
            return;
        }
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(BM_ImportAlbersTopoJson)->Unit(benchmark::kMillisecond)->UseRealTime();

#ifdef JIESHUI_BENCH_HAS_STORE
/** Pipeline + the store's project writer (the real path of `jieshui-cli import-layer`). */
static void BM_ImportIntoProjectFile(benchmark::State& state) {
    SKIP_WITHOUT_DATA(state);
    QTemporaryDir dir;
    int n = 0;
    for (auto _ : state) {
        auto result = LayerImporter::import(kCounties, countyOptions());
        jieshui::store::ProjectData data;
        LayerImporter::mergeInto(data.layers, result.value());
        const std::string path = dir.filePath(QStringLiteral("p_%1.gpkg").arg(n++)).toStdString();
        auto st = jieshui::store::ProjectFile::create(path, data);
        if (st.hasError()) {
            state.SkipWithError(st.error().toString().c_str());
            return;
        }
    }
}
BENCHMARK(BM_ImportIntoProjectFile)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();
#endif

BENCHMARK_MAIN();
