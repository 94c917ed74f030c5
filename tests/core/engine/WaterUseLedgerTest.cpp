// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/WaterUseLedger.h"

#include <bit>
#include <cstdint>
#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace jieshui::core;

namespace {
SectorVolumes tenHundredMillion() {
    SectorVolumes s;
    s.farmlandIrrigation = hundredMillionCubicMetres(5.0);
    s.forestryLivestockFishery = hundredMillionCubicMetres(1.0);
    s.industry = hundredMillionCubicMetres(2.0);
    s.onceThroughCooling = hundredMillionCubicMetres(0.5);
    s.urbanPublic = hundredMillionCubicMetres(0.5);
    s.residential = hundredMillionCubicMetres(1.0);
    s.ecological = hundredMillionCubicMetres(0.5);
    s.nonconventional = hundredMillionCubicMetres(0.2);
    return s;
}
} // namespace

TEST(WaterUseLedger, sumsSectorsIntoBulletinAndAssessmentScopes) {
    // Given 5 + 1 + 2 + 0.5 + 1 + 0.5 亿m³ by sector, 0.2 亿m³ of it non-conventional
    const WaterUseLedger ledger(tenHundredMillion());
    // When both totals are asked for
    auto bulletin = ledger.total(WaterUseScope::Bulletin);
    auto assessment = ledger.total(WaterUseScope::Assessment);
    // Then bulletin = 10.0 亿m³ (ecological included) and assessment = 10.0 − 0.2 = 9.8 亿m³
    ASSERT_TRUE(bulletin.isOk());
    EXPECT_NEAR(inHundredMillionCubicMetres(bulletin.value().volume), 10.0, 1e-12);
    EXPECT_FALSE(bulletin.value().reported);
    ASSERT_TRUE(assessment.isOk());
    EXPECT_NEAR(inHundredMillionCubicMetres(assessment.value().volume), 9.8, 1e-12);
}

TEST(WaterUseLedger, computesIntensitiesPerTenThousandYuan) {
    // Given the ledger, GDP 500 亿元 and IVA 100 亿元
    const WaterUseLedger ledger(tenHundredMillion());
    // When the intensities are asked for
    auto perGdp = ledger.intensityPerGdp(hundredMillionYuan(500.0), WaterUseScope::Bulletin);
    auto perIva = ledger.intensityPerIva(hundredMillionYuan(100.0), false);
    auto perIvaNoCooling = ledger.intensityPerIva(hundredMillionYuan(100.0), true);
    // Then 10e8 m³ / 500e4 万元 = 200 m³/万元; 2e8 / 100e4 = 200; (2 − 0.5)e8 / 100e4 = 150 m³/万元
    ASSERT_TRUE(perGdp.isOk());
    EXPECT_NEAR(inCubicMetresPerTenThousandYuan(perGdp.value()), 200.0, 1e-9);
    EXPECT_NEAR(inCubicMetresPerTenThousandYuan(perIva.value()), 200.0, 1e-9);
    EXPECT_NEAR(inCubicMetresPerTenThousandYuan(perIvaNoCooling.value()), 150.0, 1e-9);
}

TEST(WaterUseLedger, acceptsTheReportedTotalOnlyWhenSectorsAreAbsent) {
    // Given only a published total of 13.2 亿m³ with 0.2 non-conventional
    SectorVolumes s;
    s.totalReported = hundredMillionCubicMetres(13.2);
    s.nonconventional = hundredMillionCubicMetres(0.2);
    // When the totals are asked for
    auto bulletin = WaterUseLedger(s).total(WaterUseScope::Bulletin);
    auto assessment = WaterUseLedger(s).total(WaterUseScope::Assessment);
    // Then the published total is used and flagged
    ASSERT_TRUE(bulletin.isOk());
    EXPECT_TRUE(bulletin.value().reported);
    EXPECT_NEAR(inHundredMillionCubicMetres(bulletin.value().volume), 13.2, 1e-12);
    EXPECT_NEAR(inHundredMillionCubicMetres(assessment.value().volume), 13.0, 1e-12);
    // ... and complete sectors win over a published total
    SectorVolumes both = tenHundredMillion();
    both.totalReported = hundredMillionCubicMetres(13.2);
    EXPECT_FALSE(WaterUseLedger(both).total(WaterUseScope::Bulletin).value().reported);
}

TEST(WaterUseLedger, namesMissingSectorsAndRejectsBadVolumes) {
    // Given sectors without residential use and no published total
    SectorVolumes missing = tenHundredMillion();
    missing.residential.reset();
    // When the total is asked for
    auto total = WaterUseLedger(missing).total(WaterUseScope::Bulletin);
    // Then MissingData names water.residential
    ASSERT_TRUE(total.hasError());
    EXPECT_EQ(total.error().code(), ErrorCode::MissingData);
    EXPECT_NE(total.error().message().find("water.residential"), std::string::npos);

    // Given a negative volume: InvalidValue naming the field
    SectorVolumes negative = tenHundredMillion();
    negative.industry = cubicMetres(-1.0);
    auto bad = WaterUseLedger(negative).total(WaterUseScope::Bulletin);
    ASSERT_TRUE(bad.hasError());
    EXPECT_EQ(bad.error().code(), ErrorCode::InvalidValue);
    EXPECT_EQ(bad.error().location().field, "water.industry");

    // Given zero GDP: InvalidValue, never an infinite intensity
    auto zeroGdp =
        WaterUseLedger(tenHundredMillion()).intensityPerGdp(yuanAmount(0.0), WaterUseScope::Bulletin);
    ASSERT_TRUE(zeroGdp.hasError());
    EXPECT_EQ(zeroGdp.error().code(), ErrorCode::InvalidValue);
    EXPECT_EQ(zeroGdp.error().location().field, "econ.gdp_current");

    // Given non-conventional water above the total: InvalidValue in the assessment scope
    SectorVolumes tooMuch = tenHundredMillion();
    tooMuch.nonconventional = hundredMillionCubicMetres(11.0);
    EXPECT_TRUE(WaterUseLedger(tooMuch).total(WaterUseScope::Assessment).hasError());
}

TEST(WaterUseLedger, figuresOfAgreesWithTotalOfAndIndustryOfOnEveryKindOfSectors) {
    // Given sectors of every shape the ledger distinguishes: complete, incomplete with and without a
    // published total, a negative volume (present or only left in an absent slot), non-conventional water
    // above the total, cooling above industry, no industry, and -0.0
    const auto full = [] {
        SectorValues s;
        const double v[] = {6.2e8, 0.8e8, 1.5e8, 0.2e8, 0.5e8, 0.8e8, 0.2e8, 0.1e8};
        for (std::uint8_t i = 0; i < 8; ++i)
            s.set(static_cast<SectorValues::Slot>(i), v[i]);
        return s;
    };
    std::vector<SectorValues> cases;
    cases.push_back(full());
    SectorValues incomplete;
    incomplete.set(SectorValues::Farmland, 5e8);
    incomplete.set(SectorValues::Industry, 2e8);
    cases.push_back(incomplete);
    incomplete.set(SectorValues::TotalReported, 9e8);
    incomplete.set(SectorValues::Nonconventional, 0.3e8);
    cases.push_back(incomplete);
    SectorValues negative = full();
    negative.set(SectorValues::Residential, -1.0);
    cases.push_back(negative);
    SectorValues staleNegative = full();
    staleNegative.volume[SectorValues::TotalReported] = -5.0; // not present: must not count
    cases.push_back(staleNegative);
    SectorValues tooMuchNonconventional = full();
    tooMuchNonconventional.set(SectorValues::Nonconventional, 20e8);
    cases.push_back(tooMuchNonconventional);
    SectorValues tooMuchCooling = full();
    tooMuchCooling.set(SectorValues::Cooling, 3e8);
    cases.push_back(tooMuchCooling);
    cases.push_back(SectorValues{});
    SectorValues negativeZero = full();
    negativeZero.set(SectorValues::Farmland, -0.0);
    cases.push_back(negativeZero);
    const auto same = [](const LedgerOutcome& a, const LedgerOutcome& b) {
        EXPECT_EQ(a.fault.kind, b.fault.kind);
        EXPECT_EQ(a.fault.slot, b.fault.slot);
        EXPECT_EQ(a.fault.missing, b.fault.missing);
        EXPECT_EQ(std::bit_cast<std::uint64_t>(a.volume), std::bit_cast<std::uint64_t>(b.volume));
        EXPECT_EQ(a.reported, b.reported);
    };
    for (std::size_t i = 0; i < cases.size(); ++i)
        for (const bool cooling : {false, true}) {
            SCOPED_TRACE("case " + std::to_string(i) + (cooling ? ", without cooling" : ""));
            // When the three figures are taken at once
            const LedgerFigures f = WaterUseLedger::figuresOf(cases[i], cooling);
            // Then each is what its own function gives, bit for bit
            same(f.bulletin, WaterUseLedger::totalOf(cases[i], WaterUseScope::Bulletin));
            same(f.assessment, WaterUseLedger::totalOf(cases[i], WaterUseScope::Assessment));
            same(f.industry, WaterUseLedger::industryOf(cases[i], cooling));
        }
    // and the faults are the ones the cases were built for
    EXPECT_EQ(WaterUseLedger::figuresOf(cases[3], false).bulletin.fault.kind, LedgerFault::Negative);
    EXPECT_EQ(WaterUseLedger::figuresOf(cases[3], false).bulletin.fault.slot, SectorValues::Residential);
    EXPECT_TRUE(WaterUseLedger::figuresOf(cases[4], false).bulletin.ok());
    EXPECT_EQ(WaterUseLedger::figuresOf(cases[5], false).assessment.fault.kind,
              LedgerFault::NonconventionalAboveTotal);
    EXPECT_EQ(WaterUseLedger::figuresOf(cases[6], true).industry.fault.kind,
              LedgerFault::CoolingAboveIndustry);
    EXPECT_TRUE(WaterUseLedger::figuresOf(cases[2], false).bulletin.reported);
}
