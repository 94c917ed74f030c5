// SPDX-License-Identifier: GPL-3.0-or-later
#include "units/UnitParser.h"

#include <array>

namespace jieshui::core {

namespace {

struct UnitRow {
    std::string_view spelling;
    Dimension dimension;
    double toBase;
    std::string_view canonical;
};

// Every accepted spelling; the canonical one first in each group.
constexpr std::array kUnits{
    UnitRow{"m³", Dimension::Volume, 1.0, "m³"},
    UnitRow{"m3", Dimension::Volume, 1.0, "m³"},
    UnitRow{"立方米", Dimension::Volume, 1.0, "m³"},
    UnitRow{"万m³", Dimension::Volume, 1e4, "万m³"},
    UnitRow{"万m3", Dimension::Volume, 1e4, "万m³"},
    UnitRow{"万立方米", Dimension::Volume, 1e4, "万m³"},
    UnitRow{"亿m³", Dimension::Volume, 1e8, "亿m³"},
    UnitRow{"亿m3", Dimension::Volume, 1e8, "亿m³"},
    UnitRow{"亿立方米", Dimension::Volume, 1e8, "亿m³"},
    UnitRow{"元", Dimension::Money, 1.0, "元"},
    UnitRow{"万元", Dimension::Money, 1e4, "万元"},
    UnitRow{"亿元", Dimension::Money, 1e8, "亿元"},
    UnitRow{"m²", Dimension::Area, 1.0, "m²"},
    UnitRow{"m2", Dimension::Area, 1.0, "m²"},
    UnitRow{"亩", Dimension::Area, 10000.0 / 15.0, "亩"},
    UnitRow{"万亩", Dimension::Area, 1e4 * 10000.0 / 15.0, "万亩"},
    UnitRow{"hm²", Dimension::Area, 1e4, "hm²"},
    UnitRow{"hm2", Dimension::Area, 1e4, "hm²"},
    UnitRow{"公顷", Dimension::Area, 1e4, "hm²"},
    UnitRow{"km²", Dimension::Area, 1e6, "km²"},
    UnitRow{"km2", Dimension::Area, 1e6, "km²"},
    UnitRow{"平方公里", Dimension::Area, 1e6, "km²"},
    UnitRow{"m", Dimension::Length, 1.0, "m"},
    UnitRow{"km", Dimension::Length, 1e3, "km"},
    UnitRow{"MPa", Dimension::Pressure, 1e6, "MPa"},
    UnitRow{"%", Dimension::Fraction, 0.01, "%"},
    UnitRow{"1", Dimension::Fraction, 1.0, "1"},
    UnitRow{"ratio", Dimension::Fraction, 1.0, "1"},
    UnitRow{"上年=100", Dimension::PriceIndex, 1.0, "上年=100"},
    UnitRow{"index", Dimension::PriceIndex, 1.0, "上年=100"},
    UnitRow{"个", Dimension::Count, 1.0, "个"},
    UnitRow{"count", Dimension::Count, 1.0, "个"},
    UnitRow{"flag", Dimension::Flag, 1.0, "flag"},
    UnitRow{"m³/万元", Dimension::Intensity, 1e-4, "m³/万元"},
    UnitRow{"m3/万元", Dimension::Intensity, 1e-4, "m³/万元"},
};

std::string_view trim(std::string_view s) {
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

std::string joinedCanonicals() {
    std::string out;
    std::string_view last;
    for (const auto& row : kUnits) {
        if (row.canonical == last)
            continue;
        if (!out.empty() && out.find(std::string(row.canonical)) != std::string::npos)
            continue;
        if (!out.empty())
            out += ", ";
        out += row.canonical;
        last = row.canonical;
    }
    return out;
}

} // namespace

const char* dimensionId(Dimension dimension) {
    switch (dimension) {
    case Dimension::Volume:
        return "volume";
    case Dimension::Money:
        return "money";
    case Dimension::Area:
        return "area";
    case Dimension::Length:
        return "length";
    case Dimension::Pressure:
        return "pressure";
    case Dimension::Fraction:
        return "fraction";
    case Dimension::PriceIndex:
        return "index";
    case Dimension::Count:
        return "count";
    case Dimension::Intensity:
        return "intensity";
    case Dimension::Flag:
        return "flag";
    }
    return "unknown";
}

Result<UnitSpec> UnitParser::parse(std::string_view text) {
    const std::string_view key = trim(text);
    for (const auto& row : kUnits) {
        if (row.spelling == key)
            return UnitSpec{row.dimension, row.toBase, std::string(row.canonical)};
    }
    return Error(ErrorCode::UnknownUnit,
                 "unknown unit '" + std::string(key) + "'; accepted units: " + joinedCanonicals());
}

Result<double> UnitParser::toBase(double value, std::string_view unit, Dimension expected) {
    auto spec = parse(unit);
    if (spec.hasError())
        return spec.error();
    if (spec.value().dimension != expected) {
        return Error(ErrorCode::UnitMismatch, "unit '" + spec.value().symbol + "' is a " +
                                                  dimensionId(spec.value().dimension) + " unit, but a " +
                                                  dimensionId(expected) + " unit is required here");
    }
    return value * spec.value().toBase;
}

std::vector<std::string> UnitParser::acceptedSymbols() {
    std::vector<std::string> out;
    for (const auto& row : kUnits)
        out.emplace_back(row.spelling);
    return out;
}

} // namespace jieshui::core
