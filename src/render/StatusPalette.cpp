// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/StatusPalette.h"

#include <QCoreApplication>
#include <algorithm>

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

QColor StatusPalette::probabilityColor(double probability) {
    // Missed → a pale at-risk orange → met: the ends are the verdict colours, the middle is light, so that
    // neighbouring classes differ in lightness as well as hue (readable with colour-blindness and in grey).
    const auto mix = [](const QColor& a, const QColor& b, double t) {
        const auto channel = [t](int x, int y) { return static_cast<int>(x + (y - x) * t + 0.5); };
        return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()), channel(a.blue(), b.blue()));
    };
    const QColor middle = probabilityMiddle();
    const double p = std::clamp(probability, 0.0, 1.0);
    return p < 0.5 ? mix(color(core::VerdictStatus::Missed), middle, p / 0.5)
                   : mix(middle, color(core::VerdictStatus::Met), (p - 0.5) / 0.5);
}

QColor StatusPalette::probabilityMiddle() {
    const QColor atRisk = color(core::VerdictStatus::AtRisk);
    // The at-risk orange mixed with 55 % white.
    return QColor((atRisk.red() * 45 + 255 * 55 + 50) / 100, (atRisk.green() * 45 + 255 * 55 + 50) / 100,
                  (atRisk.blue() * 45 + 255 * 55 + 50) / 100);
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

QString StatusPalette::name(core::VerdictStatus status, const QString& language) {
    const bool zh = language == QLatin1String("zh");
    switch (status) {
    case core::VerdictStatus::Met:
        return zh ? QStringLiteral("达标") : QStringLiteral("Met");
    case core::VerdictStatus::AtRisk:
        return zh ? QStringLiteral("临界") : QStringLiteral("At risk");
    case core::VerdictStatus::Missed:
        return zh ? QStringLiteral("未达标") : QStringLiteral("Missed");
    case core::VerdictStatus::NoData:
        return zh ? QStringLiteral("无数据") : QStringLiteral("No data");
    case core::VerdictStatus::NoQuota:
        return zh ? QStringLiteral("未分配指标") : QStringLiteral("No quota allocated");
    }
    return {};
}

} // namespace jieshui::render
