// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/Evaluator.h"

#include "engine/ComparablePriceSeries.h"
#include "engine/IrrigationCoefficientAggregator.h"
#include "engine/RegionSeries.h"
#include "engine/ReuseRateCalculator.h"
#include "engine/SeriesKernel.h"
#include "engine/VerdictJudge.h"
#include "model/Variable.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace jieshui::core {

namespace {

// Key-task milestones are counts, shares and done flags: reaching them exactly is meeting them, so the
// at-risk margin (meant for measured indicators with uncertainty) does not apply.
double atRiskMarginFor(const PlanTarget& target, const EvaluationOptions& options) {
    return target.indicator == Indicator::TaskMilestone ? 0.0 : options.atRiskMargin;
}

// How far back a judge looks for the latest value before a target year.
constexpr int kHistoryYears = 25;

std::string fixed(double v, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
    return buffer;
}

bool isCap(Indicator i) {
    return i == Indicator::TotalWaterUse || i == Indicator::TotalWaterUseAssessment;
}

bool isPerYearUnit(const std::string& unit) {
    return unit.find("/年") != std::string::npos || unit.find("/a") != std::string::npos ||
           unit.find("per year") != std::string::npos;
}

Error located(const Error& e, const std::string& region, int year) {
    return e.locatedIn({.region = region, .year = year});
}

} // namespace

Evaluator::Evaluator(const Dataset& dataset, EngineSettings settings)
    : m_dataset(dataset), m_settings(settings), m_index(dataset) {}

std::optional<double> Evaluator::read(std::string_view regionCode, std::string_view variable, int year,
                                      ProvenanceKind& provenance) const {
    // The dense columns answer in two lookups and O(1) by year, without touching the Statistic records.
    const RegionColumns* columns = m_dataset.columns(regionCode);
    if (columns == nullptr)
        return std::nullopt;
    auto it = columns->find(variable);
    if (it == columns->end())
        return std::nullopt;
    auto v = it->second.at(year);
    if (v)
        provenance = weakest(provenance, it->second.provenanceAt(year));
    return v;
}

std::optional<double> Evaluator::readOrCountySum(std::string_view regionCode, std::string_view variable,
                                                 int year, ProvenanceKind& provenance) const {
    if (auto own = read(regionCode, variable, year, provenance))
        return own;
    // A city without its own figure: the sum of its counties, only when every county has one.
    const auto& counties = m_index.childCounties(regionCode);
    if (counties.empty())
        return std::nullopt;
    ProvenanceKind kind = provenance;
    double sum = 0.0;
    for (const Region* county : counties) {
        auto v = read(county->code, variable, year, kind);
        if (!v)
            return std::nullopt;
        sum += *v;
    }
    provenance = kind;
    return sum;
}

WaterUseLedger Evaluator::ledger(const std::string& regionCode, int year, ProvenanceKind& provenance) const {
    return collectWaterLedger([&](EngineVariable variable) -> std::optional<WaterVolume> {
        if (auto v = readOrCountySum(regionCode, engineVariableId(variable), year, provenance))
            return cubicMetres(*v);
        return std::nullopt;
    });
}

Result<IndicatorValue> Evaluator::compute(Indicator indicator, const std::string& regionCode, int year,
                                          int baseYear) const {
    if (m_dataset.region(regionCode) == nullptr)
        return Error(ErrorCode::UnknownRegion, "unknown region code '" + regionCode + "'",
                     {.region = regionCode, .year = year});
    auto r = computeValue(indicator, regionCode, year, baseYear);
    if (r.hasError())
        return located(r.error(), regionCode, year);
    return r;
}

Result<IndicatorValue> Evaluator::computeValue(Indicator indicator, const std::string& regionCode, int year,
                                               int baseYear) const {
    switch (indicator) {
    case Indicator::TotalWaterUse:
        return totalUse(regionCode, year, WaterUseScope::Bulletin);
    case Indicator::TotalWaterUseAssessment:
        return totalUse(regionCode, year, WaterUseScope::Assessment);
    case Indicator::WaterPerGdp:
    case Indicator::WaterPerIva:
        return intensity(indicator, regionCode, year);
    case Indicator::WaterPerGdpReduction:
    case Indicator::WaterPerIvaReduction:
        return reduction(indicator, regionCode, year, baseYear);
    case Indicator::IrrigationCoefficient:
        return irrigationCoefficient(regionCode, year);
    case Indicator::IndustrialReuseRate:
        return reuseRate(regionCode, year);
    case Indicator::LeakageRateComprehensive:
    case Indicator::LeakageRate:
        return leakage(indicator, regionCode, year);
    case Indicator::TaskMilestone:
        break;
    }
    return Error(ErrorCode::UnknownIndicator,
                 "a key-task milestone needs its task variable (see computeTask)");
}

Result<IndicatorValue> Evaluator::totalUse(const std::string& regionCode, int year,
                                           WaterUseScope scope) const {
    ProvenanceKind provenance = ProvenanceKind::Sourced;
    auto total = ledger(regionCode, year, provenance).total(scope);
    if (total.hasError())
        return total.error();
    IndicatorValue v{.indicator = scope == WaterUseScope::Bulletin ? Indicator::TotalWaterUse
                                                                   : Indicator::TotalWaterUseAssessment,
                     .regionCode = regionCode,
                     .year = year,
                     .value = total.value().volume.value(),
                     .provenance = provenance,
                     .reported = total.value().reported};
    v.method = std::string(scope == WaterUseScope::Bulletin ? "bulletin scope" : "assessment scope") +
               (total.value().reported ? ", published total" : ", sum of sectors");
    return v;
}

Result<IndicatorValue> Evaluator::intensity(Indicator indicator, const std::string& regionCode,
                                            int year) const {
    ProvenanceKind provenance = ProvenanceKind::Sourced;
    const WaterUseLedger l = ledger(regionCode, year, provenance);
    const bool perGdp = indicator == Indicator::WaterPerGdp;
    const std::string_view outputVariable = perGdp ? var::GdpCurrent : var::IvaCurrent;
    auto output = readOrCountySum(regionCode, outputVariable, year, provenance);
    if (!output)
        return Error(ErrorCode::MissingData, "no " + std::string(outputVariable) + " at current prices",
                     {.field = std::string(outputVariable)});
    IndicatorValue v{.indicator = indicator, .regionCode = regionCode, .year = year};
    if (perGdp) {
        auto total = l.total(m_settings.intensityScope);
        if (total.hasError())
            return total.error();
        auto i = divideByOutput(total.value().volume, yuanAmount(*output), std::string(outputVariable));
        if (i.hasError())
            return i.error();
        v.value = i.value().value();
        v.reported = total.value().reported;
        v.method = std::string("current prices, ") +
                   (m_settings.intensityScope == WaterUseScope::Bulletin ? "bulletin" : "assessment") +
                   " scope";
    } else {
        auto i = l.intensityPerIva(yuanAmount(*output), m_settings.industryExcludesOnceThroughCooling);
        if (i.hasError())
            return i.error();
        v.value = i.value().value();
        v.method = m_settings.industryExcludesOnceThroughCooling
                       ? "current prices, without once-through cooling"
                       : "current prices";
    }
    v.provenance = provenance;
    return v;
}

Result<IndicatorValue> Evaluator::reduction(Indicator indicator, const std::string& regionCode, int year,
                                            int baseYear) const {
    const bool perGdp = indicator == Indicator::WaterPerGdpReduction;
    ProvenanceKind provenance = ProvenanceKind::Sourced;
    bool reported = false;
    // Water of one year in the scope of the indicator: total use (GDP) or industrial use (IVA).
    const auto water = [&](int y) -> Result<WaterVolume> {
        const WaterUseLedger l = ledger(regionCode, y, provenance);
        if (perGdp) {
            auto t = l.total(m_settings.intensityScope);
            if (t.hasError())
                return t.error().locatedIn({.year = y});
            reported = reported || t.value().reported;
            return t.value().volume;
        }
        auto w = l.industry(m_settings.industryExcludesOnceThroughCooling);
        if (w.hasError())
            return w.error().locatedIn({.year = y});
        return w.value();
    };
    auto base = water(baseYear);
    if (base.hasError())
        return Error(base.error().code(),
                     "base year " + std::to_string(baseYear) + ": " + base.error().message(),
                     base.error().location());
    auto now = water(year);
    if (now.hasError())
        return now.error();

    // A zero or negative output makes the intensity meaningless, even though it cancels in the formula.
    const std::string_view outputVariable = perGdp ? var::GdpCurrent : var::IvaCurrent;
    for (int y : {baseYear, year}) {
        auto output = readOrCountySum(regionCode, outputVariable, y, provenance);
        if (output && !(*output > 0.0))
            return Error(ErrorCode::InvalidValue, "economic output must be positive",
                         {.field = std::string(outputVariable), .year = y});
    }

    const std::string_view indexVariable = perGdp ? var::GdpIndex : var::IvaIndex;
    ComparablePriceSeries chain(baseYear, std::string(indexVariable));
    bool proxy = false;
    for (int k = std::min(baseYear, year) + 1; k <= std::max(baseYear, year); ++k) {
        if (auto i = read(regionCode, indexVariable, k, provenance)) {
            if (auto st = chain.setIndex(k, *i); st.hasError())
                return st.error();
        }
        if (!perGdp) {
            ProvenanceKind ignored = ProvenanceKind::Sourced;
            auto flag = read(regionCode, var::IvaIndexIsAboveScaleProxy, k, ignored);
            proxy = proxy || (flag && *flag != 0.0);
        }
    }
    auto factor = chain.volumeFactor(year);
    if (factor.hasError())
        return factor.error();
    auto r = ComparablePriceSeries::reductionFromFactor(base.value(), now.value(), factor.value());
    if (r.hasError())
        return r.error();
    IndicatorValue v{.indicator = indicator,
                     .regionCode = regionCode,
                     .year = year,
                     .value = r.value().value(),
                     .provenance = provenance,
                     .reported = reported};
    v.method = "comparable prices of " + std::to_string(baseYear) +
               ", I = " + fixed(factor.value() * 100.0, 2) + " (" + std::to_string(baseYear) + " = 100)";
    if (proxy)
        v.method += ", 近似: above-scale industry index used as proxy";
    if (reported)
        v.method += ", published total";
    return v;
}

Result<IndicatorValue> Evaluator::reportedFraction(Indicator indicator, const std::string& regionCode,
                                                   int year, std::string_view variable,
                                                   const Error& why) const {
    ProvenanceKind provenance = ProvenanceKind::Sourced;
    auto reported = read(regionCode, variable, year, provenance);
    if (!reported)
        return Error(why.code(), why.message() + ", and no " + std::string(variable), why.location());
    IndicatorValue v{.indicator = indicator,
                     .regionCode = regionCode,
                     .year = year,
                     .value = *reported,
                     .provenance = provenance,
                     .reported = true,
                     .method = "reported value (" + std::string(variable) + ")"};
    return v;
}

Result<IndicatorValue> Evaluator::irrigationCoefficient(const std::string& regionCode, int year) const {
    ProvenanceKind provenance = ProvenanceKind::Sourced;
    std::vector<DistrictIrrigation> districts;
    for (const Region* d : m_index.districtsUnder(regionCode)) {
        DistrictIrrigation di{.code = d->code, .profile = *d->irrigation};
        if (auto g = read(d->code, var::IrrigationGross, year, provenance))
            di.gross = cubicMetres(*g);
        if (auto n = read(d->code, var::IrrigationNet, year, provenance))
            di.net = cubicMetres(*n);
        if (!di.gross && !di.net)
            continue; // no survey of this district this year
        ProvenanceKind flagKind = ProvenanceKind::Sourced;
        auto sample = read(d->code, var::IrrigationIsSample, year, flagKind);
        di.isSample = sample && *sample != 0.0;
        districts.push_back(std::move(di));
    }
    const IrrigationCoefficientAggregator aggregator(m_settings.irrigationWeightBasis);
    const Region* self = m_dataset.region(regionCode);
    if (self != nullptr && self->kind == RegionKind::IrrigationDistrict && districts.size() == 1) {
        auto eta = IrrigationCoefficientAggregator::districtCoefficient(districts.front());
        if (eta.hasError())
            return eta.error();
        return IndicatorValue{.indicator = Indicator::IrrigationCoefficient,
                              .regionCode = regionCode,
                              .year = year,
                              .value = eta.value().value(),
                              .provenance = provenance,
                              .method = "head-tail method, net / gross"};
    }
    const Error noDistricts(ErrorCode::MissingData, "no irrigation district with gross and net water",
                            {.field = std::string(var::IrrigationNet)});
    if (districts.empty())
        return reportedFraction(Indicator::IrrigationCoefficient, regionCode, year,
                                var::IrrigationCoefficientReported, noDistricts);
    auto eta = aggregator.aggregate(districts);
    if (eta.hasError()) {
        if (eta.error().code() == ErrorCode::MissingData)
            return reportedFraction(Indicator::IrrigationCoefficient, regionCode, year,
                                    var::IrrigationCoefficientReported, eta.error());
        return eta.error();
    }
    const IrrigationCoefficient& c = eta.value();
    IndicatorValue v{.indicator = Indicator::IrrigationCoefficient,
                     .regionCode = regionCode,
                     .year = year,
                     .value = c.value.value(),
                     .provenance = provenance};
    v.method = "细则 2015 aggregation, " + std::to_string(c.districtCount) + " districts (" +
               std::to_string(c.sampleCount) + " samples), weights " +
               (m_settings.irrigationWeightBasis == IrrigationWeightBasis::GrossWater
                    ? "gross water"
                    : "effective area x gross/mu") +
               (c.notes.empty() ? "" : "; " + c.notes);
    return v;
}

Result<IndicatorValue> Evaluator::reuseRate(const std::string& regionCode, int year) const {
    ProvenanceKind provenance = ProvenanceKind::Sourced;
    std::vector<ReuseVolumes> units;
    auto reused = read(regionCode, var::ReuseReused, year, provenance);
    auto fresh = read(regionCode, var::ReuseFresh, year, provenance);
    std::string method = "ΣV_r / Σ(V_r + V_f)";
    if (reused && fresh) {
        units.push_back({regionCode, cubicMetres(*reused), cubicMetres(*fresh)});
    } else {
        provenance = ProvenanceKind::Sourced;
        std::string missing;
        for (const Region* county : m_index.childCounties(regionCode)) {
            auto r = read(county->code, var::ReuseReused, year, provenance);
            auto f = read(county->code, var::ReuseFresh, year, provenance);
            if (r && f)
                units.push_back({county->code, cubicMetres(*r), cubicMetres(*f)});
            else
                missing += (missing.empty() ? "" : ", ") + county->code;
        }
        // Volumes of only some counties would give a wrong city rate: all or none.
        if (!missing.empty() || units.empty())
            return reportedFraction(Indicator::IndustrialReuseRate, regionCode, year, var::ReuseRateReported,
                                    Error(ErrorCode::MissingData,
                                          "no above-scale reused and fresh water" +
                                              (missing.empty() ? std::string() : " for " + missing),
                                          {.field = std::string(var::ReuseReused)}));
        method += " over " + std::to_string(units.size()) + " counties";
    }
    auto rate = ReuseRateCalculator::rate(units);
    if (rate.hasError()) {
        if (rate.error().code() == ErrorCode::MissingData)
            return reportedFraction(Indicator::IndustrialReuseRate, regionCode, year, var::ReuseRateReported,
                                    rate.error());
        return rate.error();
    }
    return IndicatorValue{.indicator = Indicator::IndustrialReuseRate,
                          .regionCode = regionCode,
                          .year = year,
                          .value = rate.value().value(),
                          .provenance = provenance,
                          .method = method};
}

Result<LeakageResult> Evaluator::leakageInputs(const std::string& regionCode, int year,
                                               ProvenanceKind& provenance, int& utilitiesWithoutData) const {
    std::vector<UtilityLeakageInput> inputs;
    utilitiesWithoutData = 0;
    for (const Region* u : m_index.utilitiesUnder(regionCode)) {
        ProvenanceKind kind = ProvenanceKind::Sourced;
        auto qs = read(u->code, var::SupplyTotal, year, kind);
        auto qa = read(u->code, var::SupplyRegistered, year, kind);
        if (!qs || !qa) {
            ++utilitiesWithoutData;
            continue;
        }
        provenance = weakest(provenance, kind);
        UtilityLeakageInput in{.code = u->code, .supplied = cubicMetres(*qs), .registered = cubicMetres(*qa)};
        if (auto v = read(u->code, var::SupplyBilled, year, provenance))
            in.billed = cubicMetres(*v);
        if (auto v = read(u->code, var::SupplyResidentialMetered, year, provenance))
            in.residentialMetered = cubicMetres(*v);
        if (auto v = read(u->code, var::SupplyMainLength, year, provenance))
            in.mainLength = metres(*v);
        if (auto v = read(u->code, var::SupplyMeanPressure, year, provenance))
            in.meanPressure = Pressure(*v * pascal);
        if (auto v = read(u->code, var::SupplyFrostDepth, year, provenance))
            in.frostDepth = metres(*v);
        inputs.push_back(std::move(in));
    }
    return LeakageCalculator::region(inputs);
}

Result<LeakageResult> Evaluator::leakageDetails(const std::string& regionCode, int year) const {
    ProvenanceKind provenance = ProvenanceKind::Sourced;
    int without = 0;
    auto r = leakageInputs(regionCode, year, provenance, without);
    if (r.hasError())
        return located(r.error(), regionCode, year);
    return r;
}

Result<IndicatorValue> Evaluator::leakage(Indicator indicator, const std::string& regionCode,
                                          int year) const {
    ProvenanceKind provenance = ProvenanceKind::Sourced;
    int without = 0;
    auto r = leakageInputs(regionCode, year, provenance, without);
    if (r.hasError()) {
        if (r.error().code() == ErrorCode::MissingData && indicator == Indicator::LeakageRate)
            return reportedFraction(indicator, regionCode, year, var::LeakageRateReported, r.error());
        return r.error();
    }
    const LeakageResult& l = r.value();
    IndicatorValue v{.indicator = indicator,
                     .regionCode = regionCode,
                     .year = year,
                     .value =
                         indicator == Indicator::LeakageRate ? l.corrected.value() : l.comprehensive.value(),
                     .provenance = provenance};
    v.method = "CJJ 92-2016, " + std::to_string(l.utilityCount) + " utilit" +
               (l.utilityCount == 1 ? "y" : "ies") + (l.utilityCount > 1 ? ", supply-weighted" : "");
    if (without > 0)
        v.method += ", " + std::to_string(without) + " without data left out";
    if (indicator == Indicator::LeakageRate)
        v.method += ", R_n = " + fixed(l.corrections.total().value() * 100.0, 2) + " %";
    if (!l.notes.empty())
        v.method += "; " + l.notes;
    return v;
}

Result<IndicatorValue> Evaluator::computeTask(const PlanTarget& target) const {
    const ErrorLocation where{.field = target.variable, .region = target.regionCode, .year = target.year};
    if (target.variable.empty())
        return Error(ErrorCode::MissingData, "target " + target.id + " names no task variable", where);
    ProvenanceKind provenance = ProvenanceKind::Sourced;
    IndicatorValue v{
        .indicator = Indicator::TaskMilestone, .regionCode = target.regionCode, .year = target.year};
    if (isPerYearUnit(target.unit)) {
        auto x = read(target.regionCode, target.variable, target.year, provenance);
        if (!x)
            return Error(ErrorCode::MissingData, "no value of the task variable in this year", where);
        v.value = *x;
        v.method = "amount of the year";
    } else {
        const Statistic* latest = nullptr;
        for (const Statistic* s : m_dataset.series(target.regionCode, target.variable))
            if (s->year <= target.year)
                latest = s;
        if (latest == nullptr)
            return Error(ErrorCode::MissingData, "no value of the task variable up to this year", where);
        v.value = latest->value;
        provenance = latest->provenance.kind;
        v.method = "state reached by " + std::to_string(latest->year);
    }
    v.provenance = provenance;
    return v;
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

Result<IndicatorValue> Evaluator::computeForTarget(const PlanTarget& target, const EvaluationOptions& options,
                                                   int year) const {
    if (target.indicator == Indicator::TaskMilestone) {
        PlanTarget atYear = target;
        atYear.year = year;
        return computeTask(atYear);
    }
    Indicator indicator = target.indicator;
    if (indicator == Indicator::TotalWaterUse && options.assessmentScopeForCaps)
        indicator = Indicator::TotalWaterUseAssessment;
    // A cap judged in the assessment scope keeps that indicator on its value, so reports name the scope
    // that was actually judged.
    return compute(indicator, target.regionCode, year, target.baseYear != 0 ? target.baseYear : 2015);
}

Verdict Evaluator::judge(const PlanTarget& target, const EvaluationOptions& options) const {
    const VerdictJudge judge(atRiskMarginFor(target, options));
    VerdictInputs in;
    auto now = computeForTarget(target, options, target.year);
    if (now.isOk())
        in.atTargetYear = std::move(now).value();
    else
        in.noDataReason = now.error().toString();
    const bool comfortablyMet =
        in.atTargetYear && VerdictJudge::meets(target.comparator, in.atTargetYear->value, target.value) &&
        std::abs(in.atTargetYear->value - target.value) >=
            atRiskMarginFor(target, options) * std::abs(target.value);
    if (!comfortablyMet) {
        const bool isReductionTarget = target.indicator == Indicator::WaterPerGdpReduction ||
                                       target.indicator == Indicator::WaterPerIvaReduction;
        const int base = target.baseYear != 0 ? target.baseYear : 2015;
        const int oldest = isReductionTarget ? base : target.year - kHistoryYears;
        for (int y = target.year - 1; y >= oldest; --y) {
            auto past = computeForTarget(target, options, y);
            if (past.hasError())
                continue;
            if (!in.latestBefore) {
                in.latestBefore = std::move(past).value();
            } else {
                in.earlierBefore = std::move(past).value();
                break;
            }
        }
    }
    return judge.judge(target, in, options.scenario);
}

std::vector<Verdict> Evaluator::scorecard(const EvaluationOptions& options) const {
    std::vector<Verdict> out;
    out.reserve(m_dataset.targets().size());
    for (const PlanTarget& t : m_dataset.targets())
        if (options.year == 0 || t.year == options.year)
            out.push_back(judge(t, options));
    return out;
}

std::vector<IndicatorGrid> Evaluator::computeGrid(const std::vector<Indicator>& indicators,
                                                  const std::vector<std::string>& regionCodes, int fromYear,
                                                  int toYear, int baseYear) const {
    std::vector<IndicatorGrid> grids;
    grids.reserve(indicators.size());
    for (Indicator indicator : indicators) {
        IndicatorGrid g{.indicator = indicator,
                        .fromYear = fromYear,
                        .toYear = toYear,
                        .baseYear = baseYear,
                        .regionCodes = regionCodes};
        g.cells.resize(regionCodes.size() * static_cast<std::size_t>(g.yearCount()));
        grids.push_back(std::move(g));
    }
    const std::size_t years = static_cast<std::size_t>(toYear >= fromYear ? toYear - fromYear + 1 : 0);
    const auto fromResult = [](const Result<IndicatorValue>& r) {
        GridCell c;
        if (r.hasError()) {
            c.error = r.error().code();
            return c;
        }
        c.value = r.value().value;
        c.provenance = r.value().provenance;
        c.reported = r.value().reported;
        return c;
    };
    for (std::size_t ri = 0; ri < regionCodes.size(); ++ri) {
        const std::string& code = regionCodes[ri];
        const Region* region = m_dataset.region(code);
        // Regions that aggregate others (cities, districts' and utilities' parents) take the full path.
        const bool aggregates = region == nullptr || !m_index.childCounties(code).empty();
        std::optional<RegionSeries> data;
        std::optional<SeriesKernel> kernel;
        if (!aggregates) {
            data.emplace(m_dataset, code, std::min(fromYear, baseYear), std::max(toYear, baseYear));
            kernel.emplace(*data, m_settings);
        }
        for (std::size_t gi = 0; gi < indicators.size(); ++gi) {
            const Indicator indicator = indicators[gi];
            bool fast = data.has_value();
            if (indicator == Indicator::IrrigationCoefficient)
                fast = fast && m_index.districtsUnder(code).empty();
            if (indicator == Indicator::LeakageRate || indicator == Indicator::LeakageRateComprehensive)
                fast = fast && m_index.utilitiesUnder(code).empty();
            GridCell* row = grids[gi].cells.data() + ri * years;
            if (fast) {
                for (int y = fromYear; y <= toYear; ++y)
                    row[y - fromYear] = kernel->compute(indicator, y, baseYear);
            } else {
                for (int y = fromYear; y <= toYear; ++y)
                    row[y - fromYear] = fromResult(compute(indicator, code, y, baseYear));
            }
        }
    }
    return grids;
}

Verdict Evaluator::judgeFromGrid(const PlanTarget& target, const IndicatorGrid& grid, std::size_t regionIndex,
                                 const EvaluationOptions& options) const {
    const auto valueAt = [&](int year) {
        const GridCell& c = grid.cell(regionIndex, year);
        return IndicatorValue{.indicator = target.indicator,
                              .regionCode = target.regionCode,
                              .year = year,
                              .value = c.value,
                              .provenance = c.provenance,
                              .reported = c.reported};
    };
    VerdictInputs in;
    if (grid.cell(regionIndex, target.year).isOk()) {
        in.atTargetYear = valueAt(target.year);
    } else {
        // Only an empty cell pays for the full message.
        auto r = computeForTarget(target, options, target.year);
        in.noDataReason = r.hasError() ? r.error().toString() : "no value";
    }
    const bool comfortablyMet =
        in.atTargetYear && VerdictJudge::meets(target.comparator, in.atTargetYear->value, target.value) &&
        std::abs(in.atTargetYear->value - target.value) >=
            atRiskMarginFor(target, options) * std::abs(target.value);
    if (!comfortablyMet)
        for (int y = target.year - 1; y >= grid.fromYear; --y) {
            if (!grid.cell(regionIndex, y).isOk())
                continue;
            if (!in.latestBefore) {
                in.latestBefore = valueAt(y);
            } else {
                in.earlierBefore = valueAt(y);
                break;
            }
        }
    return VerdictJudge(atRiskMarginFor(target, options)).judge(target, in, options.scenario);
}

std::vector<Verdict> Evaluator::judgeRegions(const PlanTarget& cityTarget,
                                             const std::vector<std::string>& regionCodes,
                                             const EvaluationOptions& options,
                                             const Allocation* allocation) const {
    std::vector<Verdict> out;
    out.reserve(regionCodes.size());
    // The values of every region come from one grid over the target year and the history a judge looks at.
    const bool gridded = cityTarget.indicator != Indicator::TaskMilestone;
    const bool isReductionTarget = cityTarget.indicator == Indicator::WaterPerGdpReduction ||
                                   cityTarget.indicator == Indicator::WaterPerIvaReduction;
    const int base = cityTarget.baseYear != 0 ? cityTarget.baseYear : 2015;
    Indicator computed = cityTarget.indicator;
    if (computed == Indicator::TotalWaterUse && options.assessmentScopeForCaps)
        computed = Indicator::TotalWaterUseAssessment;
    std::vector<IndicatorGrid> grids;
    if (gridded)
        grids =
            computeGrid({computed}, regionCodes,
                        isReductionTarget ? std::min(base, cityTarget.year) : cityTarget.year - kHistoryYears,
                        cityTarget.year, base);
    for (std::size_t i = 0; i < regionCodes.size(); ++i) {
        const std::string& code = regionCodes[i];
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
        out.push_back(gridded ? judgeFromGrid(t, grids.front(), i, options) : judge(t, options));
    }
    return out;
}

} // namespace jieshui::core
