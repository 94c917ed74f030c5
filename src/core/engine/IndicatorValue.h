// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Indicator.h"
#include "model/Provenance.h"

#include <string>

namespace jieshui::core {

/**
 * One computed (or reported) indicator value for a region and year. The value is in the base unit of
 * the indicator's dimension (IndicatorCatalog): m³, m³/yuan, or a fraction.
 */
struct IndicatorValue {
    Indicator indicator = Indicator::TotalWaterUse;
    std::string regionCode;
    int year = 0;
    double value = 0.0;
    ProvenanceKind provenance = ProvenanceKind::Sourced; ///< weakest of the inputs
    bool reported = false; ///< taken from a directly reported statistic rather than computed
    std::string method;    ///< short note of how it was obtained, e.g. "CJJ 92-2016, 3 utilities"
    std::string methodZh;  ///< the same note in Chinese, e.g. "CJJ 92-2016，3家供水单位"
};

} // namespace jieshui::core
