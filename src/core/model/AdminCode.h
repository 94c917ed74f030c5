// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace jieshui::core {

/** Levels of China's administrative divisions as GB/T 2260 codes show them. */
enum class AdminLevel { Country, Province, City, County };

/**
 * A GB/T 2260 administrative division code, six digits PP CC DD: province PP0000, prefecture-level city
 * PPCC00, county-level unit PPCCDD. County-level units directly under a province (PP90DD, e.g. 仙桃市
 * 429004) belong to the province's "90" group PP9000; the districts of a municipality (110101) to its
 * "01" group 110100. 100000 is the country.
 */
class AdminCode {
public:
    /** Six digits, not all zero (an integer or a real without decimals, as GIS files store them, is
     * accepted). */
    static std::optional<AdminCode> parse(std::string_view text);

    const std::string& text() const { return m_text; }
    AdminLevel level() const;
    /** PP0000. */
    std::string provinceCode() const;
    /** PPCC00 (for a county-level unit or a city). */
    std::string cityCode() const;
    /** True when this code lies under (or is) @p ancestor. */
    bool isWithin(const AdminCode& ancestor) const;

    /**
     * The name of a province-level division (GB/T 2260), e.g. "广西壮族自治区" / "Guangxi Zhuang Autonomous
     * Region"; empty for an unknown code.
     */
    static std::string_view provinceName(std::string_view provinceCode, bool chinese);

private:
    explicit AdminCode(std::string text) : m_text(std::move(text)) {}
    std::string m_text;
};

} // namespace jieshui::core
