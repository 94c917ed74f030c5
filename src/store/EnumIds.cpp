// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnumIds.h"

#include <array>
#include <utility>

namespace jieshui::store::ids {

namespace {

template <typename E, std::size_t N>
const char* idOf(const std::array<std::pair<E, const char*>, N>& table, E value) {
    for (const auto& [e, id] : table)
        if (e == value)
            return id;
    return table.front().second;
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char*>, N>& table, std::string_view id) {
    for (const auto& [e, text] : table)
        if (id == text)
            return e;
    return std::nullopt;
}

constexpr std::array<std::pair<core::TaskStatus, const char*>, 4> kTaskStatus{{
    {core::TaskStatus::NotStarted, "not-started"},
    {core::TaskStatus::InProgress, "in-progress"},
    {core::TaskStatus::Done, "done"},
    {core::TaskStatus::Overdue, "overdue"},
}};

constexpr std::array<std::pair<core::ProvenanceKind, const char*>, 3> kProvenance{{
    {core::ProvenanceKind::Sourced, "sourced"},
    {core::ProvenanceKind::Estimate, "estimate"},
    {core::ProvenanceKind::Projected, "projected"},
}};

constexpr std::array<std::pair<core::Driver, const char*>, 9> kDrivers{{
    {core::Driver::GdpRealGrowth, "gdp-real-growth"},
    {core::Driver::IvaRealGrowth, "iva-real-growth"},
    {core::Driver::AgricultureIntensityChange, "agriculture-intensity-change"},
    {core::Driver::IndustryIntensityChange, "industry-intensity-change"},
    {core::Driver::DomesticIntensityChange, "domestic-intensity-change"},
    {core::Driver::IrrigatedAreaChange, "irrigated-area-change"},
    {core::Driver::IrrigationCoefficient, "irrigation-coefficient"},
    {core::Driver::LeakageRate, "leakage-rate"},
    {core::Driver::ReuseRate, "reuse-rate"},
}};

constexpr std::array<std::pair<core::AllocationMethod, const char*>, 4> kMethods{{
    {core::AllocationMethod::BaseYearShare, "base-year-share"},
    {core::AllocationMethod::EqualIntensityReduction, "equal-intensity"},
    {core::AllocationMethod::GdpShare, "gdp-share"},
    {core::AllocationMethod::Manual, "manual"},
}};

constexpr std::array<std::pair<core::VerdictStatus, const char*>, 4> kVerdicts{{
    {core::VerdictStatus::Met, "met"},
    {core::VerdictStatus::AtRisk, "at-risk"},
    {core::VerdictStatus::Missed, "missed"},
    {core::VerdictStatus::NoData, "no-data"},
}};

} // namespace

const char* taskStatus(core::TaskStatus s) {
    return idOf(kTaskStatus, s);
}
std::optional<core::TaskStatus> taskStatusFrom(std::string_view id) {
    return valueOf(kTaskStatus, id);
}
const char* provenance(core::ProvenanceKind k) {
    return idOf(kProvenance, k);
}
std::optional<core::ProvenanceKind> provenanceFrom(std::string_view id) {
    return valueOf(kProvenance, id);
}
const char* driver(core::Driver d) {
    return idOf(kDrivers, d);
}
std::optional<core::Driver> driverFrom(std::string_view id) {
    return valueOf(kDrivers, id);
}
const char* allocationMethod(core::AllocationMethod m) {
    return idOf(kMethods, m);
}
std::optional<core::AllocationMethod> allocationMethodFrom(std::string_view id) {
    return valueOf(kMethods, id);
}
const char* verdictStatus(core::VerdictStatus s) {
    return idOf(kVerdicts, s);
}

std::optional<core::Comparator> comparatorFrom(std::string_view symbol) {
    if (symbol == "<=")
        return core::Comparator::AtMost;
    if (symbol == ">=")
        return core::Comparator::AtLeast;
    return std::nullopt;
}

} // namespace jieshui::store::ids
