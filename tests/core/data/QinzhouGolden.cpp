// SPDX-License-Identifier: GPL-3.0-or-later
#include "QinzhouGolden.h"

#include "engine/Evaluator.h"
#include "model/Indicator.h"
#include "scenario/GoalSeeker.h"
#include "scenario/Projector.h"
#include "scenario/QuotaAllocator.h"
#include "scenario/ScenarioModel.h"
#include "scenario/ScenarioSet.h"
#include "engine/NullRecorder.h"
#include "scenario/TrendEstimator.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <stdexcept>

namespace jieshui::core::golden {

namespace {

constexpr int kFirstYear = 2015;
constexpr int kLastYear = 2035;
constexpr Indicator kIndicators[] = {Indicator::TotalWaterUse,
                                     Indicator::TotalWaterUseAssessment,
                                     Indicator::WaterPerGdp,
                                     Indicator::WaterPerGdpReduction,
                                     Indicator::WaterPerIva,
                                     Indicator::WaterPerIvaReduction,
                                     Indicator::IrrigationCoefficient,
                                     Indicator::IndustrialReuseRate,
                                     Indicator::LeakageRateComprehensive,
                                     Indicator::LeakageRate};
const std::string kObserved = "(observed)";

std::string join(const std::vector<std::string>& fields) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += '\t';
        out += fields[i];
    }
    return out;
}

std::vector<std::string> split(const std::string& line) {
    std::vector<std::string> out;
    std::string field;
    std::istringstream in(line);
    while (std::getline(in, field, '\t'))
        out.push_back(field);
    if (!line.empty() && line.back() == '\t')
        out.emplace_back();
    return out;
}

std::string optionalNumber(const std::optional<double>& v) {
    return v ? number(*v) : "-";
}

/** The scenario set of the project with the baseline trend, as the pipeline builds it. */
ScenarioSet scenarioSet(const LoadedProject& project) {
    ScenarioSet set(ScenarioRegions::fromDataset(project.dataset));
    set.setScenarios(project.scenarios);
    auto trend = TrendEstimator(project.dataset).estimate();
    if (trend.hasError())
        throw std::runtime_error(trend.error().toString());
    set.setBaseline(trend.value().drivers);
    return set;
}

/** The allocation of @p year for @p scenario: its own, else its parent's (up the chain). */
const Allocation* allocationFor(const LoadedProject& project, const std::string& scenario, int year) {
    std::string name = scenario == kObserved ? std::string("baseline") : scenario;
    for (int depth = 0; depth < 16 && !name.empty(); ++depth) {
        for (const Allocation& a : project.allocations)
            if (a.year == year && a.scenario == name)
                return &a;
        std::string parent;
        for (const Scenario& s : project.scenarios)
            if (s.name == name)
                parent = s.parent;
        name = parent;
    }
    return nullptr;
}

void dumpVerdict(std::vector<std::string>& out, const std::string& kind, const std::string& scenario,
                 const std::string& region, const Verdict& v) {
    out.push_back(join({kind, scenario, v.target.id, region, verdictStatusId(v.status),
                        v.value ? number(v.value->value) : "-",
                        v.value ? provenanceKindId(v.value->provenance) : "-",
                        v.value ? (v.value->reported ? "1" : "0") : "-", optionalNumber(v.gap),
                        optionalNumber(v.requiredAnnualRate)}));
    out.push_back(join({kind + "-text", scenario, v.target.id, region, v.explanation}));
}

/** Provenance as one letter: s(ourced), e(stimate), p(rojected). */
char provenanceLetter(ProvenanceKind kind) {
    return provenanceKindId(kind)[0];
}

/** Entries with runs of equal consecutive entries written once as "entry*n". */
std::string runs(const std::vector<std::string>& entries) {
    std::string out;
    for (std::size_t i = 0; i < entries.size();) {
        std::size_t j = i;
        while (j < entries.size() && entries[j] == entries[i])
            ++j;
        if (!out.empty())
            out += '\t';
        out += entries[i];
        if (j - i > 1)
            out += "*" + std::to_string(j - i);
        i = j;
    }
    return out;
}

/**
 * Every cell of one evaluator for [fromYear, kLastYear]: one line per region and indicator, one entry per
 * year, "value,provenance-letter[,r]" (r = reported) or "!error-code".
 */
void dumpCells(std::vector<std::string>& out, const std::string& scenario, const Dataset& regions,
               const Evaluator& evaluator, int fromYear) {
    for (const Region& r : regions.regions()) {
        const bool withText = r.kind == RegionKind::City || r.kind == RegionKind::County;
        for (Indicator indicator : kIndicators) {
            const std::string id(IndicatorCatalog::info(indicator).id);
            std::vector<std::string> entries;
            for (int y = fromYear; y <= kLastYear; ++y) {
                auto c = evaluator.compute(indicator, r.code, y, 2015);
                if (c.isOk())
                    entries.push_back(number(c.value().value) + "," + provenanceLetter(c.value().provenance) +
                                      (c.value().reported ? ",r" : ""));
                else
                    entries.push_back(std::string("!") + errorCodeId(c.error().code()));
                if (withText)
                    out.push_back(join({"cell-text", scenario, r.code, id, std::to_string(y),
                                        c.isOk() ? c.value().method : c.error().toString()}));
            }
            out.push_back(join({"cells", scenario, r.code, id, std::to_string(fromYear), runs(entries)}));
        }
    }
}

void dumpJudgements(std::vector<std::string>& out, const LoadedProject& project, const std::string& scenario,
                    const Evaluator& evaluator) {
    EvaluationOptions options;
    options.scenario = scenario;
    for (const Verdict& v : evaluator.scorecard(options))
        dumpVerdict(out, "verdict", scenario, v.target.regionCode, v);
    const Region* root = project.dataset.root();
    std::vector<std::string> counties;
    for (const Region* r : project.dataset.children(root->code))
        if (r->kind == RegionKind::County)
            counties.push_back(r->code);
    for (const PlanTarget& t : project.dataset.targets()) {
        if (t.regionCode != root->code)
            continue;
        const auto verdicts =
            evaluator.judgeRegions(t, counties, options, allocationFor(project, scenario, t.year));
        for (std::size_t i = 0; i < verdicts.size(); ++i)
            dumpVerdict(out, "county", scenario, counties[i], verdicts[i]);
    }
}

void dumpLeakage(std::vector<std::string>& out, const Dataset& dataset, const Evaluator& evaluator) {
    for (const Region& r : dataset.regions()) {
        if (r.kind != RegionKind::City && r.kind != RegionKind::County && r.kind != RegionKind::SupplyUtility)
            continue;
        for (int y = kFirstYear; y <= kLastYear; ++y) {
            auto l = evaluator.leakageDetails(r.code, y);
            if (l.hasError()) {
                out.push_back(join({"leakage", r.code, std::to_string(y), "error", l.error().toString()}));
                continue;
            }
            const LeakageResult& x = l.value();
            out.push_back(join({"leakage", r.code, std::to_string(y), "ok", number(x.comprehensive.value()),
                                number(x.corrected.value()), number(x.corrections.residentialMetering.value()),
                                number(x.corrections.mainLength.value()), number(x.corrections.pressure.value()),
                                number(x.corrections.frostDepth.value()),
                                x.nonRevenue ? number(x.nonRevenue->value()) : "-", number(x.supplied.value()),
                                std::to_string(x.utilityCount), x.notes}));
        }
    }
}

void dumpAllocations(std::vector<std::string>& out, const std::string& scenario, const Dataset& dataset,
                     int year, double cap) {
    const QuotaAllocator allocator(dataset);
    for (AllocationMethod method : {AllocationMethod::BaseYearShare, AllocationMethod::GdpShare,
                                    AllocationMethod::EqualIntensityReduction}) {
        Allocation request{.parentRegion = dataset.root()->code, .year = year, .cap = cap, .method = method};
        auto a = allocator.allocate(request);
        if (a.hasError()) {
            out.push_back(join({"allocation", scenario, allocationMethodId(method), std::to_string(year), "error",
                                a.error().toString()}));
            continue;
        }
        for (const AllocationShare& s : a.value().shares)
            out.push_back(join({"allocation", scenario, allocationMethodId(method), std::to_string(year),
                                s.regionCode, number(s.volume), number(a.value().remainder)}));
    }
}

void dumpGoalSeek(std::vector<std::string>& out, const LoadedProject& project, const ScenarioSet& set,
                  const std::string& scenario) {
    const WaterVolume cap = hundredMillionCubicMetres(12.0);
    auto byProjection = GoalSeeker::seekTotalUseCap(project.dataset, set, scenario, 2035, cap);
    out.push_back(join({"seek-cap", scenario, "2035", number(cap.value()),
                        byProjection.isOk() ? number(byProjection.value().annualDecline.value())
                                            : byProjection.error().toString(),
                        byProjection.isOk() ? std::to_string(byProjection.value().evaluations) : "-"}));
    for (const PlanTarget& t : project.dataset.targets()) {
        if (t.id != "QZ-2035-TOTAL" && t.id != "QZ-2022-GDP-RED")
            continue;
        PlanTarget harder = t;
        harder.value = t.indicator == Indicator::TotalWaterUse ? cap.value() : 0.5;
        auto byEngine = GoalSeeker::seekTarget(project.dataset, set, scenario, harder);
        out.push_back(join({"seek-target", scenario, t.id, number(harder.value),
                            byEngine.isOk() ? number(byEngine.value().annualDecline.value())
                                            : byEngine.error().toString(),
                            byEngine.isOk() ? std::to_string(byEngine.value().evaluations) : "-"}));
    }
}

} // namespace

std::string number(double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.17g", value);
    return buffer;
}

std::string goldenPath() {
    return std::string(JIESHUI_SOURCE_DIR) + "/tests/core/data/qinzhou_golden.tsv";
}

std::vector<std::string> dump(const LoadedProject& project) {
    std::vector<std::string> out;
    const Dataset& observed = project.dataset;
    const ScenarioSet set = scenarioSet(project);
    const int last = Projector(observed, set).lastObservedYear();
    out.push_back(join({"last-observed-year", std::to_string(last)}));

    // The baseline trend every scenario inherits.
    auto trend = TrendEstimator(observed).estimate();
    for (const auto& [county, values] : trend.value().drivers.values())
        for (Driver d : DriverTraits::all)
            out.push_back(join({"trend", county, driverId(d), optionalNumber(values[DriverTraits::index(d)])}));
    for (const TrendNote& note : trend.value().notes)
        out.push_back(join({"trend-note", note.en}));

    // The observed data: every year.
    const Evaluator observedEvaluator(observed);
    dumpCells(out, kObserved, observed, observedEvaluator, kFirstYear);
    dumpJudgements(out, project, kObserved, observedEvaluator);
    dumpLeakage(out, observed, observedEvaluator);
    dumpAllocations(out, kObserved, observed, 2022, hundredMillionCubicMetres(16.53).value());

    // Each scenario: its projection, and the years after the last observed one (the projection writes only
    // those years, so the earlier ones are the observed rows above).
    const Projector projector(observed, set);
    for (const Scenario& scenario : project.scenarios) {
        const std::string& name = scenario.name;
        auto series = projector.projectSeries(name);
        if (series.hasError())
            throw std::runtime_error(series.error().toString());
        const Projection& p = series.value();
        for (std::size_t r = 0; r < p.regionCodes().size(); ++r)
            for (std::size_t v = 0; v < Projection::variableCount; ++v) {
                const auto pv = static_cast<ProjectedVariable>(v);
                std::vector<std::string> entries;
                for (int y = p.firstYear(); y <= p.lastYear(); ++y) {
                    const double x = p.cell(r, pv, y);
                    entries.push_back(std::isnan(x) ? "-" : number(x));
                }
                out.push_back(join({"projection", name, p.regionCodes()[r], std::string(Projection::variableId(pv)),
                                    std::to_string(p.firstYear()), runs(entries)}));
            }
        // The 2035 totals of the projection: the engine's one water total over the projection (the scenario
        // module's own partial-sum total is gone; on Qinzhou every sector is projected, so they agree).
        ValueOverlay overlay = projector.overlayLayout();
        overlay.setTable(p.data(), p.firstYear(), p.lastYear());
        const Evaluator projectedEngine(projector.sharedObserved(), &overlay);
        for (const std::string& region : p.regionCodes())
            for (bool assessment : {false, true}) {
                auto total = projectedEngine.compute(
                    assessment ? Indicator::TotalWaterUseAssessment : Indicator::TotalWaterUse, region, 2035);
                out.push_back(join({"projection-total", name, region, assessment ? "assessment" : "bulletin",
                                    total.isOk() ? number(total.value().value) : "-"}));
            }

        // The scenario's data as the pipeline judges it: the observed years with the projection after them.
        auto projected = projector.project(name);
        if (projected.hasError())
            throw std::runtime_error(projected.error().toString());
        const Evaluator evaluator(projected.value());
        dumpCells(out, name, observed, evaluator, last + 1);
        dumpJudgements(out, project, name, evaluator);
        dumpAllocations(out, name, projected.value(), 2035, hundredMillionCubicMetres(16.95).value());
        dumpGoalSeek(out, project, set, name);
    }
    return out;
}

std::vector<Difference> compare(const std::vector<std::string>& expected, const std::vector<std::string>& actual,
                                double relative) {
    std::vector<Difference> out;
    const auto same = [relative](const std::string& a, const std::string& b) {
        if (a == b)
            return true;
        char* endA = nullptr;
        char* endB = nullptr;
        const double x = std::strtod(a.c_str(), &endA);
        const double y = std::strtod(b.c_str(), &endB);
        if (a.empty() || b.empty() || *endA != '\0' || *endB != '\0')
            return false; // text: exact only
        return std::abs(x - y) <= relative * std::max(std::abs(x), std::abs(y));
    };
    // Fields: tab-separated; a field "x*n" stands for n fields x; inside a field, ',' separates parts.
    const auto fields = [](const std::string& line) {
        std::vector<std::string> parsed;
        for (const std::string& f : split(line)) {
            const auto star = f.rfind('*');
            std::size_t count = 1;
            std::string value = f;
            if (star != std::string::npos && star + 1 < f.size() &&
                f.find_first_not_of("0123456789", star + 1) == std::string::npos) {
                count = std::stoul(f.substr(star + 1));
                value = f.substr(0, star);
            }
            for (std::size_t k = 0; k < count; ++k) {
                std::istringstream parts(value);
                std::string part;
                bool any = false;
                while (std::getline(parts, part, ',')) {
                    parsed.push_back(part);
                    any = true;
                }
                if (!any)
                    parsed.emplace_back();
                parsed.emplace_back("\x1f"); // the end of a field
            }
        }
        return parsed;
    };
    const std::size_t n = std::max(expected.size(), actual.size());
    for (std::size_t i = 0; i < n; ++i) {
        const std::string e = i < expected.size() ? expected[i] : "(nothing)";
        const std::string a = i < actual.size() ? actual[i] : "(nothing)";
        if (e == a)
            continue;
        const auto fe = fields(e);
        const auto fa = fields(a);
        bool equal = fe.size() == fa.size();
        for (std::size_t k = 0; equal && k < fe.size(); ++k)
            equal = same(fe[k], fa[k]);
        if (!equal)
            out.push_back({e, a});
    }
    return out;
}

namespace {
/** The fields of a line with runs ("x*n") written out. */
std::vector<std::string> expanded(const std::string& line) {
    std::vector<std::string> out;
    for (const std::string& f : split(line)) {
        const auto star = f.rfind('*');
        if (star != std::string::npos && star + 1 < f.size() &&
            f.find_first_not_of("0123456789", star + 1) == std::string::npos) {
            out.insert(out.end(), std::stoul(f.substr(star + 1)), f.substr(0, star));
        } else {
            out.push_back(f);
        }
    }
    return out;
}

std::string outcomeLine(const std::string& kind, const std::string& scenario, const std::string& id,
                        const std::string& region, const TargetOutcome& o) {
    return join({kind, scenario, id, region, verdictStatusId(o.status), o.hasValue ? number(o.value) : "-",
                 o.hasValue ? provenanceKindId(o.provenance) : "-", o.hasValue ? (o.reported ? "1" : "0") : "-",
                 o.hasGap ? number(o.gap) : "-", o.hasRate ? number(o.rate) : "-"});
}
} // namespace

std::vector<Difference> compareNumbersOnly(const LoadedProject& project, const std::vector<std::string>& golden,
                                           std::size_t& compared) {
    std::map<std::string, std::string> byKey; // the first five fields (cells) or four (verdicts)
    for (const std::string& line : golden) {
        const auto f = split(line);
        if (f.empty() || (f[0] != "cells" && f[0] != "verdict" && f[0] != "county"))
            continue;
        byKey.emplace(join({f[0], f[1], f[2], f[3], f[0] == "cells" ? f[4] : ""}), line);
    }
    std::vector<Difference> out;
    compared = 0;
    const auto check = [&](const std::string& key, const std::string& actual,
                           const std::function<std::string(const std::string&)>& expectedOf) {
        auto it = byKey.find(key);
        const std::string expected = it == byKey.end() ? "(no golden line " + key + ")" : expectedOf(it->second);
        for (const auto& d : compare({expected}, {actual}))
            out.push_back(d);
        ++compared;
    };
    const auto same = [](const std::string& line) { return line; };

    const ScenarioSet set = scenarioSet(project);
    const auto compiled = CompiledProject::compile(project.dataset);
    const Projector projector(compiled, set);
    const int last = projector.lastObservedYear();
    for (const Scenario& scenario : project.scenarios) {
        const std::string& name = scenario.name;
        ScenarioModel::Options options;
        options.allocations = {allocationFor(project, name, 2022), allocationFor(project, name, 2035)};
        auto model = ScenarioModel::create(projector, name, options);
        if (model.hasError())
            throw std::runtime_error(model.error().toString());
        ScenarioModel::Scratch scratch = model.value().scratch();
        if (!model.value().evaluate(scratch))
            throw std::runtime_error("the Qinzhou projection failed for " + name);
        for (std::size_t i = 0; i < model.value().targets().size(); ++i) {
            const PlanTarget& t = model.value().targets()[i];
            check(join({"verdict", name, t.id, t.regionCode, ""}),
                  outcomeLine("verdict", name, t.id, t.regionCode, scratch.targets()[i]), same);
        }
        const auto& counties = model.value().counties();
        for (std::size_t t = 0; t < model.value().cityTargets().size(); ++t)
            for (std::size_t c = 0; c < counties.size(); ++c) {
                const std::string& id = model.value().cityTargets()[t].id;
                check(join({"county", name, id, counties[c], ""}),
                      outcomeLine("county", name, id, counties[c], scratch.counties()[t * counties.size() + c]),
                      same);
            }
        // Every cell through the kernel over the scenario's overlay: the projected years against the scenario's
        // rows, the observed years against the observed rows.
        const EngineView view(*compiled, &scratch.overlay());
        const IndicatorKernel kernel(view);
        NullRecorder quiet;
        for (RegionId r = 0; r < compiled->regionCount(); ++r)
            for (Indicator indicator : kIndicators) {
                const std::string id(IndicatorCatalog::info(indicator).id);
                std::vector<std::string> observedYears;
                std::vector<std::string> projectedYears;
                for (int y = kFirstYear; y <= kLastYear; ++y) {
                    const EngineValue v = kernel.compute(indicator, r, y, 2015, quiet);
                    (y <= last ? observedYears : projectedYears)
                        .push_back(v.ok ? number(v.value) + "," + provenanceLetter(v.provenance) + (v.reported ? ",r" : "")
                                        : std::string("!") + errorCodeId(v.error));
                }
                const std::string& code = compiled->regionCode(r);
                check(join({"cells", name, code, id, std::to_string(last + 1)}),
                      join({"cells", name, code, id, std::to_string(last + 1), runs(projectedYears)}), same);
                check(join({"cells", kObserved, code, id, std::to_string(kFirstYear)}),
                      join({"cells", kObserved, code, id, std::to_string(kFirstYear), runs(observedYears)}),
                      [&](const std::string& recorded) {
                          std::vector<std::string> f = expanded(recorded);
                          f.resize(5 + observedYears.size()); // the observed years only
                          std::vector<std::string> entries(f.begin() + 5, f.end());
                          return join({f[0], f[1], f[2], f[3], f[4], runs(entries)});
                      });
            }
    }
    return out;
}

std::vector<std::string> readLines(const std::string& path) {
    std::vector<std::string> out;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line))
        if (!line.empty() && line.front() != '#')
            out.push_back(line);
    return out;
}

void writeLines(const std::string& path, const std::vector<std::string>& lines) {
    std::ofstream out(path, std::ios::trunc);
    out << "# Golden record of the engine on data/qinzhou (tests/core/data/QinzhouGolden.h says how it is made\n"
           "# and compared). Tab-separated; numbers %.17g; compared within 1e-12 relative, text exactly.\n";
    for (const std::string& line : lines)
        out << line << '\n';
}

} // namespace jieshui::core::golden
