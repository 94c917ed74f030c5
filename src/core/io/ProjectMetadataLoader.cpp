// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ProjectMetadataLoader.h"

#include "io/CsvFields.h"
#include "io/CsvReader.h"

#include <set>

namespace jieshui::core {

namespace {

bool isEpsgCode(const std::string& s) {
    constexpr std::string_view prefix = "EPSG:";
    if (s.size() <= prefix.size() || s.compare(0, prefix.size(), prefix) != 0)
        return false;
    for (std::size_t i = prefix.size(); i < s.size(); ++i)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

} // namespace

Result<ProjectMetadata> ProjectMetadataLoader::fromFile(const std::filesystem::path& path) {
    m_report.clear();
    auto text = CsvReader::readFile(path);
    if (text.hasError()) {
        m_report.add(text.error());
        return text.error();
    }
    return fromText(text.value(), path.string());
}

Result<ProjectMetadata> ProjectMetadataLoader::fromText(std::string_view text,
                                                        const std::string& displayName) {
    m_report.clear();
    auto table = CsvReader::parse(text, displayName, m_report);
    if (table.hasError())
        return table.error();
    if (!CsvFields::checkColumns(table.value(), {"key", "value"}, {}, m_report))
        return m_report.combined();

    ProjectMetadata meta;
    std::set<std::string> seen;
    for (const CsvRecord& record : table.value().records()) {
        CsvFields f(table.value(), record, m_report);
        auto key = f.requiredText("key");
        if (!key)
            continue;
        if (!seen.insert(*key).second) {
            f.error(ErrorCode::DuplicateRow, "key '" + *key + "' appears twice", "key");
            continue;
        }
        const std::string value = f.text("value");
        if (*key == "name_zh")
            meta.nameZh = value;
        else if (*key == "name_en")
            meta.nameEn = value;
        else if (*key == "base_year") {
            if (auto y = f.year("value"))
                meta.baseYear = *y;
        } else if (*key == "storage_crs" || *key == "display_crs") {
            if (!isEpsgCode(value))
                f.error(ErrorCode::UnsupportedFormat, "'" + value + "' is not a CRS of the form EPSG:<code>",
                        "value");
            (*key == "storage_crs" ? meta.storageCrs : meta.displayCrs) = value;
        } else if (*key == "root_region")
            meta.rootRegion = value;
        else
            meta.extra[*key] = value;
    }
    for (const char* required :
         {"name_zh", "name_en", "base_year", "storage_crs", "display_crs", "root_region"})
        if (seen.count(required) == 0)
            m_report.add(Error(ErrorCode::MissingData,
                               std::string("the required key '") + required + "' is missing",
                               {.file = displayName, .field = required}));
    if (m_report.hasErrors())
        return m_report.combined();
    return meta;
}

} // namespace jieshui::core
