// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/GeometryRepairSession.h"

#include "geo/GdalEnvironment.h"

#include <QCoreApplication>
#include <algorithm>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace jieshui::geo {

namespace {

struct Job {
    int index = -1;
    Feature feature;
};

struct Outcome {
    GeometryIssue issue;
    QVector<QPolygonF> rings;
    QVector<int> partStarts;
};

} // namespace

struct GeometryRepairSession::Shared {
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<Job> queue;
    bool closing = false; ///< no more add(): workers leave when the queue is empty
    bool stop = false;    ///< leave now
    std::map<int, Outcome> outcomes;
    std::vector<std::thread> workers;

    /** Takes jobs until the queue is empty and closing, or stop; @p cancel checked between jobs. */
    void work(const core::Feedback* cancel) {
        GdalEnvironment::QuietErrors quiet; // GEOS warnings per thread
        for (;;) {
            Job job;
            {
                std::unique_lock lock(mutex);
                wake.wait(lock, [&] { return stop || closing || !queue.empty(); });
                if (stop || (queue.empty() && closing))
                    return;
                if (cancel && cancel->isCancelled())
                    return;
                job = std::move(queue.front());
                queue.pop_front();
            }
            Outcome outcome;
            if (GeometryRepair::repairFeature(job.feature, &outcome.issue, cancel)) {
                outcome.rings = std::move(job.feature.rings);
                outcome.partStarts = std::move(job.feature.partStarts);
                std::lock_guard lock(mutex);
                outcomes.emplace(job.index, std::move(outcome));
            }
        }
    }
};

GeometryRepairSession::GeometryRepairSession() : m_shared(std::make_unique<Shared>()) {
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const unsigned workers = std::clamp(cores - 1, 1u, 7u);
    for (unsigned w = 0; w < workers; ++w)
        m_shared->workers.emplace_back([shared = m_shared.get()] { shared->work(nullptr); });
}

GeometryRepairSession::~GeometryRepairSession() {
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->stop = true;
    }
    m_shared->wake.notify_all();
    for (std::thread& t : m_shared->workers)
        if (t.joinable())
            t.join();
}

void GeometryRepairSession::add(int index, const Feature& feature) {
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->queue.push_back(Job{index, feature});
    }
    m_shared->wake.notify_one();
}

QVector<GeometryIssue> GeometryRepairSession::finish(FeatureLayer& layer, core::Feedback* feedback) {
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->closing = true;
    }
    m_shared->wake.notify_all();
    m_shared->work(feedback); // the caller's thread helps with what is left
    if (feedback && feedback->isCancelled()) {
        std::lock_guard lock(m_shared->mutex);
        m_shared->stop = true;
    }
    m_shared->wake.notify_all();
    for (std::thread& t : m_shared->workers)
        if (t.joinable())
            t.join();
    if (feedback)
        feedback->setProgress(100.0);

    QVector<GeometryIssue> issues;
    for (int i = 0; i < layer.features.size(); ++i) {
        Feature& f = layer.features[i];
        const bool empty =
            std::none_of(f.rings.cbegin(), f.rings.cend(), [](const QPolygonF& r) { return !r.isEmpty(); });
        if (empty) {
            issues.append(GeometryIssue{f.id, f.name, GeometryIssueKind::Empty,
                                        QCoreApplication::translate("geo", "no coordinates")});
            continue;
        }
        if (auto found = m_shared->outcomes.find(i); found != m_shared->outcomes.end()) {
            Outcome& o = found->second;
            o.issue.featureId = f.id;
            o.issue.featureName = f.name;
            if (o.issue.kind == GeometryIssueKind::Repaired) {
                f.rings = std::move(o.rings);
                f.partStarts = std::move(o.partStarts);
            }
            issues.append(o.issue);
        }
    }
    layer.updateBounds();
    return issues;
}

} // namespace jieshui::geo
