// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/RegionLoader.h"

#include "io/CsvFields.h"
#include "io/CsvReader.h"

#include <map>
#include <sstream>

namespace jieshui::core {

namespace {

std::vector<std::string> splitList(const std::string& s) {
    std::vector<std::string> out;
    std::stringstream in(s);
    std::string item;
    while (std::getline(in, item, ';')) {
        const auto first = item.find_first_not_of(" \t");
        const auto last = item.find_last_not_of(" \t");
        if (first != std::string::npos)
            out.push_back(item.substr(first, last - first + 1));
    }
    return out;
}

} // namespace

Result<std::vector<Region>> RegionLoader::fromFile(const std::filesystem::path& path) {
    m_report.clear();
    auto text = CsvReader::readFile(path);
    if (text.hasError()) {
        m_report.add(text.error());
        return text.error();
    }
    return fromText(text.value(), path.string());
}

Result<std::vector<Region>> RegionLoader::fromText(std::string_view text, const std::string& displayName) {
    m_report.clear();
    auto parsed = CsvReader::parse(text, displayName, m_report);
    if (parsed.hasError())
        return parsed.error();
    const CsvTable& table = parsed.value();
    if (!CsvFields::checkColumns(
            table,
            {"code", "kind", "name_zh", "name_en", "parent_code", "county_codes", "source", "estimate"}, {},
            m_report))
        return m_report.combined();

    std::vector<Region> regions;
    std::vector<int> lines;
    std::map<std::string, RegionKind, std::less<>> kinds; // codes of this file
    for (const CsvRecord& record : table.records()) {
        CsvFields f(table, record, m_report);
        auto code = f.requiredText("code");
        if (!code)
            continue;
        f.setRegion(*code);
        Region r;
        r.code = *code;
        bool ok = true;
        const std::string kindText = f.text("kind");
        const auto kind = regionKindFromId(kindText);
        if (!kind || *kind == RegionKind::IrrigationDistrict) {
            f.error(ErrorCode::InvalidValue,
                    "kind '" + kindText +
                        "' is not one of city, county, sub-zone, basin, supply-utility, reservoir, province, "
                        "country "
                        "(irrigation districts belong in irrigation_districts.csv)",
                    "kind");
            ok = false;
        } else {
            r.kind = *kind;
        }
        if (auto name = f.requiredText("name_zh"))
            r.nameZh = *name;
        else
            ok = false;
        r.nameEn = f.text("name_en");
        r.parentCode = f.text("parent_code");
        r.countyCodes = splitList(f.text("county_codes"));
        r.provenance.source = f.text("source");
        if (auto estimate = f.flag("estimate"))
            r.provenance.kind = *estimate ? ProvenanceKind::Estimate : ProvenanceKind::Sourced;
        else
            ok = false;
        if (kinds.count(r.code) != 0 || m_context.region(r.code) != nullptr) {
            f.error(ErrorCode::DuplicateRow, "region code '" + r.code + "' is defined twice", "code");
            ok = false;
        }
        if (!ok)
            continue;
        if (!isRootKind(r.kind) && r.parentCode.empty()) {
            f.error(ErrorCode::MissingData,
                    "only the root (a city, province or the country) may have no parent_code", "parent_code");
            continue;
        }
        kinds.emplace(r.code, r.kind);
        regions.push_back(std::move(r));
        lines.push_back(record.line);
    }

    // References may point forwards in the file, so they are checked once every code is known.
    const auto kindOf = [&](const std::string& code) -> std::optional<RegionKind> {
        if (auto it = kinds.find(code); it != kinds.end())
            return it->second;
        if (const Region* known = m_context.region(code))
            return known->kind;
        return std::nullopt;
    };
    int roots = m_context.root() != nullptr ? 1 : 0;
    for (std::size_t i = 0; i < regions.size(); ++i) {
        const Region& r = regions[i];
        const ErrorLocation at{.file = displayName, .line = lines[i], .region = r.code};
        if (r.parentCode.empty()) {
            if (++roots > 1)
                m_report.add(Error(
                    ErrorCode::InvalidValue, "a second region without parent (only one root is allowed)",
                    {.file = at.file, .line = at.line, .field = "parent_code", .region = r.code}));
        } else if (r.parentCode == r.code || !kindOf(r.parentCode)) {
            m_report.add(Error(ErrorCode::UnknownRegion,
                               "parent_code '" + r.parentCode + "' is not a known region",
                               {.file = at.file, .line = at.line, .field = "parent_code", .region = r.code}));
        } else if (const char* expected = expectedParentKinds(r.kind);
                   expected != nullptr && !parentKindFits(r.kind, *kindOf(r.parentCode))) {
            m_report.add(Error(ErrorCode::InvalidValue,
                               std::string("the parent of a ") + regionKindId(r.kind) + " must be " +
                                   expected + ", but '" + r.parentCode + "' is a " +
                                   regionKindId(*kindOf(r.parentCode)),
                               {.file = at.file, .line = at.line, .field = "parent_code", .region = r.code}));
        }
        for (const auto& county : r.countyCodes) {
            const auto k = kindOf(county);
            if (!k || *k != RegionKind::County)
                m_report.add(Error(
                    ErrorCode::UnknownRegion, "county_codes names '" + county + "', which is not a county",
                    {.file = at.file, .line = at.line, .field = "county_codes", .region = r.code}));
        }
    }
    if (m_report.hasErrors())
        return m_report.combined();
    return regions;
}

Status RegionLoader::addTo(Dataset& dataset, const std::vector<Region>& regions) {
    Dataset copy = dataset;
    for (const Region& r : regions)
        if (auto st = copy.addRegion(r); st.hasError())
            return st;
    dataset = std::move(copy);
    return okStatus();
}

} // namespace jieshui::core
