// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/PlanTarget.h"

namespace jieshui::core {

const char* comparatorSymbol(Comparator c) { return c == Comparator::AtMost ? "<=" : ">="; }

} // namespace jieshui::core
