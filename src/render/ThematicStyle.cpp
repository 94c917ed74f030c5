// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/ThematicStyle.h"

#include <QCoreApplication>

namespace jieshui::render {

QColor ThematicStyle::statusColor(core::VerdictStatus status) {
    // Okabe–Ito: distinguishable with deuteranopia, protanopia and tritanopia.
    switch (status) {
    case core::VerdictStatus::Met:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case core::VerdictStatus::AtRisk:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case core::VerdictStatus::Missed:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    case core::VerdictStatus::NoData:
        return QColor(0xD9, 0xD9, 0xD9); // light grey
    }
    return QColor(0xD9, 0xD9, 0xD9);
}

QBrush ThematicStyle::statusBrush(core::VerdictStatus status) {
    return QBrush(statusColor(status));
}

QString ThematicStyle::statusName(core::VerdictStatus status) {
    switch (status) {
    case core::VerdictStatus::Met:
        return QCoreApplication::translate("render", "met");
    case core::VerdictStatus::AtRisk:
        return QCoreApplication::translate("render", "at risk");
    case core::VerdictStatus::Missed:
        return QCoreApplication::translate("render", "missed");
    case core::VerdictStatus::NoData:
        return QCoreApplication::translate("render", "no data");
    }
    return {};
}

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
        if (r.estimate && r.status != core::VerdictStatus::NoData)
            return true;
    return false;
}

} // namespace jieshui::render
