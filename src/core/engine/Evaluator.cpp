// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/Evaluator.h"

#include "engine/NullRecorder.h"
#include "engine/TextRecorder.h"
#include "engine/VerdictJudge.h"

#include <cmath>

namespace jieshui::core {

namespace {

bool isCap(Indicator i) {
    return i == Indicator::TotalWaterUse || i == Indicator::TotalWaterUseAssessment;
}

Error unknownRegion(const std::string& code, int year) {
    return Error(ErrorCode::UnknownRegion, "unknown region code '" + code + "'",
                 {.region = code, .year = year});
}

/**
 * The grid's cell of a kernel value, written field by field into a cell that exists: constructing a GridCell
 * (its optional error) and copying it made GCC store it in pieces and load it whole, a store-forwarding stall
 * per cell that cost more than the whole indicator.
 */
void setCell(GridCell& c, const EngineValue& v) {
    c.value = v.ok ? v.value : 0.0;
    c.provenance = v.ok ? v.provenance : ProvenanceKind::Sourced;
    c.reported = v.ok && v.reported;
    if (v.ok)
        c.error.reset();
    else
        c.error = v.error;
}

} // namespace

Evaluator::Evaluator(const Dataset& dataset, EngineSettings settings)
    : Evaluator(CompiledProject::compile(dataset, settings)) {}

Evaluator::Evaluator(std::shared_ptr<const CompiledProject> project, const ValueOverlay* overlay)
    : m_project(std::move(project)), m_view(*m_project, overlay), m_kernel(m_view) {}

Result<IndicatorValue> Evaluator::compute(Indicator indicator, const std::string& regionCode, int year,
                                          int baseYear) const {
    const RegionId region = m_project->findRegion(regionCode);
    if (region == kNoRegion)
        return unknownRegion(regionCode, year);
    TextRecorder text;
    const EngineValue v = m_kernel.compute(indicator, region, year, baseYear, text);
    if (!v.ok)
        return text.error->locatedIn({.region = regionCode, .year = year});
    return IndicatorValue{.indicator = indicator,
                          .regionCode = regionCode,
                          .year = year,
                          .value = v.value,
                          .provenance = v.provenance,
                          .reported = v.reported,
                          .method = std::move(text.method),
                          .methodZh = std::move(text.methodZh)};
}

Result<IndicatorValue> Evaluator::computeTask(const PlanTarget& target) const {
    const TargetSpec spec = TargetSpec::of(target, *m_project, {});
    return targetValueAt(target, spec, target.year);
}

Result<IndicatorValue> Evaluator::targetValueAt(const PlanTarget& target, const TargetSpec& spec,
                                                int year) const {
    if (target.indicator != Indicator::TaskMilestone)
        return compute(spec.computed, target.regionCode, year, spec.baseYear);
    const ErrorLocation where{.field = target.variable, .region = target.regionCode, .year = year};
    if (target.variable.empty())
        return Error(ErrorCode::MissingData, "target " + target.id + " names no task variable", where);
    TextRecorder text;
    const EngineValue v = spec.region == kNoRegion ? EngineValue{} : m_kernel.task(spec, year, text);
    if (!v.ok) {
        if (!text.error)
            text.error.emplace(ErrorCode::MissingData, spec.perYearUnit
                                                           ? "no value of the task variable in this year"
                                                           : "no value of the task variable up to this year");
        return text.error->locatedIn(where);
    }
    return IndicatorValue{.indicator = Indicator::TaskMilestone,
                          .regionCode = target.regionCode,
                          .year = year,
                          .value = v.value,
                          .provenance = v.provenance,
                          .method = std::move(text.method),
                          .methodZh = std::move(text.methodZh)};
}

std::vector<Result<IndicatorValue>> Evaluator::computeSeries(Indicator indicator,
                                                             const std::string& regionCode, int fromYear,
                                                             int toYear, int baseYear) const {
    std::vector<Result<IndicatorValue>> out;
    if (toYear >= fromYear)
        out.reserve(static_cast<std::size_t>(toYear - fromYear + 1));
    for (int y = fromYear; y <= toYear; ++y)
        out.push_back(compute(indicator, regionCode, y, baseYear));
    return out;
}

Result<LeakageResult> Evaluator::leakageDetails(const std::string& regionCode, int year) const {
    const RegionId region = m_project->findRegion(regionCode);
    const ErrorLocation where{.region = regionCode, .year = year};
    if (region == kNoRegion)
        return LeakageCalculator::error({.kind = LeakageFault::NoUtility}, {}).locatedIn(where);
    TextRecorder text;
    const LeakageFigures l = m_kernel.leakage(region, year, text);
    if (l.figures.fault.kind != LeakageFault::None)
        return text.error->locatedIn(where);
    LeakageResult out;
    out.comprehensive = ratio(l.figures.comprehensive);
    out.corrected = ratio(l.figures.corrected);
    out.corrections = {ratio(l.figures.r1), ratio(l.figures.r2), ratio(l.figures.r3), ratio(l.figures.r4)};
    if (!std::isnan(l.figures.nonRevenue))
        out.nonRevenue = ratio(l.figures.nonRevenue);
    out.supplied = cubicMetres(l.figures.supplied);
    out.utilityCount = l.utilities;
    out.notes = std::move(text.method);
    return out;
}

std::vector<IndicatorGrid> Evaluator::computeGrid(const std::vector<Indicator>& indicators,
                                                  const std::vector<std::string>& regionCodes, int fromYear,
                                                  int toYear, int baseYear) const {
    std::vector<IndicatorGrid> grids;
    grids.reserve(indicators.size());
    const std::size_t years = static_cast<std::size_t>(toYear >= fromYear ? toYear - fromYear + 1 : 0);
    for (Indicator indicator : indicators) {
        IndicatorGrid g{.indicator = indicator,
                        .fromYear = fromYear,
                        .toYear = toYear,
                        .baseYear = baseYear,
                        .regionCodes = regionCodes};
        g.cells.reserve(regionCodes.size() * years); // filled region by region below: each cell written once
        grids.push_back(std::move(g));
    }
    if (years == 0)
        return grids;
    std::vector<EngineValue> values(indicators.size() * years);
    std::vector<GridCell> row(years); // one region's years of one indicator, appended to its grid at once
    IndicatorKernel::RegionScratch scratch; // one cache for every region, reset per region
    for (std::size_t ri = 0; ri < regionCodes.size(); ++ri) {
        const RegionId region = m_project->findRegion(regionCodes[ri]);
        if (region == kNoRegion) {
            for (IndicatorGrid& g : grids)
                g.cells.insert(g.cells.end(), years, GridCell{.error = ErrorCode::UnknownRegion});
            continue;
        }
        m_kernel.computeRegion(indicators, region, fromYear, toYear, baseYear, values.data(), scratch);
        for (std::size_t gi = 0; gi < indicators.size(); ++gi) {
            for (std::size_t y = 0; y < years; ++y)
                setCell(row[y], values[gi * years + y]);
            grids[gi].cells.insert(grids[gi].cells.end(), row.begin(), row.end());
        }
    }
    return grids;
}

Verdict Evaluator::judgeOne(const PlanTarget& target, const EvaluationOptions& options,
                            bool withMethod) const {
    const TargetSpec spec = TargetSpec::of(target, *m_project, options);
    VerdictInputs in;
    TargetJudgement j;
    if (spec.region == kNoRegion) {
        auto r = targetValueAt(target, spec, target.year); // the located error
        in.noDataReason = r.error().toString();
    } else {
        // The kernel judges once; with withMethod it also records the target year's text (the compliance map
        // shows no method text, and pays for a message only where a value is missing).
        TextRecorder text;
        NullRecorder quiet;
        j = withMethod ? m_kernel.judge(spec, text) : m_kernel.judge(spec, quiet);
        if (j.atTargetYear.ok) {
            // The value names the indicator judged (a cap in the assessment scope), with or without its
            // method.
            in.atTargetYear = IndicatorValue{.indicator = spec.computed,
                                             .regionCode = target.regionCode,
                                             .year = target.year,
                                             .value = j.atTargetYear.value,
                                             .provenance = j.atTargetYear.provenance,
                                             .reported = j.atTargetYear.reported,
                                             .method = std::move(text.method),
                                             .methodZh = std::move(text.methodZh)};
        } else if (withMethod && target.indicator != Indicator::TaskMilestone) {
            in.noDataReason =
                text.error->locatedIn({.region = target.regionCode, .year = target.year}).toString();
        } else {
            in.noDataReason = targetValueAt(target, spec, target.year).error().toString();
        }
        const auto point = [&](const VerdictPoint& p) {
            IndicatorValue v{.indicator = spec.computed,
                             .regionCode = target.regionCode,
                             .year = p.year,
                             .value = p.value,
                             .provenance = p.provenance,
                             .reported = p.reported};
            if (withMethod && j.verdict.basis == VerdictNumbers::TrendShort && &p == &j.latest) {
                IndicatorValue shown =
                    targetValueAt(target, spec, p.year).value(); // the value the verdict shows
                v.method = std::move(shown.method);
                v.methodZh = std::move(shown.methodZh);
            }
            return v;
        };
        if (j.hasLatest)
            in.latestBefore = point(j.latest);
        if (j.hasEarlier)
            in.earlierBefore = point(j.earlier);
    }
    return VerdictJudge(spec.margin).judge(target, in, options.scenario);
}

Verdict Evaluator::judge(const PlanTarget& target, const EvaluationOptions& options) const {
    return judgeOne(target, options, true);
}

std::vector<Verdict> Evaluator::scorecard(const EvaluationOptions& options) const {
    std::vector<Verdict> out;
    out.reserve(m_project->targets().size());
    for (const PlanTarget& t : m_project->targets())
        if (options.year == 0 || t.year == options.year)
            out.push_back(judge(t, options));
    return out;
}

std::vector<Verdict> Evaluator::judgeRegions(const PlanTarget& cityTarget,
                                             const std::vector<std::string>& regionCodes,
                                             const EvaluationOptions& options,
                                             const Allocation* allocation) const {
    std::vector<Verdict> out;
    out.reserve(regionCodes.size());
    for (const std::string& code : regionCodes) {
        PlanTarget t = cityTarget;
        t.regionCode = code;
        if (isCap(t.indicator)) {
            const AllocationShare* share = nullptr;
            if (allocation != nullptr)
                for (const AllocationShare& s : allocation->shares)
                    if (s.regionCode == code)
                        share = &s;
            if (share == nullptr) {
                Verdict v{.target = t, .scenario = options.scenario, .status = VerdictStatus::NoQuota};
                v.explanation = "no quota of the " + std::to_string(t.year) +
                                " cap is allocated to this region (the city cap applies to the city only)";
                out.push_back(std::move(v));
                continue;
            }
            t.value = share->volume;
        }
        // A compliance map shows the numbers; the explanation carries no method text (as a grid cell).
        out.push_back(judgeOne(t, options, t.indicator == Indicator::TaskMilestone));
    }
    return out;
}

std::optional<double> Evaluator::statistic(std::string_view regionCode, std::string_view variable,
                                           int year) const {
    const RegionId region = m_project->findRegion(regionCode);
    const auto v = m_project->findVariable(variable);
    if (region == kNoRegion || !v)
        return std::nullopt;
    double x = 0.0;
    ProvenanceKind ignored = ProvenanceKind::Sourced;
    if (!m_view.read(region, *v, year, x, ignored))
        return std::nullopt;
    return x;
}

} // namespace jieshui::core
