// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/LabelPlacer.h"

#include <QFontMetricsF>
#include <algorithm>
#include <numeric>

namespace jieshui::render {

LabelPlacer::LabelPlacer(QFont font, double padding) : m_font(std::move(font)), m_padding(padding) {}

std::vector<PlacedLabel> LabelPlacer::place(const std::vector<LabelCandidate>& candidates,
                                            const QRectF& allowedArea,
                                            const std::vector<QRectF>& obstacles) const {
    const QFontMetricsF metrics(m_font);
    std::vector<std::size_t> order(candidates.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (candidates[a].priority != candidates[b].priority)
            return candidates[a].priority > candidates[b].priority;
        return candidates[a].weight > candidates[b].weight;
    });

    std::vector<QRectF> taken = obstacles;
    std::vector<PlacedLabel> placed;
    for (const std::size_t index : order) {
        const LabelCandidate& candidate = candidates[index];
        if (candidate.text.isEmpty())
            continue;
        const double width = metrics.horizontalAdvance(candidate.text);
        const double height = metrics.height();
        const double c = candidate.clearance;
        const std::vector<QPointF> shifts =
            c > 0.0 ? std::vector<QPointF>{{c + width / 2.0, 0.0},           {-(c + width / 2.0), 0.0},
                                           {0.0, -(c + height / 2.0)},       {0.0, c + height / 2.0},
                                           {c + width / 2.0, -height * 0.6}, {c + width / 2.0, height * 0.6}}
                    : std::vector<QPointF>{{0.0, 0.0},
                                           {0.0, -height * 0.9},
                                           {0.0, height * 0.9},
                                           {width * 0.6, 0.0},
                                           {-width * 0.6, 0.0},
                                           {width * 0.5, -height * 0.8},
                                           {-width * 0.5, height * 0.8}};
        for (const QPointF& shift : shifts) {
            const QPointF center = candidate.anchor + shift;
            const QRectF box(center.x() - width / 2.0, center.y() - height / 2.0, width, height);
            if (!allowedArea.contains(box))
                continue;
            const QRectF padded = box.adjusted(-m_padding, -m_padding, m_padding, m_padding);
            const bool collides = std::any_of(taken.begin(), taken.end(),
                                              [&](const QRectF& other) { return other.intersects(padded); });
            if (collides)
                continue;
            taken.push_back(padded);
            // Baseline: vertically centred on the box using the font's ascent/descent.
            const QPointF baseline(box.left(), box.top() +
                                                   (height - metrics.ascent() - metrics.descent()) / 2.0 +
                                                   metrics.ascent());
            placed.push_back({candidate.text, box, baseline, static_cast<int>(index)});
            break;
        }
    }
    return placed;
}

} // namespace jieshui::render
