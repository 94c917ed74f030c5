// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <optional>
#include <string>

namespace jieshui::core {

/**
 * The recorder of the text path: the compiled engine (IndicatorKernel) records here the located error a
 * user reads and the method text of a value ("comparable prices of 2015, I = 134.03 (2015 = 100)"). Only the
 * convenience API (Evaluator::compute(), judge(), ...) pays for it; NullRecorder is the numbers-only one.
 */
struct TextRecorder {
    static constexpr bool text = true;
    std::optional<Error> error; ///< set when the computation failed
    std::string method;         ///< how the value was obtained; empty on failure
    std::string methodZh;       ///< the same in Chinese, for documents in Chinese (the compliance report)

    template <typename Make> void fail(Make&& make) { error.emplace(make()); }
    template <typename Change> void amend(Change&& change) {
        if (error)
            error.emplace(change(*error));
    }
};

} // namespace jieshui::core
