// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "model/Provenance.h"
#include "model/Statistic.h"
#include "scenario/Scenario.h"
#include "uncertainty/InputUncertainty.h"
#include "units/Dimension.h"

#include <array>
#include <string>
#include <vector>

namespace jieshui::core {

class Dataset;

/**
 * An uncertainty for the statistics a rule names: a variable, a region, a span of years, or any
 * combination (an empty field matches everything). When several rules match one value the most specific
 * wins — naming the variable counts 4, the region 2, limiting the years 1 — and among equally specific
 * rules the later one.
 */
struct StatisticUncertaintyRule {
    std::string variable;   ///< e.g. "water.industry"; empty = every variable
    std::string regionCode; ///< empty = every region
    int fromYear = 0;       ///< first year it applies to; 0 = no lower limit
    int toYear = 0;         ///< last year; 0 = no upper limit
    InputUncertainty uncertainty;
    std::string note; ///< why this spread (a source, or how it was judged)

    bool matches(const std::string& variableId, const std::string& region, int year) const;
    int specificity() const;
    bool operator==(const StatisticUncertaintyRule&) const = default;
};

/**
 * An uncertainty for a scenario driver, e.g. real GDP growth 2023–2035 ± 1.5 points. A rule for the city
 * code is one uncertain number shared by every county (the whole economy grows faster or slower); a rule for
 * a county is that county's own number and replaces a city rule there. It applies to the named scenario and
 * the scenarios inheriting from it (empty: every scenario); the nearest scenario's rule wins, then the
 * county's over the city's, then the later rule. The centre is the scenario's own driver value.
 */
struct DriverUncertaintyRule {
    std::string scenario;   ///< empty = every scenario
    std::string regionCode; ///< the city (all counties, one shared draw) or a county
    Driver driver = Driver::GdpRealGrowth;
    int fromYear = 0; ///< first projected year; 0 = the first projected year
    int toYear = 0;   ///< last projected year; 0 = the horizon
    InputUncertainty uncertainty;
    std::string note;

    bool operator==(const DriverUncertaintyRule&) const = default;
};

/**
 * What a project says about the uncertainty of its inputs (stored in the project file, edited in the
 * window): a default per provenance — sourced, estimate (估算), projected — and rules that override it for
 * chosen statistics; and ranges for the scenario drivers (none by default: a driver is exact unless a rule
 * gives it a range). docs/methods.md explains how a Monte Carlo run uses it.
 *
 * Which statistics are uncertain: every value of the statistics vocabulary gets its provenance's default
 * unless a rule says otherwise; flags (0/1: a sample district, a proxy index) never vary; key-task quantities
 * (task.*) are records of what was done, so they vary only where a rule names them.
 */
class UncertaintyModel {
public:
    /** The standard defaults (standardDefault()) and no rules. */
    UncertaintyModel();

    /**
     * The defaults a new project starts with, documented in docs/methods.md: a published figure (sourced)
     * normal with a 3 % standard deviation, an estimate 10 %, a projected figure 15 %.
     */
    static InputUncertainty standardDefault(ProvenanceKind kind);

    const InputUncertainty& provenanceDefault(ProvenanceKind kind) const {
        return m_defaults[static_cast<std::size_t>(kind)];
    }
    void setProvenanceDefault(ProvenanceKind kind, InputUncertainty uncertainty) {
        m_defaults[static_cast<std::size_t>(kind)] = uncertainty;
    }

    const std::vector<StatisticUncertaintyRule>& statisticRules() const { return m_statisticRules; }
    std::vector<StatisticUncertaintyRule>& statisticRules() { return m_statisticRules; }
    const std::vector<DriverUncertaintyRule>& driverRules() const { return m_driverRules; }
    std::vector<DriverUncertaintyRule>& driverRules() { return m_driverRules; }

    /** The uncertainty of one statistic and what decided it. */
    struct Resolution {
        InputUncertainty uncertainty;
        int rule = -1; ///< index into statisticRules(), or −1 for the provenance default (or "never varies")
    };
    /** The uncertainty of @p statistic, a value of @p dimension (see the class comment). */
    Resolution resolve(const Statistic& statistic, Dimension dimension) const;

    /**
     * Every problem, each located (field, region, year; the rule's number in the message): unknown
     * variables, regions or scenarios, a driver rule for a region that is neither the city nor a county,
     * years outside 1900–2200 or reversed, invalid spreads. Empty when the model can be used.
     */
    std::vector<Error> validate(const Dataset& dataset, const std::vector<Scenario>& scenarios) const;

    bool operator==(const UncertaintyModel&) const = default;

private:
    std::array<InputUncertainty, 3> m_defaults;
    std::vector<StatisticUncertaintyRule> m_statisticRules;
    std::vector<DriverUncertaintyRule> m_driverRules;
};

} // namespace jieshui::core
