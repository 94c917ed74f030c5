// SPDX-License-Identifier: GPL-3.0-or-later
// StatisticsLoader (load and import plan) against the Qinzhou regions: rows or located errors; what it
// accepts must be finite after unit conversion and addable to the dataset.
#include "FuzzContext.h"
#include "io/StatisticsLoader.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace jieshui;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto& context = fuzz::qinzhou().dataset;
    {
        core::StatisticsLoader loader(context);
        auto rows = loader.fromText(text, "statistics.csv");
        if (rows.isOk()) {
            for (const auto& s : rows.value())
                if (!std::isfinite(s.value))
                    std::abort(); // a non-finite value slipped through the checks
            core::Dataset copy = context;
            (void)core::StatisticsLoader::addTo(copy, rows.value());
        }
    }
    {
        core::StatisticsLoader loader(context);
        auto plan = loader.planFromText(text, "statistics.csv");
        // Applying copies the whole Qinzhou dataset: only for plans import-stats would apply.
        if (plan.isOk() && plan.value().hasChanges() && !plan.value().hasRejections()) {
            core::Dataset copy = context;
            (void)plan.value().apply(copy);
        }
    }
    return 0;
}
