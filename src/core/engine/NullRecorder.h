// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace jieshui::core {

/**
 * The recorder of the numbers-only path: the compiled engine (IndicatorKernel) is written once, as templates
 * over a recorder, and with this one every branch that builds a method text or an error message compiles
 * away (no string, no allocation). TextRecorder is the other one.
 */
struct NullRecorder {
    static constexpr bool text = false;
    /** Would record the error made by @p make (a callable returning an Error). */
    template <typename Make> void fail(Make&&) {}
    /** Would replace the recorded error by @p change(error). */
    template <typename Change> void amend(Change&&) {}
};

} // namespace jieshui::core
