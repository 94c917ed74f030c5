// SPDX-License-Identifier: GPL-3.0-or-later
// PlanTargetLoader against the Qinzhou regions (targets cleared, as import-plan does).
#include "FuzzContext.h"
#include "io/PlanTargetLoader.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace jieshui;
    static const core::Dataset context = [] {
        core::Dataset d = fuzz::qinzhou().dataset;
        d.clearTargets();
        return d;
    }();
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    core::PlanTargetLoader loader(context);
    auto targets = loader.fromText(text, "plan_targets.csv");
    if (targets.isOk()) {
        for (const auto& t : targets.value())
            if (!std::isfinite(t.value))
                std::abort();
        core::Dataset copy = context;
        (void)core::PlanTargetLoader::addTo(copy, targets.value());
    }
    return 0;
}
