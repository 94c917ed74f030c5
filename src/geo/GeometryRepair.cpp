// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/GeometryRepair.h"

#include "geo/GdalEnvironment.h"
#include "geo/OgrGeometryConversion.h"

#include <QCoreApplication>
#include <algorithm>
#include <atomic>
#include <geos_c.h>
#include <mutex>
#include <thread>
#include <vector>

namespace jieshui::geo {

namespace {

// ---- The per-feature time budget. GEOS calls its interrupt callback often during long operations, in
// the thread doing the work; the callback interrupts that operation once this thread's deadline passed or
// the import was cancelled (OGR then returns no geometry). ----
struct Budget {
    bool active = false;
    bool expired = false;
    std::chrono::steady_clock::time_point deadline;
    const core::Feedback* feedback = nullptr;
};
thread_local Budget t_budget;
std::atomic<long long> g_budgetMs{10000};
GEOSInterruptCallback* g_previousCallback = nullptr;

void checkBudget() {
    if (g_previousCallback != nullptr)
        g_previousCallback();
    if (!t_budget.active)
        return;
    if (std::chrono::steady_clock::now() > t_budget.deadline ||
        (t_budget.feedback != nullptr && t_budget.feedback->isCancelled())) {
        t_budget.expired = true;
        GEOS_interruptRequest();
    }
}

/** Arms the budget for the GEOS calls of one feature on this thread. */
class BudgetScope {
public:
    explicit BudgetScope(const core::Feedback* feedback) {
        static std::once_flag once;
        std::call_once(once, [] { g_previousCallback = GEOS_interruptRegisterCallback(&checkBudget); });
        t_budget.active = true;
        t_budget.expired = false;
        t_budget.feedback = feedback;
        t_budget.deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(g_budgetMs.load());
    }
    ~BudgetScope() { t_budget.active = false; }
    BudgetScope(const BudgetScope&) = delete;
    BudgetScope& operator=(const BudgetScope&) = delete;
    bool expired() const { return t_budget.expired; }
};

int vertexCount(const Feature& feature) {
    int n = 0;
    for (const QPolygonF& r : feature.rings)
        n += static_cast<int>(r.size());
    return n;
}

void refuseAsTooComplex(const Feature& feature, GeometryIssue* issue) {
    issue->featureId = feature.id;
    issue->featureName = feature.name;
    issue->kind = GeometryIssueKind::TooComplex;
    issue->detail =
        QCoreApplication::translate("geo", "the polygon (%1 vertices) could not be checked and repaired "
                                           "within %2 s; repair it in a GIS (e.g. QGIS) and import again")
            .arg(vertexCount(feature))
            .arg(static_cast<double>(g_budgetMs.load()) / 1000.0);
}

bool hasCoordinates(const Feature& feature) {
    return std::any_of(feature.rings.cbegin(), feature.rings.cend(),
                       [](const QPolygonF& r) { return !r.isEmpty(); });
}

} // namespace

std::chrono::milliseconds GeometryRepair::timeBudget() {
    return std::chrono::milliseconds(g_budgetMs.load());
}

void GeometryRepair::setTimeBudget(std::chrono::milliseconds budget) {
    g_budgetMs.store(std::max<long long>(1, budget.count()));
}

bool GeometryRepair::repairFeature(Feature& feature, GeometryIssue* issue) {
    return repairFeature(feature, issue, nullptr);
}

bool GeometryRepair::repairFeature(Feature& feature, GeometryIssue* issue, const core::Feedback* feedback) {
    GdalEnvironment::QuietErrors quiet; // GEOS reports every invalid ring and every interruption
    std::unique_ptr<OGRGeometry> geometry = OgrGeometryConversion::toOgr(feature, GeometryKind::Polygon);
    if (!geometry)
        return false;
    BudgetScope budget(feedback);
    const bool isValidAlready = geometry->IsValid();
    if (budget.expired()) {
        refuseAsTooComplex(feature, issue);
        return true;
    }
    if (isValidAlready)
        return false;
    issue->featureId = feature.id;
    issue->featureName = feature.name;
    // GEOS's "structure" method (GEOS >= 3.10) rebuilds polygons from their rings' areas: it keeps
    // polygonal results and is several times faster than the default "linework" method on these data.
    const char* const options[] = {"METHOD=STRUCTURE", nullptr};
    std::unique_ptr<OGRGeometry> valid(geometry->MakeValid(options));
    if (budget.expired()) {
        refuseAsTooComplex(feature, issue);
        return true;
    }
    Feature repaired;
    // MakeValid may return a collection with lines or points where rings collapsed: keep the polygons.
    if (valid && !valid->IsEmpty()) {
        if (wkbFlatten(valid->getGeometryType()) == wkbGeometryCollection) {
            for (const OGRGeometry* part : *valid->toGeometryCollection()) {
                const auto kind = OgrGeometryConversion::kindOf(part->getGeometryType());
                if (kind == GeometryKind::Polygon)
                    OgrGeometryConversion::append(*part, GeometryKind::Polygon, repaired);
            }
        } else {
            OgrGeometryConversion::append(*valid, GeometryKind::Polygon, repaired);
        }
    }
    if (repaired.rings.isEmpty()) {
        issue->kind = GeometryIssueKind::Unrepairable;
        issue->detail =
            QCoreApplication::translate("geo", "MakeValid left no polygon; the geometry is kept as it was");
        return true;
    }
    issue->kind = GeometryIssueKind::Repaired;
    issue->detail = QCoreApplication::translate(
        "geo", "invalid polygon (self-intersection or bad ring) repaired with MakeValid");
    feature.rings = std::move(repaired.rings);
    feature.partStarts = std::move(repaired.partStarts);
    return true;
}

bool GeometryRepair::isValid(const Feature& feature, GeometryKind kind) {
    if (!hasCoordinates(feature))
        return false;
    if (kind != GeometryKind::Polygon)
        return true;
    GdalEnvironment::QuietErrors quiet;
    std::unique_ptr<OGRGeometry> geometry = OgrGeometryConversion::toOgr(feature, kind);
    return geometry && geometry->IsValid();
}

QVector<GeometryIssue> GeometryRepair::repair(FeatureLayer& layer, core::Feedback* feedback) {
    const int total = static_cast<int>(layer.features.size());
    std::vector<GeometryIssue> issues(static_cast<size_t>(total));
    std::vector<char> hasIssue(static_cast<size_t>(total), 0);
    for (int i = 0; i < total; ++i) {
        if (!hasCoordinates(layer.features[i])) {
            issues[static_cast<size_t>(i)] =
                GeometryIssue{layer.features[i].id, layer.features[i].name, GeometryIssueKind::Empty,
                              QCoreApplication::translate("geo", "no coordinates")};
            hasIssue[static_cast<size_t>(i)] = 1;
        }
    }
    if (layer.geometryKind == GeometryKind::Polygon) {
        // GEOS validity checks dominate the import time: spread features over the cores. Each worker
        // takes the next index; features are independent and GDAL/GEOS calls here are re-entrant.
        std::atomic<int> next{0};
        std::atomic<int> done{0};
        Feature* features = layer.features.data(); // detach once, before the threads share it
        auto work = [&](bool reportsProgress) {
            GdalEnvironment::QuietErrors quiet; // per thread: CPL error handlers are thread-local
            for (int i = next.fetch_add(1); i < total; i = next.fetch_add(1)) {
                if (feedback && feedback->isCancelled())
                    return;
                const auto k = static_cast<size_t>(i);
                if (!hasIssue[k] && repairFeature(features[i], &issues[k], feedback))
                    hasIssue[k] = 1;
                const int finished = done.fetch_add(1) + 1;
                // Only the calling thread reports: Feedback subclasses may touch the UI.
                if (reportsProgress && feedback && (finished % 32) == 0)
                    feedback->setProgress(100.0 * finished / total);
            }
        };
        const unsigned workers = std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
        std::vector<std::thread> threads;
        for (unsigned w = 1; w < workers; ++w)
            threads.emplace_back(work, false);
        work(true);
        for (std::thread& t : threads)
            t.join();
        if (feedback)
            feedback->setProgress(100.0);
    }
    QVector<GeometryIssue> out;
    for (int i = 0; i < total; ++i)
        if (hasIssue[static_cast<size_t>(i)])
            out.append(issues[static_cast<size_t>(i)]);
    layer.updateBounds();
    return out;
}

} // namespace jieshui::geo
