// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/PlanTarget.h"

namespace jieshui::core {

const char* comparatorSymbol(Comparator c) {
    return c == Comparator::AtMost ? "<=" : ">=";
}

std::optional<Comparator> comparatorFromSymbol(std::string_view symbol) {
    if (symbol == "<=" || symbol == "≤")
        return Comparator::AtMost;
    if (symbol == ">=" || symbol == "≥")
        return Comparator::AtLeast;
    return std::nullopt;
}

} // namespace jieshui::core
