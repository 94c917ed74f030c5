// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/SeriesKernel.h"

#include "engine/ComparablePriceSeries.h"
#include "engine/ReuseRateCalculator.h"

#include <algorithm>

namespace jieshui::core {

namespace {
GridCell failed(ErrorCode code) {
    GridCell c;
    c.error = code;
    return c;
}
} // namespace

SeriesKernel::SeriesKernel(const RegionSeries& data, const EngineSettings& settings)
    : m_data(data), m_settings(settings) {
    m_none.bulletin.error = m_none.assessment.error = m_none.industry.error = ErrorCode::MissingData;
}

void SeriesKernel::sumLedgers() const {
    const auto cellOf = [](const auto& result, ProvenanceKind provenance) {
        GridCell c;
        c.provenance = provenance;
        if (result.hasError())
            c.error = result.error().code();
        return c;
    };
    m_ledgersSummed = true;
    for (int y = m_data.fromYear(); y <= m_data.toYear(); ++y) {
        ProvenanceKind provenance = ProvenanceKind::Sourced;
        const WaterUseLedger l = ledger(y, provenance);
        YearLedger out;
        auto bulletin = l.total(WaterUseScope::Bulletin);
        out.bulletin = cellOf(bulletin, provenance);
        if (bulletin.isOk()) {
            out.bulletin.value = bulletin.value().volume.value();
            out.bulletin.reported = bulletin.value().reported;
        }
        auto assessment = l.total(WaterUseScope::Assessment);
        out.assessment = cellOf(assessment, provenance);
        if (assessment.isOk()) {
            out.assessment.value = assessment.value().volume.value();
            out.assessment.reported = assessment.value().reported;
        }
        auto industry = l.industry(m_settings.industryExcludesOnceThroughCooling);
        out.industry = cellOf(industry, provenance);
        if (industry.isOk())
            out.industry.value = industry.value().value();
        m_ledgers.push_back(out);
    }
}

const SeriesKernel::YearLedger& SeriesKernel::ledgerAt(int year) const {
    if (!m_ledgersSummed) // only water indicators need the ledgers
        sumLedgers();
    const int slot = year - m_data.fromYear();
    if (slot < 0 || static_cast<std::size_t>(slot) >= m_ledgers.size())
        return m_none;
    return m_ledgers[static_cast<std::size_t>(slot)];
}

WaterUseLedger SeriesKernel::ledger(int year, ProvenanceKind& provenance) const {
    return collectWaterLedger([&](EngineVariable v) -> std::optional<WaterVolume> {
        if (auto x = m_data.read(v, year, provenance))
            return cubicMetres(*x);
        return std::nullopt;
    });
}

GridCell SeriesKernel::compute(Indicator indicator, int year, int baseYear) const {
    switch (indicator) {
    case Indicator::TotalWaterUse:
        return totalUse(year, WaterUseScope::Bulletin);
    case Indicator::TotalWaterUseAssessment:
        return totalUse(year, WaterUseScope::Assessment);
    case Indicator::WaterPerGdp:
    case Indicator::WaterPerIva:
        return intensity(indicator, year);
    case Indicator::WaterPerGdpReduction:
    case Indicator::WaterPerIvaReduction:
        return reduction(indicator, year, baseYear);
    case Indicator::IrrigationCoefficient:
        return reported(EngineVariable::IrrigationCoefficientReported, year, ErrorCode::MissingData);
    case Indicator::IndustrialReuseRate:
        return reuseRate(year);
    case Indicator::LeakageRateComprehensive:
        return failed(ErrorCode::MissingData); // no utility below the region, and no reported fallback
    case Indicator::LeakageRate:
        return reported(EngineVariable::LeakageRateReported, year, ErrorCode::MissingData);
    case Indicator::TaskMilestone:
        break;
    }
    return failed(ErrorCode::UnknownIndicator);
}

GridCell SeriesKernel::totalUse(int year, WaterUseScope scope) const {
    const YearLedger& l = ledgerAt(year);
    return scope == WaterUseScope::Bulletin ? l.bulletin : l.assessment;
}

GridCell SeriesKernel::intensity(Indicator indicator, int year) const {
    // Same order of checks as Evaluator::intensity(): output present, water, output positive.
    const YearLedger& l = ledgerAt(year);
    const bool perGdp = indicator == Indicator::WaterPerGdp;
    GridCell c;
    c.provenance = l.bulletin.provenance;
    auto output =
        m_data.read(perGdp ? EngineVariable::GdpCurrent : EngineVariable::IvaCurrent, year, c.provenance);
    if (!output)
        return failed(ErrorCode::MissingData);
    const GridCell& water =
        perGdp ? (m_settings.intensityScope == WaterUseScope::Bulletin ? l.bulletin : l.assessment)
               : l.industry;
    if (!water.isOk())
        return failed(*water.error);
    if (!(*output > 0.0))
        return failed(ErrorCode::InvalidValue);
    c.value = (cubicMetres(water.value) / yuanAmount(*output)).value();
    c.reported = perGdp && water.reported;
    return c;
}

GridCell SeriesKernel::reduction(Indicator indicator, int year, int baseYear) const {
    const bool perGdp = indicator == Indicator::WaterPerGdpReduction;
    const auto waterOf = [&](int y) -> const GridCell& {
        const YearLedger& l = ledgerAt(y);
        return perGdp ? (m_settings.intensityScope == WaterUseScope::Bulletin ? l.bulletin : l.assessment)
                      : l.industry;
    };
    const GridCell& base = waterOf(baseYear);
    if (!base.isOk())
        return failed(*base.error);
    const GridCell& now = waterOf(year);
    if (!now.isOk())
        return failed(*now.error);
    GridCell c;
    c.provenance = weakest(base.provenance, now.provenance);
    c.reported = perGdp && (base.reported || now.reported);
    const EngineVariable output = perGdp ? EngineVariable::GdpCurrent : EngineVariable::IvaCurrent;
    for (int y : {baseYear, year}) {
        auto o = m_data.read(output, y, c.provenance);
        if (o && !(*o > 0.0))
            return failed(ErrorCode::InvalidValue);
    }
    const EngineVariable index = perGdp ? EngineVariable::GdpIndex : EngineVariable::IvaIndex;
    double factor = 1.0;
    bool gap = false;
    for (int k = std::min(baseYear, year) + 1; k <= std::max(baseYear, year); ++k) {
        auto i = m_data.read(index, k, c.provenance);
        if (i && !(*i > 0.0))
            return failed(ErrorCode::InvalidValue);
        if (!i) {
            gap = true;
            continue;
        }
        factor = year >= baseYear ? factor * (*i / 100.0) : factor / (*i / 100.0);
    }
    if (gap)
        return failed(ErrorCode::IndexChainGap);
    auto r =
        ComparablePriceSeries::reductionFromFactor(cubicMetres(base.value), cubicMetres(now.value), factor);
    if (r.hasError())
        return failed(r.error().code());
    c.value = r.value().value();
    return c;
}

GridCell SeriesKernel::reported(EngineVariable variable, int year, ErrorCode missing) const {
    GridCell c;
    auto v = m_data.read(variable, year, c.provenance);
    if (!v)
        return failed(missing);
    c.value = *v;
    c.reported = true;
    return c;
}

GridCell SeriesKernel::reuseRate(int year) const {
    GridCell c;
    auto reused = m_data.read(EngineVariable::ReuseReused, year, c.provenance);
    auto fresh = m_data.read(EngineVariable::ReuseFresh, year, c.provenance);
    if (!reused || !fresh)
        return reported(EngineVariable::ReuseRateReported, year, ErrorCode::MissingData);
    auto rate = ReuseRateCalculator::rate({{std::string(), cubicMetres(*reused), cubicMetres(*fresh)}});
    if (rate.hasError()) {
        if (rate.error().code() == ErrorCode::MissingData)
            return reported(EngineVariable::ReuseRateReported, year, ErrorCode::MissingData);
        return failed(rate.error().code());
    }
    c.value = rate.value().value();
    return c;
}

} // namespace jieshui::core
