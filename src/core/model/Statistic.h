// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Provenance.h"
#include "units/Dimension.h"

#include <string>

namespace jieshui::core {

/**
 * One value of the statistics long table: region × year × variable. The value is in the base unit of
 * the variable's dimension (m³, yuan, m², m, Pa, fraction, index points, count); the unit it was read in
 * is kept for round-trips.
 */
struct Statistic {
    std::string regionCode;
    int year = 0;
    std::string variable;
    double value = 0.0;          ///< base unit of the variable's Dimension
    std::string unit;            ///< the unit as read (canonical spelling), e.g. "万m³"
    Provenance provenance;
    std::string vintage;         ///< data vintage, e.g. "2018-census-revised"; empty if not stated
};

} // namespace jieshui::core
