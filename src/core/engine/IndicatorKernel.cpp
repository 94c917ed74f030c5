// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/IndicatorKernel.h"

#include "engine/ComparablePriceSeries.h"
#include "engine/IrrigationCoefficientAggregator.h"
#include "engine/NullRecorder.h"
#include "engine/ReuseRateCalculator.h"
#include "engine/TextRecorder.h"
#include "engine/WaterUseLedger.h"
#include "model/Variable.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <type_traits>

namespace jieshui::core {

namespace {

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

EngineValue failed(ErrorCode code) {
    EngineValue v;
    v.error = code;
    return v;
}

EngineValue value(double x, ProvenanceKind provenance, bool reported = false) {
    return EngineValue{.value = x, .provenance = provenance, .reported = reported, .ok = true};
}

std::string fixed(double v, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
    return buffer;
}

std::string name(Var v) {
    return std::string(VariableCatalog::all()[variableId(v)].id);
}

std::string nameZh(Var v) {
    return std::string(VariableCatalog::all()[variableId(v)].nameZh);
}

constexpr Var kSectorVariables[SectorValues::TotalReported] = {
    Var::WaterFarmlandIrrigation, Var::WaterForestryLivestockFishery, Var::WaterIndustry,
    Var::WaterIndustryOnceThroughCooling, Var::WaterUrbanPublic, Var::WaterResidential,
    Var::WaterEcological, Var::WaterNonconventional};

} // namespace

IndicatorKernel::IndicatorKernel(const EngineView& view)
    : m_view(view), m_project(view.project()), m_settings(view.project().settings()) {}

bool IndicatorKernel::countySum(RegionId region, VariableId variable, int year, double& out,
                                ProvenanceKind& provenance) const {
    // A city without its own figure: the sum of its counties, only when every county has one.
    const auto counties = m_project.childCounties(region);
    if (counties.empty())
        return false;
    ProvenanceKind kind = provenance;
    double sum = 0.0;
    for (RegionId county : counties) {
        double x = 0.0;
        if (!m_view.read(county, variable, year, x, kind))
            return false;
        sum += x;
    }
    provenance = kind;
    out = sum;
    return true;
}

SectorValues IndicatorKernel::ledger(RegionId region, int year, ProvenanceKind& provenance) const {
    if (m_cache != nullptr && m_cache->region == region) {
        const int slot = year - m_cache->firstYear;
        if (slot >= 0 && slot < m_cache->yearCount) {
            if (!m_cache->ledgerFilled)
                fillLedger();
            const auto k = static_cast<std::size_t>(slot);
            provenance = std::max(provenance, m_cache->provenance[k]);
            return m_cache->sectors[k];
        }
    }
    SectorValues s;
    ledgerYears(region, year, 1, &s, &provenance);
    return s;
}

// Inline: a single year's ledger (the judge of a target) reads through it eight times.
inline void IndicatorKernel::readOrCountySumYears(RegionId region, VariableId variable, int firstYear,
                                                  int count, double* values, std::uint8_t* states) const {
    m_view.readYears(region, variable, firstYear, count, values, states);
    for (int k = 0; k < count; ++k) {
        if (states[k] != 0)
            continue;
        ProvenanceKind kind = ProvenanceKind::Sourced;
        if (countySum(region, variable, firstYear + k, values[k], kind))
            states[k] = static_cast<std::uint8_t>(1 + static_cast<int>(kind));
    }
}

void IndicatorKernel::ledgerYears(RegionId region, int firstYear, int count, SectorValues* sectors,
                                  ProvenanceKind* provenance) const {
    constexpr int chunk = 32; // years read per pass
    // Not zeroed: readOrCountySumYears() writes every state, and a value wherever its state is set.
    std::array<double, chunk> values;
    std::array<std::uint8_t, chunk> states;
    for (int from = 0; from < count; from += chunk) {
        const int n = std::min(chunk, count - from);
        SectorValues* s = sectors + from;
        ProvenanceKind* p = provenance + from;
        std::fill_n(s, n, SectorValues{});
        // Each variable's years at once; a year the region lacks falls back to the sum of its counties (as
        // readOrCountySum()).
        const auto readAll = [&](Var variable, auto&& use) {
            readOrCountySumYears(region, variableId(variable), firstYear + from, n, values.data(),
                                 states.data());
            for (int k = 0; k < n; ++k) {
                const std::uint8_t state = states[static_cast<std::size_t>(k)];
                if (state == 0)
                    continue;
                p[k] = std::max(p[k], static_cast<ProvenanceKind>(state - 1));
                use(k, values[static_cast<std::size_t>(k)]);
            }
        };
        for (std::uint8_t slot = 0; slot < SectorValues::TotalReported; ++slot)
            readAll(kSectorVariables[slot],
                    [&](int k, double x) { s[k].set(static_cast<SectorValues::Slot>(slot), x); });
        // The published total matters only when the six sectors are incomplete.
        for (int k = 0; k < n; ++k) {
            double total = 0.0;
            if (!s[k].complete() && readOrCountySum(region, variableId(Var::WaterTotalReported),
                                                    firstYear + from + k, total, p[k]))
                s[k].set(SectorValues::TotalReported, total);
        }
    }
}

void IndicatorKernel::fillLedger() const {
    LedgerCache& c = *m_cache;
    std::fill_n(c.provenance.begin(), c.yearCount, ProvenanceKind::Sourced);
    ledgerYears(c.region, c.firstYear, c.yearCount, c.sectors.data(), c.provenance.data());
    for (std::size_t k = 0; k < static_cast<std::size_t>(c.yearCount); ++k) {
        // waterOf() of each Water, the sectors checked once.
        const LedgerFigures f =
            WaterUseLedger::figuresOf(c.sectors[k], m_settings.industryExcludesOnceThroughCooling);
        c.water[k] = {f.bulletin, f.assessment, f.industry};
    }
    c.ledgerFilled = true;
}

void IndicatorKernel::fillOutput(std::size_t c, Var variable) const {
    readOrCountySumYears(m_cache->region, variableId(variable), m_cache->firstYear, m_cache->yearCount,
                         m_cache->output[c].data(), m_cache->outputState[c].data());
    m_cache->outputFilled[c] = true;
}

bool IndicatorKernel::output(RegionId region, Var variable, int year, double& value,
                             ProvenanceKind& provenance) const {
    if (m_cache != nullptr && m_cache->region == region) {
        const int slot = year - m_cache->firstYear;
        if (slot >= 0 && slot < m_cache->yearCount) {
            const std::size_t c = variable == Var::GdpCurrent ? 0 : 1;
            if (!m_cache->outputFilled[c])
                fillOutput(c, variable);
            const std::uint8_t state = m_cache->outputState[c][static_cast<std::size_t>(slot)];
            if (state == 0)
                return false;
            value = m_cache->output[c][static_cast<std::size_t>(slot)];
            provenance = std::max(provenance, static_cast<ProvenanceKind>(state - 1));
            return true;
        }
    }
    return readOrCountySum(region, variableId(variable), year, value, provenance);
}

LedgerOutcome IndicatorKernel::waterOf(const SectorValues& sectors, Water which) const {
    switch (which) {
    case Water::Bulletin:
        return WaterUseLedger::totalOf(sectors, WaterUseScope::Bulletin);
    case Water::Assessment:
        return WaterUseLedger::totalOf(sectors, WaterUseScope::Assessment);
    case Water::Industry:
        break;
    }
    return WaterUseLedger::industryOf(sectors, m_settings.industryExcludesOnceThroughCooling);
}

LedgerOutcome IndicatorKernel::water(RegionId region, int year, Water which, ProvenanceKind& provenance) const {
    if (m_cache != nullptr && m_cache->region == region) {
        const int slot = year - m_cache->firstYear;
        if (slot >= 0 && slot < m_cache->yearCount) {
            if (!m_cache->ledgerFilled)
                fillLedger();
            const auto k = static_cast<std::size_t>(slot);
            provenance = std::max(provenance, m_cache->provenance[k]);
            return m_cache->water[k][static_cast<std::size_t>(which)];
        }
    }
    return waterUncached(region, year, which, provenance);
}

LedgerOutcome IndicatorKernel::waterUncached(RegionId region, int year, Water which,
                                             ProvenanceKind& provenance) const {
    return waterOf(ledger(region, year, provenance), which);
}

void IndicatorKernel::fillChain(std::size_t c, Var index) const {
    // Every year of the region at once: each index read once, each year's provenance kept (the indices after
    // the base for later years, those up to the base for earlier ones).
    ProvenanceKind forwards = ProvenanceKind::Sourced;
    ProvenanceKind backwards = ProvenanceKind::Sourced;
    const int first = m_cache->firstYear;
    const int baseYear = m_cache->baseYear;
    ComparablePriceSeries::chainEach(
        baseYear, first, first + m_cache->yearCount - 1,
        [&](int k) {
            double points = 0.0;
            return m_view.read(m_cache->region, variableId(index), k, points,
                               k > baseYear ? forwards : backwards)
                       ? points
                       : kNone;
        },
        [&](int y, const ChainOutcome& o) {
            const auto at = static_cast<std::size_t>(y - first);
            m_cache->chains[c][at] = o;
            m_cache->chainProvenance[c][at] = y >= baseYear ? forwards : backwards;
        });
    m_cache->chainFilled[c] = true;
}

ChainOutcome IndicatorKernel::chainUncached(RegionId region, Var index, int baseYear, int year,
                                            ProvenanceKind& provenance) const {
    return ComparablePriceSeries::chain(baseYear, year, [&](int k) {
        double points = 0.0;
        return m_view.read(region, variableId(index), k, points, provenance) ? points : kNone;
    });
}

ChainOutcome IndicatorKernel::chain(RegionId region, Var index, int baseYear, int year,
                                    ProvenanceKind& provenance) const {
    if (m_cache != nullptr && m_cache->region == region && baseYear == m_cache->baseYear) {
        const int slot = year - m_cache->firstYear;
        const std::size_t c = index == Var::GdpIndex ? 0 : 1;
        if (slot >= 0 && slot < m_cache->yearCount) {
            if (!m_cache->chainFilled[c])
                fillChain(c, index);
            provenance = std::max(provenance, m_cache->chainProvenance[c][static_cast<std::size_t>(slot)]);
            return m_cache->chains[c][static_cast<std::size_t>(slot)];
        }
    }
    return chainUncached(region, index, baseYear, year, provenance);
}

template <typename Recorder, typename Each>
void IndicatorKernel::dispatch(Indicator indicator, RegionId region, int baseYear, Recorder& recorder,
                               Each&& each) const {
    switch (indicator) {
    case Indicator::TotalWaterUse:
        return each([&](int year) { return totalUse(region, year, true, recorder); });
    case Indicator::TotalWaterUseAssessment:
        return each([&](int year) { return totalUse(region, year, false, recorder); });
    case Indicator::WaterPerGdp:
    case Indicator::WaterPerIva:
        return each([&](int year) { return intensity(indicator, region, year, recorder); });
    case Indicator::WaterPerGdpReduction:
    case Indicator::WaterPerIvaReduction:
        return each([&](int year) { return reduction(indicator, region, year, baseYear, recorder); });
    case Indicator::IrrigationCoefficient:
        return each([&](int year) { return coefficient(region, year, recorder); });
    case Indicator::IndustrialReuseRate:
        return each([&](int year) { return reuseRate(region, year, recorder); });
    case Indicator::LeakageRateComprehensive:
    case Indicator::LeakageRate:
        return each([&](int year) { return leakageRate(indicator, region, year, recorder); });
    case Indicator::TaskMilestone:
        break;
    }
    each([&](int) {
        recorder.fail([] {
            return Error(ErrorCode::UnknownIndicator,
                         "a key-task milestone needs its task variable (see computeTask)");
        });
        return failed(ErrorCode::UnknownIndicator);
    });
}

template <typename Recorder>
EngineValue IndicatorKernel::compute(Indicator indicator, RegionId region, int year, int baseYear,
                                     Recorder& recorder) const {
    EngineValue out;
    dispatch(indicator, region, baseYear, recorder, [&](auto&& at) { out = at(year); });
    return out;
}

template <typename Recorder>
EngineValue IndicatorKernel::totalUse(RegionId region, int year, bool bulletin, Recorder& recorder) const {
    ProvenanceKind provenance = ProvenanceKind::Sourced;
    const LedgerOutcome total = water(region, year, bulletin ? Water::Bulletin : Water::Assessment, provenance);
    if (!total.ok()) {
        recorder.fail([&] { return WaterUseLedger::error(total.fault); });
        return failed(total.code());
    }
    if constexpr (Recorder::text) {
        recorder.method = std::string(bulletin ? "bulletin scope" : "assessment scope") +
                          (total.reported ? ", published total" : ", sum of sectors");
        recorder.methodZh = std::string(bulletin ? "公报口径" : "考核口径") +
                            (total.reported ? "，公布总量" : "，分行业加总");
    }
    return value(total.volume, provenance, total.reported);
}

template <typename Recorder>
EngineValue IndicatorKernel::intensity(Indicator indicator, RegionId region, int year, Recorder& recorder) const {
    ProvenanceKind provenance = ProvenanceKind::Sourced;
    const bool perGdp = indicator == Indicator::WaterPerGdp;
    const Water which = !perGdp ? Water::Industry
                        : m_settings.intensityScope == WaterUseScope::Bulletin ? Water::Bulletin
                                                                               : Water::Assessment;
    const LedgerOutcome water = IndicatorKernel::water(region, year, which, provenance);
    const Var outputVariable = perGdp ? Var::GdpCurrent : Var::IvaCurrent;
    double output = 0.0;
    if (!IndicatorKernel::output(region, outputVariable, year, output, provenance)) {
        recorder.fail([&] {
            return Error(ErrorCode::MissingData, "no " + name(outputVariable) + " at current prices",
                         {.field = name(outputVariable)});
        });
        return failed(ErrorCode::MissingData);
    }
    if (!water.ok()) {
        recorder.fail([&] { return WaterUseLedger::error(water.fault); });
        return failed(water.code());
    }
    const std::optional<double> i = intensityValue(water.volume, output);
    if (!i) {
        recorder.fail([&] {
            return divideByOutput(cubicMetres(water.volume), yuanAmount(output), name(outputVariable)).error();
        });
        return failed(ErrorCode::InvalidValue);
    }
    if constexpr (Recorder::text) {
        const bool bulletinScope = m_settings.intensityScope == WaterUseScope::Bulletin;
        if (perGdp) {
            recorder.method =
                std::string("current prices, ") + (bulletinScope ? "bulletin" : "assessment") + " scope";
            recorder.methodZh = std::string("当年价，") + (bulletinScope ? "公报" : "考核") + "口径用水量";
        } else {
            const bool withoutCooling = m_settings.industryExcludesOnceThroughCooling;
            recorder.method =
                withoutCooling ? "current prices, without once-through cooling" : "current prices";
            recorder.methodZh = withoutCooling ? "当年价，不含直流冷却用水" : "当年价";
        }
    }
    return value(*i, provenance, perGdp && water.reported);
}

template <typename Recorder>
EngineValue IndicatorKernel::reduction(Indicator indicator, RegionId region, int year, int baseYear,
                                       Recorder& recorder) const {
    const bool perGdp = indicator == Indicator::WaterPerGdpReduction;
    ProvenanceKind provenance = ProvenanceKind::Sourced;
    bool reported = false;
    // Water of one year in the scope of the indicator: total use (GDP) or industrial use (IVA).
    const Water which = !perGdp ? Water::Industry
                        : m_settings.intensityScope == WaterUseScope::Bulletin ? Water::Bulletin
                                                                               : Water::Assessment;
    const auto waterOf = [&](int y) {
        const LedgerOutcome w = water(region, y, which, provenance);
        reported = reported || (perGdp && w.ok() && w.reported);
        return w;
    };
    const LedgerOutcome base = waterOf(baseYear);
    if (!base.ok()) {
        recorder.fail([&] {
            const Error e = WaterUseLedger::error(base.fault).locatedIn({.year = baseYear});
            return Error(e.code(), "base year " + std::to_string(baseYear) + ": " + e.message(), e.location());
        });
        return failed(base.code());
    }
    const LedgerOutcome now = waterOf(year);
    if (!now.ok()) {
        recorder.fail([&] { return WaterUseLedger::error(now.fault).locatedIn({.year = year}); });
        return failed(now.code());
    }

    // A zero or negative output makes the intensity meaningless, even though it cancels in the formula.
    const Var outputVariable = perGdp ? Var::GdpCurrent : Var::IvaCurrent;
    for (int y : {baseYear, year}) {
        double output = 0.0;
        if (IndicatorKernel::output(region, outputVariable, y, output, provenance) && !(output > 0.0)) {
            recorder.fail([&] {
                return Error(ErrorCode::InvalidValue, "economic output must be positive",
                             {.field = name(outputVariable), .year = y});
            });
            return failed(ErrorCode::InvalidValue);
        }
    }

    const Var indexVariable = perGdp ? Var::GdpIndex : Var::IvaIndex;
    const ChainOutcome chain = IndicatorKernel::chain(region, indexVariable, baseYear, year, provenance);
    if (!chain.ok()) {
        recorder.fail([&] { return ComparablePriceSeries::chainError(chain, baseYear, name(indexVariable)); });
        return failed(chain.code());
    }
    const Outcome<double> r = ComparablePriceSeries::reductionOf(base.volume, now.volume, chain.factor);
    if (!r.ok) {
        recorder.fail([&] {
            return ComparablePriceSeries::reductionFromFactor(cubicMetres(base.volume), cubicMetres(now.volume),
                                                              chain.factor)
                .error();
        });
        return failed(r.error);
    }
    if constexpr (Recorder::text) {
        bool proxy = false;
        if (!perGdp)
            for (int k = std::min(baseYear, year) + 1; k <= std::max(baseYear, year); ++k) {
                double flag = 0.0;
                ProvenanceKind ignored = ProvenanceKind::Sourced;
                if (m_view.read(region, variableId(Var::IvaIndexIsAboveScaleProxy), k, flag, ignored))
                    proxy = proxy || flag != 0.0;
            }
        recorder.method = "comparable prices of " + std::to_string(baseYear) + ", I = " +
                          fixed(chain.factor * 100.0, 2) + " (" + std::to_string(baseYear) + " = 100)";
        recorder.methodZh = std::to_string(baseYear) +
                            "年可比价，指数 I = " + fixed(chain.factor * 100.0, 2) + "（" +
                            std::to_string(baseYear) + "年 = 100）";
        if (proxy) {
            recorder.method += ", 近似: above-scale industry index used as proxy";
            recorder.methodZh += "，近似：以规模以上工业增加值指数代替";
        }
        if (reported) {
            recorder.method += ", published total";
            recorder.methodZh += "，公布值";
        }
    }
    return value(r.value, provenance, reported);
}

template <typename Recorder, typename Why>
EngineValue IndicatorKernel::reportedFraction(RegionId region, int year, Var variable, ErrorCode whyCode, Why&& why,
                                              Recorder& recorder) const {
    ProvenanceKind provenance = ProvenanceKind::Sourced;
    double reported = 0.0;
    if (!m_view.read(region, variableId(variable), year, reported, provenance)) {
        recorder.fail([&] {
            const Error e = why();
            return Error(e.code(), e.message() + ", and no " + name(variable), e.location());
        });
        return failed(whyCode);
    }
    if constexpr (Recorder::text) {
        recorder.method = "reported value (" + name(variable) + ")";
        recorder.methodZh = "填报值（" + nameZh(variable) + "）";
    }
    return value(reported, provenance, true);
}

template <typename Recorder>
EngineValue IndicatorKernel::coefficient(RegionId region, int year, Recorder& recorder) const {
    const auto noDistrict = [&] {
        return reportedFraction(
            region, year, Var::IrrigationCoefficientReported, ErrorCode::MissingData,
            [] {
                return Error(ErrorCode::MissingData, "no irrigation district with gross and net water",
                             {.field = name(Var::IrrigationNet)});
            },
            recorder);
    };
    const std::span<const RegionId> under = m_project.districtsUnder(region);
    if (under.empty())
        return noDistrict(); // most counties of a national project: no aggregator to set up
    ProvenanceKind provenance = ProvenanceKind::Sourced;
    IrrigationCoefficientAggregator::Accumulator accumulator(m_settings.irrigationWeightBasis);
    IrrigationFault fault;
    RegionId faultDistrict = kNoRegion;
    int districts = 0;
    double firstGross = kNone;
    double firstNet = kNone;
    RegionId first = kNoRegion;
    for (RegionId d : under) {
        double gross = kNone;
        double net = kNone;
        const bool hasGross = m_view.read(d, variableId(Var::IrrigationGross), year, gross, provenance);
        const bool hasNet = m_view.read(d, variableId(Var::IrrigationNet), year, net, provenance);
        if (!hasGross && !hasNet)
            continue; // no survey of this district this year
        if (!hasGross)
            gross = kNone;
        if (!hasNet)
            net = kNone;
        double sample = 0.0;
        ProvenanceKind flagKind = ProvenanceKind::Sourced;
        const bool isSample =
            m_view.read(d, variableId(Var::IrrigationIsSample), year, sample, flagKind) && sample != 0.0;
        if (++districts == 1) {
            first = d;
            firstGross = gross;
            firstNet = net;
        }
        if (fault.kind != IrrigationFault::None)
            continue; // the aggregation stops at the first bad district
        const CompiledProject::DistrictInfo& info = m_project.district(d);
        fault = accumulator.add({.group = info.group,
                                 .large = info.large,
                                 .effectiveArea = info.effectiveArea,
                                 .gross = gross,
                                 .net = net,
                                 .isSample = isSample});
        if (fault.kind != IrrigationFault::None)
            faultDistrict = d;
    }
    // A district itself: its own head-tail coefficient.
    if (m_project.regionKind(region) == RegionKind::IrrigationDistrict && districts == 1) {
        IrrigationFault own;
        const Outcome<double> eta = IrrigationCoefficientAggregator::districtCoefficient(firstGross, firstNet, own);
        if (!eta.ok) {
            recorder.fail([&] { return IrrigationCoefficientAggregator::error(own, m_project.regionCode(first)); });
            return failed(own.code());
        }
        if constexpr (Recorder::text) {
            recorder.method = "head-tail method, net / gross";
            recorder.methodZh = "首尾测算分析法，净灌溉用水量 / 毛灌溉用水量";
        }
        return value(eta.value, provenance);
    }
    if (districts == 0)
        return noDistrict();
    if (fault.kind != IrrigationFault::None) {
        const auto why = [&] { return IrrigationCoefficientAggregator::error(fault, m_project.regionCode(faultDistrict)); };
        if (fault.code() == ErrorCode::MissingData)
            return reportedFraction(region, year, Var::IrrigationCoefficientReported, ErrorCode::MissingData, why,
                                    recorder);
        recorder.fail(why);
        return failed(fault.code());
    }
    const IrrigationCoefficientAggregator::Aggregate eta = accumulator.result();
    if (eta.fault.kind != IrrigationFault::None)
        return reportedFraction(
            region, year, Var::IrrigationCoefficientReported, ErrorCode::MissingData,
            [&] { return IrrigationCoefficientAggregator::error(eta.fault, {}); }, recorder);
    if constexpr (Recorder::text) {
        const std::string notes = IrrigationCoefficientAggregator::notesText(eta.notes);
        recorder.method = "细则 2015 aggregation, " + std::to_string(eta.districtCount) + " districts (" +
                          std::to_string(eta.sampleCount) + " samples), weights " +
                          (m_settings.irrigationWeightBasis == IrrigationWeightBasis::GrossWater
                               ? "gross water"
                               : "effective area x gross/mu") +
                          (notes.empty() ? "" : "; " + notes);
        const std::string notesZh = IrrigationCoefficientAggregator::notesText(eta.notes, true);
        recorder.methodZh = "按《细则》（2015）汇总，" + std::to_string(eta.districtCount) + "个灌区（" +
                            std::to_string(eta.sampleCount) + "个样点灌区），权重：" +
                            (m_settings.irrigationWeightBasis == IrrigationWeightBasis::GrossWater
                                 ? "毛灌溉用水量"
                                 : "有效灌溉面积 × 亩均毛用水量") +
                            (notesZh.empty() ? "" : "；" + notesZh);
    }
    return value(eta.value, provenance);
}

template <typename Recorder>
EngineValue IndicatorKernel::reuseRate(RegionId region, int year, Recorder& recorder) const {
    ProvenanceKind provenance = ProvenanceKind::Sourced;
    ReuseRateCalculator::Accumulator accumulator;
    ReuseRateCalculator::Fault fault = ReuseRateCalculator::Fault::None;
    RegionId faultUnit = kNoRegion;
    double reused = 0.0;
    double fresh = 0.0;
    const bool hasReused = m_view.read(region, variableId(Var::ReuseReused), year, reused, provenance);
    const bool hasFresh = m_view.read(region, variableId(Var::ReuseFresh), year, fresh, provenance);
    int counties = 0;
    if (hasReused && hasFresh) {
        fault = accumulator.add(reused, fresh);
        faultUnit = region;
    } else {
        provenance = ProvenanceKind::Sourced;
        bool missing = false;
        for (RegionId county : m_project.childCounties(region)) {
            const bool r = m_view.read(county, variableId(Var::ReuseReused), year, reused, provenance);
            const bool f = m_view.read(county, variableId(Var::ReuseFresh), year, fresh, provenance);
            if (!r || !f) {
                missing = true;
                continue;
            }
            ++counties;
            if (fault == ReuseRateCalculator::Fault::None) {
                fault = accumulator.add(reused, fresh);
                faultUnit = county;
            }
        }
        // Volumes of only some counties would give a wrong city rate: all or none.
        if (missing || counties == 0)
            return reportedFraction(
                region, year, Var::ReuseRateReported, ErrorCode::MissingData,
                [&] {
                    std::string list;
                    for (RegionId county : m_project.childCounties(region)) {
                        double x = 0.0;
                        ProvenanceKind ignored = ProvenanceKind::Sourced;
                        if (!m_view.read(county, variableId(Var::ReuseReused), year, x, ignored) ||
                            !m_view.read(county, variableId(Var::ReuseFresh), year, x, ignored))
                            list += (list.empty() ? "" : ", ") + m_project.regionCode(county);
                    }
                    return Error(ErrorCode::MissingData,
                                 "no above-scale reused and fresh water" + (list.empty() ? std::string() : " for " + list),
                                 {.field = name(Var::ReuseReused)});
                },
                recorder);
    }
    if (fault != ReuseRateCalculator::Fault::None) {
        recorder.fail([&] { return ReuseRateCalculator::error(fault, m_project.regionCode(faultUnit)); });
        return failed(ErrorCode::InvalidValue);
    }
    const Outcome<double> rate = accumulator.rate();
    if (!rate.ok)
        return reportedFraction(
            region, year, Var::ReuseRateReported, ErrorCode::MissingData,
            [] { return ReuseRateCalculator::error(ReuseRateCalculator::Fault::None, {}); }, recorder);
    if constexpr (Recorder::text) {
        recorder.method = counties == 0 ? "ΣV_r / Σ(V_r + V_f)"
                                        : "ΣV_r / Σ(V_r + V_f) over " + std::to_string(counties) + " counties";
        recorder.methodZh = counties == 0 ? "ΣV_r / Σ(V_r + V_f)"
                                          : "ΣV_r / Σ(V_r + V_f)，" + std::to_string(counties) + "个县区合计";
    }
    return value(rate.value, provenance);
}

template <typename Recorder>
LeakageFigures IndicatorKernel::leakage(RegionId region, int year, Recorder& recorder) const {
    return leakageOf(region, year, recorder);
}

template <typename Recorder>
LeakageFigures IndicatorKernel::leakageOf(RegionId region, int year, Recorder& recorder) const {
    const std::span<const RegionId> utilities = m_project.utilitiesUnder(region);
    if (utilities.empty()) { // most counties of a national project: what accumulator.result() says of none
        LeakageFigures out;
        out.figures.fault.kind = LeakageFault::NoUtility;
        recorder.fail([&] { return LeakageCalculator::error(out.figures.fault, {}); });
        return out;
    }
    return leakageOver(utilities, year, recorder);
}

template <typename Recorder>
LeakageFigures IndicatorKernel::leakageOver(std::span<const RegionId> utilities, int year,
                                            Recorder& recorder) const {
    LeakageFigures out;
    LeakageCalculator::Accumulator accumulator;
    LeakageFault fault;
    // text only: no string in a grid
    [[maybe_unused]] std::conditional_t<Recorder::text, std::string, char> notes{};
    [[maybe_unused]] std::conditional_t<Recorder::text, std::string, char> notesZh{};
    for (RegionId u : utilities) {
        ProvenanceKind kind = ProvenanceKind::Sourced;
        LeakageCalculator::UtilityNumbers in;
        if (!m_view.read(u, variableId(Var::SupplyTotal), year, in.supplied, kind) ||
            !m_view.read(u, variableId(Var::SupplyRegistered), year, in.registered, kind)) {
            ++out.withoutData;
            continue;
        }
        out.provenance = std::max(out.provenance, kind);
        const auto optional = [&](Var v) {
            double x = 0.0;
            return m_view.read(u, variableId(v), year, x, out.provenance) ? x : kNone;
        };
        in.billed = optional(Var::SupplyBilled);
        in.residentialMetered = optional(Var::SupplyResidentialMetered);
        in.mainLength = optional(Var::SupplyMainLength);
        in.meanPressure = optional(Var::SupplyMeanPressure);
        in.frostDepth = optional(Var::SupplyFrostDepth);
        if (fault.kind != LeakageFault::None)
            continue; // the sum stops at the first bad utility
        const LeakageCalculator::UtilityFigures f = LeakageCalculator::utilityOf(in);
        if (f.fault.kind != LeakageFault::None) {
            fault = f.fault;
            out.faultUtility = u;
            continue;
        }
        accumulator.add(f);
        if constexpr (Recorder::text)
            if (f.notes != 0) {
                notes += (notes.empty() ? "" : "; ") + m_project.regionCode(u) + ": " + LeakageCalculator::notesText(f.notes);
                notesZh += (notesZh.empty() ? "" : "；") + m_project.regionCode(u) + "：" +
                           LeakageCalculator::notesText(f.notes, true);
            }
    }
    out.utilities = accumulator.count();
    if (fault.kind != LeakageFault::None) {
        out.figures.fault = fault;
        recorder.fail([&] { return LeakageCalculator::error(fault, m_project.regionCode(out.faultUtility)); });
        return out;
    }
    out.figures = accumulator.result();
    if (out.figures.fault.kind != LeakageFault::None) {
        recorder.fail([&] { return LeakageCalculator::error(out.figures.fault, {}); });
        return out;
    }
    if constexpr (Recorder::text) {
        recorder.method = std::move(notes); // the notes; leakageRate() writes the method around them
        recorder.methodZh = std::move(notesZh);
    }
    return out;
}

template <typename Recorder>
EngineValue IndicatorKernel::leakageRate(Indicator indicator, RegionId region, int year, Recorder& recorder) const {
    const LeakageFigures l = leakageOf(region, year, recorder);
    if (l.figures.fault.kind != LeakageFault::None) {
        if (l.figures.fault.code() == ErrorCode::MissingData && indicator == Indicator::LeakageRate) {
            if constexpr (Recorder::text) {
                const Error why = *recorder.error;
                recorder.error.reset();
                return reportedFraction(region, year, Var::LeakageRateReported, ErrorCode::MissingData,
                                        [&] { return why; }, recorder);
            } else {
                return reportedFraction(region, year, Var::LeakageRateReported, ErrorCode::MissingData,
                                        [] { return Error(ErrorCode::MissingData, {}); }, recorder);
            }
        }
        return failed(l.figures.fault.code());
    }
    if constexpr (Recorder::text) {
        const std::string notes = std::move(recorder.method);
        const std::string notesZh = std::move(recorder.methodZh);
        const int count = l.utilities;
        recorder.method = "CJJ 92-2016, " + std::to_string(count) + " utilit" + (count == 1 ? "y" : "ies") +
                          (count > 1 ? ", supply-weighted" : "");
        if (l.withoutData > 0)
            recorder.method += ", " + std::to_string(l.withoutData) + " without data left out";
        if (indicator == Indicator::LeakageRate)
            recorder.method += ", R_n = " + fixed((((l.figures.r1 + l.figures.r2) + l.figures.r3) + l.figures.r4) * 100.0, 2) + " %";
        if (!notes.empty())
            recorder.method += "; " + notes;
        recorder.methodZh =
            "CJJ 92-2016，" + std::to_string(count) + "家供水单位" + (count > 1 ? "，按供水量加权" : "");
        if (l.withoutData > 0)
            recorder.methodZh += "，" + std::to_string(l.withoutData) + "家无数据未计入";
        if (indicator == Indicator::LeakageRate)
            recorder.methodZh +=
                "，R_n = " +
                fixed((((l.figures.r1 + l.figures.r2) + l.figures.r3) + l.figures.r4) * 100.0, 2) + " %";
        if (!notesZh.empty())
            recorder.methodZh += "；" + notesZh;
    }
    return value(indicator == Indicator::LeakageRate ? l.figures.corrected : l.figures.comprehensive, l.provenance);
}

template <typename Recorder>
EngineValue IndicatorKernel::task(const TargetSpec& target, int year, Recorder& recorder) const {
    if (!target.hasTaskVariable || !m_view.hasSeries(target.region, target.taskVariable)) {
        recorder.fail([&] {
            return Error(ErrorCode::MissingData, "no value of the task variable " +
                                                     std::string(target.perYearUnit ? "in this year" : "up to this year"));
        });
        return failed(ErrorCode::MissingData);
    }
    ProvenanceKind provenance = ProvenanceKind::Sourced;
    double x = 0.0;
    if (target.perYearUnit) {
        if (!m_view.read(target.region, target.taskVariable, year, x, provenance)) {
            recorder.fail([] { return Error(ErrorCode::MissingData, "no value of the task variable in this year"); });
            return failed(ErrorCode::MissingData);
        }
        if constexpr (Recorder::text) {
            recorder.method = "amount of the year";
            recorder.methodZh = "当年数量";
        }
        return value(x, provenance);
    }
    // Task variables hold the state reached to date: the latest value up to the year.
    for (int y = std::min(year, m_view.lastYear()); y >= m_view.firstYear(); --y) {
        ProvenanceKind kind = ProvenanceKind::Sourced;
        if (m_view.read(target.region, target.taskVariable, y, x, kind)) {
            if constexpr (Recorder::text) {
                recorder.method = "state reached by " + std::to_string(y);
                recorder.methodZh = "截至" + std::to_string(y) + "年的进展";
            }
            return value(x, kind);
        }
    }
    recorder.fail([] { return Error(ErrorCode::MissingData, "no value of the task variable up to this year"); });
    return failed(ErrorCode::MissingData);
}

template <typename Recorder>
EngineValue IndicatorKernel::targetValue(const TargetSpec& target, int year, Recorder& recorder) const {
    if (target.indicator == Indicator::TaskMilestone)
        return task(target, year, recorder);
    return compute(target.computed, target.region, year, target.baseYear, recorder);
}

template <typename Recorder>
TargetJudgement IndicatorKernel::judge(const TargetSpec& target, Recorder& recorder) const {
    TargetJudgement out;
    out.atTargetYear = targetValue(target, target.year, recorder);
    const EngineValue& at = out.atTargetYear;
    const bool comfortablyMet = at.ok && VerdictJudge::meets(target.comparator, at.value, target.value) &&
                                std::abs(at.value - target.value) >= target.margin * std::abs(target.value);
    if (!comfortablyMet) {
        NullRecorder quiet; // the history's text is never shown
        for (int y = target.year - 1; y >= target.oldestHistoryYear; --y) {
            const EngineValue past = targetValue(target, y, quiet);
            if (!past.ok)
                continue;
            const VerdictPoint point{
                .value = past.value, .year = y, .provenance = past.provenance, .reported = past.reported};
            if (!out.hasLatest) {
                out.hasLatest = true;
                out.latest = point;
            } else {
                out.hasEarlier = true;
                out.earlier = point;
                break;
            }
        }
    }
    const VerdictPoint atPoint{
        .value = at.value, .year = target.year, .provenance = at.provenance, .reported = at.reported};
    out.verdict = VerdictJudge(target.margin).decide(target.indicator, target.comparator, target.value, target.year,
                               at.ok ? &atPoint : nullptr, out.hasLatest ? &out.latest : nullptr,
                               out.hasEarlier ? &out.earlier : nullptr);
    return out;
}

void IndicatorKernel::computeRegion(std::span<const Indicator> indicators, RegionId region, int fromYear,
                                    int toYear, int baseYear, EngineValue* out) const {
    RegionScratch scratch;
    computeRegion(indicators, region, fromYear, toYear, baseYear, out, scratch);
}

void IndicatorKernel::computeRegion(std::span<const Indicator> indicators, RegionId region, int fromYear,
                                    int toYear, int baseYear, EngineValue* out, RegionScratch& scratch) const {
    LedgerCache& cache = scratch.cache;
    cache.region = region;
    cache.firstYear = std::min(fromYear, baseYear);
    cache.yearCount = std::max(toYear, baseYear) - cache.firstYear + 1;
    cache.baseYear = baseYear;
    IndicatorKernel cached = *this;
    if (cache.yearCount <= LedgerCache::capacity) {
        cache.ledgerFilled = false;
        cache.chainFilled = {false, false};
        cache.outputFilled = {false, false};
        cached.m_cache = &cache;
    }
    NullRecorder quiet;
    for (Indicator indicator : indicators)
        cached.dispatch(indicator, region, baseYear, quiet, [&](auto&& at) {
            for (int y = fromYear; y <= toYear; ++y)
                *out++ = at(y);
        });
}

// The two recorders: numbers only, and numbers with text.
#define JIESHUI_KERNEL_INSTANTIATE(R)                                                                             \
    template EngineValue IndicatorKernel::compute<R>(Indicator, RegionId, int, int, R&) const;                   \
    template EngineValue IndicatorKernel::task<R>(const TargetSpec&, int, R&) const;                             \
    template EngineValue IndicatorKernel::targetValue<R>(const TargetSpec&, int, R&) const;                      \
    template TargetJudgement IndicatorKernel::judge<R>(const TargetSpec&, R&) const;                             \
    template LeakageFigures IndicatorKernel::leakage<R>(RegionId, int, R&) const;
JIESHUI_KERNEL_INSTANTIATE(NullRecorder)
JIESHUI_KERNEL_INSTANTIATE(TextRecorder)
#undef JIESHUI_KERNEL_INSTANTIATE

} // namespace jieshui::core
