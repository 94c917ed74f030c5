// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/CompiledProject.h"
#include "model/Provenance.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace jieshui::core {

/**
 * Values that stand over a compiled project's in some cells, without copying it: a scenario's projection.
 * A dense table of rows × years (NaN = nothing there, read the project) and, per region × variable of the
 * project, the row that holds it (−1 = none). Every value read through the overlay has the overlay's
 * provenance (Projected). The layout (which region and variable each row is) is made once per project; the
 * table may be refilled for every evaluation (the Projector writes it) — the overlay only points at it.
 * Copies share the layout: a copy per thread costs a pointer.
 */
class ValueOverlay {
public:
    /** An overlay with no rows (reads fall through to the project). */
    ValueOverlay() = default;
    /** Rows are @p regions × @p variables (region-major, as Projection stores them); codes the project lacks
     * are left out. */
    ValueOverlay(const CompiledProject& project, const std::vector<RegionId>& regions,
                 const std::vector<VariableId>& variables, ProvenanceKind provenance = ProvenanceKind::Projected);

    /** Points the overlay at a table of rows × (@p lastYear − @p firstYear + 1) values, year-minor. */
    void setTable(const double* values, int firstYear, int lastYear) {
        m_values = values;
        m_firstYear = firstYear;
        m_yearCount = lastYear >= firstYear ? lastYear - firstYear + 1 : 0;
    }

    const double* table() const { return m_values; }
    int firstYear() const { return m_firstYear; }
    int yearCount() const { return m_yearCount; }
    ProvenanceKind provenance() const { return m_provenance; }
    /** Row of (region, variable) by the project's region-major key, −1 when not overlaid. */
    const std::vector<std::int32_t>& rows() const { return *m_rows; }
    std::size_t rowCount() const { return m_rowCount; }

private:
    std::shared_ptr<const std::vector<std::int32_t>> m_rows; // shared by copies (one per scratch buffer)
    std::size_t m_rowCount = 0;
    const double* m_values = nullptr;
    int m_firstYear = 0;
    int m_yearCount = 0;
    ProvenanceKind m_provenance = ProvenanceKind::Projected;
};

} // namespace jieshui::core
