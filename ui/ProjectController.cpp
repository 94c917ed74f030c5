// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectController.h"

#include "DomainLabels.h"
#include "engine/Evaluator.h"
#include "scenario/Projector.h"
#include "scenario/ScenarioSet.h"
#include "scenario/TrendEstimator.h"

#include <QFileInfo>
#include <QUndoStack>
#include <algorithm>

namespace jieshui::ui {

ProjectController::ProjectController(std::unique_ptr<ProjectRepository> repository, QObject* parent)
    : QObject(parent), m_repository(std::move(repository)), m_undoStack(new QUndoStack(this)) {
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool) { emit changed(ChangeEvent{ChangeKind::FileStateChanged}); });
}

ProjectController::~ProjectController() = default;

bool ProjectController::isModified() const {
    return !m_undoStack->isClean();
}

QString ProjectController::displayTitle() const {
    const std::string& name = DomainLabels::isChinese() || m_project.metadata.nameEn.empty()
                                  ? m_project.metadata.nameZh
                                  : m_project.metadata.nameEn;
    QString title = m_filePath.isEmpty() ? QString::fromStdString(name) : QFileInfo(m_filePath).fileName();
    if (title.isEmpty())
        title = tr("Untitled project");
    return isModified() ? title + QStringLiteral(" *") : title;
}

core::Status ProjectController::openEmbedded() {
    if (!m_repository)
        return core::Error(core::ErrorCode::StoreError, "no project store");
    core::Result<ProjectData> data = m_repository->embedded();
    if (data.hasError())
        return data.error();
    setProject(std::move(data).value(), QString());
    return core::okStatus();
}

core::Status ProjectController::open(const QString& path) {
    if (!m_repository)
        return core::Error(core::ErrorCode::StoreError, "no project store");
    core::Result<ProjectData> data = m_repository->open(path);
    if (data.hasError())
        return data.error();
    setProject(std::move(data).value(), path);
    return core::okStatus();
}

core::Status ProjectController::newProject(const QString& path) {
    if (!m_repository)
        return core::Error(core::ErrorCode::StoreError, "no project store");
    core::Result<ProjectData> data = m_repository->embedded();
    if (data.hasError())
        return data.error();
    const core::Status saved = m_repository->save(path, data.value());
    if (saved.hasError())
        return saved;
    setProject(std::move(data).value(), path);
    return core::okStatus();
}

core::Status ProjectController::save() {
    if (m_filePath.isEmpty())
        return core::Error(core::ErrorCode::IoError, "the project has no file yet: use Save As");
    return saveAs(m_filePath);
}

core::Status ProjectController::saveAs(const QString& path) {
    if (!m_repository)
        return core::Error(core::ErrorCode::StoreError, "no project store");
    const core::Status saved = m_repository->save(path, m_project);
    if (saved.hasError())
        return saved;
    m_filePath = path;
    m_undoStack->setClean();
    emit changed(ChangeEvent{ChangeKind::FileStateChanged});
    return core::okStatus();
}

void ProjectController::setProject(ProjectData data, const QString& path) {
    m_undoStack->clear();
    m_project = std::move(data);
    m_project.normalizeLayerFlags();
    m_filePath = path;
    m_selectedRegion.clear();
    const QStringList names = scenarioNames();
    if (!names.contains(m_scenario))
        m_scenario = names.value(0, QStringLiteral("baseline"));
    reproject();
    reevaluate();
    emit changed(ChangeEvent{ChangeKind::ProjectReplaced});
}

void ProjectController::setYear(int year) {
    year = std::clamp(year, firstYear, lastYear);
    if (year == m_year)
        return;
    m_year = year;
    reevaluate();
    emit changed(ChangeEvent{ChangeKind::YearChanged});
}

void ProjectController::setIndicator(core::Indicator indicator) {
    if (indicator == m_indicator)
        return;
    m_indicator = indicator;
    emit changed(ChangeEvent{ChangeKind::IndicatorChanged});
}

void ProjectController::setScenario(const QString& name) {
    if (name == m_scenario || !scenarioNames().contains(name))
        return;
    m_scenario = name;
    reproject();
    reevaluate();
    emit changed(ChangeEvent{ChangeKind::ScenarioChanged});
}

void ProjectController::setSelectedRegion(const QString& regionCode) {
    if (regionCode == m_selectedRegion)
        return;
    if (!regionCode.isEmpty() && !m_project.dataset.region(regionCode.toStdString()))
        return;
    m_selectedRegion = regionCode;
    emit changed(ChangeEvent{ChangeKind::RegionSelected, regionCode});
}

QStringList ProjectController::scenarioNames() const {
    QStringList names;
    for (const core::Scenario& s : m_project.scenarios)
        names << QString::fromStdString(s.name);
    if (names.isEmpty())
        names << QStringLiteral("baseline");
    return names;
}

core::Result<core::IndicatorValue> ProjectController::compute(core::Indicator indicator,
                                                              const QString& regionCode, int year) const {
    const core::Evaluator evaluator(evaluatedDataset());
    return evaluator.compute(indicator, regionCode.toStdString(), year);
}

const core::Verdict* ProjectController::verdictFor(core::Indicator indicator,
                                                   const QString& regionCode) const {
    const std::string code = regionCode.toStdString();
    for (const core::Verdict& v : m_verdicts)
        if (v.target.indicator == indicator && v.target.regionCode == code && v.target.year == m_year)
            return &v;
    return nullptr;
}

std::optional<core::Verdict> ProjectController::judgeRegion(core::Indicator indicator,
                                                            const QString& regionCode) const {
    if (const core::Verdict* own = verdictFor(indicator, regionCode))
        return *own;
    const core::Region* root = m_project.dataset.root();
    if (!root)
        return std::nullopt;
    for (const core::PlanTarget& target : m_project.dataset.targets()) {
        if (target.indicator != indicator || target.year != m_year || target.regionCode != root->code)
            continue;
        core::EvaluationOptions options;
        options.scenario = m_scenario.toStdString();
        options.year = m_year;
        std::vector<core::Verdict> verdicts =
            core::Evaluator(evaluatedDataset())
                .judgeRegions(target, {regionCode.toStdString()}, options, allocationFor(m_year));
        if (!verdicts.empty())
            return std::move(verdicts.front());
    }
    return std::nullopt;
}

const core::Allocation* ProjectController::allocationFor(int year) const {
    const std::string scenario = m_scenario.toStdString();
    for (const core::Allocation& allocation : m_project.allocations)
        if (allocation.year == year && allocation.scenario == scenario)
            return &allocation;
    return nullptr;
}

void ProjectController::notify(const ChangeEvent& event) {
    if (event.kind == ChangeKind::DataChanged || event.kind == ChangeKind::ProjectReplaced)
        reproject();
    if (event.affectsResults() || event.kind == ChangeKind::TaskChanged)
        reevaluate();
    emit changed(event);
}

void ProjectController::reproject() {
    m_scenarioDataset.reset();
    m_projectionProblem.clear();
    const core::Dataset& observed = m_project.dataset;
    if (!observed.root())
        return;
    core::ScenarioSet scenarios(core::ScenarioRegions::fromDataset(observed));
    std::vector<core::Scenario> list = m_project.scenarios;
    if (list.empty())
        list.push_back(core::Scenario{.name = "baseline"});
    scenarios.setScenarios(std::move(list));
    const core::Result<core::TrendEstimate> trend = core::TrendEstimator(observed).estimate();
    if (trend.hasError()) {
        m_projectionProblem = QString::fromStdString(trend.error().toString());
        return;
    }
    scenarios.setBaseline(trend.value().drivers);
    core::Result<core::Dataset> projected =
        core::Projector(observed, scenarios).project(m_scenario.toStdString());
    if (projected.hasError()) {
        m_projectionProblem = QString::fromStdString(projected.error().toString());
        return;
    }
    m_scenarioDataset = std::move(projected).value();
}

void ProjectController::reevaluate() {
    const core::Evaluator evaluator(evaluatedDataset());
    core::EvaluationOptions options;
    options.scenario = m_scenario.toStdString();
    options.year = m_year;
    m_verdicts = evaluator.scorecard(options);
    m_showsAllTargets = m_verdicts.empty();
    if (m_showsAllTargets) {
        // A year without targets (e.g. 2025) shows the whole plan, so the scorecard is never blank.
        options.year = 0;
        m_verdicts = evaluator.scorecard(options);
    }
}

} // namespace jieshui::ui
