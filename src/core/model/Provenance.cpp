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

} // namespace jieshui::core
