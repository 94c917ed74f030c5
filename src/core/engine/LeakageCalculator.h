// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "units/Quantities.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace jieshui::core {

/** One supply utility's year, as CJJ 92-2016 needs it. Volumes m³, lengths m, pressure Pa. */
struct UtilityLeakageInput {
    std::string code;                              ///< utility code, for errors
    WaterVolume supplied = cubicMetres(0);         ///< Q_s 供水总量
    WaterVolume registered = cubicMetres(0);       ///< Q_a 注册用户用水量
    std::optional<WaterVolume> billed;             ///< 计费用水量, for 产销差率
    std::optional<WaterVolume> residentialMetered; ///< 居民抄表到户水量 (R1)
    std::optional<Length> mainLength;              ///< DN75 and larger mains (R2)
    std::optional<Pressure> meanPressure;          ///< 年平均出厂压力 (R3)
    std::optional<Length> frostDepth;              ///< 最大冻土深度 (R4)
};

/** The four corrections of CJJ 92-2016 §5.3, as fractions (0.01 = 1 %). */
struct LeakageCorrections {
    Ratio residentialMetering = ratio(0); ///< R1
    Ratio mainLength = ratio(0);          ///< R2 (clamped to ±3 %)
    Ratio pressure = ratio(0);            ///< R3
    Ratio frostDepth = ratio(0);          ///< R4
    Ratio total() const { return residentialMetering + mainLength + pressure + frostDepth; }
};

/** Leakage figures of one utility or of a supply-weighted region. */
struct LeakageResult {
    Ratio comprehensive = ratio(0);  ///< R_WL 综合漏损率
    Ratio corrected = ratio(0);      ///< R_BL 漏损率 = R_WL − R_n
    LeakageCorrections corrections;  ///< per utility; for a region the supply-weighted corrections
    std::optional<Ratio> nonRevenue; ///< 产销差率 (Q_s − billed)/Q_s when every utility has billed use
    WaterVolume supplied = cubicMetres(0);
    int utilityCount = 0;
    std::string notes; ///< corrections not applied for lack of input
};

/** Why a utility's figures cannot give a leakage rate (LeakageCalculator::error() writes the message). */
struct LeakageFault {
    enum Kind : std::uint8_t {
        None,
        SuppliedNotPositive,
        RegisteredNegative,
        RegisteredAboveSupplied,
        BilledOutOfRange,
        MeteredOutOfRange,
        MainLengthNegative,
        NoUtility
    };
    Kind kind = None;
    ErrorCode code() const { return kind == NoUtility ? ErrorCode::MissingData : ErrorCode::InvalidValue; }
};

/**
 * CJJ 92-2016 (2018 revision) leakage (domain-methods.md §3): R_WL = (Q_s − Q_a)/Q_s; R1 = 0.08·r with
 * r = residential metered / Q_s; R2 = 0.99·(A − 0.0693), A = L/Q_s in km per 10⁴ m³, clamped to ±3 %;
 * R3 by outlet pressure band; R4 by frost depth; R_BL = R_WL − (R1+R2+R3+R4). A region's rates are
 * weighted by each utility's supply.
 */
class LeakageCalculator {
public:
    /** One utility's year as plain numbers (m³, m, Pa); NaN = absent. The form the compiled engine reads. */
    struct UtilityNumbers {
        double supplied = 0.0;
        double registered = 0.0;
        double billed = 0.0;
        double residentialMetered = 0.0;
        double mainLength = 0.0;
        double meanPressure = 0.0;
        double frostDepth = 0.0;
    };
    /** One utility's figures as plain numbers; notes bit 0: R1 not applied, bit 1: R2 not applied. */
    struct UtilityFigures {
        double comprehensive = 0.0, corrected = 0.0, r1 = 0.0, r2 = 0.0, r3 = 0.0, r4 = 0.0;
        double nonRevenue = 0.0; ///< NaN without billed use
        double supplied = 0.0;
        std::uint8_t notes = 0;
        LeakageFault fault;
    };
    /** Supply-weighted sums over utilities, one at a time (no allocation). */
    class Accumulator {
    public:
        void add(const UtilityFigures& u);
        int count() const { return m_count; }
        /** The region's figures (numbers only; no notes): fault NoUtility when nothing was added. */
        UtilityFigures result() const;

    private:
        double m_supplied = 0.0;
        double m_wl = 0.0, m_bl = 0.0, m_r1 = 0.0, m_r2 = 0.0, m_r3 = 0.0, m_r4 = 0.0, m_nrw = 0.0;
        bool m_allBilled = true;
        int m_count = 0;
    };
    /** The one implementation of a utility's CJJ 92 figures, on numbers. */
    static UtilityFigures utilityOf(const UtilityNumbers& input);
    /** The message of @p fault of utility @p code (NoUtility: the region has none with data). */
    static Error error(const LeakageFault& fault, const std::string& code);
    /** "R1 not applied (no residential metered use); ..." for the note bits of UtilityFigures (@p chinese: in
     * Chinese). */
    static std::string notesText(std::uint8_t notes, bool chinese = false);

    static Ratio residentialMeteringCorrection(WaterVolume residentialMetered, WaterVolume supplied); ///< R1
    static Ratio mainLengthCorrection(Length mainLength, WaterVolume supplied);                       ///< R2
    static Ratio pressureCorrection(Pressure meanOutletPressure);                                     ///< R3
    static Ratio frostDepthCorrection(Length maxFrostDepth);                                          ///< R4

    /** One utility; InvalidValue naming it for Q_s ≤ 0, negative volumes or Q_a > Q_s. */
    static Result<LeakageResult> utility(const UtilityLeakageInput& input);

    /** Supply-weighted region value over @p utilities; MissingData when empty. */
    static Result<LeakageResult> region(const std::vector<UtilityLeakageInput>& utilities);
};

} // namespace jieshui::core
