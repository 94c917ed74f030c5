// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Provenance.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace jieshui::core {

/**
 * The values of one region's variable by year in dense arrays: a compact copy of the statistics that
 * Dataset keeps in step with its long table, so batch computations read a series without walking the
 * Statistic records. Values are in the variable's base unit.
 */
struct ValueColumn {
    int firstYear = 0;
    std::vector<double> values;
    std::vector<std::uint8_t> states; ///< 0 = no value, else 1 + ProvenanceKind

    std::optional<double> at(int year) const {
        const int slot = year - firstYear;
        if (slot < 0 || static_cast<std::size_t>(slot) >= states.size() ||
            states[static_cast<std::size_t>(slot)] == 0)
            return std::nullopt;
        return values[static_cast<std::size_t>(slot)];
    }
    /** Provenance of the value of @p year (Sourced when absent). */
    ProvenanceKind provenanceAt(int year) const {
        const int slot = year - firstYear;
        if (slot < 0 || static_cast<std::size_t>(slot) >= states.size() ||
            states[static_cast<std::size_t>(slot)] == 0)
            return ProvenanceKind::Sourced;
        return static_cast<ProvenanceKind>(states[static_cast<std::size_t>(slot)] - 1);
    }
    void set(int year, double value, ProvenanceKind kind) {
        if (states.empty()) {
            firstYear = year;
        } else if (year < firstYear) {
            const auto grow = static_cast<std::size_t>(firstYear - year);
            values.insert(values.begin(), grow, 0.0);
            states.insert(states.begin(), grow, 0);
            firstYear = year;
        }
        const auto slot = static_cast<std::size_t>(year - firstYear);
        if (slot >= states.size()) {
            values.resize(slot + 1, 0.0);
            states.resize(slot + 1, 0);
        }
        values[slot] = value;
        states[slot] = static_cast<std::uint8_t>(1 + static_cast<int>(kind));
    }
    void clear(int year) {
        const int slot = year - firstYear;
        if (slot >= 0 && static_cast<std::size_t>(slot) < states.size())
            states[static_cast<std::size_t>(slot)] = 0;
    }
};

/** A region's columns by variable id. */
using RegionColumns = std::map<std::string, ValueColumn, std::less<>>;

} // namespace jieshui::core
