// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/CompiledProject.h"
#include "engine/ValueOverlay.h"
#include "model/Provenance.h"

#include <algorithm>
#include <cstdint>

namespace jieshui::core {

/**
 * What the engine reads: a compiled project's values, optionally with a scenario overlay on top (a value
 * there wins) and optionally with value arrays of its own in place of the project's (a scratch copy that
 * carries a Monte Carlo draw's perturbed statistics). A few pointers: cheap to copy, never owns anything;
 * what it points at must outlive it. read() is the hot path of the whole engine: two table look-ups, no
 * string, no allocation.
 */
class EngineView {
public:
    explicit EngineView(const CompiledProject& project, const ValueOverlay* overlay = nullptr)
        : m_project(&project), m_overlay(overlay), m_columns(project.columns().data()),
          m_values(project.values().data()), m_states(project.states().data()),
          m_variableCount(project.variableCount()), m_firstYear(project.firstYear()),
          m_yearCount(project.yearCount()) {}

    /** Reads values and states from arrays laid out like the project's (a perturbed copy). */
    void useValues(const double* values, const std::uint8_t* states) {
        m_values = values;
        m_states = states;
    }
    void setOverlay(const ValueOverlay* overlay) { m_overlay = overlay; }

    const CompiledProject& project() const { return *m_project; }
    const ValueOverlay* overlay() const { return m_overlay; }

    /**
     * The value of @p variable of @p region in @p year into @p value, folding its provenance into
     * @p provenance (the weakest wins); false when there is none (then nothing changes).
     */
    [[gnu::always_inline]] bool read(RegionId region, VariableId variable, int year, double& value,
                                     ProvenanceKind& provenance) const {
        const std::size_t key = static_cast<std::size_t>(region) * m_variableCount + variable;
        if (m_overlay != nullptr && m_overlay->table() != nullptr) {
            const int slot = year - m_overlay->firstYear();
            if (static_cast<unsigned>(slot) < static_cast<unsigned>(m_overlay->yearCount())) {
                const std::int32_t row = m_overlay->rows()[key];
                if (row >= 0) {
                    const double x = m_overlay->table()[static_cast<std::size_t>(row) *
                                                            static_cast<std::size_t>(m_overlay->yearCount()) +
                                                        static_cast<std::size_t>(slot)];
                    if (x == x) { // not NaN: projected
                        value = x;
                        provenance = std::max(provenance, m_overlay->provenance());
                        return true;
                    }
                }
            }
        }
        const std::int32_t column = m_columns[key];
        const int slot = year - m_firstYear;
        if (column < 0 || static_cast<unsigned>(slot) >= static_cast<unsigned>(m_yearCount))
            return false;
        const std::size_t at = static_cast<std::size_t>(column) + static_cast<std::size_t>(slot);
        const std::uint8_t state = m_states[at];
        if (state == 0)
            return false;
        value = m_values[at];
        provenance = std::max(provenance, static_cast<ProvenanceKind>(state - 1));
        return true;
    }

    /**
     * read() of @p count consecutive years from @p firstYear in one pass: values[k] and states[k] (0 = no value,
     * else 1 + ProvenanceKind) of year firstYear + k. The column is looked up once; with an overlay each year
     * goes through read() (the overlay's value wins year by year).
     */
    void readYears(RegionId region, VariableId variable, int firstYear, int count, double* values,
                   std::uint8_t* states) const {
        if (m_overlay != nullptr && m_overlay->table() != nullptr) {
            for (int k = 0; k < count; ++k) {
                ProvenanceKind provenance = ProvenanceKind::Sourced;
                states[k] = read(region, variable, firstYear + k, values[k], provenance)
                                ? static_cast<std::uint8_t>(1 + static_cast<int>(provenance))
                                : std::uint8_t{0};
            }
            return;
        }
        const std::int32_t column = m_columns[static_cast<std::size_t>(region) * m_variableCount + variable];
        if (column < 0) {
            std::fill_n(states, count, std::uint8_t{0});
            return;
        }
        // The years the project holds are one run of the column: copied at once, the others have no value.
        const int lo = std::clamp(m_firstYear - firstYear, 0, count);
        const int hi = std::clamp(m_firstYear + m_yearCount - firstYear, lo, count);
        std::fill_n(states, lo, std::uint8_t{0});
        std::fill(states + hi, states + count, std::uint8_t{0});
        const std::size_t at =
            static_cast<std::size_t>(column) + static_cast<std::size_t>(firstYear + lo - m_firstYear);
        std::copy_n(m_states + at, hi - lo, states + lo);
        std::copy_n(m_values + at, hi - lo, values + lo);
    }

    /** Whether (@p region, @p variable) has any value at all, in the project or in the overlay. */
    bool hasSeries(RegionId region, VariableId variable) const {
        const std::size_t key = static_cast<std::size_t>(region) * m_variableCount + variable;
        return m_columns[key] >= 0 ||
               (m_overlay != nullptr && m_overlay->table() != nullptr && m_overlay->rows()[key] >= 0);
    }

    /** The first and last year any value can be read in (the project's, widened by the overlay's). */
    int firstYear() const {
        return m_overlay != nullptr && m_overlay->yearCount() > 0 ? std::min(m_firstYear, m_overlay->firstYear())
                                                                    : m_firstYear;
    }
    int lastYear() const {
        const int last = m_firstYear + m_yearCount - 1;
        return m_overlay != nullptr && m_overlay->yearCount() > 0
                   ? std::max(last, m_overlay->firstYear() + m_overlay->yearCount() - 1)
                   : last;
    }

private:
    const CompiledProject* m_project;
    const ValueOverlay* m_overlay;
    const std::int32_t* m_columns;
    const double* m_values;
    const std::uint8_t* m_states;
    std::size_t m_variableCount;
    int m_firstYear;
    int m_yearCount;
};

} // namespace jieshui::core
