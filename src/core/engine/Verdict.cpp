// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/Verdict.h"

namespace jieshui::core {

const char* verdictStatusId(VerdictStatus s) {
    switch (s) {
    case VerdictStatus::Met:
        return "met";
    case VerdictStatus::AtRisk:
        return "at-risk";
    case VerdictStatus::Missed:
        return "missed";
    case VerdictStatus::NoData:
        return "no-data";
    case VerdictStatus::NoQuota:
        return "no-quota";
    }
    return "no-data";
}

} // namespace jieshui::core
