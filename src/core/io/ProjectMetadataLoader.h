// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "io/LoadReport.h"
#include "io/ProjectMetadata.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace jieshui::core {

/**
 * Reads project.csv (`key,value`). Required keys: name_zh, name_en, base_year, storage_crs,
 * display_crs, root_region; other keys are kept in ProjectMetadata::extra. CRSs are "EPSG:<n>".
 */
class ProjectMetadataLoader {
public:
    Result<ProjectMetadata> fromText(std::string_view text, const std::string& displayName);
    Result<ProjectMetadata> fromFile(const std::filesystem::path& path);
    /** Every error of the last load (empty after a success). */
    const LoadReport& report() const { return m_report; }

private:
    LoadReport m_report;
};

} // namespace jieshui::core
