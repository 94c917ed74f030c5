// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProjectData.h"
#include "ProjectRepository.h"

#include <QString>
#include <optional>

namespace jieshui::ui::uitest {

/**
 * A small hand-made project: the city 450700 with two counties, above-scale industrial water for 2020
 * and 2022, two reuse-rate targets and two key tasks, and a counties layer of two rectangles (EPSG:4490).
 *
 * Hand-computed reuse rates (ΣV_r / Σ(V_r + V_f)):
 *   2020: 钦南区 95/(95+5) = 95 %, 钦北区 80/(80+20) = 80 %, city 175/200 = 87.5 % → target ≥ 90 % missed.
 *   2022: 钦南区 96/(96+4) = 96 %, 钦北区 88/(88+12) = 88 %, city 184/200 = 92 % → target ≥ 85 % met.
 */
ProjectData makeTestProject();

/** Lon/lat (EPSG:4490) of a point inside each county rectangle. */
inline constexpr double qinnanLon = 108.75, qinnanLat = 21.80;
inline constexpr double qinbeiLon = 108.55, qinbeiLat = 22.20;

/** Holds projects in memory: embedded() returns makeTestProject(); save() keeps a copy per path. */
class InMemoryRepository : public ProjectRepository {
public:
    core::Result<ProjectData> embedded() override { return makeTestProject(); }
    core::Result<ProjectData> open(const QString& path) override;
    core::Status save(const QString& path, const ProjectData& project) override;

    int saveCount = 0;
    QString lastSavedPath;
    std::optional<ProjectData> lastSaved;
};

} // namespace jieshui::ui::uitest
