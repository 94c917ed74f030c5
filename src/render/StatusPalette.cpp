// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/StatusPalette.h"

#include <QCoreApplication>

namespace jieshui::render {

QColor StatusPalette::color(core::VerdictStatus status) {
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
    case core::VerdictStatus::NoQuota:
        return QColor(0xF5, 0xF5, 0xF5); // near white
    }
    return QColor(0xD9, 0xD9, 0xD9);
}

QColor StatusPalette::textColor(core::VerdictStatus status) {
    // The same hues, darkened until they read on white.
    switch (status) {
    case core::VerdictStatus::Met:
        return QColor(0x00, 0x6E, 0x50);
    case core::VerdictStatus::AtRisk:
        return QColor(0x8A, 0x5A, 0x00);
    case core::VerdictStatus::Missed:
        return QColor(0xA8, 0x3A, 0x00);
    case core::VerdictStatus::NoData:
    case core::VerdictStatus::NoQuota:
        break;
    }
    return QColor(0x61, 0x61, 0x61);
}

QString StatusPalette::name(core::VerdictStatus status) {
    switch (status) {
    case core::VerdictStatus::Met:
        return QCoreApplication::translate("render", "Met");
    case core::VerdictStatus::AtRisk:
        return QCoreApplication::translate("render", "At risk");
    case core::VerdictStatus::Missed:
        return QCoreApplication::translate("render", "Missed");
    case core::VerdictStatus::NoData:
        return QCoreApplication::translate("render", "No data");
    case core::VerdictStatus::NoQuota:
        return QCoreApplication::translate("render", "No quota allocated");
    }
    return {};
}

} // namespace jieshui::render
