// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Provenance.h"

namespace jieshui::core {

const char* provenanceKindId(ProvenanceKind kind) {
    switch (kind) {
    case ProvenanceKind::Sourced:
        return "sourced";
    case ProvenanceKind::Estimate:
        return "estimate";
    case ProvenanceKind::Projected:
        return "projected";
    }
    return "estimate";
}

std::optional<ProvenanceKind> provenanceKindFromId(std::string_view id) {
    for (ProvenanceKind k : {ProvenanceKind::Sourced, ProvenanceKind::Estimate, ProvenanceKind::Projected})
        if (id == provenanceKindId(k))
            return k;
    return std::nullopt;
}

} // namespace jieshui::core
