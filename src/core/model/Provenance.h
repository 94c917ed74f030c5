// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace jieshui::core {

/**
 * Where a number came from. Ordered by trust: combining inputs keeps the weakest, so an indicator
 * computed from an estimate is an estimate, and one computed from a projection is projected.
 */
enum class ProvenanceKind : std::uint8_t {
    Sourced = 0,  ///< from a cited publication (水资源公报, 统计年鉴, ...)
    Estimate = 1, ///< 估算: an explicit estimate, shown as such in every table, map and export
    Projected = 2 ///< computed by a scenario projection for a future year
};

struct Provenance {
    ProvenanceKind kind = ProvenanceKind::Sourced;
    std::string source; ///< citation, or how the estimate was made

    bool isEstimate() const { return kind != ProvenanceKind::Sourced; }
};

inline ProvenanceKind weakest(ProvenanceKind a, ProvenanceKind b) {
    return std::max(a, b);
}

/** "sourced", "estimate", "projected". */
const char* provenanceKindId(ProvenanceKind kind);
std::optional<ProvenanceKind> provenanceKindFromId(std::string_view id);

} // namespace jieshui::core
