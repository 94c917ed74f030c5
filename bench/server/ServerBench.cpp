// SPDX-License-Identifier: GPL-3.0-or-later
// Shared projects on a throw-away PostgreSQL/PostGIS cluster (started like the tests' own, Unix socket only):
// push and pull of Qinzhou and of a 2,843-county national project (from ../shared/testdata/real), and
// evaluate-and-store against the server versus the GeoPackage file. Real time: most of the work is the
// server's, in another process.
#include "TestCluster.h"
#include "report/EvaluationService.h"
#include "server/ProjectTransfer.h"
#include "server/ServerProject.h"
#include "store/EmbeddedProject.h"
#include "store/GeoPackageStore.h"
#include "store/ProjectFile.h"
#include "store/ProjectFromBoundaries.h"
#include "store/ProjectResults.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <iostream>

using namespace jieshui;
using server::test::TestCluster;

namespace {

TestCluster* cluster() {
    return TestCluster::shared();
}

QTemporaryDir& scratch() {
    static QTemporaryDir dir;
    return dir;
}

server::ServerAddress address(const std::string& schema) {
    return server::ServerAddress::parse(
               QString::fromStdString(cluster()->address(TestCluster::admin, schema)))
        .value();
}

/** Writes @p data once to a project file named @p name; returns its path. */
std::string fileOf(const store::ProjectData& data, const char* name) {
    const std::string path = scratch().filePath(QString::fromLatin1(name)).toStdString();
    if (!QFileInfo::exists(QString::fromStdString(path)))
        if (auto st = store::ProjectFile::create(path, data); st.hasError()) {
            std::cerr << st.error().toString() << '\n';
            std::exit(1);
        }
    return path;
}

const std::string& qinzhouFile() {
    static const std::string path = fileOf(store::EmbeddedProject::qinzhou().value(), "qinzhou.gpkg");
    return path;
}

/** China's 2,843 counties as one national project (root 100000, its provinces and cities); empty if absent.
 */
const std::string& nationalFile() {
    static const std::string path = [] {
        const QString counties = QStringLiteral(
            JIESHUI_REAL_TESTDATA_DIR "/anzhou99_GeoJsons/derived/china_counties_2843_merged.geojson");
        if (!QFileInfo::exists(counties))
            return std::string();
        auto built = store::ProjectFromBoundaries::build(counties, {});
        if (built.hasError()) {
            std::cerr << built.error().toString() << '\n';
            std::exit(1);
        }
        return fileOf(built.value().data, "china.gpkg");
    }();
    return path;
}

int nextSchema() {
    static int n = 0;
    return ++n;
}

void push(benchmark::State& state, const std::string& path, const char* prefix) {
    if (path.empty()) {
        state.SkipWithError("the real test data is not present");
        return;
    }
    std::size_t rows = 0;
    for (auto _ : state) {
        const std::string schema = std::string(prefix) + std::to_string(nextSchema());
        auto report = server::ProjectTransfer::push(path, address(schema));
        if (report.hasError()) {
            state.SkipWithError(report.error().toString().c_str());
            return;
        }
        rows = report.value().rows;
    }
    state.counters["rows"] = static_cast<double>(rows);
}

void pull(benchmark::State& state, const std::string& path, const char* schema) {
    if (path.empty()) {
        state.SkipWithError("the real test data is not present");
        return;
    }
    if (cluster()->adminQuery(std::string("SELECT 1 FROM pg_namespace WHERE nspname = '") + schema + "'") !=
        "1")
        if (auto st = server::ProjectTransfer::push(path, address(schema)); st.hasError()) {
            state.SkipWithError(st.error().toString().c_str());
            return;
        }
    int n = 0;
    for (auto _ : state) {
        const std::string target =
            scratch().filePath(QStringLiteral("pulled-%1-%2.gpkg").arg(schema).arg(++n)).toStdString();
        if (auto st = server::ProjectTransfer::pull(address(schema), target); st.hasError()) {
            state.SkipWithError(st.error().toString().c_str());
            return;
        }
        state.PauseTiming();
        QFile::remove(QString::fromStdString(target));
        state.ResumeTiming();
    }
}

/** Open, load, evaluate every scenario and store the results: what `jieshui-cli evaluate` and a save do. */
void evaluateAndStore(benchmark::State& state, store::ProjectStore& project) {
    for (auto _ : state) {
        auto data = project.load();
        if (data.hasError()) {
            state.SkipWithError(data.error().toString().c_str());
            return;
        }
        const core::EvaluationService service(data.value().dataset, data.value().scenarios,
                                              data.value().allocations);
        const auto rows = store::ProjectResults::evaluateAll(service, store::ProjectResults::now());
        std::map<std::string, std::vector<store::ResultRow>> byScenario;
        for (const auto& r : rows)
            byScenario[r.scenario].push_back(r);
        for (const auto& [scenario, scenarioRows] : byScenario)
            if (auto st = project.writeResults(scenario, scenarioRows); st.hasError()) {
                state.SkipWithError(st.error().toString().c_str());
                return;
            }
    }
}

void BM_PushQinzhou(benchmark::State& state) {
    push(state, qinzhouFile(), "push_qinzhou_");
}
void BM_PullQinzhou(benchmark::State& state) {
    pull(state, qinzhouFile(), "pull_qinzhou");
}
void BM_PushNational2843(benchmark::State& state) {
    push(state, nationalFile(), "push_china_");
}
void BM_PullNational2843(benchmark::State& state) {
    pull(state, nationalFile(), "pull_china");
}

void BM_EvaluateQinzhouFile(benchmark::State& state) {
    const std::string path = scratch().filePath(QStringLiteral("evaluate.gpkg")).toStdString();
    QFile::remove(QString::fromStdString(path));
    QFile::copy(QString::fromStdString(qinzhouFile()), QString::fromStdString(path));
    auto file = store::GeoPackageStore::open(path);
    if (file.hasError()) {
        state.SkipWithError(file.error().toString().c_str());
        return;
    }
    evaluateAndStore(state, *file.value());
}

void BM_EvaluateQinzhouServer(benchmark::State& state) {
    const std::string schema = "evaluate_qinzhou";
    if (cluster()->adminQuery("SELECT 1 FROM pg_namespace WHERE nspname = 'evaluate_qinzhou'") != "1")
        if (auto st = server::ProjectTransfer::push(qinzhouFile(), address(schema)); st.hasError()) {
            state.SkipWithError(st.error().toString().c_str());
            return;
        }
    auto project = server::ServerProject::open(address(schema));
    if (project.hasError()) {
        state.SkipWithError(project.error().toString().c_str());
        return;
    }
    evaluateAndStore(state, *project.value());
}

} // namespace

BENCHMARK(BM_PushQinzhou)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(10);
BENCHMARK(BM_PullQinzhou)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(10);
BENCHMARK(BM_PushNational2843)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(BM_PullNational2843)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(BM_EvaluateQinzhouFile)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(20);
BENCHMARK(BM_EvaluateQinzhouServer)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(20);

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (cluster() == nullptr) {
        std::cerr << "no test cluster: " << TestCluster::unavailableReason() << TestCluster::startupFailure()
                  << '\n';
        return TestCluster::startupFailure().empty() ? 0 : 1;
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
