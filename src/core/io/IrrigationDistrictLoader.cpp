// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/IrrigationDistrictLoader.h"

#include "io/CsvFields.h"
#include "io/CsvReader.h"
#include "units/UnitParser.h"

#include <set>

namespace jieshui::core {

namespace {

constexpr double kSquareMetresPerWanMu = 1e4 * 10000.0 / 15.0;

/** The class a design area (万亩) implies; the boundaries follow domain-methods.md §2.2. */
DistrictClass classForDesignArea(double wanMu) {
    // A relative tolerance keeps 30 万亩 read from 450000 亩 on the "large" side despite rounding.
    constexpr double tolerance = 1e-9;
    if (wanMu >= 30.0 * (1.0 - tolerance))
        return DistrictClass::Large;
    if (wanMu >= 1.0 * (1.0 - tolerance))
        return DistrictClass::Medium;
    return DistrictClass::Small;
}

} // namespace

Result<std::vector<Region>> IrrigationDistrictLoader::fromFile(const std::filesystem::path& path) {
    m_report.clear();
    auto text = CsvReader::readFile(path);
    if (text.hasError()) {
        m_report.add(text.error());
        return text.error();
    }
    return fromText(text.value(), path.string());
}

Result<std::vector<Region>> IrrigationDistrictLoader::fromText(std::string_view text,
                                                               const std::string& displayName) {
    m_report.clear();
    auto parsed = CsvReader::parse(text, displayName, m_report);
    if (parsed.hasError())
        return parsed.error();
    const CsvTable& table = parsed.value();
    if (!CsvFields::checkColumns(table,
                                 {"code", "name_zh", "name_en", "county_code", "class", "source_type",
                                  "well_method", "design_area", "effective_area", "area_unit", "source",
                                  "estimate"},
                                 {}, m_report))
        return m_report.combined();

    std::vector<Region> districts;
    std::set<std::string, std::less<>> codes;
    for (const CsvRecord& record : table.records()) {
        CsvFields f(table, record, m_report);
        auto code = f.requiredText("code");
        if (!code)
            continue;
        f.setRegion(*code);
        const std::size_t errorsBefore = m_report.totalCount();
        Region r;
        r.code = *code;
        r.kind = RegionKind::IrrigationDistrict;
        if (!codes.insert(r.code).second || m_context.region(r.code) != nullptr)
            f.error(ErrorCode::DuplicateRow, "region code '" + r.code + "' is defined twice", "code");
        if (auto name = f.requiredText("name_zh"))
            r.nameZh = *name;
        r.nameEn = f.text("name_en");
        r.provenance.source = f.text("source");
        if (auto estimate = f.flag("estimate"))
            r.provenance.kind = *estimate ? ProvenanceKind::Estimate : ProvenanceKind::Sourced;

        IrrigationDistrictProfile profile;
        profile.countyCode = f.text("county_code");
        const Region* county = m_context.region(profile.countyCode);
        if (county == nullptr || county->kind != RegionKind::County)
            f.error(ErrorCode::UnknownRegion,
                    "county_code '" + profile.countyCode + "' is not a known county", "county_code");
        r.parentCode = profile.countyCode;

        const std::string classText = f.text("class");
        const auto districtClass = districtClassFromId(classText);
        if (!districtClass)
            f.error(ErrorCode::InvalidValue,
                    "class '" + classText + "' is not one of large, medium, small, well-only", "class");
        else
            profile.districtClass = *districtClass;

        const std::string sourceText = f.text("source_type");
        if (!sourceText.empty()) {
            if (auto source = sourceTypeFromId(sourceText))
                profile.sourceType = *source;
            else
                f.error(ErrorCode::InvalidValue, "source_type '" + sourceText + "' is not pumped or gravity",
                        "source_type");
        } else if (districtClass == DistrictClass::Small) {
            f.error(ErrorCode::MissingData, "a small district needs its source_type (pumped or gravity)",
                    "source_type");
        }

        const std::string methodText = f.text("well_method");
        if (districtClass == DistrictClass::WellOnly) {
            if (auto method = wellMethodFromId(methodText))
                profile.wellMethod = *method;
            else
                f.error(ErrorCode::InvalidValue,
                        "a well-only district needs well_method earth-canal, lined-canal, pipe, sprinkler or "
                        "micro "
                        "(got '" +
                            methodText + "')",
                        "well_method");
        } else if (!methodText.empty() && districtClass) {
            f.error(ErrorCode::InvalidValue, "well_method is only for well-only districts", "well_method");
        }

        const std::string unit = f.text("area_unit");
        auto areaUnit = UnitParser::parse(unit);
        if (areaUnit.hasError())
            f.error(areaUnit.error().code(), areaUnit.error().message(), "area_unit");
        else if (areaUnit.value().dimension != Dimension::Area)
            f.error(ErrorCode::UnitMismatch,
                    "area_unit '" + unit + "' is not an area unit (万亩, 亩, hm², km²)", "area_unit");
        const bool unitOk = areaUnit.isOk() && areaUnit.value().dimension == Dimension::Area;
        auto design = f.number("design_area");
        auto effective = f.number("effective_area");
        for (auto [value, column] :
             {std::pair{design, "design_area"}, std::pair{effective, "effective_area"}})
            if (value && *value < 0)
                f.error(ErrorCode::InvalidValue, "an area cannot be negative", column);
        if (design && effective && unitOk && *design >= 0 && *effective >= 0) {
            profile.designArea = squareMetres(*design * areaUnit.value().toBase);
            profile.effectiveArea = squareMetres(*effective * areaUnit.value().toBase);
            const double wanMu = profile.designArea.value() / kSquareMetresPerWanMu;
            if (districtClass && *districtClass != DistrictClass::WellOnly &&
                classForDesignArea(wanMu) != *districtClass)
                f.error(ErrorCode::InvalidValue,
                        "class '" + classText + "' disagrees with the design area of " +
                            std::to_string(wanMu) + " 万亩 (large ≥ 30, medium 1–30, small < 1 万亩)",
                        "class");
        }
        if (m_report.totalCount() != errorsBefore)
            continue;
        r.irrigation = profile;
        districts.push_back(std::move(r));
    }
    if (m_report.hasErrors())
        return m_report.combined();
    return districts;
}

} // namespace jieshui::core
