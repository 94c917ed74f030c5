// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ProjectMetadata.h"
#include "model/Dataset.h"
#include "model/Lesson.h"
#include "scenario/Allocation.h"
#include "scenario/Scenario.h"
#include "uncertainty/UncertaintyModel.h"

#include <vector>

namespace jieshui::core {

/** Everything of a project directory except geometry, as ProjectDirectoryLoader reads it. */
struct LoadedProject {
    Dataset dataset; ///< regions, districts, statistics, targets, tasks
    ProjectMetadata metadata;
    std::vector<Scenario> scenarios;     ///< baseline first if the file lists it first
    std::vector<Allocation> allocations; ///< empty without allocations.csv
    UncertaintyModel uncertainty;        ///< the standard model without uncertainty.csv
    std::vector<Lesson> lessons;         ///< empty without lessons.csv
};

} // namespace jieshui::core
