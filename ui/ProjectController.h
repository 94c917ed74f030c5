// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeEvent.h"
#include "ProjectData.h"
#include "ProjectRepository.h"
#include "common/Result.h"
#include "engine/Verdict.h"
#include "model/Indicator.h"
#include "model/PlanYears.h"
#include "report/EvaluationService.h"
#include "report/ProvinceEvaluation.h"
#include "report/ScenarioResult.h"

#include <QObject>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

class QUndoStack;

namespace jieshui::ui {

class UncertaintyController;

/**
 * Owns the open project and what the window looks at (year, indicator, scenario, identified region).
 * Opens, creates and saves through a ProjectRepository and evaluates through the program's one
 * core::EvaluationService — the pipeline the CLI, the exports and the store use too — keeping the
 * selected scenario's ScenarioResult up to date. Announces every change through the one changed() signal.
 * The indicator, year and scenario looked at are saved in the project's metadata ("view.*") and restored
 * when it is opened again. In read-only (demonstration) mode nothing can be written to the file.
 */
class ProjectController : public QObject {
    Q_OBJECT

public:
    explicit ProjectController(std::unique_ptr<ProjectRepository> repository, QObject* parent = nullptr);
    ~ProjectController() override;

    const ProjectData& project() const { return m_project; }
    /** For undo commands only: edit, then call notify() with what changed. */
    ProjectData& mutableProject() { return m_project; }
    QUndoStack* undoStack() const { return m_undoStack; }

    /** The project file or shared project's address, or empty for the embedded project not saved anywhere. */
    QString filePath() const { return m_filePath; }
    bool isModified() const;
    /** Title for the window: file name (or the project title) and a "*" when modified. */
    QString displayTitle() const;

    core::Status openEmbedded();
    core::Status open(const QString& path);
    /** Starts a new project from the embedded template, to be saved at @p path. */
    core::Status newProject(const QString& path);
    /**
     * Read-only demonstration mode: save() and saveAs() refuse, editors refuse edits, and closing never
     * asks to save, so nothing a trainer clicks changes the file.
     */
    void setReadOnly(bool readOnly);
    /** Whether demonstration mode is on (setReadOnly). */
    bool isDemonstration() const { return m_readOnly; }
    /**
     * True in demonstration mode and when the project may only be read (a shared project opened by a
     * viewer): nothing can be edited or saved in place.
     */
    bool isReadOnly() const;
    /** False when read-only; editors check it before pushing an edit. */
    bool canEdit() const { return !isReadOnly(); }

    /** Saves to the current file; fails with IoError when there is none (use saveAs). */
    core::Status save();
    core::Status saveAs(const QString& path);
    /** Replaces the project with @p data (as if opened from @p path). */
    void setProject(ProjectData data, const QString& path);

    int year() const { return m_year; }
    void setYear(int year);
    core::Indicator indicator() const { return m_indicator; }
    void setIndicator(core::Indicator indicator);
    /** The selected scenario; empty when the project has none (its observed years are judged). */
    QString scenario() const { return m_scenario; }
    void setScenario(const QString& name);
    QString selectedRegion() const { return m_selectedRegion; }
    void setSelectedRegion(const QString& regionCode);
    /**
     * The plan target the user pointed at (a scorecard row), or empty. A key-task milestone cannot be mapped:
     * focusing one keeps the mapped indicator and lets the chart show the milestone in its own unit; focusing
     * any other target maps its indicator. setIndicator() clears the focus.
     */
    QString focusedTarget() const { return m_focusedTarget; }
    void focusTarget(const QString& targetId);
    /** The focused target when it is a key-task milestone of the project, else nullptr. */
    const core::PlanTarget* focusedMilestone() const;

    /** Announces a language switch: every view writes its texts anew (nothing is evaluated again). */
    void retranslate();

    /** Names of the project's scenarios in the project's order; empty when it has none. */
    QStringList scenarioNames() const;
    /** The years the project is about, from its plan targets (core::PlanYears). */
    const core::PlanYears& planYears() const { return m_planYears; }
    /** First and last year the window offers: the plan's years, widened to its statistics. */
    int firstYear() const;
    int lastYear() const;

    /**
     * The province view of a project whose root is a province (or the country): every city judged on its own
     * plan by the same engine; nullptr for a city's project.
     */
    const core::ProvinceEvaluation* province() const { return m_province.get(); }
    /** Every city's result of the selected scenario, in the province's city order (empty for a city's
     * project). */
    const std::vector<core::CityEvaluation>& cityResults() const { return m_cityResults; }
    /**
     * In a province's project, the city whose plan the scorecard, the region details and the chart show (the
     * selected region's city, else the first); empty for a city's project.
     */
    QString focusCity() const { return m_focusCity; }

    /** The probability of meeting each target of the selected scenario (a Monte Carlo run of service()). */
    UncertaintyController* uncertainty() const { return m_uncertainty; }

    /** The program's evaluation pipeline over the open project. */
    const core::EvaluationService& service() const { return *m_service; }
    /**
     * The evaluated selected scenario — or, when it cannot be evaluated, its observed years alone (see
     * evaluationProblem()); nullptr only when not even those can be judged.
     */
    const core::ScenarioResult* result() const { return m_result ? &*m_result : nullptr; }
    /** Why the selected scenario could not be evaluated (empty when it was). */
    QString evaluationProblem() const { return m_evaluationProblem; }

    /** Verdicts of every target of the selected year and scenario (all targets when the year has none). */
    const std::vector<core::Verdict>& verdicts() const { return m_verdicts; }
    /** True when the selected year has no targets and verdicts() therefore holds every target. */
    bool showsAllTargets() const { return m_showsAllTargets; }
    /** One indicator for one region and year, in the indicator's base unit, from the scenario's data. */
    core::Result<core::IndicatorValue> compute(core::Indicator indicator, const QString& regionCode,
                                               int year) const;
    /** The verdict of the target for @p indicator, @p regionCode and the selected year, or nullptr. */
    const core::Verdict* verdictFor(core::Indicator indicator, const QString& regionCode) const;

    /**
     * How @p regionCode stands on @p indicator in the selected year (ScenarioResult::regionVerdict): its
     * own target's verdict, else the city target applied to it (caps against its quota).
     */
    std::optional<core::Verdict> judgeRegion(core::Indicator indicator, const QString& regionCode) const;

    /** Announces @p event after an edit and recomputes what depends on it. */
    void notify(const ChangeEvent& event);

signals:
    void changed(const jieshui::ui::ChangeEvent& event);

private:
    void reevaluate();
    void selectVerdicts();
    /** Applies the "view.*" metadata of the project just opened (ignored when invalid). */
    void restoreViewState();
    /** Writes the indicator, year and scenario into the project's metadata before a save. */
    void storeViewState();
    void rebuildPlan();
    /** The province's city holding @p regionCode (itself for a city), or empty. */
    QString cityOf(const QString& regionCode) const;

    std::unique_ptr<ProjectRepository> m_repository;
    ProjectData m_project;
    std::unique_ptr<core::EvaluationService> m_service; ///< over m_project's dataset, scenarios, allocations
    QString m_filePath;
    QUndoStack* m_undoStack = nullptr;
    UncertaintyController* m_uncertainty = nullptr;
    int m_year = 2020;
    core::PlanYears m_planYears;
    std::unique_ptr<core::ProvinceEvaluation> m_province;
    std::vector<core::CityEvaluation> m_cityResults;
    QString m_focusCity;
    core::Indicator m_indicator = core::Indicator::WaterPerGdpReduction;
    QString m_scenario;
    QString m_selectedRegion;
    QString m_focusedTarget;
    bool m_readOnly = false;
    std::optional<core::ScenarioResult> m_result;
    QString m_evaluationProblem;
    std::vector<core::Verdict> m_verdicts;
    bool m_showsAllTargets = false;
};

} // namespace jieshui::ui
