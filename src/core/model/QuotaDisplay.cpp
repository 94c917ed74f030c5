// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/QuotaDisplay.h"

#include "units/UnitParser.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace jieshui::core {

namespace {

std::string fixed(double shown, int places, bool withSign) {
    if (std::fabs(shown) < 0.5 * std::pow(10.0, -places))
        shown = 0.0; // never "-0.0000"
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, withSign && shown > 0.0 ? "+%.*f" : "%.*f", places, shown);
    return buffer;
}

} // namespace

std::string QuotaDisplay::unit(QuotaUnit unit) {
    return unit == QuotaUnit::HundredMillionCubicMetres ? "亿m³" : "万m³";
}

int QuotaDisplay::decimals(QuotaUnit unit) {
    return unit == QuotaUnit::HundredMillionCubicMetres ? 4 : 0;
}

double QuotaDisplay::toDisplay(QuotaUnit unit, double cubicMetres) {
    return cubicMetres / (unit == QuotaUnit::HundredMillionCubicMetres ? 1e8 : 1e4);
}

double QuotaDisplay::fromDisplay(QuotaUnit unit, double shown) {
    return shown * (unit == QuotaUnit::HundredMillionCubicMetres ? 1e8 : 1e4);
}

std::string QuotaDisplay::format(QuotaUnit unit, double cubicMetres, bool withSign) {
    return fixed(toDisplay(unit, cubicMetres), decimals(unit), withSign);
}

std::string QuotaDisplay::formatShare(double fraction) {
    return fixed(fraction * 100.0, 2, false);
}

Result<double> QuotaDisplay::parse(std::string_view text, QuotaUnit bareUnit) {
    std::string s(text);
    const auto isSpace = [](char c) { return c == ' ' || c == '\t'; };
    while (!s.empty() && isSpace(s.front()))
        s.erase(s.begin());
    while (!s.empty() && isSpace(s.back()))
        s.pop_back();
    const char* begin = s.c_str();
    char* end = nullptr;
    const double value = std::strtod(begin, &end);
    if (end == begin || !std::isfinite(value))
        return Error(ErrorCode::ParseError, "'" + s + "' is not a volume such as 4.8亿m³ or 48000万m³");
    if (value < 0.0)
        return Error(ErrorCode::InvalidValue, "a volume cannot be negative: '" + s + "'");
    std::string unitText(end);
    while (!unitText.empty() && isSpace(unitText.front()))
        unitText.erase(unitText.begin());
    if (unitText.empty())
        return fromDisplay(bareUnit, value);
    return UnitParser::toBase(value, unitText, Dimension::Volume);
}

} // namespace jieshui::core
