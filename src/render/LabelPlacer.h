// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <vector>

namespace jieshui::render {

/** A label that wants to be drawn around @p anchor (logical pixels). */
struct LabelCandidate {
    QString text;
    QPointF anchor;
    int priority = 0;    ///< higher first; ties: larger @p weight first
    double weight = 0.0; ///< e.g. the feature's area on screen
    /** Radius (px) around the anchor to keep free, e.g. a point symbol: the label goes beside it. */
    double clearance = 0.0;
};

/** A label that got a place: its text box (logical pixels) and baseline origin for drawText. */
struct PlacedLabel {
    QString text;
    QRectF box;
    QPointF baseline;
    int candidateIndex = -1;
};

/**
 * Places labels without collisions: greedy by priority, each tried centred on its anchor, then
 * shifted above, below, right and left (labels with a clearance: right, left, above, below the symbol); a
 * label is dropped if every position overlaps a placed label (boxes grown by a padding) or leaves the allowed
 * area. Works on a QFont's metrics, so it is exact for the font that draws the labels.
 */
class LabelPlacer {
public:
    explicit LabelPlacer(QFont font, double padding = 2.0);

    std::vector<PlacedLabel> place(const std::vector<LabelCandidate>& candidates, const QRectF& allowedArea,
                                   const std::vector<QRectF>& obstacles = {}) const;

private:
    QFont m_font;
    double m_padding;
};

} // namespace jieshui::render
