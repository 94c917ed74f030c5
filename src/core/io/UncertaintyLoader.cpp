// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/UncertaintyLoader.h"

#include "io/CsvFields.h"
#include "io/CsvReader.h"
#include "units/UnitParser.h"

namespace jieshui::core {

namespace {

/** A relative spread in % or 1 as a fraction; nullopt (and an error) for any other unit. */
std::optional<double> relativeSpread(CsvFields& f, double spread) {
    const std::string unit = f.text("unit");
    auto base = UnitParser::toBase(spread, unit, Dimension::Fraction);
    if (base.hasError()) {
        f.error(ErrorCode::UnitMismatch, "a relative spread is given in % or 1, not '" + unit + "'", "unit");
        return std::nullopt;
    }
    return base.value();
}

} // namespace

Result<UncertaintyModel> UncertaintyLoader::fromText(std::string_view text, const std::string& displayName) {
    m_report.clear();
    auto parsed = CsvReader::parse(text, displayName, m_report);
    if (parsed.hasError())
        return parsed.error();
    const CsvTable& table = parsed.value();
    if (!CsvFields::checkColumns(table,
                                 {"scope", "scenario", "region_code", "item", "from_year", "to_year", "distribution",
                                  "spread_kind", "spread", "unit"},
                                 {"note"}, m_report))
        return m_report.combined();

    UncertaintyModel model;
    std::vector<bool> defaultSeen(3, false);
    for (const CsvRecord& record : table.records()) {
        CsvFields f(table, record, m_report);
        const std::size_t errorsBefore = m_report.totalCount();
        const std::string scope = f.text("scope");
        if (scope != "provenance" && scope != "statistic" && scope != "driver") {
            f.error(ErrorCode::InvalidValue, "scope '" + scope + "' is not one of provenance, statistic, driver",
                    "scope");
            continue;
        }
        const std::string item = f.text("item");
        const std::string region = f.text("region_code");
        f.setRegion(region);
        InputUncertainty u;
        const std::string distribution = f.text("distribution");
        if (auto d = distributionKindFromId(distribution))
            u.distribution = *d;
        else
            f.error(ErrorCode::InvalidValue,
                    "distribution '" + distribution + "' is not one of normal, triangular, uniform", "distribution");
        const std::string kind = f.text("spread_kind");
        if (auto k = spreadKindFromId(kind))
            u.spreadKind = *k;
        else
            f.error(ErrorCode::InvalidValue, "spread kind '" + kind + "' is not relative or absolute", "spread_kind");
        const std::optional<double> spread = f.number("spread");
        const auto from = f.optionalYear("from_year");
        const auto to = f.optionalYear("to_year");
        if (from && *from != 0)
            f.setYear(*from);
        if (!spread || m_report.totalCount() != errorsBefore)
            continue;

        // The spread in the model's terms: relative as a fraction, absolute in the input's base unit.
        std::optional<double> value;
        if (u.spreadKind == SpreadKind::Relative) {
            value = relativeSpread(f, *spread);
        } else if (scope == "statistic") {
            const auto dimension = item.empty() ? std::nullopt : m_context.variableDimension(item);
            if (!dimension) {
                f.error(ErrorCode::InvalidValue,
                        item.empty() ? "an absolute spread needs a variable (its unit depends on it)"
                                     : "unknown variable '" + item + "'",
                        item.empty() ? "spread_kind" : "item");
            } else {
                auto base = UnitParser::toBase(*spread, f.text("unit"), *dimension);
                if (base.hasError())
                    f.error(base.error().code(), base.error().message(), "unit");
                else
                    value = base.value();
            }
        } else if (scope == "driver") {
            auto base = UnitParser::toBase(*spread, f.text("unit"), Dimension::Fraction);
            if (base.hasError())
                f.error(ErrorCode::UnitMismatch,
                        "a driver's absolute spread is given in % or 1 (points of a rate per year, or of a level)",
                        "unit");
            else
                value = base.value();
        } else if (scope == "provenance") {
            f.error(ErrorCode::InvalidValue, "a provenance default is relative: one unit cannot fit every variable",
                    "spread_kind");
        }
        if (!value)
            continue;
        u.spread = *value;
        if (auto st = u.check(); st.hasError()) {
            f.error(ErrorCode::InvalidValue, st.error().message(), "spread");
            continue;
        }

        if (scope == "provenance") {
            const auto provenance = provenanceKindFromId(item);
            if (!provenance) {
                f.error(ErrorCode::InvalidValue, "item '" + item + "' is not one of sourced, estimate, projected",
                        "item");
                continue;
            }
            if (defaultSeen[static_cast<std::size_t>(*provenance)]) {
                f.error(ErrorCode::DuplicateRow, "a second default for " + item, "item");
                continue;
            }
            defaultSeen[static_cast<std::size_t>(*provenance)] = true;
            model.setProvenanceDefault(*provenance, u);
        } else if (scope == "statistic") {
            model.statisticRules().push_back({.variable = item,
                                              .regionCode = region,
                                              .fromYear = from.value_or(0),
                                              .toYear = to.value_or(0),
                                              .uncertainty = u,
                                              .note = f.text("note")});
        } else {
            const auto driver = driverFromId(item);
            if (!driver) {
                f.error(ErrorCode::InvalidValue, "unknown driver '" + item + "'", "item");
                continue;
            }
            model.driverRules().push_back({.scenario = f.text("scenario"),
                                           .regionCode = region,
                                           .driver = *driver,
                                           .fromYear = from.value_or(0),
                                           .toYear = to.value_or(0),
                                           .uncertainty = u,
                                           .note = f.text("note")});
        }
    }
    // What needs the whole project: known variables, regions, scenarios; years in order.
    for (const Error& e : model.validate(m_context, m_scenarios))
        m_report.add(e.locatedIn({.file = displayName}));
    if (m_report.hasErrors())
        return m_report.combined();
    return model;
}

} // namespace jieshui::core
