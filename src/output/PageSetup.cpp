// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/PageSetup.h"

#include <QStringList>

namespace jieshui::output {

QSize PageSetup::paperPixels(QPageSize::PageSizeId paper, QPageLayout::Orientation orientation) {
    const QSize portrait = QPageSize(paper).sizePixels(96);
    return orientation == QPageLayout::Landscape ? portrait.transposed() : portrait;
}

std::optional<QSize> PageSetup::parsePaper(const QString& spec) {
    const QStringList parts = spec.trimmed().toLower().split(QLatin1Char('-'));
    if (parts.isEmpty() || parts.size() > 2)
        return std::nullopt;
    QPageSize::PageSizeId paper;
    if (parts[0] == QLatin1String("a4"))
        paper = QPageSize::A4;
    else if (parts[0] == QLatin1String("a3"))
        paper = QPageSize::A3;
    else
        return std::nullopt;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    if (parts.size() == 2) {
        if (parts[1] == QLatin1String("landscape"))
            orientation = QPageLayout::Landscape;
        else if (parts[1] != QLatin1String("portrait"))
            return std::nullopt;
    }
    return paperPixels(paper, orientation);
}

} // namespace jieshui::output
