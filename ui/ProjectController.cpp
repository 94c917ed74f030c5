// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectController.h"

#include "DomainLabels.h"
#include "UncertaintyController.h"
#include "server/ServerAddress.h"

#include <QFileInfo>
#include <QUndoStack>
#include <algorithm>
#include <charconv>

namespace {
// Keys of the project's metadata (stored as "project.view.*") that remember what was looked at.
const std::string kViewIndicator = "view.indicator";
const std::string kViewYear = "view.year";
const std::string kViewScenario = "view.scenario";
} // namespace

namespace jieshui::ui {

ProjectController::ProjectController(std::unique_ptr<ProjectRepository> repository, QObject* parent)
    : QObject(parent), m_repository(std::move(repository)),
      m_service(std::make_unique<core::EvaluationService>(m_project.dataset, m_project.scenarios,
                                                          m_project.allocations)),
      m_undoStack(new QUndoStack(this)), m_uncertainty(new UncertaintyController(this, this)) {
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
    if (auto address = server::ServerAddress::parse(m_filePath); address.isOk())
        title = tr("%1 (shared)").arg(QString::fromStdString(address.value().schema()));
    if (m_repository && m_repository->isReadOnly(m_filePath))
        title += tr(" [read-only]");
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
    if (m_readOnly)
        return core::Error(core::ErrorCode::IoError,
                           tr("demonstration mode is on: the project is read-only").toStdString());
    storeViewState();
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
    m_result.reset(); // it refers to the project being replaced
    m_cityResults.clear();
    m_project = std::move(data);
    m_project.normalizeLayerFlags();
    m_service = std::make_unique<core::EvaluationService>(m_project.dataset, m_project.scenarios,
                                                          m_project.allocations);
    m_filePath = path;
    m_selectedRegion.clear();
    m_focusedTarget.clear();
    m_focusCity.clear();
    rebuildPlan();
    // A year this project does not cover: its first target year after the base year, where a plan is first
    // judged (Qinzhou: 2020).
    if (m_year < firstYear() || m_year > lastYear()) {
        const auto& targets = m_planYears.targetYears;
        const auto after =
            std::find_if(targets.begin(), targets.end(), [&](int y) { return y > m_planYears.baseYear; });
        m_year = after != targets.end() ? *after : std::clamp(m_year, firstYear(), lastYear());
    }
    restoreViewState();
    const QStringList names = scenarioNames();
    if (!names.contains(m_scenario))
        m_scenario = QString::fromStdString(m_service->defaultScenario());
    reevaluate();
    emit changed(ChangeEvent{ChangeKind::ProjectReplaced});
}

int ProjectController::firstYear() const {
    return m_planYears.firstYear != 0 ? m_planYears.firstYear : 2015;
}

int ProjectController::lastYear() const {
    return std::max(firstYear(), m_planYears.lastYear != 0 ? m_planYears.lastYear : 2035);
}

bool ProjectController::isReadOnly() const {
    return m_readOnly || (m_repository && m_repository->isReadOnly(m_filePath));
}

void ProjectController::rebuildPlan() {
    m_planYears = core::PlanYears::of(m_project.dataset, m_project.metadata.baseYear);
    m_province.reset();
    m_cityResults.clear();
    if (core::ProvinceEvaluation::appliesTo(m_project.dataset))
        m_province = std::make_unique<core::ProvinceEvaluation>(m_project.dataset, m_project.scenarios,
                                                                m_project.allocations);
}

QString ProjectController::cityOf(const QString& regionCode) const {
    std::string code = regionCode.toStdString();
    for (int depth = 0; depth < 16 && !code.empty(); ++depth) {
        const core::Region* r = m_project.dataset.region(code);
        if (r == nullptr)
            return {};
        if (r->kind == core::RegionKind::City)
            return QString::fromStdString(r->code);
        code = r->parentCode;
    }
    return {};
}

void ProjectController::setYear(int year) {
    year = std::clamp(year, firstYear(), lastYear());
    if (year == m_year)
        return;
    m_year = year;
    selectVerdicts();
    emit changed(ChangeEvent{ChangeKind::YearChanged});
}

void ProjectController::setIndicator(core::Indicator indicator) {
    if (indicator == m_indicator && m_focusedTarget.isEmpty())
        return;
    m_indicator = indicator;
    m_focusedTarget.clear();
    emit changed(ChangeEvent{ChangeKind::IndicatorChanged});
}

void ProjectController::focusTarget(const QString& targetId) {
    const core::PlanTarget* target = nullptr;
    for (const core::PlanTarget& t : m_project.dataset.targets())
        if (t.id == targetId.toStdString())
            target = &t;
    if (!target)
        return;
    if (target->indicator != core::Indicator::TaskMilestone) {
        setIndicator(target->indicator);
        return;
    }
    if (m_focusedTarget == targetId)
        return;
    m_focusedTarget = targetId;
    emit changed(ChangeEvent{ChangeKind::IndicatorChanged});
}

const core::PlanTarget* ProjectController::focusedMilestone() const {
    if (m_focusedTarget.isEmpty())
        return nullptr;
    for (const core::PlanTarget& t : m_project.dataset.targets())
        if (t.id == m_focusedTarget.toStdString() && t.indicator == core::Indicator::TaskMilestone)
            return &t;
    return nullptr;
}

void ProjectController::retranslate() {
    emit changed(ChangeEvent{ChangeKind::LanguageChanged});
}

void ProjectController::setReadOnly(bool readOnly) {
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    emit changed(ChangeEvent{ChangeKind::FileStateChanged});
}

void ProjectController::restoreViewState() {
    const auto& extra = m_project.metadata.extra;
    if (const auto it = extra.find(kViewIndicator); it != extra.end())
        if (const auto indicator = core::IndicatorCatalog::fromId(it->second);
            indicator && *indicator != core::Indicator::TaskMilestone)
            m_indicator = *indicator;
    if (const auto it = extra.find(kViewYear); it != extra.end()) {
        int year = 0;
        const char* end = it->second.data() + it->second.size();
        // A value someone edited in the file is input: only a whole year in the window's range counts.
        if (auto [ptr, ec] = std::from_chars(it->second.data(), end, year);
            ec == std::errc() && ptr == end && year >= firstYear() && year <= lastYear())
            m_year = year;
    }
    if (const auto it = extra.find(kViewScenario); it != extra.end()) {
        const QString scenario = QString::fromStdString(it->second);
        if (scenarioNames().contains(scenario))
            m_scenario = scenario;
    }
}

void ProjectController::storeViewState() {
    auto& extra = m_project.metadata.extra;
    extra[kViewIndicator] = std::string(core::IndicatorCatalog::info(m_indicator).id);
    extra[kViewYear] = std::to_string(m_year);
    if (m_scenario.isEmpty())
        extra.erase(kViewScenario);
    else
        extra[kViewScenario] = m_scenario.toStdString();
}

void ProjectController::setScenario(const QString& name) {
    if (name == m_scenario || !scenarioNames().contains(name))
        return;
    m_scenario = name;
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
    // In a province's project, choosing a region of another city shows that city's plan everywhere.
    if (m_province && !regionCode.isEmpty()) {
        const QString city = cityOf(regionCode);
        if (!city.isEmpty() && city != m_focusCity) {
            m_focusCity = city;
            reevaluate();
            emit changed(ChangeEvent{ChangeKind::ScenarioChanged});
        }
    }
}

QStringList ProjectController::scenarioNames() const {
    QStringList names;
    for (const std::string& name : m_service->scenarioNames())
        names << QString::fromStdString(name);
    return names;
}

core::Result<core::IndicatorValue> ProjectController::compute(core::Indicator indicator,
                                                              const QString& regionCode, int year) const {
    if (!m_result)
        return core::Error(core::ErrorCode::MissingData, m_evaluationProblem.toStdString());
    return m_result->value(indicator, regionCode.toStdString(), year);
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
    if (!m_result)
        return std::nullopt;
    return m_result->regionVerdict(indicator, regionCode.toStdString(), m_year);
}

void ProjectController::notify(const ChangeEvent& event) {
    if (event.kind == ChangeKind::DataChanged) {
        m_service->observedChanged();
        m_result.reset(); // it may refer to the province's evaluation being rebuilt
        rebuildPlan();
    } else if (event.kind == ChangeKind::ScenariosChanged && m_province) {
        m_result.reset();
        rebuildPlan();
    }
    // A deleted (or undone) scenario cannot stay selected: the window shows the default one instead.
    const bool selectionLost =
        event.kind == ChangeKind::ScenariosChanged && !scenarioNames().contains(m_scenario);
    if (selectionLost)
        m_scenario = QString::fromStdString(m_service->defaultScenario());
    if ((event.affectsResults() && event.kind != ChangeKind::LanguageChanged) ||
        event.kind == ChangeKind::TaskChanged)
        reevaluate();
    emit changed(event);
    if (selectionLost)
        emit changed(ChangeEvent{ChangeKind::ScenarioChanged});
}

void ProjectController::reevaluate() {
    m_evaluationProblem.clear();
    m_result.reset();
    if (m_province) {
        // Every city on its own plan; the other views show the focus city's.
        m_cityResults = m_province->evaluate(m_scenario.toStdString());
        const std::vector<std::string> cities = m_province->cityCodes();
        if (m_focusCity.isEmpty() && !cities.empty())
            m_focusCity = QString::fromStdString(cities.front());
        for (const core::CityEvaluation& city : m_cityResults) {
            if (QString::fromStdString(city.cityCode) != m_focusCity)
                continue;
            if (city.result)
                m_result = *city.result;
            else if (city.error)
                m_evaluationProblem = QString::fromStdString(city.error->toString());
        }
        selectVerdicts();
        return;
    }
    core::Result<core::ScenarioResult> evaluated = m_service->evaluate(m_scenario.toStdString());
    if (evaluated.hasError()) {
        // Said, not swallowed: the window shows the observed years alone and why (evaluationProblem()).
        m_evaluationProblem = QString::fromStdString(evaluated.error().toString());
        evaluated = m_service->evaluateObserved();
    }
    if (evaluated.isOk())
        m_result = std::move(evaluated).value();
    selectVerdicts();
}

void ProjectController::selectVerdicts() {
    m_verdicts.clear();
    if (!m_result)
        return;
    for (const core::Verdict* v : m_result->verdictsOfYear(m_year))
        m_verdicts.push_back(*v);
    // A year without targets (e.g. 2025) shows the whole plan, so the scorecard is never blank.
    m_showsAllTargets = m_verdicts.empty();
    if (m_showsAllTargets)
        m_verdicts = m_result->verdicts();
}

} // namespace jieshui::ui
