// SPDX-License-Identifier: GPL-3.0-or-later
#include "UncertaintyController.h"

#include "DomainLabels.h"
#include "ProjectController.h"
#include "common/Feedback.h"
#include "report/EvaluationService.h"
#include "report/JudgedIndicator.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <functional>
#include <set>

namespace jieshui::ui {

/** One analysis: a snapshot of what it evaluates (the window may go on editing), its feedback and outcome. */
struct UncertaintyController::Job {
    class Relay : public core::Feedback {
    public:
        std::function<void(int)> report;

    protected:
        void onProgress(double percent) override {
            const int whole = static_cast<int>(percent);
            if (whole != m_last.exchange(whole) && report)
                report(whole);
        }

    private:
        std::atomic<int> m_last{-1};
    };

    core::Dataset dataset;
    std::vector<core::Scenario> scenarios;
    std::vector<core::Allocation> allocations;
    core::UncertaintyModel model;
    core::EvaluationSettings settings;
    std::string scenario;
    core::UncertaintyOptions options;
    quint64 generation = 0;
    Relay feedback;
    std::optional<core::Result<core::UncertaintyResult>> outcome;
};

UncertaintyController::UncertaintyController(ProjectController* controller, QObject* parent)
    : QObject(parent), m_controller(controller), m_watcher(new QFutureWatcher<void>(this)) {
    m_liveTimer.setSingleShot(true);
    m_liveTimer.setInterval(400); // after the last of a burst of edits
    connect(&m_liveTimer, &QTimer::timeout, this, &UncertaintyController::run);
    connect(m_watcher, &QFutureWatcher<void>::finished, this, &UncertaintyController::onJobFinished);
    connect(m_controller, &ProjectController::changed, this, &UncertaintyController::onProjectChanged);
}

UncertaintyController::~UncertaintyController() {
    if (m_job)
        m_job->feedback.cancel();
    m_watcher->waitForFinished();
}

void UncertaintyController::waitForFinished() {
    m_watcher->waitForFinished();
    QCoreApplication::processEvents(); // deliver finished()
}

const core::OutcomeDistribution* UncertaintyController::outcome(const core::Verdict& verdict) const {
    return outcome(verdict.target.id, verdict.target.regionCode);
}

const core::OutcomeDistribution* UncertaintyController::outcome(const std::string& targetId,
                                                                const std::string& regionCode) const {
    return m_result ? m_result->outcome(targetId, regionCode) : nullptr;
}

std::vector<core::TrajectoryRequest> UncertaintyController::fans() const {
    // The chart shows the city and its counties; fan every indicator the plan sets a city target for.
    const core::Dataset& dataset = m_controller->project().dataset;
    const core::Region* root = dataset.root();
    if (root == nullptr)
        return {};
    std::set<core::Indicator> indicators;
    for (const core::PlanTarget& t : dataset.targets())
        if (t.indicator != core::Indicator::TaskMilestone && t.regionCode == root->code)
            indicators.insert(core::judgedIndicator(t.indicator)); // as the chart draws it
    std::vector<core::TrajectoryRequest> out;
    for (core::Indicator indicator : indicators) {
        out.push_back({indicator, root->code});
        for (const core::Region* child : dataset.children(root->code))
            if (child->kind == core::RegionKind::County)
                out.push_back({indicator, child->code});
    }
    return out;
}

void UncertaintyController::run() {
    m_liveTimer.stop();
    if (m_job)
        m_job->feedback.cancel(); // its result would be stale anyway
    const QString scenario = m_controller->scenario();
    if (scenario.isEmpty()) {
        m_problem =
            tr("The probability of meeting the targets is computed for a scenario; this project has none.");
        emit finished(m_problem);
        return;
    }
    auto job = std::make_shared<Job>();
    const ProjectData& project = m_controller->project();
    job->dataset = project.dataset;
    job->scenarios = project.scenarios;
    job->allocations = project.allocations;
    job->model = project.uncertainty;
    job->settings = m_controller->service().settings();
    job->scenario = scenario.toStdString();
    job->options = m_options;
    job->options.trajectories = fans();
    job->generation = m_generation;
    const quint64 generation = m_generation;
    job->feedback.report = [this, generation](int percent) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, percent] {
                if (generation != m_generation || !m_running)
                    return;
                m_progress = percent;
                emit progressChanged(percent);
            },
            Qt::QueuedConnection);
    };
    m_job = job;
    m_problem.clear();
    m_progress = 0;
    const bool wasRunning = m_running;
    m_running = true;
    if (!wasRunning)
        emit runningChanged(true);
    emit progressChanged(0);
    m_watcher->setFuture(QtConcurrent::run([job] {
        const core::EvaluationService service(job->dataset, job->scenarios, job->allocations, job->settings);
        job->outcome = service.uncertainty(job->scenario, job->model, job->options, &job->feedback);
    }));
}

void UncertaintyController::cancel() {
    m_live = false;
    m_liveTimer.stop();
    if (m_job && m_running)
        m_job->feedback.cancel();
}

void UncertaintyController::onJobFinished() {
    const std::shared_ptr<Job> job = m_job;
    if (!job)
        return;
    m_running = false;
    emit runningChanged(false);
    if (job->generation != m_generation) {
        // The project changed while it ran: its numbers are not those of the window.
        if (m_live)
            m_liveTimer.start();
        return;
    }
    if (!job->outcome || job->outcome->hasError()) {
        const bool cancelled = job->outcome && job->outcome->error().code() == core::ErrorCode::Cancelled;
        m_problem = cancelled ? tr("The analysis was cancelled.")
                              : QString::fromStdString(job->outcome ? job->outcome->error().toString()
                                                                    : std::string("no result"));
        m_result.reset();
        emit resultChanged();
        emit finished(m_problem);
        return;
    }
    m_result = std::make_unique<core::UncertaintyResult>(std::move(*job->outcome).value());
    m_live = true;
    m_progress = 100;
    emit resultChanged();
    emit finished(QString());
}

void UncertaintyController::invalidate() {
    ++m_generation;
    if (m_job && m_running)
        m_job->feedback.cancel();
    if (m_result) {
        m_result.reset();
        emit resultChanged();
    }
    if (m_live)
        m_liveTimer.start();
}

void UncertaintyController::onProjectChanged(const ChangeEvent& event) {
    switch (event.kind) {
    case ChangeKind::ProjectReplaced:
        m_live = false; // another project: its analysis is the user's to start
        invalidate();
        break;
    case ChangeKind::DataChanged:
    case ChangeKind::ScenariosChanged:
    case ChangeKind::ScenarioChanged:
    case ChangeKind::UncertaintyChanged:
        invalidate();
        break;
    default:
        break;
    }
}

} // namespace jieshui::ui
