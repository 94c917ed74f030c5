// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ProjectDirectoryLoader.h"

#include "io/AllocationLoader.h"
#include "io/DirectoryFileProvider.h"
#include "io/IrrigationDistrictLoader.h"
#include "io/LessonLoader.h"
#include "io/PlanTargetLoader.h"
#include "io/ProjectMetadataLoader.h"
#include "io/RegionLoader.h"
#include "io/ScenarioLoader.h"
#include "io/StatisticsLoader.h"
#include "io/TaskLoader.h"
#include "io/UncertaintyLoader.h"

namespace jieshui::core {

Result<LoadedProject> ProjectDirectoryLoader::load(const std::filesystem::path& directory) {
    std::error_code ec;
    if (!std::filesystem::is_directory(directory, ec)) {
        m_report.clear();
        m_report.add(Error(ErrorCode::IoError, "not a directory", {.file = directory.string()}));
        return m_report.combined();
    }
    return load(DirectoryFileProvider(directory));
}

Result<LoadedProject> ProjectDirectoryLoader::load(const FileProvider& files) {
    m_report.clear();
    LoadedProject project;
    Dataset& dataset = project.dataset;

    // Reads a file into @p text; a missing required file is an error, a missing optional one is skipped.
    const auto read = [&](const char* name, bool required, std::string& text) {
        if (!files.contains(name)) {
            if (required)
                m_report.add(Error(ErrorCode::IoError, "a required file of the project is missing",
                                   {.file = files.displayName(name)}));
            return false;
        }
        auto content = files.read(name);
        if (content.hasError()) {
            m_report.add(content.error());
            return false;
        }
        text = std::move(content).value();
        return true;
    };
    const auto fail = [this]() -> Result<LoadedProject> { return m_report.combined(); };
    // Adding into the dataset can only fail on a bug of a loader's checks; report it like a file error.
    const auto added = [this](const Status& st, const std::string& file) {
        if (st.hasError())
            m_report.add(st.error().locatedIn({.file = file}));
        return st.isOk();
    };

    std::string text;
    if (!read("project.csv", true, text))
        return fail();
    ProjectMetadataLoader metadataLoader;
    auto metadata = metadataLoader.fromText(text, files.displayName("project.csv"));
    if (metadata.hasError()) {
        m_report.merge(metadataLoader.report());
        return fail();
    }
    project.metadata = std::move(metadata).value();

    if (!read("regions.csv", true, text))
        return fail();
    RegionLoader regionLoader(dataset);
    auto regions = regionLoader.fromText(text, files.displayName("regions.csv"));
    if (regions.hasError()) {
        m_report.merge(regionLoader.report());
        return fail();
    }
    if (!added(RegionLoader::addTo(dataset, regions.value()), files.displayName("regions.csv")))
        return fail();

    if (read("irrigation_districts.csv", false, text)) {
        IrrigationDistrictLoader districtLoader(dataset);
        auto districts = districtLoader.fromText(text, files.displayName("irrigation_districts.csv"));
        if (districts.hasError()) {
            m_report.merge(districtLoader.report());
            return fail();
        }
        if (!added(RegionLoader::addTo(dataset, districts.value()),
                   files.displayName("irrigation_districts.csv")))
            return fail();
    }
    if (m_report.hasErrors())
        return fail();

    const Region* root = dataset.region(project.metadata.rootRegion);
    if (root == nullptr || root != dataset.root())
        m_report.add(
            Error(ErrorCode::UnknownRegion,
                  "root_region '" + project.metadata.rootRegion + "' is not the region without parent",
                  {.file = files.displayName("project.csv"), .field = "root_region"}));

    if (read("statistics.csv", false, text)) {
        StatisticsLoader loader(dataset);
        auto statistics = loader.fromText(text, files.displayName("statistics.csv"));
        if (statistics.hasError())
            m_report.merge(loader.report());
        else
            added(StatisticsLoader::addTo(dataset, statistics.value()), files.displayName("statistics.csv"));
    }

    bool targetsOk = true;
    if (read("plan_targets.csv", false, text)) {
        PlanTargetLoader loader(dataset);
        auto targets = loader.fromText(text, files.displayName("plan_targets.csv"));
        if (targets.hasError()) {
            m_report.merge(loader.report());
            targetsOk = false;
        } else {
            targetsOk = added(PlanTargetLoader::addTo(dataset, targets.value()),
                              files.displayName("plan_targets.csv"));
        }
    }

    std::string milestones;
    const bool hasMilestones = read("task_milestones.csv", false, milestones);
    if (read("tasks.csv", false, text)) {
        if (targetsOk) { // milestones name targets: without them every target_id would look unknown
            TaskLoader loader(dataset);
            auto tasks = hasMilestones ? loader.fromText(text, files.displayName("tasks.csv"), milestones,
                                                         files.displayName("task_milestones.csv"))
                                       : loader.fromText(text, files.displayName("tasks.csv"));
            if (tasks.hasError())
                m_report.merge(loader.report());
            else
                added(TaskLoader::addTo(dataset, tasks.value()), files.displayName("tasks.csv"));
        }
    } else if (hasMilestones) {
        m_report.add(Error(ErrorCode::MissingData, "task milestones without tasks.csv",
                           {.file = files.displayName("task_milestones.csv")}));
    }

    std::string overrides;
    const bool hasOverrides = read("scenario_overrides.csv", false, overrides);
    bool scenariosOk = true;
    if (read("scenarios.csv", false, text)) {
        ScenarioLoader loader(dataset);
        auto scenarios = hasOverrides ? loader.fromText(text, files.displayName("scenarios.csv"), overrides,
                                                        files.displayName("scenario_overrides.csv"))
                                      : loader.fromText(text, files.displayName("scenarios.csv"));
        if (scenarios.hasError()) {
            m_report.merge(loader.report());
            scenariosOk = false;
        } else {
            project.scenarios = std::move(scenarios).value();
        }
    } else if (hasOverrides) {
        m_report.add(Error(ErrorCode::MissingData, "scenario overrides without scenarios.csv",
                           {.file = files.displayName("scenario_overrides.csv")}));
    }

    if (scenariosOk && read("allocations.csv", false, text)) {
        std::vector<std::string> names;
        for (const Scenario& s : project.scenarios)
            names.push_back(s.name);
        AllocationLoader loader(dataset, std::move(names));
        auto allocations = loader.fromText(text, files.displayName("allocations.csv"));
        if (allocations.hasError())
            m_report.merge(loader.report());
        else
            project.allocations = std::move(allocations).value();
    }

    if (scenariosOk && read("uncertainty.csv", false, text)) {
        UncertaintyLoader loader(dataset, project.scenarios);
        auto uncertainty = loader.fromText(text, files.displayName("uncertainty.csv"));
        if (uncertainty.hasError())
            m_report.merge(loader.report());
        else
            project.uncertainty = std::move(uncertainty).value();
    }

    std::string steps;
    const bool hasSteps = read("lesson_steps.csv", false, steps);
    if (read("lessons.csv", false, text)) {
        if (!hasSteps) {
            m_report.add(Error(ErrorCode::MissingData, "lessons without lesson_steps.csv",
                               {.file = files.displayName("lessons.csv")}));
        } else if (scenariosOk) {
            std::vector<std::string> names;
            for (const Scenario& s : project.scenarios)
                names.push_back(s.name);
            LessonLoader loader(dataset, std::move(names));
            auto lessons = loader.fromText(text, files.displayName("lessons.csv"), steps,
                                           files.displayName("lesson_steps.csv"));
            if (lessons.isOk())
                project.lessons = std::move(lessons).value();
            else if (loader.report().hasErrors())
                m_report.merge(loader.report());
            else // a step missing from the numbering: found after the rows were read
                m_report.add(lessons.error());
        }
    } else if (hasSteps) {
        m_report.add(Error(ErrorCode::MissingData, "lesson steps without lessons.csv",
                           {.file = files.displayName("lesson_steps.csv")}));
    }

    if (m_report.hasErrors())
        return fail();
    return project;
}

} // namespace jieshui::core
