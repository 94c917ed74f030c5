// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ValueRules.h"

#include "model/Variable.h"

#include <cmath>
#include <cstdio>

namespace jieshui::core {

std::optional<std::string> ValueRules::yearProblem(long long year) {
    if (isValidYear(year))
        return std::nullopt;
    return "year " + std::to_string(year) + " is outside " + std::to_string(firstYear) + "–" +
           std::to_string(lastYear);
}

double ValueRules::saneLimit(Dimension dimension) {
    // China uses about 6e11 m³ of water a year, has 9.6e12 m² of land and a GDP near 1.3e14 yuan; the
    // limits leave an order of magnitude and more, and catch a unit mistake or an overflow.
    switch (dimension) {
    case Dimension::Volume:
        return 1e13;
    case Dimension::Money:
        return 1e16;
    case Dimension::Area:
        return 1e13;
    case Dimension::Length:
        return 1e9;
    case Dimension::Pressure:
        return 1e9;
    case Dimension::Count:
        return 1e10;
    case Dimension::Intensity:
        return 1e3;
    case Dimension::PriceIndex:
        return 1e4;
    case Dimension::Fraction:
    case Dimension::Flag:
        return 1.0;
    }
    return 1e16;
}

std::optional<std::string> ValueRules::magnitudeProblem(Dimension dimension, double value) {
    if (!std::isfinite(value))
        return std::string("the value is not a finite number after conversion to ") + dimensionId(dimension) +
               " base units";
    if (std::abs(value) > saneLimit(dimension)) {
        char limit[32];
        std::snprintf(limit, sizeof limit, "%g", saneLimit(dimension));
        return std::string("the value is outside the sane range of a ") + dimensionId(dimension) +
               " (at most " + limit + " in base units); check the unit";
    }
    return std::nullopt;
}

std::optional<std::string> ValueRules::valueProblem(std::string_view variable, Dimension dimension,
                                                    double value) {
    if (auto problem = magnitudeProblem(dimension, value))
        return problem;
    if ((variable == var::GdpCurrent || variable == var::IvaCurrent) && value <= 0)
        return "GDP and industrial value added must be greater than zero";
    switch (dimension) {
    case Dimension::Volume:
    case Dimension::Money:
    case Dimension::Area:
    case Dimension::Length:
    case Dimension::Pressure:
    case Dimension::Count:
        if (value < 0)
            return std::string("a ") + dimensionId(dimension) + " cannot be negative";
        break;
    case Dimension::Fraction:
        if (variable == var::IrrigationCoefficientReported) {
            if (value <= 0 || value > 1)
                return "an irrigation coefficient must lie in (0, 1]";
        } else if (value < 0 || value > 1) {
            return "a rate must lie in [0, 1] (0–100 %)";
        }
        break;
    case Dimension::PriceIndex:
        if (value <= 0)
            return "an index must be greater than zero (上年=100)";
        break;
    case Dimension::Flag:
        if (value != 0.0 && value != 1.0)
            return "a flag must be 0 or 1";
        break;
    case Dimension::Intensity:
        if (value < 0)
            return "an intensity cannot be negative";
        break;
    }
    return std::nullopt;
}

} // namespace jieshui::core
