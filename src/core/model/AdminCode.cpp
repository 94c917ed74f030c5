// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/AdminCode.h"

#include <array>
#include <cctype>

namespace jieshui::core {

namespace {

struct Province {
    std::string_view code;
    std::string_view nameZh;
    std::string_view nameEn;
};

// GB/T 2260 province-level divisions (Ministry of Civil Affairs code list).
constexpr std::array<Province, 34> kProvinces{{
    {"110000", "北京市", "Beijing"},
    {"120000", "天津市", "Tianjin"},
    {"130000", "河北省", "Hebei"},
    {"140000", "山西省", "Shanxi"},
    {"150000", "内蒙古自治区", "Inner Mongolia Autonomous Region"},
    {"210000", "辽宁省", "Liaoning"},
    {"220000", "吉林省", "Jilin"},
    {"230000", "黑龙江省", "Heilongjiang"},
    {"310000", "上海市", "Shanghai"},
    {"320000", "江苏省", "Jiangsu"},
    {"330000", "浙江省", "Zhejiang"},
    {"340000", "安徽省", "Anhui"},
    {"350000", "福建省", "Fujian"},
    {"360000", "江西省", "Jiangxi"},
    {"370000", "山东省", "Shandong"},
    {"410000", "河南省", "Henan"},
    {"420000", "湖北省", "Hubei"},
    {"430000", "湖南省", "Hunan"},
    {"440000", "广东省", "Guangdong"},
    {"450000", "广西壮族自治区", "Guangxi Zhuang Autonomous Region"},
    {"460000", "海南省", "Hainan"},
    {"500000", "重庆市", "Chongqing"},
    {"510000", "四川省", "Sichuan"},
    {"520000", "贵州省", "Guizhou"},
    {"530000", "云南省", "Yunnan"},
    {"540000", "西藏自治区", "Tibet Autonomous Region"},
    {"610000", "陕西省", "Shaanxi"},
    {"620000", "甘肃省", "Gansu"},
    {"630000", "青海省", "Qinghai"},
    {"640000", "宁夏回族自治区", "Ningxia Hui Autonomous Region"},
    {"650000", "新疆维吾尔自治区", "Xinjiang Uygur Autonomous Region"},
    {"710000", "台湾省", "Taiwan"},
    {"810000", "香港特别行政区", "Hong Kong Special Administrative Region"},
    {"820000", "澳门特别行政区", "Macao Special Administrative Region"},
}};

} // namespace

std::optional<AdminCode> AdminCode::parse(std::string_view text) {
    // GIS files store adcodes as text, integers or reals ("450702.0").
    if (const auto dot = text.find('.'); dot != std::string_view::npos) {
        for (char c : text.substr(dot + 1))
            if (c != '0')
                return std::nullopt;
        text = text.substr(0, dot);
    }
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    if (text.size() != 6 || text == "000000" || text.substr(0, 2) == "00")
        return std::nullopt;
    for (char c : text)
        if (!std::isdigit(static_cast<unsigned char>(c)))
            return std::nullopt;
    return AdminCode(std::string(text));
}

AdminLevel AdminCode::level() const {
    if (m_text == "100000")
        return AdminLevel::Country;
    if (m_text.compare(2, 4, "0000") == 0)
        return AdminLevel::Province;
    if (m_text.compare(4, 2, "00") == 0)
        return AdminLevel::City;
    return AdminLevel::County;
}

std::string AdminCode::provinceCode() const {
    return m_text.substr(0, 2) + "0000";
}

std::string AdminCode::cityCode() const {
    return m_text.substr(0, 4) + "00";
}

bool AdminCode::isWithin(const AdminCode& ancestor) const {
    switch (ancestor.level()) {
    case AdminLevel::Country:
        return true;
    case AdminLevel::Province:
        return m_text.compare(0, 2, ancestor.m_text, 0, 2) == 0;
    case AdminLevel::City:
        return m_text.compare(0, 4, ancestor.m_text, 0, 4) == 0;
    case AdminLevel::County:
        return m_text == ancestor.m_text;
    }
    return false;
}

std::string_view AdminCode::provinceName(std::string_view provinceCode, bool chinese) {
    for (const Province& p : kProvinces)
        if (p.code == provinceCode)
            return chinese ? p.nameZh : p.nameEn;
    return {};
}

} // namespace jieshui::core
