// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeEvent.h"
#include "engine/Verdict.h"
#include "uncertainty/UncertaintyOptions.h"
#include "uncertainty/UncertaintyResult.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>
#include <optional>

namespace jieshui::core {
class Feedback;
}

namespace jieshui::ui {

class ProjectController;

/**
 * The probability of meeting each target of the selected scenario: runs core::EvaluationService::uncertainty
 * (the program's one pipeline, with the project's uncertainty model) off the UI thread on a snapshot of the
 * project, with progress and cancel, and keeps the result for the scorecard's P(met) column, the region
 * details' bands, the trajectory chart's fan and the probability map.
 *
 * An edit of the data, the scenarios or the uncertainty model, or another scenario, makes the result stale:
 * it is dropped (views show none) and, once the user has run an analysis, a new run starts by itself shortly
 * after the last edit ("live"); cancelling stops that until the next explicit run.
 */
class UncertaintyController : public QObject {
    Q_OBJECT

public:
    explicit UncertaintyController(ProjectController* controller, QObject* parent = nullptr);
    ~UncertaintyController() override;

    /** The result for the selected scenario and the current data, or nullptr. */
    const core::UncertaintyResult* result() const { return m_result.get(); }
    /** The outcome of @p verdict's target for its region (a county row of a city target included). */
    const core::OutcomeDistribution* outcome(const core::Verdict& verdict) const;
    const core::OutcomeDistribution* outcome(const std::string& targetId, const std::string& regionCode) const;

    bool isRunning() const { return m_running; }
    /** Whether edits re-run the analysis by themselves (after a first successful run). */
    bool isLive() const { return m_live; }
    /** Why the last run failed (empty when it did not). */
    QString problem() const { return m_problem; }
    /** Progress of the running analysis in percent. */
    int progress() const { return m_progress; }

    core::UncertaintyOptions options() const { return m_options; }
    void setDraws(std::uint32_t draws) { m_options.draws = draws; }
    void setSeed(std::uint64_t seed) { m_options.seed = seed; }

    /** Waits for a running analysis (tests). */
    void waitForFinished();

public slots:
    /** Starts an analysis of the selected scenario (cancelling one that runs). */
    void run();
    /** Stops a running analysis; live re-runs stop until the next run(). */
    void cancel();

signals:
    void runningChanged(bool running);
    void progressChanged(int percent);
    /** result() changed: a new result, or none (stale or failed). */
    void resultChanged();
    /** A run ended: @p message is empty on success, else why it failed or that it was cancelled. */
    void finished(const QString& message);

private:
    struct Job;
    void onProjectChanged(const ChangeEvent& event);
    void invalidate();
    void onJobFinished();
    std::vector<core::TrajectoryRequest> fans() const;

    ProjectController* m_controller;
    core::UncertaintyOptions m_options;
    std::unique_ptr<core::UncertaintyResult> m_result;
    QFutureWatcher<void>* m_watcher;
    std::shared_ptr<Job> m_job;
    QTimer m_liveTimer;
    quint64 m_generation = 0; ///< bumped by every change that makes a result stale
    bool m_running = false;
    bool m_live = false;
    int m_progress = 0;
    QString m_problem;
};

} // namespace jieshui::ui
