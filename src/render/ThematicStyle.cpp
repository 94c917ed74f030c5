// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/ThematicStyle.h"

namespace jieshui::render {

void ThematicStyle::setResult(const QString& regionCode, const RegionResult& result) {
    m_results.insert(regionCode, result);
}

const RegionResult* ThematicStyle::result(const QString& regionCode) const {
    const auto it = m_results.constFind(regionCode);
    return it == m_results.constEnd() ? nullptr : &it.value();
}

core::VerdictStatus ThematicStyle::status(const QString& regionCode) const {
    const RegionResult* r = result(regionCode);
    return r ? r->status : core::VerdictStatus::NoData;
}

bool ThematicStyle::hasEstimates() const {
    for (const RegionResult& r : m_results)
        if (r.estimate && r.status != core::VerdictStatus::NoData && r.status != core::VerdictStatus::NoQuota)
            return true;
    return false;
}

bool ThematicStyle::hasStatus(core::VerdictStatus status) const {
    for (const RegionResult& r : m_results)
        if (r.status == status)
            return true;
    return false;
}

} // namespace jieshui::render
