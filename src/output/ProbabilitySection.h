// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "output/MapComposer.h"
#include "output/ReportLanguage.h"
#include "output/ReportPage.h"
#include "report/ReportTable.h"
#include "report/ScenarioResult.h"
#include "store/ProjectData.h"
#include "uncertainty/UncertaintyResult.h"

#include <QFont>
#include <set>

namespace jieshui::output {

/**
 * The compliance report's section on the probability of meeting each target: for every target of the
 * reported years P(met) and the 5–50–95 % band of its value, for every county under a total-use cap its
 * P(met) against its quota with the band, and the "probability of meeting" map of each cap (the window's
 * map: render::ProbabilityMapBuilder through MapComposer), with the draws and the seed. The numbers come
 * from one Monte Carlo run (core::EvaluationService::uncertainty) and are written with the formats of
 * `evaluate --uncertainty` (core::IndicatorDisplay::formatProbability, formatForTarget).
 */
class ProbabilitySection {
public:
    ProbabilitySection(const store::ProjectData& project, const core::ScenarioResult& result,
                       const core::UncertaintyResult& uncertainty, const ReportLanguage& language);

    /** The table of the targets of @p years (city targets, key-task milestones aside). */
    core::ReportTable targets(const std::set<int>& years) const;
    /** The counties under each total-use cap of @p years; no rows when the plan has no such cap. */
    core::ReportTable capCounties(const std::set<int>& years) const;

    /** Writes the section (heading @p heading) on a new page; returns the number of maps drawn. */
    int write(ReportPage& page, const QString& heading, const std::set<int>& years, const MapComposer& composer,
              const QFont& font) const;

private:
    const store::ProjectData& m_project;
    const core::ScenarioResult& m_result;
    const core::UncertaintyResult& m_uncertainty;
    const ReportLanguage& m_language;
};

} // namespace jieshui::output
