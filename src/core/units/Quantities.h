// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/**
 * Quantities of the water-saving domain as Boost.Units types, in one homogeneous unit system:
 * metre, kilogram, second and yuan (元, current or stated price base). Every public API of the core
 * takes and returns these types; unit strings (万m³, 亿元, 亩, ...) are parsed only at the I/O edge
 * (UnitParser) and display units are chosen by the outer modules.
 */

// Dimension.h first: its enumerators (Money, Area, Length, Pressure) would trip -Wshadow when declared
// after the quantity aliases below in the same translation unit.
#include "units/Dimension.h"

#include <boost/units/base_dimension.hpp>
#include <boost/units/base_unit.hpp>
#include <boost/units/derived_dimension.hpp>
#include <boost/units/make_system.hpp>
#include <boost/units/physical_dimensions/area.hpp>
#include <boost/units/physical_dimensions/length.hpp>
#include <boost/units/physical_dimensions/pressure.hpp>
#include <boost/units/physical_dimensions/volume.hpp>
#include <boost/units/quantity.hpp>
#include <boost/units/systems/si/base.hpp>
#include <boost/units/unit.hpp>

#include <string>

namespace jieshui::core {

namespace bu = boost::units;

/** Money as a base dimension of its own: it never converts to anything physical. */
struct MoneyBaseDimension : bu::base_dimension<MoneyBaseDimension, 901> {};
using MoneyDimension = MoneyBaseDimension::dimension_type;

/** The yuan (元). Which price base a Money value is in (current, 2015 prices, ...) is tracked by the caller. */
struct YuanBaseUnit : bu::base_unit<YuanBaseUnit, MoneyDimension, 902> {
    static std::string name() { return "yuan"; }
    static std::string symbol() { return "CNY"; }
};

using UnitSystem = bu::make_system<bu::si::meter_base_unit, bu::si::kilogram_base_unit, bu::si::second_base_unit,
                                   YuanBaseUnit>::type;

using VolumeUnit = bu::unit<bu::volume_dimension, UnitSystem>;
using AreaUnit = bu::unit<bu::area_dimension, UnitSystem>;
using LengthUnit = bu::unit<bu::length_dimension, UnitSystem>;
using PressureUnit = bu::unit<bu::pressure_dimension, UnitSystem>;
using MoneyUnit = bu::unit<MoneyDimension, UnitSystem>;
using DimensionlessUnit = bu::unit<bu::dimensionless_type, UnitSystem>;
/** Water use intensity: volume per money (m³ per yuan internally; shown as m³/万元). */
using IntensityUnit = bu::unit<bu::derived_dimension<bu::length_base_dimension, 3, MoneyBaseDimension, -1>::type,
                               UnitSystem>;

using WaterVolume = bu::quantity<VolumeUnit>;   ///< m³
using Area = bu::quantity<AreaUnit>;            ///< m²
using Length = bu::quantity<LengthUnit>;        ///< m
using Pressure = bu::quantity<PressureUnit>;    ///< Pa
using Money = bu::quantity<MoneyUnit>;          ///< yuan
using Ratio = bu::quantity<DimensionlessUnit>;  ///< a fraction: 0.37 means 37 %
using WaterIntensity = bu::quantity<IntensityUnit>; ///< m³ per yuan

inline constexpr VolumeUnit cubicMetre{};
inline constexpr AreaUnit squareMetre{};
inline constexpr LengthUnit metre{};
inline constexpr PressureUnit pascal{};
inline constexpr MoneyUnit yuan{};
inline constexpr DimensionlessUnit unitless{};
inline constexpr IntensityUnit cubicMetrePerYuan{};

// Factories from the units Chinese statistics use. Each states the factor to the base unit.
inline WaterVolume cubicMetres(double v) { return v * cubicMetre; }
inline WaterVolume tenThousandCubicMetres(double v) { return (v * 1e4) * cubicMetre; } ///< 万m³
inline WaterVolume hundredMillionCubicMetres(double v) { return (v * 1e8) * cubicMetre; } ///< 亿m³
inline Money yuanAmount(double v) { return v * yuan; }
inline Money tenThousandYuan(double v) { return (v * 1e4) * yuan; }      ///< 万元
inline Money hundredMillionYuan(double v) { return (v * 1e8) * yuan; }   ///< 亿元
inline Area squareMetres(double v) { return v * squareMetre; }
inline Area mu(double v) { return (v * 10000.0 / 15.0) * squareMetre; }  ///< 亩 = 10000/15 m²
inline Area tenThousandMu(double v) { return mu(v * 1e4); }              ///< 万亩
inline Area hectares(double v) { return (v * 1e4) * squareMetre; }       ///< hm²
inline Area squareKilometres(double v) { return (v * 1e6) * squareMetre; }
inline Length metres(double v) { return v * metre; }
inline Length kilometres(double v) { return (v * 1e3) * metre; }
inline Pressure megapascals(double v) { return (v * 1e6) * pascal; }
inline Ratio ratio(double v) { return v * unitless; }
inline Ratio percent(double v) { return (v / 100.0) * unitless; }
/** m³/万元, the display unit of water use intensity. */
inline WaterIntensity cubicMetresPerTenThousandYuan(double v) { return (v / 1e4) * cubicMetrePerYuan; }

// Read-outs in display units, for the outer modules and reports.
inline double inCubicMetres(WaterVolume v) { return v.value(); }
inline double inTenThousandCubicMetres(WaterVolume v) { return v.value() / 1e4; }
inline double inHundredMillionCubicMetres(WaterVolume v) { return v.value() / 1e8; }
inline double inYuan(Money m) { return m.value(); }
inline double inTenThousandYuan(Money m) { return m.value() / 1e4; }
inline double inHundredMillionYuan(Money m) { return m.value() / 1e8; }
inline double inSquareMetres(Area a) { return a.value(); }
inline double inMu(Area a) { return a.value() * 15.0 / 10000.0; }
inline double inTenThousandMu(Area a) { return inMu(a) / 1e4; }
inline double inHectares(Area a) { return a.value() / 1e4; }
inline double inSquareKilometres(Area a) { return a.value() / 1e6; }
inline double inKilometres(Length l) { return l.value() / 1e3; }
inline double inMegapascals(Pressure p) { return p.value() / 1e6; }
inline double inPercent(Ratio r) { return r.value() * 100.0; }
inline double inCubicMetresPerTenThousandYuan(WaterIntensity i) { return i.value() * 1e4; }

} // namespace jieshui::core
