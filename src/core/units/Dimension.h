// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace jieshui::core {

/**
 * The physical (or economic) dimension of a value read from a file. Values of each dimension are
 * stored in the base unit of the Quantities.h system: m³, yuan, m², m, Pa, fraction, m³/yuan.
 */
enum class Dimension {
    Volume,        ///< m³
    Money,         ///< yuan
    Area,          ///< m²
    Length,        ///< m
    Pressure,      ///< Pa
    Fraction,      ///< dimensionless fraction (%, ratio, coefficient): 0.37 = 37 %
    PriceIndex,    ///< a price or volume index in points, e.g. 上年=100 → 107.5
    Count,         ///< a number of things (个, 家, 处)
    Intensity,     ///< m³ per yuan
    Flag           ///< 0 or 1 (sample district, done/not done)
};

/** Stable identifier, e.g. "volume". */
const char* dimensionId(Dimension dimension);

} // namespace jieshui::core
