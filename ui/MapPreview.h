// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/MapDocument.h"
#include "render/MapExporter.h"

#include <QImage>
#include <QWidget>

namespace jieshui::ui {

/**
 * A map drawn as export-map draws it — render::MapExporter's page with title, legend, scale bar and north
 * arrow — fitted to the widget and redrawn when it is resized: for maps beside the main one (the
 * difference map of the scenario comparison) that must carry their legend.
 */
class MapPreview : public QWidget {
    Q_OBJECT

public:
    explicit MapPreview(QWidget* parent = nullptr);

    void setMap(render::MapDocument document, render::DecorationOptions decorations);
    const render::MapDocument& document() const { return m_document; }
    const render::DecorationOptions& decorations() const { return m_decorations; }
    /** The page last drawn (null before the first, or when no CJK font is installed). */
    const QImage& image() const { return m_image; }
    /** Writes the map at @p size to @p path (PNG, SVG or PDF by the suffix), as export-map does. */
    core::Status exportTo(const QString& path, QSize size = QSize(1600, 1200)) const;

    QSize sizeHint() const override { return {480, 360}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void redraw();

    render::MapDocument m_document;
    render::DecorationOptions m_decorations;
    QImage m_image;
    QString m_problem;
};

} // namespace jieshui::ui
